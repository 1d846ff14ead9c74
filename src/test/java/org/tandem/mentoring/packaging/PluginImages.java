package org.tandem.mentoring.packaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Tandem's plugin icon (16 px) and Marketplace logo (144 px) with Java2D: two people side by side, one a
 * little ahead of the other, on a rounded blue square. Run once with {@code main}; the PNGs are committed under
 * src/main/resources/images and named in the descriptor's plugin-info.
 */
public final class PluginImages {

    static final Path ICON = Path.of("src/main/resources/images/pluginIcon.png");
    static final Path LOGO = Path.of("src/main/resources/images/pluginLogo.png");
    static final int ICON_SIZE = 16;
    static final int LOGO_SIZE = 144;

    private static final Color BLUE = new Color(0x0C, 0x66, 0xE4);
    private static final Color LIGHT = new Color(0xFF, 0xFF, 0xFF);
    private static final Color TEAL = new Color(0x9F, 0xE2, 0xD6);

    private PluginImages() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(ICON.getParent());
        ImageIO.write(draw(ICON_SIZE), "png", ICON.toFile());
        ImageIO.write(draw(LOGO_SIZE), "png", LOGO.toFile());
    }

    /** The picture at {@code size} x {@code size} pixels, transparent outside the rounded square. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = size;
            g.setColor(BLUE);
            g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.35, s * 0.35));
            person(g, s, 0.36, 0.30, TEAL);
            person(g, s, 0.62, 0.40, LIGHT);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A person: a head and shoulders, centred at {@code x}, head top at {@code y} (fractions of the size). */
    private static void person(Graphics2D g, double s, double x, double y, Color colour) {
        g.setColor(colour);
        double head = s * 0.20;
        g.fill(new Ellipse2D.Double(s * x - head / 2, s * y, head, head));
        double width = s * 0.36;
        double top = s * y + head * 1.1;
        g.fill(new RoundRectangle2D.Double(s * x - width / 2, top, width, s * 0.9 - top, width * 0.8, width * 0.8));
    }
}
