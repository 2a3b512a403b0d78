package org.paperkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Totals per section over all gold records, the overall sum (every section except
 * {@link Section#INTRODUCED}, which re-counts entities already counted), the number of
 * gold records scored and their individual counts in score.py's iteration order.
 */
public record Scores(Map<Section, Counts> sections, Counts overall, int documents, List<DocScores> perDocument) {

    public Scores {
        // EnumMap keeps the SECTIONS order when iterated.
        sections = Collections.unmodifiableMap(new EnumMap<>(sections));
        perDocument = List.copyOf(perDocument);
    }

    public Counts section(Section s) {
        return sections.getOrDefault(s, Counts.ZERO);
    }
}
