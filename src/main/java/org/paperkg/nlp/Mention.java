package org.paperkg.nlp;

import opennlp.tools.util.Span;

/**
 * A typed span of text that names an entity: the unit every mention finder returns.
 *
 * @param start      character offset of the first character, into the analysed text
 * @param end        character offset after the last character
 * @param type       what kind of entity it names
 * @param confidence the finder's confidence in [0, 1]
 * @param finder     which finder produced it (for evidence records and debugging)
 */
public record Mention(int start, int end, MentionType type, double confidence, String finder) {

    public String text(AnalyzedText text) {
        return text.covered(start, end);
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }

    /** As an OpenNLP span, for OpenNLP's own evaluators. */
    public Span toSpan() {
        return new Span(start, end, type.tag(), confidence);
    }
}
