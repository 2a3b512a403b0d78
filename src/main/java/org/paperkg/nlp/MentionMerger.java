package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs several finders and keeps one mention per stretch of text. Finders are listed by trust: on an
 * overlap the mention of the earlier finder wins, and within one finder the longer mention.
 */
public final class MentionMerger implements MentionFinder {
    private final List<MentionFinder> finders;

    public MentionMerger(List<MentionFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> kept = new ArrayList<>();
        for (MentionFinder f : finders) {
            List<Mention> found = new ArrayList<>(f.find(text));
            found.sort(Comparator.comparingInt(Mention::length).reversed());
            for (Mention m : found) {
                if (kept.stream().noneMatch(m::overlaps)) {
                    kept.add(m);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    @Override
    public String name() {
        return "merged";
    }
}
