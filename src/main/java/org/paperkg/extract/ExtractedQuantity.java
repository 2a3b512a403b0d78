package org.paperkg.extract;

/**
 * A number the text gives, normalised, and what it belongs to.
 *
 * @param text       the expression as written ("47B parameters")
 * @param value      the value with scale words applied and durations in seconds
 * @param unit       a unit id of the guidelines' closed list ("parameter", "percent", ...)
 * @param subject    the name of the entity it belongs to, or null
 * @param property   the property it fills ("parameterCount", ...), or null
 * @param start      character offset into the paper's document text
 * @param end        character offset after it
 * @param confidence how sure the attachment is, in [0, 1]
 * @param benchmark  for a score, the name of the benchmark it was reached on; otherwise null
 */
public record ExtractedQuantity(String text, double value, String unit, String subject, String property,
                                int start, int end, double confidence, String benchmark) {

    public ExtractedQuantity(String text, double value, String unit, String subject, String property,
                             int start, int end, double confidence) {
        this(text, value, unit, subject, property, start, end, confidence, null);
    }

    public ExtractedQuantity withSubject(String newSubject, String newProperty, double newConfidence) {
        return new ExtractedQuantity(text, value, unit, newSubject, newProperty, start, end, newConfidence);
    }

    /** The score a model reached on a benchmark. */
    public ExtractedQuantity withScore(String model, String onBenchmark, double newConfidence) {
        return new ExtractedQuantity(text, value, unit, model, "score", start, end, newConfidence, onBenchmark);
    }
}
