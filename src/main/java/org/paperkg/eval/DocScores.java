package org.paperkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The counts of one gold record; {@code key} is its id (or normalised title), as score.py --by-doc prints it. */
public record DocScores(String key, Map<Section, Counts> sections) {

    public DocScores {
        sections = Collections.unmodifiableMap(new EnumMap<>(sections));
    }
}
