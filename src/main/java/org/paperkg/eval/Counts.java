package org.paperkg.eval;

/**
 * True positives, false positives and false negatives of one section, with the
 * ratios computed exactly as score.py's {@code Counts.prf()}.
 */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    /** An empty denominator means nothing was predicted, which score.py counts as perfect. */
    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** An empty denominator means there was nothing to find, which score.py counts as perfect. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    /** Same operation order as Python's {@code 2 * p * r / (p + r)}, so the double is bit-identical. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }
}
