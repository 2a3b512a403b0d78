package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.TrainingWords;

/**
 * evaluatedOn (model → benchmark), with the score when the sentence gives one. A dataset is a
 * benchmark of a sentence that states a result ("achieves", "outperforms", "performance", "results",
 * "accuracy", a percentage) unless a training verb frames it ("trained on D"). The model is the
 * sentence's subject: the nearest ungoverned model before the dataset, else the first one after it
 * ("On D, M achieves ..."), else a model the result is measured on ("On Llama-2 7B, the method
 * reduces ..."), else the paper's own model when "it"/"our model" is the subject or the sentence
 * names no model at all after the abstract has named the paper's own. Models a sentence compares
 * with get the number written beside them ("Gemini (1352)", "(80.3 vs. 79.8)").
 */
final class EvaluatedOnRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;

    /** Verbs that make a dataset the paper's artefact in this sentence, not a benchmark. */
    private static final Set<String> CREATING = Set.of("introduce", "introduces", "present", "presents", "propose",
            "proposes", "construct", "constructs", "create", "creates", "curate", "curates", "build", "builds",
            "release", "releases", "collect", "collects", "compile", "compiles", "contribute");

    /** Verbs that let their object do what follows "to": "enables M to match", "allows M to reach". */
    private static final Set<String> ENABLING = Set.of("enables", "enable", "enabling", "allows", "allow", "allowing",
            "helps", "help", "helping", "lets", "empowers", "empowering");

    /** What is drawn from a data source: "five trillion tokens from CommonCrawl". */
    private static final Set<String> DATA_NOUNS = Set.of("tokens", "data", "text", "texts", "documents", "samples",
            "examples", "images", "pages", "corpus", "problems", "questions", "instances", "pairs");

    /** Words after which a model is the one a result is compared with: "gains over M", "on par with M". */
    private static final Set<String> COMPARING = Set.of("over", "than", "with", "against", "versus", "vs", "vs.");

    List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>();
        for (RelationSentence s : ctx.sentences) {
            if (s.index() == 0 || !hasResultCue(s)) {
                continue;
            }
            for (Slot dataset : s.slots()) {
                if (!dataset.isDataset() || trainingFramed(s, dataset) || created(ctx, s, dataset)) {
                    continue;
                }
                List<ExtractedEntity> subjects = subjects(ctx, s, dataset);
                Slot tail = subjects.isEmpty() ? listTail(s, dataset) : null;
                if (tail != null) {
                    // "Evaluated on MMLU, GSM8K and MATH, M achieves ...": the list shares its subject.
                    subjects = subjects(ctx, s, tail);
                }
                RelationScores.Found score = RelationScores.find(s, dataset);
                for (int k = 0; k < subjects.size(); k++) {
                    Double value = null;
                    if (score != null && score.values().size() == subjects.size()) {
                        value = score.values().get(k);
                    } else if (score != null && subjects.size() == 1) {
                        value = score.values().get(score.values().size() - 1);
                    }
                    out.add(ctx.relation(subjects.get(k), "evaluatedOn", dataset.entity(), value, s,
                            value != null ? 0.85 : 0.65, value != null ? "evaluatedOn-score" : "evaluatedOn-result"));
                }
                if (!subjects.isEmpty()) {
                    compared(ctx, s, dataset, subjects, score, out);
                }
            }
        }
        return out;
    }

    /**
     * The model a result on the dataset is about: a named subject before it, else "it"/"our model"
     * before it, else a named subject after it ("On D, M achieves"), else "it"/"our model" after it.
     */
    private static List<ExtractedEntity> subjects(RelationContext ctx, RelationSentence s, Slot dataset) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (Slot target : appliedTo(s, dataset)) {
            out.add(target.entity());
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Slot slot : RelationSubjects.before(s, dataset.first(), MODEL)) {
            if (!out.contains(slot.entity()) && !listedWith(s, slot, dataset)) {
                out.add(slot.entity());
            }
        }
        ExtractedEntity own = ctx.own.primary();
        ExtractedEntity pronoun = out.isEmpty() ? RelationSubjects.pronounSubject(ctx, s, dataset.first(), RelationSubjects.We.RESULT) : null;
        if (pronoun != null) {
            out.add(pronoun);
        }
        if (out.isEmpty()) {
            for (Slot slot : RelationSubjects.after(s, dataset.last(), MODEL)) {
                if (!out.contains(slot.entity()) && !listedWith(s, dataset, slot)) {
                    out.add(slot.entity());
                }
            }
            if (!out.isEmpty()) {
                for (Slot slot : enabled(s, dataset.last() + 1)) {
                    if (!out.contains(slot.entity())) {
                        out.add(slot.entity());
                    }
                }
            }
        }
        pronoun = out.isEmpty()
                ? RelationSubjects.pronounSubject(ctx, s, RelationSubjects.clauseEnd(s, dataset.last()), RelationSubjects.We.RESULT) : null;
        if (pronoun != null) {
            out.add(pronoun);
        }
        if (out.isEmpty()) {
            out.addAll(testedOn(s));
        }
        if (out.isEmpty()) {
            out.addAll(trainedByOpeningGerund(s, dataset));
        }
        if (out.isEmpty() && own != null && (RelationSubjects.reportsOwnResults(s) || ownResultsWithoutModel(ctx, s, own))) {
            out.add(own);
        }
        return out;
    }

    /**
     * "We achieve 61.6% on ScreenSpot-Pro by applying RegionFocus to a Qwen2.5-VL-72B model": the result
     * is the model's that the method is applied to, whoever "we" or the method are.
     */
    private static List<Slot> appliedTo(RelationSentence s, Slot dataset) {
        int start = RelationSubjects.clauseStart(s, dataset.first());
        int end = RelationSubjects.clauseEnd(s, dataset.last());
        for (int t = start; t < end; t++) {
            if (s.slotAt(t) == null && s.word(t).equals("on") && s.word(t + 1).equals("top") && s.word(t + 2).equals("of")) {
                // "gains of 28% on Screenspot-pro ... on top of two open agents, UI-TARS and Qwen2.5-VL"
                return RelationLists.after(s, t + 3, MODEL, 8, false);
            }
            if (s.slotAt(t) != null || !s.word(t).startsWith("appl")) {
                continue;
            }
            for (int k = t + 1; k < Math.min(end, t + 8); k++) {
                if (s.word(k).equals("to") && s.slotAt(k) == null) {
                    return RelationLists.after(s, k + 1, MODEL, 3, false);
                }
            }
        }
        return List.of();
    }

    /**
     * "On Llama-2 7B, the method reduces WikiText perplexity by 3.5%", "improvements of up to +6.8% on
     * MATH500 over the baseline on Llama-3.2-3B-Instruct": with no subject model, the model a result is
     * measured "on" is the one evaluated (not one trained "on" something).
     */
    private static List<ExtractedEntity> testedOn(RelationSentence s) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (Slot slot : s.slots()) {
            int k = slot.first() - 1;
            if (s.tagIs(k, "DET")) {
                k--;
            }
            if (slot.isModel() && s.slotAt(k) == null && s.word(k).equals("on") && !TrainingWords.isTraining(s.word(k - 1))
                    && !out.contains(slot.entity())) {
                out.add(slot.entity());
            }
        }
        return out;
    }

    /**
     * "Training open-source LLMs like A, B, and C on SynthCypher results in gains of 30% on SPIDER": a
     * sentence that opens with a training gerund reports, after a result word, the results of the models it
     * trains (those named before the gerund's "on" or "with").
     */
    private static List<ExtractedEntity> trainedByOpeningGerund(RelationSentence s, Slot dataset) {
        List<ExtractedEntity> out = new ArrayList<>();
        if (!s.word(0).endsWith("ing") || !TrainingWords.isTraining(s.word(0))) {
            return out;
        }
        boolean objects = true;
        boolean result = false;
        for (int t = 1; t < dataset.first(); t++) {
            Slot slot = s.slotAt(t);
            if (slot != null) {
                if (objects && slot.isModel() && !out.contains(slot.entity())) {
                    out.add(slot.entity());
                }
                t = slot.last();
            } else if (s.word(t).equals("on") || s.word(t).equals("with")) {
                objects = false;
            } else if (!objects && RelationWords.isResultCue(s.word(t))) {
                result = true;
            }
        }
        return result ? out : List.of();
    }

    /**
     * "On D, the method enables A to match ..., and allows B to reach ...": each model a method lets do
     * something has a result on D, not only the first one named after it.
     */
    private static List<Slot> enabled(RelationSentence s, int from) {
        List<Slot> out = new ArrayList<>();
        for (int t = Math.max(0, from); t < s.size(); t++) {
            if (s.slotAt(t) != null || !ENABLING.contains(s.word(t))) {
                continue;
            }
            int k = t + 1;
            while (s.slotAt(k) == null && k < t + 3 && s.tagIs(k, "DET")) {
                k++;
            }
            Slot model = s.slotAt(k);
            if (model != null && model.isModel() && s.word(model.last() + 1).equals("to")) {
                out.add(model);
            }
        }
        return out;
    }

    /**
     * "(Multi30K, CoMMuTE)", "MMLU and GSM8K": a "model" coordinated with the benchmark is another
     * benchmark the finder mistyped, not the subject of the result. A bare comma is not enough:
     * "Evaluated on HealthBench, Baichuan-M2 outperforms ..." ends a phrase.
     */
    private static boolean listedWith(RelationSentence s, Slot a, Slot b) {
        Slot left = a.first() < b.first() ? a : b;
        Slot right = left == a ? b : a;
        boolean conjunction = false;
        for (int t = left.last() + 1; t < right.first(); t++) {
            Slot between = s.slotAt(t);
            if (between != null) {
                t = between.last();
                continue;
            }
            String w = s.word(t);
            if (!RelationWords.GLUE.contains(w)) {
                return false;
            }
            conjunction |= w.equals("and") || w.equals("or");
        }
        return conjunction || s.word(left.first() - 1).equals("(");
    }

    /** The last benchmark of the list the dataset opens or continues ("MMLU, GSM8K and MATH"), or null. */
    private static Slot listTail(RelationSentence s, Slot dataset) {
        Slot tail = null;
        for (Slot other : s.slots()) {
            if (other.first() > dataset.last() && other.isDataset() && listedWith(s, dataset, other)) {
                tail = other;
            }
        }
        return tail;
    }

    /** Models compared in the same sentence with their own number: "Gemini-2.0-Flash-001 (1352)". */
    private static void compared(RelationContext ctx, RelationSentence s, Slot dataset, List<ExtractedEntity> subjects,
                                 RelationScores.Found score, List<ExtractedRelation> out) {
        List<Slot> others = new ArrayList<>();
        for (Slot slot : s.slots()) {
            if (slot.isModel() && !subjects.contains(slot.entity()) && RelationSubjects.governed(s, slot)) {
                others.add(slot);
            }
        }
        for (Slot other : others) {
            if (comparedOnDataset(s, other, dataset)) {
                out.add(ctx.relation(other.entity(), "evaluatedOn", dataset.entity(), null, s, 0.6,
                        "evaluatedOn-compared-on"));
            }
        }
        if (score != null && score.versus() != null && others.size() == 1) {
            out.add(ctx.relation(others.get(0).entity(), "evaluatedOn", dataset.entity(), score.versus(), s, 0.7,
                    "evaluatedOn-versus"));
            return;
        }
        if (datasetsIn(s) != 1) {
            return;
        }
        for (Slot other : others) {
            Double value = RelationScores.besideModel(s, other);
            if (value != null) {
                out.add(ctx.relation(other.entity(), "evaluatedOn", dataset.entity(), value, s, 0.7,
                        "evaluatedOn-compared"));
            }
        }
    }

    /**
     * "an improvement in accuracy over GPT-4o on KIE-HVQA", "comparable performance with GPT-4V on P2GB":
     * the model a result is compared with, followed at once by "on" and the dataset, has a result on it
     * too.
     */
    private static boolean comparedOnDataset(RelationSentence s, Slot model, Slot dataset) {
        int k = model.first() - 1;
        if (s.tagIs(k, "DET")) {
            k--;
        }
        if (s.slotAt(k) != null || !COMPARING.contains(s.word(k))) {
            return false;
        }
        int on = model.last() + 1;
        if (s.slotAt(on) != null || !s.word(on).equals("on")) {
            return false;
        }
        int d = on + 1;
        if (s.word(d).equals("the")) {
            d++;
        }
        return dataset.equals(s.slotAt(d));
    }

    /**
     * "We perform external validation on two public datasets (VerSe, TotalSegmentator)": a result
     * sentence that names no model at all, once the abstract has named the paper's own, reports on the
     * paper's own model. Before that ("the performance of medical LLMs on benchmarks such as USMLE") it
     * is background.
     */
    private static boolean ownResultsWithoutModel(RelationContext ctx, RelationSentence s, ExtractedEntity own) {
        if (s.slots().stream().anyMatch(Slot::isModel)) {
            return false;
        }
        // The abstract's own first naming counts, not the title's: the title names it before any context.
        for (RelationSentence earlier : ctx.sentences.subList(1, s.index())) {
            if (earlier.slots().stream().anyMatch(x -> x.entity().equals(own))) {
                return true;
            }
        }
        return false;
    }

    private static int datasetsIn(RelationSentence s) {
        int n = 0;
        for (Slot slot : s.slots()) {
            if (slot.isDataset()) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasResultCue(RelationSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.slotAt(i) == null && RelationWords.isResultCue(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "trained on 1 trillion tokens sourced from The Stack", "pre-training data from D", "built upon D":
     * training data, not a benchmark. A training word that only modifies a noun ("instruction-tuned
     * LLMs on D") does not frame it, and a comma before the dataset's own preposition starts a new
     * phrase ("surpasses N, pretrained on 3.3T tokens, on HumanEval+").
     */
    static boolean trainingFramed(RelationSentence s, Slot dataset) {
        if (s.word(dataset.last() + 1).equals("as") && TrainedOnRule.trainingWithin(s, dataset.last() + 2, 3)) {
            return true; // "using RefinedWeb as (the) pretraining data"
        }
        boolean prepositionSeen = false;
        for (int t = dataset.first() - 1; t >= Math.max(0, dataset.first() - 15); t--) {
            if (s.slotAt(t) != null) {
                continue;
            }
            String w = s.word(t);
            if (TrainingWords.isTraining(w)) {
                return trainingHead(s, t);
            }
            if ((w.equals("upon") || w.equals("on")) && (s.word(t - 1).startsWith("built") || s.word(t - 1).startsWith("build"))) {
                return true;
            }
            if (s.tagIs(t, "ADP")) {
                prepositionSeen = true;
            }
            if (w.equals(",") && prepositionSeen) {
                return false;
            }
            if (w.equals(".") || w.equals(";") || RelationWords.CLAUSE_BREAKS.contains(w) || RelationWords.isResultCue(w)) {
                return false;
            }
        }
        return false;
    }

    /** A training word that takes data: "trained on", "fine-tuning with", "pretraining data", "training corpus". */
    private static boolean trainingHead(RelationSentence s, int t) {
        if (s.word(t).equals("training") && s.word(t - 1).equals("without")) {
            return false;
        }
        int k = t + 1;
        // Skip adverbs, and the model trained after an active verb ("finetuning the Qwen2.5-32B-Instruct
        // language model on s1K", "we fine-tuned StarCoderBase on"); a participle before a noun only
        // describes it ("instruction-tuned LLMs on the leaderboard").
        String w = s.word(t);
        boolean active = !w.endsWith("ed") || s.word(t - 1).equals("we") || s.word(t - 1).equals("they");
        while (k < s.size() && !active && s.tagIs(k, "ADV")) {
            k++;
        }
        while (active && k < s.size() && k <= t + 8 && (s.slotAt(k) != null || s.tagIs(k, "ADV") || s.tagIs(k, "DET")
                || s.tagIs(k, "ADJ") || s.tagIs(k, "NOUN") && !s.word(k).equals("data") && !s.word(k).equals("tokens")
                && !s.word(k).startsWith("corp") && !s.word(k).startsWith("set") && !s.word(k).startsWith("dataset"))) {
            k++;
        }
        String next = s.word(k);
        return next.equals("on") || next.equals("with") || next.equals("using") || next.equals("over") || next.equals("from")
                || next.equals("data") || next.equals("corpus") || next.equals("corpora") || next.equals("set")
                || next.equals("sets") || next.equals("mixture") || next.equals("dataset") || next.equals("datasets")
                || next.equals("tokens") || s.slotAt(k) != null && s.slotAt(k).isDataset();
    }

    /**
     * "we introduce D", "we contribute benchmarks, including D": the sentence presents the dataset
     * itself; "five trillion tokens from CommonCrawl": a data source.
     */
    private static boolean created(RelationContext ctx, RelationSentence s, Slot dataset) {
        int t = dataset.first() - 1;
        if (s.word(t).equals("the")) {
            t--;
        }
        if (s.word(t).equals("from") && DATA_NOUNS.contains(s.word(t - 1))) {
            return true;
        }
        for (t = dataset.first() - 1; t >= 0; t--) {
            if (CREATING.contains(s.word(t)) && s.slotAt(t) == null
                    && (ctx.own.isOwn(dataset.entity()) || t >= dataset.first() - 4)) {
                return true;
            }
        }
        return false;
    }
}
