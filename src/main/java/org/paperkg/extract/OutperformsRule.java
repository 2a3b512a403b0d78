package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;

/**
 * outperforms (model → model): "M outperforms/surpasses/beats/exceeds N1, N2 and N3", "N is
 * outperformed by M", "M is better than / superior to N", "M achieves gains over N", "M achieves
 * superior performance compared to N". Parity ("comparable to", "matches", "rivals") is not
 * superiority and gives nothing, but "matches or outperforms N" does. "N lags behind / falls short of /
 * underperforms M" says the same from the loser's side.
 */
final class OutperformsRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;

    List<ExtractedRelation> find(RelationContext ctx) {
        return ctx.scanCues(this::cue);
    }

    private void cue(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        String w = s.word(i);
        if (RelationWords.OUTPERFORM.contains(w)) {
            if (negated(s, i)) {
                return;
            }
            if (RelationWords.OUTPERFORM_PASSIVE.contains(w) && s.word(i + 1).equals("by")) {
                List<Slot> winners = RelationLists.after(s, i + 2, MODEL, 3, false);
                List<Slot> losers = RelationSubjects.before(s, i, MODEL);
                for (Slot winner : winners) {
                    add(ctx, s, List.of(winner.entity()), losers, "outperforms-passive", 0.8, out);
                }
                return;
            }
            List<Slot> objects = new ArrayList<>(RelationLists.after(s, measureOf(s, i + 1), MODEL, 12, false));
            if (objects.isEmpty()) {
                objects.addAll(examplesOfObject(s, i + 1));
            }
            bracketedContinuation(s, objects);
            add(ctx, s, RelationSubjects.subjectEntities(s, i, MODEL, ctx), objects, "outperforms-verb", 0.85, out);
            return;
        }
        int winnersFrom = RelationWords.behindObject(s, i);
        if (winnersFrom >= 0) {
            // "LLaMA-3-70B lags behind closed LLMs like ChatGPT": the object outperforms the subject.
            if (!negated(s, i)) {
                List<Slot> winners = RelationLists.after(s, measureOf(s, winnersFrom), MODEL, 12, false);
                for (ExtractedEntity loser : RelationSubjects.subjectEntities(s, i, MODEL, ctx)) {
                    for (Slot winner : winners) {
                        if (!winner.entity().equals(loser) && ctx.typeOf(loser) == winner.type()) {
                            out.add(ctx.relation(winner.entity(), "outperforms", loser, null, s, 0.75, "outperforms-lags-behind"));
                        }
                    }
                }
            }
            return;
        }
        if (w.equals("ahead") && s.word(i + 1).equals("of") || w.equals("against") && WINS.contains(s.word(i - 1))
                || w.equals("above") && RANKS.contains(s.word(i - 1))) {
            // "Llemma-2 proves 61.5% of theorems, ahead of M at 60.2%", "M wins against N and O"
            // "ranks above Llama 3.1 405B and DeepSeek-V3"
            int from = w.equals("ahead") ? i + 2 : i + 1;
            List<Slot> objects = RelationLists.after(s, from, MODEL, 6, false);
            add(ctx, s, RelationSubjects.subjectEntities(s, i, MODEL, ctx), objects, "outperforms-ahead-of", 0.75, out);
            return;
        }
        if (w.equals("by") && s.word(i - 1).equals("followed") && leadsBefore(s, i - 1)) {
            // "LLaMA-3 achieved the best performance ..., closely followed by Mistral-7b": a ranking, the
            // leader ahead of those that follow it
            List<Slot> objects = RelationLists.after(s, i + 1, MODEL, 6, false);
            add(ctx, s, RelationSubjects.subjectEntities(s, i - 1, MODEL, ctx), objects, "outperforms-followed-by", 0.7, out);
            return;
        }
        if (w.equals("than") && betterBefore(s, i)) {
            List<Slot> objects = RelationLists.after(s, i + 1, MODEL, 6, false);
            add(ctx, s, RelationSubjects.subjectEntities(s, i, MODEL, ctx), objects, "outperforms-than", 0.75, out);
            return;
        }
        if (w.equals("to") && s.word(i - 1).equals("superior")) {
            List<Slot> objects = RelationLists.after(s, i + 1, MODEL, 6, false);
            add(ctx, s, RelationSubjects.subjectEntities(s, i, MODEL, ctx), objects, "outperforms-superior", 0.75, out);
            return;
        }
        if ((w.equals("upon") || w.equals("on")) && (s.word(i - 1).equals("improves") || s.word(i - 1).equals("improve")
                || s.word(i - 1).equals("improved"))) {
            List<Slot> objects = RelationLists.after(s, i + 1, MODEL, 6, false);
            add(ctx, s, RelationSubjects.subjectEntities(s, i - 1, MODEL, ctx), objects, "outperforms-improves", 0.7, out);
            return;
        }
        Slot holder = w.equals("over") ? superiorityHolder(s, i) : null;
        if (holder != null) {
            // "demonstrate the superiority of GPST over GPT-2": the model the superiority is of wins
            List<Slot> objects = RelationLists.after(s, i + 1, MODEL, 4, false);
            add(ctx, s, List.of(holder.entity()), objects, "outperforms-superiority-of", 0.7, out);
            return;
        }
        if (w.equals("over") && improvementBefore(s, i)) {
            List<Slot> objects = RelationLists.after(s, i + 1, MODEL, 4, false);
            add(ctx, s, RelationSubjects.subjectEntities(s, i, MODEL, ctx), objects, "outperforms-gains-over", 0.65, out);
            return;
        }
        if ((w.equals("compared") || w.equals("relative")) && (s.word(i + 1).equals("to") || s.word(i + 1).equals("with"))) {
            List<Slot> lowScores = onlyScoresFor(s, i + 2);
            if (!lowScores.isEmpty()) {
                // "M achieves 15.5, compared to just 0.6 for N1 and 0.3 for N2"
                add(ctx, s, RelationSubjects.subjectEntities(s, i, MODEL, ctx), lowScores, "outperforms-compared-only", 0.65, out);
                return;
            }
            List<Slot> objects = RelationLists.after(s, i + 2, MODEL, 8, false);
            Slot opening = RelationSubjects.clauseStart(s, i) == 0 && i <= 1 ? BasedOnRule.openingPhraseSubject(s, objects) : null;
            if (opening != null) {
                // "Compared to DeepSeek-Coder-33B, DeepSeek-Coder-V2 demonstrates ...": the subject after the comma.
                objects = objects.subList(0, objects.size() - 1);
            }
            if (objects.isEmpty() || !superiorityInClause(s, i, objects.get(objects.size() - 1).last())) {
                return;
            }
            List<ExtractedEntity> subjects = opening != null ? new java.util.ArrayList<>(List.of(opening.entity()))
                    : RelationSubjects.subjectEntities(s, i, MODEL, ctx);
            if (subjects.isEmpty()) {
                for (Slot slot : RelationSubjects.after(s, objects.get(objects.size() - 1).last(), MODEL)) {
                    subjects.add(slot.entity());
                }
            }
            add(ctx, s, subjects, objects, "outperforms-compared", 0.65, out);
        }
    }

    /** Words that introduce examples of a class: "existing models ..., even including GPT-4". */
    private static final java.util.Set<String> EXAMPLES = java.util.Set.of("including", "like", "e.g.", "e.g");

    /**
     * "Vera outperforms existing models that can be repurposed for verification, even including GPT-3.5
     * and GPT-4": an object named by its class, with the named models given as its examples further on.
     * Only before the sentence or clause ends (".", ";", ", and it") and before any other name.
     */
    private static List<Slot> examplesOfObject(RelationSentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 20); k++) {
            String w = s.word(k);
            if (s.slotAt(k) != null || w.equals(".") || w.equals(";") || w.equals("while") || w.equals("but")
                    || w.equals("whereas") || w.equals("and") && s.word(k + 1).equals("it")) {
                return List.of();
            }
            boolean suchAs = w.equals("as") && s.word(k - 1).equals("such");
            if (EXAMPLES.contains(w) || suchAs) {
                return RelationLists.after(s, k + 1, MODEL, 1, false);
            }
        }
        return List.of();
    }

    /** Words that make a clause a ranking's head: "achieved the best performance", "ranks first". */
    private static final java.util.Set<String> LEADING = java.util.Set.of("best", "highest", "top", "first", "leads",
            "led", "leading", "strongest");

    /**
     * Whether "followed by" at {@code followed} continues a ranking: a comma (after an optional adverb,
     * "closely") before it, and a leading word before that in the clause.
     */
    private static boolean leadsBefore(RelationSentence s, int followed) {
        int k = followed - 1;
        if (s.tagIs(k, "ADV")) {
            k--;
        }
        if (!s.word(k).equals(",")) {
            return false;
        }
        for (int t = k - 1; t >= RelationSubjects.clauseStart(s, k); t--) {
            if (LEADING.contains(s.word(t))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> WINS = java.util.Set.of("wins", "win", "won", "winning");
    private static final java.util.Set<String> RANKS = java.util.Set.of("ranks", "rank", "ranked", "ranking", "places",
            "placed", "placing", "scores", "scored", "scoring");

    /** What a comparison verb measures its object by: "surpassing the performance of N", "exceeds the scores of N". */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("performance", "performances", "results",
            "scores", "score", "accuracy", "accuracies", "capabilities", "quality");

    /**
     * "surpassing the performance of OpenAI o1-mini": the token after "the performance of" that the verb
     * compares through, or {@code from} when no such phrase follows it.
     */
    static int measureOf(RelationSentence s, int from) {
        int k = from;
        if (s.word(k).equals("the") || s.word(k).equals("that") || s.word(k).equals("those")) {
            k++;
        }
        if (s.slotAt(k) == null && MEASURES.contains(s.word(k)) && s.word(k + 1).equals("of")) {
            return k + 2;
        }
        return from;
    }

    /**
     * "compared to just 0.6 for N1 and 0.3 for N2", "compared with only 41% for N": the models whose
     * scores "just"/"only" marks as lower, each named after its number and "for"/"of"/"by"; empty
     * when the comparison has another shape.
     */
    static List<Slot> onlyScoresFor(RelationSentence s, int from) {
        List<Slot> out = new ArrayList<>();
        int k = from;
        if (!(s.word(k).equals("just") || s.word(k).equals("only") || s.word(k).equals("merely"))) {
            return out;
        }
        k++;
        while (k < s.size()) {
            if (!s.tagIs(k, "NUM")) {
                break;
            }
            k++;
            if (s.word(k).equals("%") || s.word(k).equals("points") || s.word(k).equals("pass@1")) {
                k++;
            }
            if (!(s.word(k).equals("for") || s.word(k).equals("of") || s.word(k).equals("by"))) {
                break;
            }
            Slot slot = s.slotAt(k + 1);
            if (slot == null || !slot.isModel()) {
                break;
            }
            out.add(slot);
            k = slot.last() + 1;
            if (s.word(k).equals(",")) {
                k++;
            }
            if (s.word(k).equals("and")) {
                k++;
            }
        }
        return out;
    }

    /** Words that end a bracketed continuation: another clause or a measure ("by 11%", "on MMLU"). */
    private static final java.util.Set<String> CONTINUATION_STOPS = java.util.Set.of("by", "on", "in", "with", "to",
            "than", "that", "which", "while", "across", "at", "for", "from", "of", "we", "it");

    /**
     * "outperforming commercial models (GPT-4o) and domain-adapted baselines (N)": each item of the list
     * is a class of models with the named one in brackets. After a bracketed object, "and"/"," and a few
     * noun-phrase words before another bracketed model continue the list; appends to {@code objects}.
     */
    static void bracketedContinuation(RelationSentence s, List<Slot> objects) {
        while (!objects.isEmpty()) {
            Slot last = objects.get(objects.size() - 1);
            int k = last.last() + 1;
            if (!s.word(k).equals(")") || !s.word(last.first() - 1).equals("(")) {
                return;
            }
            k++;
            boolean glue = false;
            while (s.word(k).equals(",") || s.word(k).equals("and") || s.word(k).equals("or")) {
                glue = true;
                k++;
            }
            if (!glue) {
                return;
            }
            int words = 0;
            while (k < s.size() && s.slotAt(k) == null && !s.word(k).equals("(") && words <= 4) {
                String w = s.word(k);
                if (CONTINUATION_STOPS.contains(w) || w.equals(".") || w.equals(",") || w.equals(";")
                        || (s.tagIs(k, "VERB") || s.tagIs(k, "AUX")) && !w.contains("-")) {
                    return;
                }
                words++;
                k++;
            }
            if (words == 0 || !s.word(k).equals("(")) {
                return;
            }
            Slot next = s.slotAt(k + 1);
            if (next == null || !next.isModel() || next.first() != k + 1 || !s.word(next.last() + 1).equals(")")
                    || objects.contains(next)) {
                return;
            }
            objects.add(next);
        }
    }

    /** "does not outperform", "fails to surpass". */
    private static boolean negated(RelationSentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = s.word(k);
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.startsWith("fail") || w.equals("cannot")) {
                return true;
            }
        }
        return false;
    }

    /** Adjectives of cost and size, not of task performance: "more (cost-)efficient", "more compact", "more expensive". */
    private static final java.util.regex.Pattern RESOURCE_ADJECTIVE = java.util.regex.Pattern.compile(
            "(?i)(?:[\\w-]+-)?efficient|cost-effective|affordable|economical|expensive|costly|compact|lightweight|verbose");

    /** "better than", "more capable than", "stronger ... than"; not "more than 10%", "larger than". */
    private static boolean betterBefore(RelationSentence s, int than) {
        for (int k = than - 1; k >= Math.max(0, than - 6); k--) {
            if (s.slotAt(k) != null) {
                return false;
            }
            String w = s.word(k);
            if (w.equals("more")) {
                // "37 times more cost-efficient than GPT-4" compares what a model costs, not how well it does
                return k < than - 1 && !s.tagIs(k + 1, "NOUN") && !s.tagIs(k + 1, "NUM")
                        && !RESOURCE_ADJECTIVE.matcher(s.word(k + 1)).matches();
            }
            if (RelationWords.BETTER.contains(w) || w.equals("improvement") || w.equals("improvements")) {
                return true;
            }
            if (RelationWords.PARITY.contains(w) || w.equals("larger") || w.equals("smaller") || w.equals("fewer")
                    || w.equals("less") || w.equals("lower") || w.equals("rather")) {
                return false;
            }
        }
        return false;
    }

    /** "gains of 11% over N", "improves F1 by 2.8% over N": an improvement word earlier in the clause. */
    private static boolean improvementBefore(RelationSentence s, int over) {
        int start = RelationSubjects.clauseStart(s, over);
        int seen = 0;
        for (int k = over - 1; k >= start && seen < 10; k--) {
            if (s.word(k).equals(")")) {
                while (k > start && !s.word(k).equals("(")) {
                    k--; // "gains (11.0% for 2B and 17.4% for 7B) over GPT-4V"
                }
                continue;
            }
            seen++;
            Slot slot = s.slotAt(k);
            if (slot != null) {
                if (slot.isModel()) {
                    return false;
                }
                k = slot.first();
                continue;
            }
            String w = s.word(k);
            if (RelationWords.IMPROVEMENT.contains(w)) {
                return true;
            }
            if (w.equals(",") || RelationWords.CLAUSE_WORDS.contains(w) && !w.startsWith("improv")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The model in "the (empirical) superiority of (our) M over N" just before {@code over}, or null: a model
     * right before "over", "of" before it (a possessive or "the" between them allowed), and a superiority noun
     * before that.
     */
    private static Slot superiorityHolder(RelationSentence s, int over) {
        Slot slot = s.slotAt(over - 1);
        if (slot == null || !slot.isModel()) {
            return null;
        }
        int k = slot.first() - 1;
        if (s.word(k).equals("our") || s.word(k).equals("the") || s.word(k).equals("its")) {
            k--;
        }
        return s.word(k).equals("of") && RelationWords.SUPERIORITY.contains(s.word(k - 1)) ? slot : null;
    }

    /**
     * "achieves 203.4% higher text span IoU ... compared to GPT-4-Turbo": a measure that is higher is better, unless
     * what is higher is an error, a cost or a harm ("a 20% higher word error rate").
     */
    private static boolean higherScore(RelationSentence s, int k) {
        if (!s.word(k).equals("higher")) {
            return false;
        }
        for (int j = k + 1; j <= k + 4 && j < s.size() && s.slotAt(j) == null; j++) {
            if (WORSE_WHEN_HIGHER.contains(s.word(j))) {
                return false;
            }
        }
        return true;
    }

    /** Measures for which a higher value is worse. */
    private static final java.util.Set<String> WORSE_WHEN_HIGHER = java.util.Set.of("error", "errors", "wer", "cer",
            "ter", "loss", "perplexity", "latency", "cost", "costs", "toxicity", "bias", "hallucination",
            "hallucinations", "rate", "rates", "memory", "time", "variance");

    /**
     * "superior performance compared to N", not "comparable performance compared to N" nor "competitive
     * or superior accuracy compared to N" (the annotators read a hedge as parity). Parity words after
     * the compared models belong to another conjunct: "superior ... compared to A and B, and performs
     * on par with C".
     */
    private static boolean superiorityInClause(RelationSentence s, int i, int objectsEnd) {
        int start = RelationSubjects.clauseStart(s, i);
        int end = RelationSubjects.clauseEnd(s, i);
        boolean better = false;
        for (int k = start; k < end; k++) {
            if (s.slotAt(k) != null) {
                continue;
            }
            String w = s.word(k);
            if ((RelationWords.PARITY.contains(w) || w.equals("on-par")) && (k < objectsEnd || !newConjunct(s, objectsEnd, k))) {
                return false;
            }
            if (w.equals("superior") || w.equals("better") || w.equals("stronger") || w.startsWith("advancement")
                    || w.startsWith("outperform") || w.equals("improvement") || w.equals("improvements")
                    || w.equals("gains") || higherScore(s, k)) {
                better = true;
            }
        }
        return better;
    }

    /** Whether a conjunction lies between two tokens: ", and performs on par with" is a new conjunct. */
    private static boolean newConjunct(RelationSentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.slotAt(k) == null && (s.word(k).equals("and") || s.word(k).equals("but") || s.word(k).equals("yet"))) {
                return true;
            }
        }
        return false;
    }

    private static void add(RelationContext ctx, RelationSentence s, List<ExtractedEntity> subjects,
                            List<Slot> objects, String rule, double confidence, List<ExtractedRelation> out) {
        if (subjects.isEmpty() && ctx.own.primary() != null && RelationSubjects.reportsOwnResults(s)) {
            subjects = List.of(ctx.own.primary());
        }
        for (Slot object : objects) {
            if (subjects.contains(object.entity())) {
                // "using ChatGPT and GPT-4, and demonstrate that smaller models surpass ChatGPT and GPT-4":
                // a winner that is also among the beaten was found outside the verb's clause
                return;
            }
        }
        for (ExtractedEntity subject : subjects) {
            for (Slot object : objects) {
                if (!object.entity().equals(subject) && ctx.typeOf(subject) == object.type()) {
                    out.add(ctx.relation(subject, "outperforms", object.entity(), null, s, confidence, rule));
                }
            }
        }
    }
}
