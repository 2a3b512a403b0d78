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
        List<Mention> listed = byFinder.stream().flatMap(List::stream).filter(DictionaryMentionFinder::fromList).toList();
        List<Mention> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            out.add(withListedType(m, listed));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * "We benchmark RoBERTa, GPT-4o and mBERT": a context can mislead the classifier about a name's kind ("benchmark"
     * is a data word), but a name the lists of known models and datasets hold, on exactly the same words, is of the
     * kind the list says. The other finders still decide where a name starts and ends, and nouns beside it still
     * decide its entity's kind later ("the Alpaca dataset").
     */
    private static Mention withListedType(Mention m, List<Mention> listed) {
        if (m.type() == MentionType.ORGANIZATION || DictionaryMentionFinder.fromList(m)) {
            return m;
        }
        java.util.Set<MentionType> kinds = java.util.EnumSet.noneOf(MentionType.class);
        double confidence = m.confidence();
        for (Mention l : listed) {
            if (l.start() == m.start() && l.end() == m.end() && l.type() != MentionType.ORGANIZATION) {
                kinds.add(l.type());
                confidence = Math.max(confidence, l.confidence());
            }
        }
        // a name both lists hold ("Alpaca", a model and its instruction data) is left to the context
        return kinds.size() == 1 && !kinds.contains(m.type())
                ? new Mention(m.start(), m.end(), kinds.iterator().next(), confidence, m.finder()) : m;
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
