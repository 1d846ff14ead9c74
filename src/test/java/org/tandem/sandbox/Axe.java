package org.tandem.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * axe-core in the page the browser shows: the script comes from the npm package in src/test/sandbox-web (installed by
 * the build's {@code npm ci}), is injected into the page, nothing is fetched. {@link #check(String)} fails on
 * serious or critical findings with a readable list; every scan writes its counts by impact (elements that break a
 * rule), the same by rule, and its findings to
 * target/axe/{view}.json and target/axe/{view}.txt.
 */
public final class Axe {

    /** The impacts axe reports, worst first. */
    public static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done(result.violations.map(function (v) {
                return {id: v.id, impact: v.impact || 'minor', help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(function (n) {
                    return {target: n.target.join(' '), html: n.html.substring(0, 200),
                      summary: n.failureSummary || ''};
                  })};
              }));
            }, function (e) { done('axe failed: ' + e); });
            """;

    private final WebDriver driver;

    public Axe(WebDriver driver) {
        this.driver = driver;
    }

    /** One rule broken on a page: where (the CSS targets) and how badly. */
    public record Finding(String id, String impact, String help, String helpUrl, List<String> targets,
                          List<String> summaries) {
    }

    /** What one scan found, by impact. */
    public record Result(String view, String url, List<Finding> findings) {

        public Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String impact : IMPACTS) {
                counts.put(impact, 0);
            }
            for (Finding f : findings) {
                counts.merge(f.impact(), f.targets().size(), Integer::sum);
            }
            return counts;
        }

        /** How many elements break each rule, by rule id. */
        public Map<String, Integer> rules() {
            Map<String, Integer> rules = new LinkedHashMap<>();
            for (Finding f : findings) {
                rules.merge(f.id() + " (" + f.impact() + ")", f.targets().size(), Integer::sum);
            }
            return rules;
        }

        public List<Finding> withImpact(String... impacts) {
            List<String> wanted = List.of(impacts);
            return findings.stream().filter(f -> wanted.contains(f.impact())).toList();
        }

        /** One line per finding and element: rule id, impact, target, help text. */
        public String describe(List<Finding> which) {
            StringBuilder out = new StringBuilder();
            for (Finding f : which) {
                for (int i = 0; i < f.targets().size(); i++) {
                    out.append("  ").append(f.id()).append(" [").append(f.impact()).append("] ")
                            .append(f.targets().get(i)).append(": ").append(f.help()).append('\n');
                    String summary = f.summaries().get(i).replace('\n', ' ').trim();
                    if (!summary.isEmpty()) {
                        out.append("      ").append(summary).append('\n');
                    }
                }
            }
            return out.toString();
        }
    }

    /**
     * Scans the page as it is now, writes the report, and fails when anything serious or critical is on it (unless
     * -Dtandem.axe.reportOnly=true, for surveying a new view before fixing it).
     */
    public Result check(String view) {
        Result result = scan(view);
        List<Finding> blocking = result.withImpact("critical", "serious");
        if (!blocking.isEmpty() && !Boolean.getBoolean("tandem.axe.reportOnly")) {
            throw new AssertionError("axe found serious or critical problems on " + view + " (" + result.url()
                    + "), counts " + result.counts() + ":\n" + result.describe(blocking));
        }
        return result;
    }

    /** Scans the page as it is now and writes the report, failing on nothing. */
    /**
     * Waits (up to five seconds) until no view is busy and no CSS transition runs, so that colours are read as they
     * stay and not halfway through a button's change from disabled to enabled.
     */
    private static void settle(JavascriptExecutor js) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until && !Boolean.TRUE.equals(js.executeScript(
                "return !document.querySelector('[aria-busy=\"true\"]') && (!document.getAnimations"
                        + " || document.getAnimations().every(function (a) { return a.playState !== 'running'; }));"))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public Result scan(String view) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        settle(js);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = js.executeAsyncScript(RUN);
        if (!(answer instanceof List<?> violations)) {
            throw new AssertionError("axe did not run on " + view + ": " + answer);
        }
        List<Finding> findings = new ArrayList<>();
        for (Object v : violations) {
            Map<?, ?> violation = (Map<?, ?>) v;
            List<String> targets = new ArrayList<>();
            List<String> summaries = new ArrayList<>();
            for (Object n : (List<?>) violation.get("nodes")) {
                targets.add(String.valueOf(((Map<?, ?>) n).get("target")));
                summaries.add(String.valueOf(((Map<?, ?>) n).get("summary")));
            }
            findings.add(new Finding(String.valueOf(violation.get("id")), String.valueOf(violation.get("impact")),
                    String.valueOf(violation.get("help")), String.valueOf(violation.get("helpUrl")), targets,
                    summaries));
        }
        findings.sort((a, b) -> Integer.compare(IMPACTS.indexOf(a.impact()), IMPACTS.indexOf(b.impact())));
        Result result = new Result(view, driver.getCurrentUrl(), List.copyOf(findings));
        write(result);
        return result;
    }

    private static void write(Result result) {
        Path dir = SandboxTestSupport.basedir().resolve("target/axe");
        try {
            Files.createDirectories(dir);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("view", result.view());
            json.put("url", result.url());
            json.put("counts", result.counts());
            json.put("rules", result.rules());
            json.put("findings", result.findings());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve(result.view() + ".json").toFile(), json);
            StringBuilder text = new StringBuilder(result.view()).append(' ').append(result.url()).append('\n');
            result.counts().forEach((impact, n) -> text.append(impact).append('=').append(n).append(' '));
            text.append('\n').append(result.describe(result.findings()));
            Files.writeString(dir.resolve(result.view() + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source() {
        Path script = SandboxTestSupport.basedir()
                .resolve("src/test/sandbox-web/node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: the build's 'npm ci' in src/test/sandbox-web"
                    + " installs it (or run it there by hand)");
        }
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
