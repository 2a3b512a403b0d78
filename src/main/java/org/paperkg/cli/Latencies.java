package org.paperkg.cli;

import java.util.Arrays;

/**
 * The response times of one kind of request, in nanoseconds, and its error count; thread-safe. Holds
 * every sample (a minute at a few thousand requests a second is a few hundred kilobytes), so the
 * percentiles are exact, not estimated.
 */
final class Latencies {
    private long[] samples = new long[1024];
    private int count;
    private int errors;

    synchronized void add(long nanos) {
        if (count == samples.length) samples = Arrays.copyOf(samples, count * 2);
        samples[count++] = nanos;
    }

    synchronized void error() {
        errors++;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        int theirErrors;
        synchronized (other) {
            theirs = Arrays.copyOf(other.samples, other.count);
            theirErrors = other.errors;
        }
        for (long t : theirs) add(t);
        errors += theirErrors;
    }

    /** Count, errors and percentiles in milliseconds (nearest rank). */
    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Summary(count, errors, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                count == 0 ? 0 : sorted[count - 1] / 1e6);
    }

    private static double rank(long[] sorted, int percentile) {
        if (sorted.length == 0) return 0;
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    record Summary(int requests, int errors, double p50, double p90, double p99, double max) {}
}
