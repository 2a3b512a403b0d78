package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.RelationSentence.Slot;

/**
 * outperforms (model → model) from a "best" verdict over compared models: "we experiment with models
 * like A, B and C. A is the best-performing model", "... including A, B, C. The A model performed
 * best". The winner is the one named subject of the verdict; the losers are the models listed together
 * with it (in a coordinated list that contains it) in the verdict's sentence or one of the two before.
 * A verdict with more than one winner ("A and B performed best"), a hedge ("one of the best", "second
 * best") or a negation gives nothing. The winner may also follow the verdict: "the best results were
 * obtained with A", "the best-performing model was A".
 */
final class BestOfListRule {

    /** Verbs and nouns that make "best" a verdict about performance: "performed best", "best-performing". */
    private static final Set<String> PERFORM = Set.of("performed", "performs", "perform", "performing", "worked",
            "works", "work", "did", "does", "scored", "scores");

    /** "is the best model", "achieved the best results", "yields the best performance". */
    private static final Set<String> VERDICT_VERBS = Set.of("is", "was", "are", "were", "achieved", "achieves",
            "obtained", "obtains", "yielded", "yields", "gave", "gives", "showed", "shows", "delivered", "delivers",
            "emerged", "emerges", "proved", "proves", "achieving", "obtaining", "yielding", "showing", "offer", "offers",
            "offered", "provide", "provides", "provided", "reached", "reaches", "attained", "attains",
            // "GPT-4 demonstrated the best performance", "M exhibits the best results"
            "demonstrated", "demonstrates", "demonstrating", "exhibited", "exhibits", "exhibiting", "displayed",
            "displays");

    /** Words before "best" that hedge it into something other than a single winner. */
    private static final Set<String> HEDGES = Set.of("second", "third", "second-best", "not", "n't", "nearly",
            "near", "almost", "among", "never");

    List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>();
        for (RelationSentence s : ctx.sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.slotAt(i) == null && isVerdict(s, i)) {
                    verdict(ctx, s, i, out);
                }
            }
        }
        return out;
    }

    /** Whether token i is "best" (or "best-performing", "top-performing") read as a performance verdict. */
    private static boolean isVerdict(RelationSentence s, int i) {
        String w = s.word(i);
        if (RelationWords.OUTPERFORM.contains(w)) {
            return overTheOthers(s, i + 1);
        }
        if ((w.equals("excels") || w.equals("excelled")) && allAfter(s, i)) {
            return true; // "GPT-4 consistently excels across all tasks"
        }
        boolean bestWord = w.equals("best") || w.equals("best-performing") || w.equals("top-performing")
                || w.equals("highest") && highestOf(s, i) // "the highest performance", "the highest F1 scores"
                || MOST_WHAT.contains(w) && s.word(i - 1).equals("most") // "the most successful model ... is M"
                || w.equals("superior") && superiorOverall(s, i); // "M exhibits superior performance"
        if (!bestWord) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (s.slotAt(k) != null) {
                break;
            }
            String h = s.word(k);
            if (HEDGES.contains(h) || h.equals("of") && s.word(k - 1).equals("one")) {
                return false;
            }
        }
        if (w.equals("best-performing") || w.equals("top-performing") || w.equals("superior")) {
            return true;
        }
        if (MOST_WHAT.contains(w)) {
            // "M is the most accurate model", "the most successful model among those used is M"
            return s.word(i - 2).equals("the") && (verdictVerbBefore(s, i - 3) || winnerAfter(s, i) != null);
        }
        if (s.word(i + 1).equals("-") && s.word(i + 2).startsWith("perform")) {
            return true; // "best - performing" split by the tokenizer
        }
        String prev = s.word(i - 1);
        if (PERFORM.contains(prev) || prev.equals("the") && PERFORM.contains(s.word(i - 2))) {
            return true; // "performed best", "performs the best"
        }
        if ((prev.equals("the") || prev.equals("overall")) && verdictVerbBefore(s, i - 2)) {
            return true; // "is the best model", "achieved the best results"
        }
        return prev.equals("the") && winnerAfter(s, i) != null; // "the best results were obtained with M"
    }

    /** "excels across all tasks", "excelled on all benchmarks": "all" within three words after the verb. */
    private static boolean allAfter(RelationSentence s, int i) {
        for (int k = i + 1; k <= i + 3 && k < s.size(); k++) {
            if (s.slotAt(k) != null) {
                return false;
            }
            if (s.word(k).equals("all")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verdict verb stands at token {@code from} or one or two words before it, with no name between. */
    private static boolean verdictVerbBefore(RelationSentence s, int from) {
        for (int k = from; k >= Math.max(0, from - 2); k--) {
            if (s.slotAt(k) != null) {
                return false;
            }
            if (VERDICT_VERBS.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Adjectives that "most" makes a verdict of: "the most successful model", "the most effective system". */
    private static final Set<String> MOST_WHAT = Set.of("successful", "effective", "accurate");

    /**
     * "M exhibits superior performance", "Serengeti is a superior model across models": "superior" with a verdict
     * noun after it and no rival named after that ("superior performance to B" is a comparison with B, which
     * the comparison rules read).
     */
    private static boolean superiorOverall(RelationSentence s, int i) {
        int k = i + 1;
        if (s.slotAt(k) != null || !VERDICT_NOUNS.contains(s.word(k))) {
            return false;
        }
        for (int j = k + 1; j <= k + 3 && j < s.size(); j++) {
            String w = s.word(j);
            if (w.equals("to") || w.equals("than") || w.equals("over") || w.startsWith("compar") || w.equals("against")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the highest performance", "the highest F1 scores", "the highest macro F1 score": "highest" with a
     * verdict noun right after it or after one or two words that name the metric.
     */
    private static boolean highestOf(RelationSentence s, int i) {
        for (int k = i + 1; k <= i + 3 && k < s.size(); k++) {
            if (s.slotAt(k) != null) {
                return false;
            }
            if (VERDICT_NOUNS.contains(s.word(k))) {
                return true;
            }
            if (!(s.capitalised(k) || s.tagIs(k, "NOUN") || s.tagIs(k, "ADJ") || s.tagIs(k, "PROPN"))) {
                return false;
            }
        }
        return false;
    }

    private static void verdict(RelationContext ctx, RelationSentence s, int cue, List<ExtractedRelation> out) {
        Slot latter = latterBefore(s, cue);
        List<Slot> subjects = latter != null ? List.of(latter) : RelationSubjects.before(s, cue, Slot::isModel);
        if (subjects.isEmpty()) {
            Slot absolute = gerundSubject(s, cue);
            subjects = absolute == null ? subjects : List.of(absolute); // "with Llama3 achieving the highest performance"
        }
        Slot winner;
        if (subjects.isEmpty()) {
            winner = winnerAfter(s, cue);
            if (winner == null) {
                return;
            }
        } else {
            if (subjects.size() != 1) {
                return;
            }
            winner = subjects.get(0);
            if (latter == null && !onlySubjectWordsBetween(s, winner.last(), cue)) {
                return;
            }
        }
        List<ExtractedEntity> losers = new ArrayList<>();
        int here = ctx.sentences.indexOf(s);
        for (int j = here; j >= Math.max(0, here - 2) && losers.isEmpty(); j--) {
            RelationSentence t = ctx.sentences.get(j);
            for (Slot slot : t.slots()) {
                if (slot.entity().equals(winner.entity()) && !(j == here && slot.first() > winner.first())) {
                    for (Slot mate : listMates(t, slot)) {
                        if (!losers.contains(mate.entity()) && !mate.entity().equals(winner.entity())) {
                            losers.add(mate.entity());
                        }
                    }
                }
            }
        }
        for (ExtractedEntity loser : losers) {
            if (ctx.typeOf(loser) == ctx.typeOf(winner.entity())) {
                out.add(ctx.relation(winner.entity(), "outperforms", loser, null, s, 0.6, "outperforms-best-of-list"));
            }
        }
    }

    /**
     * "significantly outperformed the other models", "outperforms all other LLMs", "outperforms others": a
     * comparison with every other model compared is a verdict too; the rivals are not named here.
     */
    private static boolean overTheOthers(RelationSentence s, int k) {
        if (s.word(k).equals("all")) {
            k++;
        }
        if (s.word(k).equals("the")) {
            k++;
        }
        return s.slotAt(k) == null && (s.word(k).equals("others") || s.word(k).equals("other") && s.slotAt(k + 1) == null);
    }

    /** The model right before a verdict's "-ing" verb a few words before the cue ("Llama3 achieving the highest"), or null. */
    private static Slot gerundSubject(RelationSentence s, int cue) {
        for (int k = cue - 1; k >= Math.max(1, cue - 3); k--) {
            if (s.slotAt(k) != null) {
                return null;
            }
            if (s.word(k).endsWith("ing") && VERDICT_VERBS.contains(s.word(k))) {
                Slot before = s.slotAt(k - 1);
                return before != null && before.isModel() ? before : null;
            }
        }
        return null;
    }

    /** "A, B, and C, with the latter achieving the best performance": the last model before "the latter", or null. */
    private static Slot latterBefore(RelationSentence s, int cue) {
        for (int k = cue - 1; k >= Math.max(2, cue - 4); k--) {
            if (s.slotAt(k) != null) {
                return null;
            }
            if (s.word(k).equals("latter") && s.word(k - 1).equals("the")) {
                return s.lastSlotBefore(k - 1, Slot::isModel);
            }
        }
        return null;
    }

    /** Participles of a passive verdict: "the best results were obtained with M". */
    private static final Set<String> OBTAINED = Set.of("obtained", "achieved", "reached", "attained", "produced",
            "yielded", "given", "delivered");

    /** Nouns a verdict names before its winner: "the best results", "the best-performing model". */
    private static final Set<String> VERDICT_NOUNS = Set.of("results", "result", "performance", "model", "models",
            "system", "score", "scores", "approach", "configuration", "setup", "overall", "accuracy");

    /**
     * The winner named after the verdict: "the best results were obtained with M", "the best-performing
     * model was M", "best performance is achieved by M"; null unless exactly one model follows.
     */
    private static Slot winnerAfter(RelationSentence s, int cue) {
        int k = cue + 1;
        if (s.word(k).equals("-") && s.word(k + 1).startsWith("perform")) {
            k += 2;
        } else if (s.word(k).equals("performing")) {
            k++; // "the best performing model was M"
        }
        int nouns = 0;
        while (k < s.size() && s.slotAt(k) == null && VERDICT_NOUNS.contains(s.word(k)) && nouns < 2) {
            k++;
            nouns++;
        }
        if (nouns == 0) {
            return null;
        }
        if (s.word(k).equals("for") || s.word(k).equals("on") || s.word(k).equals("in") || s.word(k).equals("among")) {
            // "the best performing model for classifying Arabic patents was ARBERT": a short phrase of the task;
            // "the most successful model among those used is M-BERT": of the field
            int end = k + 1;
            while (end < s.size() && end <= k + 5 && s.slotAt(end) == null && !isAux(s.word(end))
                    && !s.word(end).equals(",")) {
                end++;
            }
            if (end < s.size() && isAux(s.word(end))) {
                k = end;
            }
        }
        String aux = s.word(k);
        if (!isAux(aux)) {
            return null;
        }
        k++;
        if (OBTAINED.contains(s.word(k))) {
            k++;
            if (!(s.word(k).equals("with") || s.word(k).equals("by") || s.word(k).equals("using"))) {
                return null;
            }
            k++;
        }
        if (s.word(k).equals("the")) {
            k++;
        }
        Slot slot = s.slotAt(k);
        if (slot == null || !slot.isModel() || slot.first() != k) {
            return null;
        }
        int after = slot.last() + 1;
        Slot next = s.slotAt(after + 1);
        if ((s.word(after).equals("and") || s.word(after).equals("or") || s.word(after).equals(","))
                && next != null && next.isModel()) {
            return null; // "were obtained with A and B": no single winner
        }
        return slot;
    }

    /** Prepositions that open the setting a model ran in, right after its name: "M with feedback", "M using CoT". */
    private static final Set<String> SETTING = Set.of("with", "using", "under", "via");

    private static boolean isAux(String w) {
        return w.equals("is") || w.equals("was") || w.equals("were") || w.equals("are");
    }

    /**
     * The words between the winner and "best" are a verdict's: "model performed", "is the", "achieved
     * the"; no other verb clause ("A was fine-tuned and B performed best" has B as its subject anyway,
     * but "A, which we trained on X, performs best" is fine).
     */
    private static boolean onlySubjectWordsBetween(RelationSentence s, int from, int to) {
        int words = 0;
        boolean setting = false;
        for (int k = from + 1; k < to; k++) {
            if (s.slotAt(k) != null) {
                return false;
            }
            String w = s.word(k);
            int aside = w.equals(",") ? asideEnd(s, k, to) : -1;
            if (aside > 0) {
                k = aside; // "RoBERTa, in particular, shows superior performance": an aside between commas
                continue;
            }
            // "GPT-4 with feedback and persona prompting performs the best": the setting the winner ran in may
            // coordinate its own words (no names: a name there stops the verdict above)
            setting |= k == from + 1 && SETTING.contains(w);
            if (w.equals(",") || (w.equals("and") || w.equals("or")) && !setting || w.equals("than") || w.equals("while")) {
                return false;
            }
            words++;
        }
        return words <= (setting ? 9 : 6);
    }

    /**
     * The closing comma of a short aside that opens with the comma at {@code comma} ("in particular", "notably",
     * "for example"): up to three words, none a verb or a name; -1 when there is none before {@code to}.
     */
    private static int asideEnd(RelationSentence s, int comma, int to) {
        for (int k = comma + 1; k < to && k <= comma + 4; k++) {
            if (s.word(k).equals(",")) {
                return k > comma + 1 ? k : -1;
            }
            if (s.slotAt(k) != null || s.tagIs(k, "VERB") || s.tagIs(k, "AUX") || s.word(k).equals("and")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The models coordinated with {@code slot} in its sentence: neighbouring model mentions separated
     * only by commas and "and"/"or" (with a bracket of sizes allowed: "A (7B), B and C"); empty when the
     * slot stands alone.
     */
    private static List<Slot> listMates(RelationSentence s, Slot slot) {
        List<Slot> slots = s.slots();
        int at = slots.indexOf(slot);
        List<Slot> out = new ArrayList<>();
        for (int k = at - 1; k >= 0 && coordinated(s, slots.get(k), slots.get(k + 1)); k--) {
            out.add(slots.get(k));
        }
        for (int k = at + 1; k < slots.size() && coordinated(s, slots.get(k - 1), slots.get(k)); k++) {
            out.add(slots.get(k));
        }
        return out;
    }

    /**
     * Whether two model mentions are items of one list: only commas, "and"/"or", brackets that describe the
     * item before ("NLLB (a model trained for translating 200 languages), and IndicTrans2"), and items that are
     * no model ("RoBERTa-Base, BERT-Base, BiLSTM, and Flan T5 Base": a capitalised word alone between commas,
     * an architecture the extractor rightly leaves out) stand between them.
     */
    private static boolean coordinated(RelationSentence s, Slot left, Slot right) {
        if (!left.isModel() || !right.isModel()) {
            return false;
        }
        boolean glue = false;
        int depth = 0;
        int unnamed = 0;
        for (int k = left.last() + 1; k < right.first(); k++) {
            String w = s.word(k);
            if (w.equals("(")) {
                depth++;
                continue;
            }
            if (w.equals(")")) {
                depth--;
                continue;
            }
            if (depth > 0) {
                if (k - left.last() > 10) {
                    return false;
                }
                continue;
            }
            if (w.equals(",") || w.equals("and") || w.equals("or")) {
                glue = true;
                continue;
            }
            if (s.capitalised(k) && s.word(k - 1).equals(",") && (s.word(k + 1).equals(",") || s.word(k + 1).equals("and")
                    || s.word(k + 1).equals("or")) && ++unnamed <= 2) {
                continue;
            }
            return false;
        }
        return glue;
    }
}
