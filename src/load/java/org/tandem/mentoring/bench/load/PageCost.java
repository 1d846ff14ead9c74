package org.tandem.mentoring.bench.load;

import org.tandem.sandbox.Sandbox;
import org.tandem.sandbox.SandboxTestSupport;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one page view costs on a quiet sandbox, with and without Tandem's macros: the pages of the load bench
 * viewed one after the other by the first virtual person, each {@code n} times, giving the median time, the CPU
 * time of the whole JVM (server and client) and the SQL statements (the plugin's through Active Objects, the
 * sandbox's own) per view. Printed as {@code # cost} lines beside the LOAD-BENCH line.
 */
final class PageCost {

    private final Sandbox sandbox;
    private final LoadFixture.Plan plan;

    PageCost(Sandbox sandbox, LoadFixture.Plan plan) {
        this.sandbox = sandbox;
        this.plan = plan;
    }

    /** One line per page of the mix and for both ways: median ms, CPU ms and statements per view. */
    List<String> measure(int n) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox);
        c.signIn(plan.people().get(0).username());
        Map<String, Long> pages = new LinkedHashMap<>();
        pages.put("programme home", plan.homePageId());
        pages.put("enrol page", plan.enrolPageId());
        pages.put("pairing board", plan.boardPageId());
        pages.put("dashboard", plan.dashboardPageId());
        pages.put("session page", plan.people().get(0).sessionPageId());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Long> page : pages.entrySet()) {
            String none = figures(c, page.getValue(), false, n);
            String with = figures(c, page.getValue(), true, n);
            lines.add(String.format(Locale.ROOT, "# cost %-15s macros: %s | none: %s", page.getKey(), with, none));
        }
        return lines;
    }

    private String figures(SandboxTestSupport.Client c, long pageId, boolean macros, int n) throws Exception {
        String path = "/pages/viewpage.action?pageId=" + pageId + (macros ? "" : "&macros=none");
        for (int i = 0; i < Math.max(3, n / 5); i++) {
            expect(c.get(path));
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] sql0 = sandbox.sqlStatements();
        long cpu0 = os.getProcessCpuTime();
        List<Long> times = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            bytes = expect(c.get(path)).length();
            times.add(System.nanoTime() - t0);
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long[] sql = sandbox.sqlStatements();
        times.sort(null);
        return String.format(Locale.ROOT, "median_ms=%.1f cpu_ms=%.1f sql=%.1f+%.1f bytes=%d",
                times.get(n / 2) / 1e6, cpu / 1e6 / n, (sql[0] - sql0[0]) / (double) n,
                (sql[1] - sql0[1]) / (double) n, bytes);
    }

    private static String expect(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.uri() + ": " + r.statusCode());
        }
        return r.body();
    }
}
