package org.paperkg.ingest;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where readers report records they cannot use. Each problem is one line naming the file, the line
 * and what is wrong; the good records around it are kept. In strict mode the first problem stops the run.
 */
public final class InputProblems {
    private final PrintStream out;
    private final boolean strict;
    private final Map<String, Integer> skippedByReason = new TreeMap<>();
    private long read;
    private long kept;

    public InputProblems(PrintStream out, boolean strict) {
        this.out = out;
        this.strict = strict;
    }

    /** Problems are counted but not printed: for callers that only need the summary. */
    public static InputProblems quiet() {
        return new InputProblems(null, false);
    }

    /** A record was skipped. {@code reason} is a short category; {@code detail} says what exactly. */
    public synchronized void skip(String file, long line, String reason, String detail) {
        report(file + ":" + line, reason, detail);
    }

    /**
     * A record that was read and kept could not be used after all (the extractor failed on it): counted as skipped, not
     * kept, and reported like a bad record. {@code where} names the record.
     */
    public synchronized void failed(String where, String reason, String detail) {
        kept--;
        report(where, reason, detail);
    }

    /** Counts the skip under its reason, prints "where: reason: detail", and stops the run in strict mode. */
    private void report(String where, String reason, String detail) {
        skippedByReason.merge(reason, 1, Integer::sum);
        String message = where + ": " + reason + (detail == null || detail.isBlank() ? "" : ": " + detail);
        if (out != null) {
            out.println(message);
        }
        if (strict) {
            throw new BadInputException(message);
        }
    }

    /** A record was read and kept, perhaps after a repair the user should hear about. */
    public synchronized void warn(String file, long line, String detail) {
        if (out != null) {
            out.println(file + ":" + line + ": warning: " + detail);
        }
    }

    public synchronized void countRead() {
        read++;
    }

    public synchronized void countKept() {
        kept++;
    }

    public synchronized long read() {
        return read;
    }

    public synchronized long kept() {
        return kept;
    }

    public synchronized Map<String, Integer> skippedByReason() {
        return new TreeMap<>(skippedByReason);
    }

    public synchronized int skipped() {
        return skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code read 430, kept 427, skipped 3 (not valid JSON: 1, title without abstract: 2)}. */
    public synchronized String summary() {
        StringBuilder sb = new StringBuilder("read " + read + ", kept " + kept + ", skipped " + skipped());
        if (!skippedByReason.isEmpty()) {
            sb.append(" (");
            skippedByReason.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(k).append(": ").append(v));
            sb.append(')');
        }
        return sb.toString();
    }

    /** Thrown in strict mode at the first bad record; carries the one-line message. */
    public static final class BadInputException extends RuntimeException {
        public BadInputException(String message) {
            super(message);
        }
    }
}
