package org.tandem.sandbox;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a storage-format body into view HTML: every {@code <ac:structured-macro>} is replaced by what the macro
 * renders, links to pages become anchors, other {@code ac:}/{@code ri:} markup is dropped.
 */
public final class StorageFormat {

    /** Runs one macro; returns its HTML or throws with a message fit for the reader. */
    public interface MacroExecutor {
        String execute(String name, Map<String, String> parameters, String body, boolean richBody) throws Exception;
    }

    private static final String OPEN = "<ac:structured-macro";
    private static final String CLOSE = "</ac:structured-macro>";
    private static final Pattern PAGE_LINK = Pattern.compile(
            "<ac:link>\\s*<ri:page\\s+(?:ri:space-key=\"([^\"]*)\"\\s+)?ri:content-title=\"([^\"]*)\"\\s*/>"
                    + "(?:\\s*<ac:plain-text-link-body><!\\[CDATA\\[(.*?)]]></ac:plain-text-link-body>)?\\s*</ac:link>",
            Pattern.DOTALL);
    private static final Pattern USER_LINK = Pattern.compile(
            "<ac:link>\\s*<ri:user\\s+ri:userkey=\"([^\"]*)\"\\s*/>\\s*</ac:link>", Pattern.DOTALL);
    private static final Pattern LEFTOVER = Pattern.compile("</?(ac|ri):[^>]*>");

    public interface UserNames {
        String fullName(String userKey);
    }

    public String toView(String storage, String spaceKey, MacroExecutor executor, UserNames users) {
        if (storage == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int start = storage.indexOf(OPEN, pos);
            if (start < 0) {
                out.append(links(storage.substring(pos), spaceKey, users));
                break;
            }
            out.append(links(storage.substring(pos, start), spaceKey, users));
            int end = matchingEnd(storage, start);
            String element = storage.substring(start, end);
            out.append(renderMacro(element, spaceKey, executor, users));
            pos = end;
        }
        return LEFTOVER.matcher(out).replaceAll("");
    }

    private String renderMacro(String element, String spaceKey, MacroExecutor executor, UserNames users) {
        Element macro;
        try {
            macro = parse(element);
        } catch (Exception e) {
            return error("Malformed macro markup: " + e.getMessage());
        }
        String name = macro.getAttribute("ac:name");
        Map<String, String> params = new LinkedHashMap<>();
        String body = null;
        boolean rich = false;
        NodeList kids = macro.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (!(kids.item(i) instanceof Element k)) {
                continue;
            }
            switch (k.getTagName()) {
                case "ac:parameter" -> params.put(k.getAttribute("ac:name"), k.getTextContent());
                case "ac:plain-text-body" -> body = k.getTextContent();
                case "ac:rich-text-body" -> {
                    rich = true;
                    try {
                        body = toView(inner(k), spaceKey, executor, users);
                    } catch (Exception e) {
                        return error("Malformed macro body: " + e.getMessage());
                    }
                }
                default -> {
                }
            }
        }
        try {
            return executor.execute(name, params, body == null ? "" : body, rich);
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return error("Error rendering macro '" + name + "': " + message);
        }
    }

    static String error(String message) {
        return "<div class=\"aui-message aui-message-error sandbox-macro-error\"><p>" + SandboxVelocity.escape(message)
                + "</p></div>";
    }

    private static int matchingEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (i < s.length()) {
            int nextOpen = s.indexOf(OPEN, i);
            int nextClose = s.indexOf(CLOSE, i);
            int tagEnd = s.indexOf('>', i);
            if (i == start || (nextOpen >= 0 && nextOpen == i)) {
                depth++;
                if (tagEnd > 0 && s.charAt(tagEnd - 1) == '/') {
                    depth--;
                    if (depth == 0) {
                        return tagEnd + 1;
                    }
                }
                i = tagEnd + 1;
                continue;
            }
            if (nextClose < 0) {
                return s.length();
            }
            if (nextOpen >= 0 && nextOpen < nextClose) {
                i = nextOpen;
                continue;
            }
            depth--;
            i = nextClose + CLOSE.length();
            if (depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static Element parse(String element) throws Exception {
        String xml = "<r xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                + numericEntities(element) + "</r>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)))
                .getDocumentElement();
        NodeList kids = root.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element e) {
                return e;
            }
        }
        throw new IllegalArgumentException("no element");
    }

    private static String numericEntities(String s) {
        return s.replace("&nbsp;", "&#160;").replace("&ndash;", "&#8211;").replace("&mdash;", "&#8212;")
                .replace("&rsquo;", "&#8217;").replace("&lsquo;", "&#8216;").replace("&hellip;", "&#8230;")
                .replace("&ldquo;", "&#8220;").replace("&rdquo;", "&#8221;");
    }

    private static String inner(Element e) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringBuilder b = new StringBuilder();
        NodeList kids = e.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            Node n = kids.item(i);
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(n), new StreamResult(w));
            b.append(w);
        }
        return b.toString().replaceAll(" xmlns:(ac|ri)=\"[^\"]*\"", "");
    }

    private static String links(String html, String spaceKey, UserNames users) {
        Matcher m = PAGE_LINK.matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String space = m.group(1) == null || m.group(1).isBlank() ? spaceKey : m.group(1);
            String title = unescapeXml(m.group(2));
            String text = m.group(3) == null ? title : m.group(3);
            m.appendReplacement(b, Matcher.quoteReplacement("<a href=\"" + pageUrl(space, title) + "\">"
                    + SandboxVelocity.escape(text) + "</a>"));
        }
        m.appendTail(b);
        Matcher u = USER_LINK.matcher(b.toString());
        StringBuilder c = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(c, Matcher.quoteReplacement("<a class=\"confluence-userlink\" href=\"#\">"
                    + SandboxVelocity.escape(users.fullName(u.group(1))) + "</a>"));
        }
        u.appendTail(c);
        return c.toString();
    }

    private static String unescapeXml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** /display/KEY/Title+With+Spaces, as Confluence builds it. */
    public static String pageUrl(String spaceKey, String title) {
        return "/display/" + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(title, StandardCharsets.UTF_8);
    }
}
