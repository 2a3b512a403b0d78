package org.paperkg.extract;

import java.util.Set;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;
import org.paperkg.nlp.TrainingWords;

/**
 * Benchmark results: a score or percentage is a model's {@code score} only when the text ties it to
 * a benchmark ("93.4 on AIME-2025", "73.1 (AIME 24)", "an AIME score of 15.5") and names, or refers
 * to, the model that reached it. Gains and margins ("a 7.4% improvement on X") are not scores.
 */
final class ScoreLinks {

    /** Words after a number that make it a difference, not a result. */
    private static final Set<String> DIFFERENCE_WORDS = Set.of("improvement", "improvements", "gain", "gains",
            "increase", "increases", "boost", "higher", "better", "lower", "reduction", "relative", "absolute",
            "margin", "fewer", "more", "less", "speedup", "faster", "slower", "drop", "decrease", "point", "points",
            "pp", "lead", "advantage", "improved", "over", "gap", "gaps", "below", "above", "behind", "ahead");

    /** Words between a number and the benchmark after it ("69% on MMLU", "75.2% on five-shot MMLU"). */
    private static final Set<String> BENCHMARK_LINKS = Set.of("on", "in", "at", "for", "(", "the", "a", "an");

    private final EntityLocations where;
    private final OwnArtefacts own;

    ScoreLinks(EntityLocations where) {
        this.where = where;
        this.own = new OwnArtefacts(where);
    }

    /** The benchmark a result is reported on, or null when the number is not tied to one. */
    Located benchmark(QuantityPlace p) {
        Sentence s = where.sentence(p.sentence());
        if (difference(p, s)) {
            return null;
        }
        Located after = benchmarkAfter(p, s);
        if (after != null) {
            return after;
        }
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 15; i--) {
            Located l = where.at(p.sentence(), i);
            if (l != null && l.isDataset() && (l.entity().benchmark() || evaluationPlace(s, l))) {
                return l;
            }
            if (l != null) {
                i = l.first();
                continue;
            }
            if (Words.is(s, i, ";")) {
                break;
            }
        }
        Located opening = openingPlace(p, s);
        return opening != null ? opening : ownBenchmark(p.sentence());
    }

    /**
     * "for the Extended Chaii dataset, the MuRIL model achieved ...", "On D, M reaches ...": data after
     * "for", "on" or "across" (not after "trained on") is where the result was measured, whatever role the
     * data plays elsewhere in the paper.
     */
    private static boolean evaluationPlace(Sentence s, Located l) {
        int k = l.first() - 1;
        if (Words.is(s, k, "the")) {
            k--;
        }
        // a training word just before makes the data what a model learnt from ("fine-tuned on the D dataset")
        return Words.is(s, k, "for", "on", "across") && !TrainingWords.isTraining(Words.lower(s, k - 1))
                && !TrainingWords.isTraining(Words.lower(s, k - 2));
    }

    /**
     * "On evaluations with the SIU2023-NST dataset, ChatGPT achieved 65.81% ..., while BERT ... achieved
     * 82.22% accuracy": data named in a phrase that opens the sentence before its first comma is where
     * every result of the sentence was measured, when no other data is named up to the number. Null if none.
     */
    private Located openingPlace(QuantityPlace p, Sentence s) {
        if (!Words.is(s, 0, "on", "for", "in", "across", "with")) {
            return null;
        }
        Located place = null;
        for (int i = 1; i < p.groupFirst() && i < s.size(); i++) {
            Located l = where.at(p.sentence(), i);
            if (l != null && l.isDataset()) {
                if (place != null) {
                    return null;
                }
                place = l;
                i = l.last();
            } else if (Words.is(s, i, ",") && place == null) {
                return null;
            }
        }
        return place;
    }

    /**
     * "Proc2PDDL is highly challenging for end-to-end LLMs, with GPT-3.5's success rate close to 0% and
     * GPT-4o's 38%": in a paper that presents one benchmark of its own, a result in a later sentence that
     * names no dataset at all is a result on it. Its first mention, or null.
     */
    private Located ownBenchmark(int sentence) {
        Located found = null;
        for (int si = 1; si < sentence; si++) {
            for (Located l : where.in(si)) {
                ExtractedEntity e = l.entity();
                if (e.type() == MentionType.DATASET && e.introduced() && e.benchmark()) {
                    if (found != null && !found.entity().equals(e)) {
                        return null; // two benchmarks of its own: which one is meant is unclear
                    }
                    if (found == null) {
                        found = l;
                    }
                } else if (l.isDataset()) {
                    return null; // other data named since: the result may be on it
                }
            }
        }
        for (Located l : where.in(sentence)) {
            if (l.isDataset()) {
                return null; // a sentence that names a dataset, the benchmark itself included, ties its results nearer
            }
        }
        return found;
    }

    private Located benchmarkAfter(QuantityPlace p, Sentence s) {
        for (int i = p.groupLast() + 1; i <= p.groupLast() + 4 && i < s.size(); i++) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                return l.isDataset() ? l : null;
            }
            String tag = Words.tag(s, i);
            boolean metric = tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("SYM") || tag.equals("X")
                    || Words.lower(s, i).contains("@") || Words.lower(s, i).endsWith("-shot");
            boolean link = BENCHMARK_LINKS.contains(Words.lower(s, i)) || metric && !DIFFERENCE_WORDS.contains(Words.lower(s, i));
            if (!link) {
                return null;
            }
        }
        return null;
    }

    /** "by 5.1%", "a 7.4% improvement", "+9.4%": a difference between results, not a result. */
    boolean difference(QuantityPlace p) {
        return difference(p, where.sentence(p.sentence()));
    }

    /**
     * "12% improvement on GPQA-Diamond, 41% on AIME2024, and 10% on MBPP": the numbers listed after a
     * difference, with only benchmarks (or a metric's name) between them, are differences too.
     */
    boolean continuesDifference(QuantityPlace previous, QuantityPlace current) {
        if (previous == null || previous.sentence() != current.sentence()) {
            return false;
        }
        Sentence s = where.sentence(current.sentence());
        int named = 0;
        for (int i = previous.last() + 1; i < current.first(); i++) {
            boolean listWord = Words.is(s, i, ",", "and", "on", "in", "the", "(", ")") || where.at(current.sentence(), i) != null
                    || DIFFERENCE_WORDS.contains(Words.lower(s, i));
            // "increases of 3.1% in ROUGE-L, 4.6% in correctness": what each number is in, a metric or a
            // quality, may be a plain noun of a word or two
            if (!listWord && (Words.tag(s, i).equals("NOUN") || Words.tag(s, i).equals("PROPN")) && ++named <= 2) {
                continue;
            }
            if (!listWord) {
                return false;
            }
        }
        return true;
    }

    private static boolean difference(QuantityPlace p, Sentence s) {
        String text = p.quantity().text().toLowerCase();
        for (String w : DIFFERENCE_WORDS) {
            if (text.endsWith(" " + w)) {
                return true;
            }
        }
        if (DIFFERENCE_WORDS.contains(Words.lower(s, p.groupLast() + 1))) {
            return true;
        }
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 3; i--) {
            if (Words.is(s, i, "by", "+")) {
                return true;
            }
            if (Words.is(s, i, "to") && Words.is(s, i - 1, "up")) {
                continue;
            }
            if (Words.is(s, i, "of") && DIFFERENCE_WORDS.contains(Words.lower(s, i - 1))) {
                return true; // "increases of 3.1% in ROUGE-L", "a gap of 12.19 points"
            }
            if (Words.is(s, i, "to", "of", "on", ":", "(")) {
                break;
            }
        }
        return text.startsWith("+");
    }

    /** The model that reached the result, or null. */
    SubjectFinder.Found scorer(QuantityPlace p) {
        Sentence s = where.sentence(p.sentence());
        if (Words.is(s, p.first() - 1, "vs.", "vs", "versus")) {
            return comparedModel(p);
        }
        if (rivalsResult(p, s)) {
            return null;
        }
        int after = p.groupLast() + 1;
        if (Words.is(s, after, "for", "by")) {
            Located l = where.at(p.sentence(), after + 1);
            if (l != null && l.isModel()) {
                return new SubjectFinder.Found(l.entity(), l, 0.8);
            }
        }
        if (ownedByNoModel(p, s)) {
            return null;
        }
        Located adjacent = where.at(p.sentence(), p.groupFirst() - 1);
        if (adjacent == null && (Words.possessive(s, p.groupFirst() - 1) || Words.is(s, p.groupFirst() - 1, "(", ":"))) {
            adjacent = where.at(p.sentence(), p.groupFirst() - 2);
        }
        if (adjacent != null && adjacent.isModel()) {
            return new SubjectFinder.Found(adjacent.entity(), adjacent, 0.8);
        }
        for (int i = p.groupFirst() - 1; i >= 0; i--) {
            Located l = where.at(p.sentence(), i);
            if (l != null) {
                if (l.isModel() && !Comparisons.comparedObject(where, l)) {
                    return new SubjectFinder.Found(l.entity(), l, 0.7);
                }
                i = l.first();
                continue;
            }
            if (Words.is(s, i, ";", "while", "whereas")) {
                break;
            }
            if (own.isSelfReference(p.sentence(), i)) {
                return ownModel(p, 0.65);
            }
        }
        return null;
    }

    /** "(90.9% compared to SOTA accuracy of 89.4%)", "than the previous best of 60%": someone else's result. */
    private static boolean rivalsResult(QuantityPlace p, Sentence s) {
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 5; i--) {
            if (Words.is(s, i, "compared", "than", "previous", "prior", "sota", "baseline", "baselines")) {
                return true;
            }
            if (Words.is(s, i, "(", ",", ";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "outperforming regular chain-of-thought prompting's 34%": a possessive before the number that no model
     * owns gives the number to something that is not a model.
     */
    private boolean ownedByNoModel(QuantityPlace p, Sentence s) {
        if (!Words.possessive(s, p.groupFirst() - 1)) {
            return false;
        }
        Located owner = where.at(p.sentence(), p.groupFirst() - 2);
        return owner == null || !owner.isModel();
    }

    /**
     * A result on a benchmark whose sentence names no scorer before it: the only model the sentence
     * names ("by applying RegionFocus to a Qwen2.5-VL-72B model"), else the paper's own model
     * ("Evaluations show strong performance: ... with a score of 1356").
     */
    SubjectFinder.Found fallbackScorer(QuantityPlace p) {
        Sentence s = where.sentence(p.sentence());
        if (Words.is(s, p.first() - 1, "vs.", "vs", "versus") || rivalsResult(p, s) || ownedByNoModel(p, s)) {
            return null;
        }
        Located only = null;
        for (Located l : where.in(p.sentence())) {
            if (l.isModel() && !Comparisons.comparedObject(where, l)) {
                if (only != null && !only.entity().equals(l.entity())) {
                    return null;
                }
                only = l;
            }
        }
        if (only != null) {
            return new SubjectFinder.Found(only.entity(), only, 0.5);
        }
        for (Located l : where.in(p.sentence())) {
            if (l.isModel() && l.first() < p.first()) {
                return null;
            }
        }
        return ownModel(p, 0.45);
    }

    /** "AIME24 (80.3 vs. 79.8)" after "surpasses DeepSeek R1": the second number is the rival's. */
    private SubjectFinder.Found comparedModel(QuantityPlace p) {
        for (Located l : where.in(p.sentence())) {
            if (l.isModel() && l.last() < p.first() && Comparisons.comparedObject(where, l)) {
                return new SubjectFinder.Found(l.entity(), l, 0.6);
            }
        }
        return null;
    }

    private SubjectFinder.Found ownModel(QuantityPlace p, double confidence) {
        ExtractedEntity e = own.latest(MentionType.MODEL, p.sentence(), p.first());
        return e == null ? null : new SubjectFinder.Found(e, null, confidence);
    }
}
