package org.tandem.mentoring.web.blueprint;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The context provider of the programme space blueprint's page templates: links to the blueprint's other pages,
 * for {@code <at:var at:name="..." at:rawxhtml="true"/>}. Confluence titles those pages by their templates'
 * i18n names in the language of the person creating the space, and a storage-format link finds a page by its
 * title; so each link is made here with the title in that same language (the request's, through I18nResolver),
 * which keeps the links working whichever language the space was created in.
 */
public class BlueprintPageLinks implements ContextProvider {

    /** Template variable to the i18n key of the page title it links to. */
    static final Map<String, String> LINKS = Map.of(
            "charterLink", "tandem.blueprint.page.charter",
            "howItWorksLink", "tandem.blueprint.page.how-it-works",
            "mentorGuideLink", "tandem.blueprint.page.mentor-guide",
            "confidentialityLink", "tandem.blueprint.page.confidentiality",
            "enrolLink", "tandem.blueprint.page.enrol",
            "pairingsLink", "tandem.blueprint.page.pairings");

    private final I18nResolver i18n;

    public BlueprintPageLinks(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> out = new LinkedHashMap<>(context);
        LINKS.forEach((variable, titleKey) -> out.put(variable, link(i18n.getText(titleKey))));
        return out;
    }

    /** A storage-format link to the page of this title in the same space. */
    static String link(String title) {
        return "<ac:link><ri:page ri:content-title=\"" + attribute(title) + "\"/></ac:link>";
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
