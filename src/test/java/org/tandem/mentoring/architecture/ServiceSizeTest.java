package org.tandem.mentoring.architecture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * A service class that grows past 400 lines has taken on a second reason to change: split it (commands, queries,
 * policy, views) before it grows further. The same bound holds for every other source file (a store class splits
 * off its rows or a helper such as {@code ParticipantThemes}).
 */
public class ServiceSizeTest {

    private static final int MAX_LINES = 400;
    private static final Path SOURCES = Path.of(System.getProperty("tandem.basedir", ".")).resolve("src/main/java");
    private static final Path SERVICES = SOURCES.resolve("org/tandem/mentoring/service");

    @Test
    public void services_shouldStayUnder400Lines() throws IOException {
        List<String> tooLong;
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SERVICES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertTrue("the service sources are where this test looks: " + SERVICES, sources.size() > 20);
        tooLong = sources.stream().filter(ServiceSizeTest::tooLong)
                .map(file -> SERVICES.relativize(file) + " (" + lines(file) + " lines)").toList();
        assertEquals("service classes over " + MAX_LINES + " lines", List.of(), tooLong);
    }

    @Test
    public void everySource_shouldStayUnder400Lines() throws IOException {
        List<String> tooLong;
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertTrue("the sources are where this test looks: " + SOURCES, sources.size() > 100);
        tooLong = sources.stream().filter(ServiceSizeTest::tooLong)
                .map(file -> SOURCES.relativize(file) + " (" + lines(file) + " lines)").toList();
        assertEquals("source files over " + MAX_LINES + " lines", List.of(), tooLong);
    }

    private static boolean tooLong(Path file) {
        return lines(file) > MAX_LINES;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
