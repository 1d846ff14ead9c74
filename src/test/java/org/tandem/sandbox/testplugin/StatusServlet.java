package org.tandem.sandbox.testplugin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A servlet of the test plugin, created through the Spring context. */
public class StatusServlet extends HttpServlet {

    private final ProgrammeSummary summary;

    public StatusServlet(ProgrammeSummary summary) {
        this.summary = summary;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write("ok " + summary.viewerName());
    }
}
