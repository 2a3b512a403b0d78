package org.paperkg.extract;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.extract.quantity.Unit;
import org.paperkg.nlp.Sentence;

/**
 * The subject of the clause a number stands in, when no name is tied to the number directly: the
 * nearest fitting name to the left, the subject after an opening phrase, or the paper's own artefact
 * when the clause says "it", "we" or "the model".
 */
final class ClauseSubjects {
    /** Words that end the clause a number's subject can come from when looking left. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "however",
            "unlike", "meanwhile", "whose", "whether");

    /** Plural nouns for unnamed models: after a comparison they start a phrase about other models. */
    private static final Set<String> GENERIC_MODELS = Set.of("models", "llms", "lms", "baselines", "counterparts",
            "methods", "approaches", "systems");

    private final EntityLocations where;
    private final OwnArtefacts own;
    private final QuantityScope scope;

    ClauseSubjects(EntityLocations where, OwnArtefacts own, QuantityScope scope) {
        this.where = where;
        this.own = own;
        this.scope = scope;
    }

    /**
     * The nearest accepted name to the left in the same clause ("Mixtral ... has 47B parameters",
     * "Dolma, a three trillion tokens corpus"), passing over parentheses and names the sentence
     * compares against unless an apposition follows them ("surpasses StarCoder2-3B, pretrained on
     * 3.3T tokens"). Failing a name, "it", "we" or "the model" hands the number to the paper's own
     * artefact, except a range the authors explore ("we vary parameters from 80M to 1B"); "models"
     * after a comparison, or a comparison word reached before any rival name ("outperforming even
     * much larger 32B models"), means the number describes other models.
     */
    SubjectFinder.Found leftInClause(QuantityPlace p, Predicate<Located> accepts, Measure m) {
        Sentence s = where.sentence(p.sentence());
        boolean passedRival = false;
        int skipped = 0;
        int selfReference = -1;
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 30 - skipped; i--) {
            if (Words.is(s, i, ")")) {
                int open = openingParenthesis(s, i);
                skipped += i - open + 1;
                i = open;
                continue;
            }
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                boolean described = describedByApposition(s, l, p.groupFirst());
                int distance = p.groupFirst() - l.last() - skipped;
                if (distance >= 12 && !described && (m == Measure.ACCELERATORS || p.quantity().unit() == Unit.OTHER)) {
                    return null;
                }
                boolean rival = !described && Comparisons.comparedObject(where, l)
                        || reducedSource(s, l, p.groupFirst());
                if (accepts.test(l) && !rival) {
                    return new SubjectFinder.Found(l.entity(), l, distance < 12 ? 0.75 : 0.6);
                }
                passedRival = true;
                i = l.first();
                continue;
            }
            if (clauseBreak(s, i) || GENERIC_MODELS.contains(Words.lower(s, i)) && (comparedNoun(s, i) || describedAfter(s, i))) {
                break;
            }
            if (Comparisons.isRivalCue(s, i) && !passedRival && p.groupFirst() - i <= 4) {
                return null;
            }
            if (own.isSelfReference(p.sentence(), i)) {
                selfReference = i;
                if (Words.tag(s, i).equals("PRON")) {
                    break;
                }
            }
        }
        if (selfReference < 0) {
            return null;
        }
        boolean authors = Words.is(s, selfReference, "we");
        return authors && scope.exploredRange(p) && !scope.endOfGrowth(p) ? null : own.artefactFor(p, m, 0.6);
    }

    /**
     * "StarCoder2-3B, pretrained on over 3.3T tokens", "beats StarCoderBase-3B pretrained on 1T
     * tokens", "Ke-SpeechChat, a ... dataset consisting of 7
     * million conversations": an apposition that describes the name carries the number, even when the
     * name is a rival or a source.
     */
    private boolean describedByApposition(Sentence s, Located l, int quantityStart) {
        int comma = l.last() + 1;
        if (Words.lower(s, comma).endsWith("ed") && Words.tag(s, comma + 1).equals("ADP")) {
            return true;
        }
        if (!Words.is(s, comma, ",")) {
            return false;
        }
        if (Words.lower(s, comma + 1).endsWith("ed")) {
            return true;
        }
        boolean artefact = false;
        for (int i = comma + 1; i < quantityStart; i++) {
            String w = Words.lower(s, i);
            if (artefact && Words.is(s, i, "which", "that")) {
                // "X, the largest benchmark for ..., which features 25,000 entities": a relative clause
                // on the artefact noun of the apposition still describes X
                return true;
            }
            if (Words.verbal(s, i) && !w.endsWith("ing") && !w.endsWith("ed") || Comparisons.isRivalCue(s, i)) {
                return false;
            }
            artefact |= own.isArtefactNoun(s, i);
        }
        return artefact;
    }

    /** Verbs that make a smaller model out of a named one: "pruning", "compresses", "distilled". */
    private static final Pattern REDUCTION = Pattern.compile(
            "(prun|compress|distill|shrink|reduc|quantiz|sparsif|downscal)\\w*");

    /**
     * "pruning the LLaMA2-7B model down to 1.3B and 2.7B parameters": the size a named model is reduced
     * to is the new model's, not the source's; the search goes on to the left.
     */
    private static boolean reducedSource(Sentence s, Located l, int quantityStart) {
        boolean to = false;
        for (int i = l.last() + 1; i < quantityStart; i++) {
            if (Words.is(s, i, "to", "into")) {
                to = true;
            } else if (!Words.is(s, i, "model", "models", "down", "all", "the", "way")) {
                return false;
            }
        }
        if (!to) {
            return false;
        }
        for (int i = l.first() - 1; i >= 0 && i >= l.first() - 3; i--) {
            if (REDUCTION.matcher(Words.lower(s, i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "many other models, trained on up to 12.8B samples": numbers about models the paper does not name. */
    private static boolean describedAfter(Sentence s, int i) {
        int j = Words.is(s, i + 1, ",") ? i + 2 : i + 1;
        if (!Words.lower(s, j).matches("(pre-?)?trained|fine-?tuned|distilled|evaluated")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (Words.is(s, k, "other", "existing", "many", "several", "various", "different", "available", "prior", "previous")) {
                return true;
            }
        }
        return false;
    }

    private static int openingParenthesis(Sentence s, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (Words.is(s, i, ")")) {
                depth++;
            } else if (Words.is(s, i, "(") && --depth == 0) {
                return i;
            }
        }
        return close;
    }

    /**
     * A word that starts another clause: "; while X", "but Y has", "we show that ...". "while extending"
     * and "but with" keep the subject, so a verb or preposition after them does not break.
     */
    private static boolean clauseBreak(Sentence s, int i) {
        String w = Words.lower(s, i);
        if (w.equals("that") && Words.verbal(s, i - 1)) {
            return true;
        }
        if (!CLAUSE_BREAKS.contains(w)) {
            return false;
        }
        String next = Words.tag(s, i + 1);
        boolean keepsSubject = next.equals("VERB") || next.equals("ADP") || Words.lower(s, i + 1).endsWith("ing");
        return !(keepsSubject && (w.equals("while") || w.equals("whereas") || w.equals("but")));
    }

    /** "compared to similarly sized models", "than larger models": a generic noun after a comparison. */
    private static boolean comparedNoun(Sentence s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (Comparisons.isCue(s, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Pre-trained on 16T tokens, it supports ...", "Under a 1-trillion-token training budget, the
     * MoMa 1.4B model ...": a number in an opening phrase belongs to the subject after the comma.
     */
    SubjectFinder.Found afterIntroductoryPhrase(QuantityPlace p, Predicate<Located> accepts, Measure m) {
        Sentence s = where.sentence(p.sentence());
        int start = afterOpeningAdverbial(s, p.groupFirst());
        String firstTag = Words.tag(s, start);
        boolean opening = firstTag.equals("VERB") || firstTag.equals("ADP") || firstTag.equals("SCONJ")
                || Words.lower(s, start).endsWith("ed");
        if (!opening || where.at(p.sentence(), start) != null) {
            return null;
        }
        for (int i = start; i < p.groupFirst(); i++) {
            if (Words.is(s, i, ",", "we", "it")) {
                return null;
            }
        }
        int comma = -1;
        for (int i = p.groupLast() + 1; i < s.size(); i++) {
            if (Words.is(s, i, ",")) {
                comma = i;
                break;
            }
            if (where.at(p.sentence(), i) != null || Words.is(s, i, "we")) {
                return null;
            }
        }
        for (int i = comma + 1; comma > 0 && i <= comma + 4 && i < s.size(); i++) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                return accepts.test(l) ? new SubjectFinder.Found(l.entity(), l, 0.7) : null;
            }
            if (own.isSelfReference(p.sentence(), i) && !Words.is(s, i, "we")) {
                return own.artefactFor(p, m, 0.6);
            }
            if (!Words.is(s, i, "the", "this", "our", "these") && !Words.tag(s, i).equals("ADJ")) {
                return null;
            }
        }
        return null;
    }

    /** "For example, with ...", "Remarkably, with ...": where the sentence starts after a short opening adverbial. */
    private static int afterOpeningAdverbial(Sentence s, int before) {
        for (int i = 1; i <= 3 && i < before; i++) {
            if (Words.is(s, i, ",")) {
                return i + 1;
            }
        }
        return 0;
    }
}
