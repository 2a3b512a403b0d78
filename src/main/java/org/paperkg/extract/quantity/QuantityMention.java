package org.paperkg.extract.quantity;

/**
 * One numeric expression found in a text.
 *
 * @param start            offset of the first character, into the string given to the finder
 * @param end              offset after the last character
 * @param text             the input between start and end: the number with its unit words as written
 * @param value            the normalised value: scale applied ("7B" = 7e9), durations in seconds
 * @param unit             the guideline unit
 * @param unitFromContext  true when the unit (and possibly the scale) was borrowed from a later
 *                         number of the same list or range ("3B, 7B, and 15B parameters")
 */
public record QuantityMention(int start, int end, String text, double value, Unit unit, boolean unitFromContext) {
}
