package org.tandem.mentoring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's resident memory on Linux, for a solver that allocates outside the Java heap (OR-Tools): the peak
 * ({@code VmHWM}) is reset through {@code /proc/self/clear_refs} before the solver starts, and read after it. Where
 * either file is missing or refused, both answer -1 and the figure is printed as na.
 */
final class NativeMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private NativeMemory() {
    }

    /** Resets the peak to the resident memory now and returns that, in bytes; -1 where it cannot. */
    static long resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | SecurityException e) {
            return -1;
        }
        return kilobytes("VmRSS:") * 1024;
    }

    /** The peak resident memory since the last reset, in bytes; -1 where it cannot be read. */
    static long peak() {
        return kilobytes("VmHWM:") * 1024;
    }

    private static long kilobytes(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
