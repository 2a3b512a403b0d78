package org.paperkg.extract.quantity;

import java.util.List;

/**
 * Finds numeric expressions in ML abstracts and normalises them to the guideline units: model and
 * corpus sizes ("47B parameters", "1.6 trillion tokens"), compute, accelerators, bytes, counts of
 * examples and languages, percentages, factors, scores and durations.
 *
 * <p>Stateless and thread-safe. Every regex is precompiled, anchored at a position and bounded in
 * how far it looks, so the time per call grows linearly with the text and no input can make it hang.
 */
public final class QuantityFinder {

    /**
     * The quantities in text, sorted by start offset and non-overlapping; empty for null or empty
     * input. Never throws.
     */
    public List<QuantityMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new FinderPass(text).run());
    }
}
