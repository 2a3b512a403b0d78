package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.paperkg.ingest.Paper;

/**
 * Titles and abstracts written for a test, run through the standard extractor. The extractor is
 * loaded once for every test class that uses it: loading the models is the slow part.
 */
final class WrittenAbstracts {

    private static Extractor extractor;

    private WrittenAbstracts() {}

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.standard();
        }
        return extractor;
    }

    /** A paper with only a title and an abstract. */
    static Paper paper(String title, String abstractText) {
        return new Paper("written", title, abstractText, null, null, List.of(), null, null, null, null, List.of());
    }

    static PaperFacts extract(String title, String abstractText) {
        return extractor().extract(paper(title, abstractText));
    }

    /** The quantity the facts give for exactly {@code text}; fails the test when there is none. */
    static ExtractedQuantity quantity(PaperFacts facts, String text) {
        ExtractedQuantity q = facts.quantities().stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertNotNull(q, () -> "no quantity '" + text + "' in " + facts.quantities());
        return q;
    }
}
