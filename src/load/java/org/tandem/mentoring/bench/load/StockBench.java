package org.tandem.mentoring.bench.load;

import org.tandem.sandbox.DemoData;
import org.tandem.sandbox.Sandbox;
import org.tandem.sandbox.SandboxContent;
import org.tandem.sandbox.SandboxTestSupport;
import org.tandem.sandbox.SandboxUsers;
import us.abstracta.jmeter.javadsl.core.preprocessors.DslJsr223PreProcessor.PreProcessorVars;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static us.abstracta.jmeter.javadsl.JmeterDsl.httpSampler;
import static us.abstracta.jmeter.javadsl.JmeterDsl.responseAssertion;
import static us.abstracta.jmeter.javadsl.JmeterDsl.weightedSwitchController;

/**
 * The toolkit's first comparison: Confluence's own actions with and without the app installed, the app not used
 * (its run 1 against run 2, both with the app's own actions at weight 0). Without Tandem is the sandbox booted with a
 * plugin that declares nothing ({@code src/load/no-app}); with Tandem is the sandbox as {@code bin/sandbox} runs it.
 * The same virtual people sign in and view a plain page (the Welcome space's home page, no macro) and the dashboard,
 * in the toolkit's proportion of the two (view_page 33, view_dashboard 10), with the same think times as the load
 * bench. Both sandboxes run side by side in one JVM: both are warmed up, then measured in four runs of half the time
 * each, without Tandem, with it, with it, without it, so that neither side has the warmer JVM. Prints
 * {@code LOAD-BENCH-STOCK nodes=1 users=<n> actions=<n> p90_ms=<t> without_app_p90_ms=<t> ratio=<r> errors=<n> db=h2}.
 */
final class StockBench {

    private static final String NO_APP = "src/load/no-app/atlassian-plugin.xml";

    private StockBench() {
    }

    static String measure(int users, Duration warmup, Duration duration, Path out) throws Exception {
        try (Side without = Side.start(false, users); Side with = Side.start(true, users)) {
            if (!warmup.isZero()) {
                without.plan("-warm-up", warmup, out).run();
                with.plan("-warm-up", warmup, out).run();
            }
            // half the time each, in the order without, with, with, without: whichever side a warmer JVM or
            // a busier moment favours, it favours both alike
            Duration half = duration.dividedBy(2);
            List<LoadBench.JtlRun> runs = List.of(without.plan("-1", half, out), with.plan("-1", half, out),
                    with.plan("-2", half, out), without.plan("-2", half, out));
            for (LoadBench.JtlRun run : runs) {
                run.run();
            }
            LoadBench.Stats before = LoadBench.Stats.of(List.of(runs.get(0), runs.get(3)));
            LoadBench.Stats after = LoadBench.Stats.of(List.of(runs.get(1), runs.get(2)));
            System.out.println("# detail stock without app " + before.detail());
            System.out.println("# detail stock with app    " + after.detail());
            return String.format(Locale.ROOT, "LOAD-BENCH-STOCK nodes=1 users=%d actions=%d p90_ms=%d "
                            + "without_app_p90_ms=%d ratio=%.2f errors=%d db=h2", users, after.actions(), after.p90(),
                    before.p90(), before.p90() == 0 ? 0.0 : (double) after.p90() / before.p90(),
                    after.errors() + before.errors());
        }
    }

    /** One sandbox, with Tandem or without, on H2 in a fresh folder (removed at the end), and its people. */
    private record Side(String name, Sandbox sandbox, Path data, String base, long pageId, List<String> people)
            implements AutoCloseable {

        static Side start(boolean tandem, int users) throws Exception {
            Path data = SandboxTestSupport.tempDir("stock-bench");
            Sandbox.Config config = Sandbox.Config.forPlugin(0, data,
                    SandboxTestSupport.basedir().resolve("src/test/sandbox-web"));
            if (!tandem) {
                // no package holds a component of it: the Spring context of the plugin stays empty
                config = config.withDescriptor("file:" + SandboxTestSupport.basedir().resolve(NO_APP),
                        List.of("org.tandem.bench.noapp"));
            }
            Sandbox sandbox = Sandbox.start(config);
            SandboxContent.Page page = sandbox.content().pages(DemoData.WELCOME).get(0);
            Set<String> admins = sandbox.users().members(SandboxUsers.ADMINISTRATORS);
            List<String> people = sandbox.users().all().stream().filter(p -> !admins.contains(p.key()))
                    .map(SandboxUsers.Person::username).limit(users).toList();
            String base = sandbox.baseUrl().endsWith("/") ? sandbox.baseUrl() : sandbox.baseUrl() + "/";
            return new Side(tandem ? "stock-with-app" : "stock-without-app", sandbox, data, base, page.id(), people);
        }

        LoadBench.JtlRun plan(String suffix, Duration duration, Path out) throws Exception {
            return StockBench.plan(name + suffix, base, pageId, people, duration, out);
        }

        @Override
        public void close() throws Exception {
            sandbox.close();
            LoadBench.deleteTree(data);
        }
    }

    private static LoadBench.JtlRun plan(String name, String base, long pageId, List<String> people,
                                         Duration duration, Path out) throws Exception {
        return LoadBench.jtlRun(out, name, people.size(), duration, s -> base, s -> person(people, s),
                List.of(weightedSwitchController()
                        .child(33, httpSampler("view page", base + "pages/viewpage.action?pageId=" + pageId)
                                .followRedirects(false)
                                .children(responseAssertion().containsSubstrings("id=\"main-content\""),
                                        responseAssertion().containsSubstrings("class=\"tandem-").invertCheck()))
                        .child(10, httpSampler("view dashboard", base).followRedirects(false)
                                .children(responseAssertion().containsSubstrings("id=\"space-list\"")))));
    }

    private static String person(List<String> people, PreProcessorVars s) {
        return people.get(s.ctx.getThreadNum() % people.size());
    }
}
