package org.tandem.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts sandboxes for tests (fresh temp database, any free port) and talks to them like curl with a cookie jar. */
public final class SandboxTestSupport {

    private SandboxTestSupport() {
    }

    public static Path basedir() {
        return Path.of(System.getProperty("tandem.basedir", ".")).toAbsolutePath().normalize();
    }

    /** The sandbox with the small test plugin of src/test/resources/sandbox. */
    public static Sandbox startTestPlugin(Path dataDir) throws Exception {
        return Sandbox.start(Sandbox.Config.forPlugin(0, dataDir, basedir().resolve("src/test/sandbox-web"))
                .withDescriptor("sandbox/atlassian-plugin.xml", List.of("org.tandem.sandbox.testplugin")));
    }

    public static Path tempDir(String name) throws IOException {
        return Files.createTempDirectory("tandem-" + name);
    }

    /** One browser-like client: keeps its session cookie, does not follow redirects. */
    public static final class Client {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        public Client(Sandbox sandbox) {
            this(sandbox.baseUrl());
        }

        /** A client of the sandbox at {@code baseUrl} (ending in a slash), for instance one in another JVM. */
        public Client(String baseUrl) {
            this.base = baseUrl;
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return exchange(HttpRequest.newBuilder(URI.create(base + strip(path))).GET().build());
        }

        public HttpResponse<String> post(String path, String contentType, String body, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + strip(path)))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return exchange(b.build());
        }

        public HttpResponse<String> send(String method, String path, String contentType, String body)
                throws IOException, InterruptedException {
            return exchange(HttpRequest.newBuilder(URI.create(base + strip(path))).header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
        }

        public HttpResponse<String> send(String method, String path, String contentType, String body,
                String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + strip(path)))
                    .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return exchange(b.build());
        }

        /** Signs in as the person with the given username, through the sign-in form with its XSRF token. */
        /**
         * Sends the request, once more when the client reused a kept-alive connection the server had already
         * closed (Jetty closes one after answering without reading the whole body, for instance a refusal sent
         * before the body was read). No byte came back, so the server never saw the request; a second failure is
         * a failure.
         */
        private HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                    throw e;
                }
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        }

        public void signIn(String username) throws IOException, InterruptedException {
            String form = get("/login").body();
            HttpResponse<String> r = post("/login", "application/x-www-form-urlencoded",
                    "username=" + username + "&atl_token=" + token(form));
            if (r.statusCode() != 302) {
                throw new IllegalStateException("sign-in failed: " + r.statusCode());
            }
        }

        /**
         * Confirms the password on the WebSudo prompt, as an administrator does before administration: 302 to the
         * destination when it was right, 200 with the prompt again when it was wrong.
         */
        public HttpResponse<String> webSudo(String password) throws IOException, InterruptedException {
            String form = get("/authenticate.action").body();
            return post("/authenticate.action", "application/x-www-form-urlencoded",
                    "password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
                            + "&destination=%2F&atl_token=" + token(form));
        }

        /** Confirms the demo password and fails when that did not work. */
        public void webSudo() throws IOException, InterruptedException {
            HttpResponse<String> r = webSudo(org.tandem.sandbox.host.SandboxWebSudo.PASSWORD);
            if (r.statusCode() != 302) {
                throw new IllegalStateException("confirming the password failed: " + r.statusCode());
            }
        }

        public static String token(String html) {
            Matcher m = Pattern.compile("name=\"atlassian-token\" content=\"([0-9a-f]+)\"").matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no XSRF token on the page");
            }
            return m.group(1);
        }

        private static String strip(String path) {
            return path.startsWith("/") ? path.substring(1) : path;
        }
    }
}
