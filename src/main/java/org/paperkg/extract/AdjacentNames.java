package org.paperkg.extract;

import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.Sentence;

/**
 * Names tied to a number by the words right around it: a possessive ("Qwen3's 36T-token corpus"), a
 * parenthesis ("Gopher (280B)", "128-GPU scale (Llama 3.1 8B)"), a pre-modifier ("a 124M-parameter
 * GPT-2 model"), a naming participle ("... models, called phi-3-small and phi-3-medium"), the data's
 * source ("tokens of Dolma") and the paper's own model modified by the number ("our 7B-parameter model").
 */
final class AdjacentNames {
    /** Words that may stand between a number and the name it pre-modifies ("a 1.4T-token datastore named X"). */
    private static final Set<String> MODIFIER_WORDS = Set.of("parameter", "parameters", "param", "params", "model",
            "models", "dense", "sparse", "language", "datastore", "dataset", "corpus", "token", "tokens", "-", "(",
            "named", "called", "dubbed", "termed", "version", "variant", "moe", "base", "llm", "llms", "lm");

    private final EntityLocations where;
    private final OwnArtefacts own;

    AdjacentNames(EntityLocations where, OwnArtefacts own) {
        this.where = where;
        this.own = own;
    }

    /** "Qwen3's proprietary 36T-token corpus", "TeleChat's 7B and 12B variant". */
    SubjectFinder.Found possessive(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 3; i--) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                boolean owner = Words.lower(s, l.last()).endsWith("'s") || Words.is(s, l.last() + 1, "'s", "'");
                return owner && accepts.test(l) ? new SubjectFinder.Found(l.entity(), l, 0.8) : null;
            }
            if (!Words.is(s, i, "'s", "'") && !Words.tag(s, i).equals("ADJ")) {
                return null;
            }
        }
        return null;
    }

    /** "Gopher (280B)", "GLM-4-9B (128K, 1M)", "(Turing-NLG, 17B parameters)". */
    SubjectFinder.Found parenthesisAfterName(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        Located before = null;
        for (Located l : where.in(p.sentence())) {
            if (l.last() < p.groupFirst() && p.groupFirst() - l.last() <= 3) {
                before = l;
            }
        }
        if (before == null || !accepts.test(before)) {
            return null;
        }
        boolean paren = false;
        for (int i = before.last() + 1; i < p.groupFirst(); i++) {
            if (Words.is(s, i, "(")) {
                paren = true;
            } else if (!Words.is(s, i, ",", ":")) {
                return null;
            }
        }
        boolean openedBefore = Words.is(s, before.first() - 1, "(");
        return paren || openedBefore ? new SubjectFinder.Found(before.entity(), before, 0.85) : null;
    }

    /** "at the 128-GPU scale (Llama 3.1 8B)", "over 70 billion tokens (i.e., MegaMath-Web-Pro-Max)". */
    SubjectFinder.Found nameInParenthesisAfter(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupLast() + 1; i <= p.groupLast() + 3 && i < s.size(); i++) {
            if (Words.is(s, i, "(")) {
                int j = i + 1;
                while (Words.is(s, j, "i.e.", "i.e", "ie", ",")) {
                    j++;
                }
                Located l = where.at(p.sentence(), j);
                return l != null && l.first() == j && accepts.test(l) ? new SubjectFinder.Found(l.entity(), l, 0.8) : null;
            }
            if (!Words.tag(s, i).equals("NOUN") && !Words.tag(s, i).equals("ADJ")) {
                return null;
            }
        }
        return null;
    }

    /** "a 124M-parameter GPT-2 model", "a 280 billion parameter model called Gopher", "175B GPT-3". */
    SubjectFinder.Found modifiedName(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupLast() + 1; i <= p.groupLast() + 5 && i < s.size(); i++) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                Located head = basedNameAfter(s, p.sentence(), l);
                if (head != null) {
                    l = head; // "Our 13B LLaMA-2-based PerSE": the size is PerSE's, not its base's
                } else if (Words.producedBy(s, l.last() + 1)) {
                    return null; // "54,612 GPT-4o generated question-answer pairs": the model made what is counted
                }
                return accepts.test(l) ? new SubjectFinder.Found(l.entity(), l, 0.85) : null;
            }
            String w = Words.lower(s, i);
            String tag = Words.tag(s, i);
            boolean modifier = MODIFIER_WORDS.contains(w) || w.endsWith("-parameter") || w.endsWith("-token")
                    || (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")) && !Comparisons.isCue(s, i);
            if (!modifier) {
                return null;
            }
        }
        return null;
    }

    /** The name right after a name used as a "-based" adjective ("LLaMA-2-based PerSE"), or null. */
    private Located basedNameAfter(Sentence s, int sentence, Located base) {
        int k = org.paperkg.nlp.BasedOnPrefixFinder.afterBasedAdjective(i -> Words.lower(s, i), base.last());
        return k < 0 ? null : where.at(sentence, k);
    }

    /** "a 7B and 14B models trained for 4.8T tokens, called phi-3-small and phi-3-medium", "... which we call U-PaLM". */
    SubjectFinder.Found namedAfter(QuantityPlace p, Predicate<Located> accepts) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupLast() + 1; i <= p.groupLast() + 10 && i < s.size(); i++) {
            if (where.at(p.sentence(), i) != null || Words.is(s, i, ";", ".", "(")) {
                return null;
            }
            if (Words.matches(s, i, Words.NAMING) || Words.is(s, i, "call", "name") && Words.is(s, i - 1, "we")) {
                Located l = where.at(p.sentence(), i + 1);
                return l != null && accepts.test(l) ? new SubjectFinder.Found(l.entity(), l, 0.75) : null;
            }
        }
        return null;
    }

    /** "a corpus of 2T tokens of Dolma", "600 billion tokens from our RefinedWeb dataset": the data's source. */
    SubjectFinder.Found dataSource(QuantityPlace p, Measure m) {
        if (m != Measure.TOKENS && m != Measure.DATA_SIZE) {
            return null;
        }
        Sentence s = where.sentence(p.sentence());
        int i = p.groupLast() + 1;
        boolean of = Words.is(s, i, "of", "in");
        boolean ownSource = Words.is(s, i, "from") && Words.is(s, i + 1, "our", "its");
        if (!of && !ownSource) {
            return null;
        }
        for (int j = i + 1; j <= i + 3 && j < s.size(); j++) {
            Located l = where.at(p.sentence(), j);
            if (l != null) {
                return l.isDataset() && !l.entity().benchmark() ? new SubjectFinder.Found(l.entity(), l, 0.75) : null;
            }
            if (!Words.is(s, j, "the", "our", "its", "their", "this")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "our 7B-parameter model", "the new 300M and 600M parameter models", "this 56B activated (560B
     * total) parameter model": the number modifies the paper's own model.
     */
    SubjectFinder.Found ownModifiedNoun(QuantityPlace p, Measure m) {
        if (!SubjectFinder.sized(m)) {
            return null;
        }
        Sentence s = where.sentence(p.sentence());
        int i = p.groupFirst() - 1;
        while (i >= 0 && i >= p.groupFirst() - 3 && (Words.tag(s, i).equals("ADJ") || Words.lower(s, i).endsWith("ed"))
                && !Comparisons.isCue(s, i)) {
            i--;
        }
        if (!Words.is(s, i, "our", "the", "this", "these")) {
            return null;
        }
        for (int j = p.groupLast() + 1; j <= p.groupLast() + 6 && j < s.size(); j++) {
            if (where.at(p.sentence(), j) != null) {
                return null;
            }
            if (own.isArtefactNoun(s, j)) {
                return own.artefactFor(p, m, 0.65);
            }
            if (Words.is(s, j, ")")) {
                continue;
            }
            if (Words.verbal(s, j) || Words.is(s, j, ",", "(", ";")) {
                return null;
            }
        }
        return null;
    }
}
