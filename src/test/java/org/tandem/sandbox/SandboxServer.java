package org.tandem.sandbox;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Jetty 12 on 127.0.0.1 only: the Confluence-shaped pages, REST modules through Jersey 3 under
 * /rest/&lt;path&gt;/&lt;version&gt;/, plugin servlets under /plugins/servlet/, web resources under
 * /download/resources/ and AUI's dist under /aui/.
 */
public final class SandboxServer {

    private final Sandbox sandbox;
    private final Server server;
    private final ServerConnector connector;

    SandboxServer(Sandbox sandbox, int port) {
        this.sandbox = sandbox;
        QueuedThreadPool threads = new QueuedThreadPool(50, 4);
        threads.setName("sandbox-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        this.connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setStopAtShutdown(false);
    }

    /** Jersey warns that resource instances are "providers" it ignores as such; they are served as resources. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    void start(PluginRuntime plugin) throws Exception {
        JERSEY_PROVIDERS.setLevel(java.util.logging.Level.SEVERE);
        ServletContextHandler ctx = new ServletContextHandler(ServletContextHandler.SESSIONS);
        ctx.setContextPath("/");
        ctx.addFilter(new FilterHolder(new SandboxFilter(sandbox.users(), sandbox.scope())), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        SandboxPages pages = new SandboxPages(sandbox);
        ctx.addServlet(new ServletHolder("pages", pages), "/");
        ctx.addServlet(new ServletHolder("aui", StaticFiles.of(sandbox::openAui)), "/aui/*");
        ctx.addServlet(new ServletHolder("sandbox-css", StaticFiles.of(rel -> rel.endsWith(".css")
                ? Sandbox.class.getClassLoader().getResourceAsStream("sandbox/" + rel) : null)), "/sandbox/css/*");
        ctx.addServlet(new ServletHolder("web-resources", StaticFiles.of(sandbox::openWebResource)),
                "/download/resources/*");
        for (Map.Entry<String, List<Object>> rest : plugin.restResources().entrySet()) {
            ResourceConfig config = new ResourceConfig();
            config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
            rest.getValue().forEach(config::register);
            config.register(JacksonFeature.class);
            config.register(new RestSecurity(sandbox.scope(), sandbox.users(), sandbox.webSudo()));
            ctx.addServlet(new ServletHolder("rest" + rest.getKey(), new ServletContainer(config)),
                    "/rest" + rest.getKey() + "/*");
        }
        for (Map.Entry<String, HttpServlet> s : plugin.servlets().entrySet()) {
            String pattern = s.getKey().startsWith("/") ? s.getKey() : "/" + s.getKey();
            ctx.addServlet(new ServletHolder("plugin" + pattern, new PluginServletGate(s.getValue(), sandbox.scope(), pages)),
                    "/plugins/servlet" + pattern);
        }
        server.setHandler(ctx);
        server.start();
    }

    int port() {
        return connector.getLocalPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    void stop() throws Exception {
        server.stop();
    }
}
