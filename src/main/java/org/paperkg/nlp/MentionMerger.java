package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs several finders and keeps one mention per stretch of text. Finders are listed by trust: on an
 * overlap the mention of the earlier finder wins, and within one finder the longer mention. One
 * exception: an organisation that only starts a longer model or dataset name, which a later finder is at
 * least as sure of, is the maker's name inside its product's ("DeepSeek LLM 67B", "Snowflake Arctic"),
 * and gives way.
 */
public final class MentionMerger implements MentionFinder {
    private final List<MentionFinder> finders;

    public MentionMerger(List<MentionFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<List<Mention>> byFinder = new ArrayList<>();
        for (MentionFinder f : finders) {
            List<Mention> found = new ArrayList<>(f.find(text));
            found.sort(Comparator.comparingInt(Mention::length).reversed());
            byFinder.add(found);
        }
        List<Mention> kept = new ArrayList<>();
        for (int i = 0; i < byFinder.size(); i++) {
            List<List<Mention>> later = byFinder.subList(i + 1, byFinder.size());
            for (Mention m : byFinder.get(i)) {
                if (kept.stream().noneMatch(m::overlaps) && !startsAProductName(m, later)) {
                    kept.add(m);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static boolean startsAProductName(Mention m, List<List<Mention>> later) {
        return m.type() == MentionType.ORGANIZATION && later.stream().flatMap(List::stream).anyMatch(n ->
                n.start() == m.start() && n.end() > m.end() && n.confidence() >= m.confidence()
                        && (n.type() == MentionType.MODEL || n.type() == MentionType.DATASET));
    }

    @Override
    public String name() {
        return "merged";
    }
}
