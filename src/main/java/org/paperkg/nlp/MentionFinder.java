package org.paperkg.nlp;

import java.util.List;

/**
 * Finds entity mentions in an analysed text. Statistical, dictionary and pattern finders implement
 * this one interface, so that they can be combined, swapped and evaluated alike.
 */
public interface MentionFinder {

    /** The mentions in {@code text}, in text order; they may overlap (see {@link MentionMerger}). */
    List<Mention> find(AnalyzedText text);

    /** A short name recorded as the extractor of every fact that rests on this finder's mentions. */
    String name();
}
