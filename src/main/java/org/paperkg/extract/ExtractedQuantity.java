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
 */
public record ExtractedQuantity(String text, double value, String unit, String subject, String property,
                                int start, int end, double confidence) {

    public ExtractedQuantity withSubject(String newSubject, String newProperty, double newConfidence) {
        return new ExtractedQuantity(text, value, unit, newSubject, newProperty, start, end, newConfidence);
    }
}
