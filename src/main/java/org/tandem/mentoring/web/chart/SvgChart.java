package org.tandem.mentoring.web.chart;

import java.util.List;
import java.util.Locale;

/**
 * Tandem's chart writer: small server-rendered SVG charts (bar, stacked bar, funnel, progress ring) that show
 * without JavaScript, in PDF and Word export, in mail and in print. Every chart is an {@code <svg role="img">} with
 * a {@code <title>} and a {@code <desc>} (screen readers read those; the template puts the same figures in a data
 * table beside it), writes its value as a label on each bar, and marks segments with a pattern as well as a
 * colour, so meaning never rests on colour alone. Every text is escaped here; the result is safe markup.
 *
 * <p>A value that must not be shown (a group below the anonymity threshold) is given as {@code null}: its bar is
 * drawn empty with the caller's label ("fewer than 5").
 */
public final class SvgChart {

    /** Colour-blind-safe (Okabe and Ito), close to AUI's blue, orange, green and purple; dark enough for text. */
    static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00");
    private static final String TEXT = "#172B4D";
    private static final String TRACK = "#DFE1E6";
    private static final int WIDTH = 480;
    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_WIDTH = WIDTH - LABEL_WIDTH - 60;

    /** One bar: a label, a value (null: suppressed) and the text written on it. */
    public record Bar(String label, Integer value, String valueText) {
    }

    /** One stacked row: a label and its segments' values (null: suppressed), in the order of the series. */
    public record Stack(String label, List<Integer> values, List<String> valueTexts) {
    }

    private SvgChart() {
    }

    /** Horizontal bars, each with its value written beside it. */
    public static String bars(String title, String description, List<Bar> bars) {
        int max = bars.stream().map(Bar::value).filter(v -> v != null).mapToInt(Integer::intValue).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = open(title, description, WIDTH, height);
        if (bars.isEmpty()) {
            return empty(svg, height);
        }
        int y = 4;
        for (Bar bar : bars) {
            label(svg, 0, y + 18, bar.label());
            int w = width(bar.value(), max, BAR_WIDTH);
            rect(svg, LABEL_WIDTH, y + 4, BAR_WIDTH, ROW - 10, TRACK, null);
            rect(svg, LABEL_WIDTH, y + 4, w, ROW - 10, PALETTE.get(0), null);
            text(svg, LABEL_WIDTH + w + 6, y + 18, bar.valueText(), "start");
            y += ROW;
        }
        return close(svg);
    }

    /**
     * A funnel: one centred bar per stage, narrowing with the count, the count written in each stage's row (an
     * enrolment funnel reads top to bottom).
     */
    public static String funnel(String title, String description, List<Bar> stages) {
        int max = stages.stream().map(Bar::value).filter(v -> v != null).mapToInt(Integer::intValue).max().orElse(0);
        int height = Math.max(1, stages.size()) * ROW + 8;
        StringBuilder svg = open(title, description, WIDTH, height);
        if (stages.isEmpty()) {
            return empty(svg, height);
        }
        int y = 4;
        int centre = LABEL_WIDTH + BAR_WIDTH / 2;
        for (int i = 0; i < stages.size(); i++) {
            Bar stage = stages.get(i);
            label(svg, 0, y + 18, stage.label());
            int w = Math.max(2, width(stage.value(), max, BAR_WIDTH));
            rect(svg, centre - w / 2, y + 3, w, ROW - 8, PALETTE.get(i % 2 == 0 ? 0 : 4), null);
            text(svg, LABEL_WIDTH + BAR_WIDTH + 6, y + 18, stage.valueText(), "start");
            y += ROW;
        }
        return close(svg);
    }

    /**
     * Stacked horizontal bars: each row's segments side by side, each segment filled with its series' colour and
     * pattern and labelled with its value where it is wide enough; the series' names are written once as a key.
     */
    public static String stacked(String title, String description, List<String> series, List<Stack> rows) {
        int max = rows.stream().mapToInt(r -> r.values().stream().filter(v -> v != null)
                .mapToInt(Integer::intValue).sum()).max().orElse(0);
        int height = (Math.max(1, rows.size()) + 1) * ROW + 8;
        StringBuilder svg = open(title, description, WIDTH, height);
        defs(svg, series.size());
        if (rows.isEmpty()) {
            return empty(svg, height);
        }
        int x = 0;
        for (int s = 0; s < series.size(); s++) {
            rect(svg, x, 8, 14, 14, PALETTE.get(s % PALETTE.size()), "url(#tandem-p" + s + ")");
            text(svg, x + 18, 20, series.get(s), "start");
            x += 18 + 8 * series.get(s).length() + 16;
        }
        int y = ROW + 4;
        for (Stack row : rows) {
            label(svg, 0, y + 18, row.label());
            int left = LABEL_WIDTH;
            for (int s = 0; s < row.values().size(); s++) {
                int w = width(row.values().get(s), max, BAR_WIDTH);
                if (w > 0) {
                    rect(svg, left, y + 4, w, ROW - 10, PALETTE.get(s % PALETTE.size()),
                            "url(#tandem-p" + s + ")");
                    if (w >= 22) {
                        svg.append("<text x=\"").append(left + w / 2).append("\" y=\"").append(y + 18)
                                .append("\" text-anchor=\"middle\" fill=\"#FFFFFF\" font-size=\"12\""
                                        + " font-weight=\"bold\">").append(escape(row.valueTexts().get(s)))
                                .append("</text>");
                    }
                }
                left += w;
            }
            y += ROW;
        }
        return close(svg);
    }

    /** A progress ring: a share of a whole, written in the middle as a percentage (null: suppressed, text only). */
    public static String ring(String title, String description, Integer percent, String centreText) {
        int size = 120;
        StringBuilder svg = open(title, description, size, size);
        double radius = 48;
        double circumference = 2 * Math.PI * radius;
        svg.append("<circle cx=\"60\" cy=\"60\" r=\"48\" fill=\"none\" stroke=\"").append(TRACK)
                .append("\" stroke-width=\"14\"/>");
        if (percent != null) {
            int p = Math.max(0, Math.min(100, percent));
            svg.append("<circle cx=\"60\" cy=\"60\" r=\"48\" fill=\"none\" stroke=\"").append(PALETTE.get(2))
                    .append("\" stroke-width=\"14\" transform=\"rotate(-90 60 60)\" stroke-dasharray=\"")
                    .append(number(circumference * p / 100)).append(' ').append(number(circumference))
                    .append("\"/>");
        }
        text(svg, 60, 65, centreText, "middle");
        return close(svg);
    }

    /** Text and attribute values made safe for SVG inside HTML. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static int width(Integer value, int max, int full) {
        if (value == null || value <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(2, (int) Math.round((double) value * full / max));
    }

    private static StringBuilder open(String title, String description, int width, int height) {
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"tandem-chart\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" font-family=\"-apple-system, 'Segoe UI', Roboto, sans-serif\">")
                .append("<title>").append(escape(title)).append("</title><desc>").append(escape(description))
                .append("</desc>");
        return svg;
    }

    private static String empty(StringBuilder svg, int height) {
        return close(svg);
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    /** One pattern per series besides its colour: plain, stripes, dots, cross-hatch, then again. */
    private static void defs(StringBuilder svg, int count) {
        svg.append("<defs>");
        for (int s = 0; s < count; s++) {
            String colour = PALETTE.get(s % PALETTE.size());
            svg.append("<pattern id=\"tandem-p").append(s).append("\" width=\"6\" height=\"6\""
                    + " patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"").append(colour)
                    .append("\"/>");
            switch (s % 4) {
                case 1 -> svg.append("<path d=\"M0,6 L6,0\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>");
                case 2 -> svg.append("<circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"#FFFFFF\"/>");
                case 3 -> svg.append("<path d=\"M0,0 L6,6 M0,6 L6,0\" stroke=\"#FFFFFF\" stroke-width=\"0.8\"/>");
                default -> { }
            }
            svg.append("</pattern>");
        }
        svg.append("</defs>");
    }

    private static void rect(StringBuilder svg, int x, int y, int w, int h, String colour, String fill) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" rx=\"2\" fill=\"").append(fill == null ? colour : fill)
                .append("\"/>");
    }

    private static void label(StringBuilder svg, int x, int y, String text) {
        String shown = text == null ? "" : text.length() > 26 ? text.substring(0, 25) + "\u2026" : text;
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" fill=\"").append(TEXT)
                .append("\" font-size=\"13\">").append(escape(shown)).append("</text>");
    }

    private static void text(StringBuilder svg, int x, int y, String text, String anchor) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(TEXT).append("\" font-size=\"13\" font-weight=\"bold\">")
                .append(escape(text)).append("</text>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
