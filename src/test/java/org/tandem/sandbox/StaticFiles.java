package org.tandem.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Serves files below a folder (AUI's dist) or from the classpath (plugin web resources), never above it. */
public final class StaticFiles extends HttpServlet {

    private final Function<String, InputStream> opener;

    private StaticFiles(Function<String, InputStream> opener) {
        this.opener = opener;
    }

    public static StaticFiles folder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new StaticFiles(rel -> {
            Path p = base.resolve(rel).normalize();
            if (!p.startsWith(base) || !Files.isRegularFile(p)) {
                return null;
            }
            try {
                return Files.newInputStream(p);
            } catch (IOException e) {
                return null;
            }
        });
    }

    public static StaticFiles of(Function<String, InputStream> opener) {
        return new StaticFiles(opener);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rel = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (rel.contains("..")) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = opener.apply(rel)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(contentType(rel));
            resp.setHeader("Cache-Control", "max-age=3600");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    static String contentType(String name) {
        String n = name.toLowerCase();
        if (n.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (n.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (n.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".woff")) {
            return "font/woff";
        }
        if (n.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (n.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (n.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
