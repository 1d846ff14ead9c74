package org.tandem.mentoring.web.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class SvgChartTest {

    @Test
    public void bars_shouldBeAnAccessibleImageWithLabelsOnTheBars() {
        String svg = SvgChart.bars("Sessions", "Sessions per pair", List.of(new SvgChart.Bar("On track", 12, "12"),
                new SvgChart.Bar("Behind", 6, "6")));

        assertTrue(svg, svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""));
        assertTrue(svg, svg.contains("<title>Sessions</title><desc>Sessions per pair</desc>"));
        assertTrue(svg, svg.contains(">12</text>"));
        assertTrue(svg, svg.contains(">On track</text>"));
        assertTrue(svg, svg.contains("width=\"250\""));
        assertTrue(svg, svg.contains("width=\"125\""));
    }

    @Test
    public void everyText_shouldBeEscaped() {
        String evil = "<script>alert('x')</script>&\"";
        String svg = SvgChart.stacked(evil, evil, List.of(evil), List.of(new SvgChart.Stack(evil, List.of(40),
                List.of(evil))));

        assertFalse(svg, svg.contains("<script>"));
        assertFalse(svg, svg.contains("'x'"));
        assertTrue(svg, svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
    }

    @Test
    public void emptyAndSuppressedData_shouldDrawNoBarButKeepTheText() {
        String empty = SvgChart.bars("Nothing", "No data", List.of());
        String suppressed = SvgChart.funnel("F", "D", Arrays.asList(new SvgChart.Bar("Applied", null, "fewer than 5")));
        String ring = SvgChart.ring("R", "D", null, "fewer than 5");

        assertTrue(empty, empty.endsWith("<desc>No data</desc></svg>"));
        assertTrue(suppressed, suppressed.contains(">fewer than 5</text>"));
        assertEquals(ring, 1, ring.split("<circle").length - 1);
    }

    @Test
    public void ring_shouldDrawTheShareOfTheCircle() {
        String svg = SvgChart.ring("Match rate", "80%", 80, "80%");

        assertTrue(svg, svg.contains("stroke-dasharray=\"241.3 301.6\""));
        assertTrue(svg, svg.contains(">80%</text>"));
    }

    @Test
    public void stacked_shouldMarkSeriesByPatternAsWellAsColour() {
        String svg = SvgChart.stacked("T", "D", List.of("Asked", "Offered"), List.of(new SvgChart.Stack("Conflict",
                List.of(10, 5), List.of("10", "5"))));

        assertTrue(svg, svg.contains("<pattern id=\"tandem-p1\""));
        assertTrue(svg, svg.contains("fill=\"url(#tandem-p1)\""));
        assertTrue(svg, svg.contains(">Offered</text>"));
    }
}
