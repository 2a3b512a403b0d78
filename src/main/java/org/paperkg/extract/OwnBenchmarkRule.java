package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.EvaluationWords;

/**
 * evaluatedOn for a paper that presents its own benchmark: "We evaluate reasoning LLMs (RLMs),
 * including DeepSeek-R1, OpenAI O3-mini, Claude-3.7-sonnet and compare them against ... GPT-4o" names
 * the models tested but not the benchmark, which is the one the paper introduces. Only when the paper
 * introduces exactly one dataset and calls it a benchmark, and the sentence names no other dataset; or, in a
 * paper that introduces none, when the one dataset it names is a benchmark it does not train on.
 */
final class OwnBenchmarkRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;

    /**
     * Verbs of an evaluation whose objects are the models tested: "We evaluate 20 LLMs including Llama-2",
     * "and compare them against GPT-4o".
     */
    private static boolean evaluating(String w) {
        return EvaluationWords.isEvaluating(w) || w.equals("compare") || w.equals("compares") || w.equals("compared");
    }

    /**
     * A paper that presents a benchmark and says "We evaluate reasoning LLMs, including DeepSeek-R1 and
     * Claude-3.7-sonnet" evaluates those models on its benchmark, though the sentence does not name it.
     */
    List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>();
        ExtractedEntity benchmark = PaperTestData.of(ctx);
        if (benchmark == null) {
            return out;
        }
        // "we evaluate A and B" needs a dataset presented as a benchmark; "we experiment with A and B"
        // on the paper's only new dataset is an evaluation on it whatever the dataset is called.
        boolean presentedAsBenchmark = presentedAsBenchmark(ctx, benchmark);
        // "We introduce WINOVIZ, a text-only dataset ... Experimental findings include: a) GPT-4 excels overall":
        // when the paper names no other data, its results can only be on its own, whatever it calls it
        boolean resultsAreOnOurs = presentedAsBenchmark || PaperTestData.onlyDataNamed(ctx, benchmark);
        boolean presented = false;
        for (RelationSentence s : ctx.sentences) {
            if (s.index() > 0 && presented && resultsAreOnOurs && s.slots().stream().noneMatch(Slot::isDataset)) {
                resultsOnOurs(ctx, s, benchmark, presentedAsBenchmark, out);
            }
            presented |= s.index() > 0 && (s.slots().stream().anyMatch(x -> x.entity().equals(benchmark))
                    || pointsToOwnData(s, false));
            if (s.index() == 0 || s.slots().stream().anyMatch(x -> x.isDataset() && !x.entity().equals(benchmark))) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                int with = Math.max(experimentWith(s, i), presentedAsBenchmark ? evaluationOf(s, i) : -1);
                if (with > 0) {
                    for (Slot m : RelationLists.after(s, with + 1, MODEL, 8, false)) {
                        out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.5, "evaluatedOn-own-benchmark-experiments"));
                    }
                } else if (BASELINES.contains(s.word(i)) && s.slotAt(i) == null) {
                    for (Slot m : baselineModels(s, i)) {
                        out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.5, "evaluatedOn-own-data-baselines"));
                    }
                } else if (presentedAsBenchmark || pointsToOwnData(s, true) || resultsAreOnOurs && s.word(i - 1).equals("we")
                        && EvaluationWords.isEvaluating(s.word(i))) {
                    // "We introduce COSMUS, a 12,224-texts corpus ... We benchmark GPT-4o, ...": in a paper whose only
                    // data is its own, what we evaluate is evaluated on it ("we compare A to B" may be a comparison of
                    // anything, and needs "on our data")
                    for (Slot m : evaluatedByUs(s, i)) {
                        out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.55, "evaluatedOn-own-benchmark"));
                    }
                }
            }
        }
        return out;
    }

    private static final Set<String> BASELINES = Set.of("baseline", "baselines");

    /** Verbs that make the models before them the baselines: "A and B are used to provide baseline results". */
    private static final Set<String> BASELINE_ROLES = Set.of("used", "serve", "serves", "served", "act", "acts",
            "employed", "adopted");

    /**
     * On the paper's own data, "YOLOv11 and ChatGPT 4o are used to provide baseline modeling results", "A and
     * B serve as baselines", "we provide baseline results with A and B", "baselines such as A", "baselines based on T5": the
     * models that give the baseline results, which are results on that data. Empty when the baseline word
     * at token {@code i} names none.
     */
    static List<Slot> baselineModels(RelationSentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (s.slotAt(k) != null || s.word(k).equals(",") || s.word(k).equals(".")) {
                break;
            }
            if (BASELINE_ROLES.contains(s.word(k))) {
                return RelationSubjects.before(s, k, MODEL);
            }
        }
        int k = i + 1;
        while (k < i + 4 && k < s.size() && s.slotAt(k) == null && s.tagIs(k, "NOUN") && !s.word(k).equals("models")) {
            k++; // "baseline modeling results"
        }
        String w = s.word(k);
        if (w.equals("with") || w.equals("using") || w.equals("including") || w.equals("from")) {
            return RelationLists.after(s, k + 1, MODEL, 3, false);
        }
        if (w.equals("such") && s.word(k + 1).equals("as") || w.equals("based") && s.word(k + 1).equals("on")) {
            return RelationLists.after(s, k + 2, MODEL, 0, false); // "two strong baselines based on T5"
        }
        return List.of();
    }

    /**
     * "We evaluate 20 LLMs including Llama-2", "and compare them against GPT-4o", "Using X, we conducted
     * experiments to evaluate A and B": the models an evaluation verb of ours at token i names; empty when
     * the word is no such verb.
     */
    private static List<Slot> evaluatedByUs(RelationSentence s, int i) {
        if (s.slotAt(i) != null || !evaluating(s.word(i))
                || !(s.word(i - 1).equals("we") || s.word(i - 1).equals("and") || s.word(i - 1).equals("also")
                || purposeOfOurs(s, i) || ourStudyBefore(s, i))) {
            return List.of();
        }
        int from = i + 1;
        if (s.word(i).startsWith("compare") && (s.word(from).equals("them") || s.word(from).equals("it"))) {
            from++;
            if (s.word(from).equals("against") || s.word(from).equals("with") || s.word(from).equals("to")) {
                from++;
            }
        }
        return RelationLists.after(s, from, MODEL, 12, false);
    }

    /**
     * "we experiment with A, B and C", "experiments have been carried out with A and B", "experiments
     * were conducted with A", "experiments on VLMs, including A", "we conduct evaluations on a range of LLMs
     * such as A": the position of the "with" (or "on")
     * whose list names the models tried on the paper's own data, or -1. The "with" must follow the
     * experiment word within four words that are not a name, so that "experiments on D with A" (another
     * dataset) does not count.
     */
    static int experimentWith(RelationSentence s, int i) {
        String w = s.word(i);
        if (s.slotAt(i) != null || !(w.equals("experiment") || w.equals("experiments") || w.equals("experimented")
                || w.equals("experimenting") || w.equals("evaluations"))) {
            return -1;
        }
        for (int k = i + 1; k <= i + 5 && k < s.size(); k++) {
            if (s.slotAt(k) != null) {
                return -1;
            }
            String x = s.word(k);
            if (x.equals("with") || x.equals("using") || x.equals("on") && modelsFollow(s, k)) {
                return k;
            }
            if (x.equals(",") || x.equals(".") || x.equals("on") || x.equals("that") || x.equals("show")
                    || x.equals("shows") || x.equals("demonstrate")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "We evaluate popular LLMs on this benchmark": a benchmark the title names ("Thai Winograd Schemas:
     * A Benchmark for ...") may be presented in the abstract only as "this benchmark" or "our dataset".
     * With {@code afterOn}, only "on this/our ..." counts: "we compare A to B ... on our new dataset" places an
     * evaluation on the paper's own data, whatever the paper calls that data.
     */
    private static boolean pointsToOwnData(RelationSentence s, boolean afterOn) {
        for (int k = afterOn ? 1 : 0; k < s.size(); k++) {
            if ((s.word(k).equals("this") || s.word(k).equals("our")) && DataAnaphors.head(s, k) >= 0
                    && (!afterOn || s.word(k - 1).equals("on"))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of an evaluation whose "of" names what was evaluated. */
    private static final Set<String> EVALUATION_NOUNS = Set.of("evaluation", "evaluations", "analysis", "analyses",
            "assessment", "assessments", "benchmarking", "comparison");

    /**
     * "our extensive evaluations of eleven LVLMs, including LLaMA-3.2 and DeepSeek-V2", "This dataset facilitates
     * the analysis of LLMs (mT5, BanglaT5, Gemma)": the models an evaluation of ours, or one the paper's data is
     * for, is of. The position of the "of", or -1.
     */
    static int evaluationOf(RelationSentence s, int i) {
        String w = s.word(i);
        if (s.slotAt(i) != null || !EVALUATION_NOUNS.contains(w) || !s.word(i + 1).equals("of")) {
            return -1;
        }
        if (s.word(0).equals("this") && DataAnaphors.head(s, 0) >= 0) {
            return i + 1; // "This dataset facilitates the analysis of LLMs (mT5, BanglaT5, Gemma)"
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (s.word(k).equals("our")) {
                return i + 1;
            }
            if (s.slotAt(k) != null || !s.tagIs(k, "ADJ")) {
                return -1;
            }
        }
        return -1;
    }

    /** What a paper calls its own study when it makes it the subject: "Our study evaluated ...". */
    private static final Set<String> OUR_STUDY = Set.of("study", "work", "paper", "experiments", "evaluation",
            "analysis", "benchmarking");

    /**
     * "Our study evaluated leading LLMs, including Text Davinci and GPT-3.5", "This work benchmarks A and B":
     * the verb's subject is the paper's own study, "our" or "this" and a study noun (an adjective may come
     * between: "our extensive experiments evaluate").
     */
    private static boolean ourStudyBefore(RelationSentence s, int verb) {
        int k = verb - 1;
        if (s.slotAt(k) != null || !OUR_STUDY.contains(s.word(k))) {
            return false;
        }
        k--;
        if (s.tagIs(k, "ADJ") && s.slotAt(k) == null) {
            k--;
        }
        return s.word(k).equals("our") || s.word(k).equals("this");
    }

    /**
     * "experiments on state-of-the-art VLMs, including GPT-4o and LLaVA", "evaluations on a range of LLMs such
     * as GPT-4": what the experiments are on is models (the first name after "on" within eight words is a
     * model), so they are what was tested.
     */
    private static boolean modelsFollow(RelationSentence s, int on) {
        for (int k = on + 1; k <= on + 8 && k < s.size(); k++) {
            Slot slot = s.slotAt(k);
            if (slot != null) {
                return slot.isModel();
            }
            if (s.word(k).equals(".") || s.word(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Using X, we conducted experiments to evaluate several LLMs, including A and B": an evaluation
     * that "we" do, as the purpose ("to") of what we did a few words before.
     */
    private static boolean purposeOfOurs(RelationSentence s, int verb) {
        if (!s.word(verb - 1).equals("to")) {
            return false;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - 8); k--) {
            String w = s.word(k);
            if (w.equals("we")) {
                return true;
            }
            if (s.slotAt(k) != null || w.equals(".") || w.equals(";") || w.equals("that") || w.equals("which")) {
                return false;
            }
        }
        return false;
    }

    /**
     * After a paper has presented its benchmark, a sentence that names no dataset but gives a named
     * model's result ("AraBERT v2 achieved an 87% F1 score on the second task", "smaller models such as
     * BLOOMZ and Falcon perform at even lower levels") reports a result on that benchmark.
     */
    private static void resultsOnOurs(RelationContext ctx, RelationSentence s, ExtractedEntity benchmark,
                                      boolean presentedAsBenchmark, List<ExtractedRelation> out) {
        for (int i = 0; i < s.size(); i++) {
            if (s.slotAt(i) == null && SHOWING.contains(s.word(i)) && s.word(i + 1).equals("that")
                    && REPORTING_NOUNS.contains(s.word(i - 1))) {
                // "Our empirical evaluations show that GPT-3.5 only manages to pass": what the results are about
                for (Slot m : RelationLists.after(s, i + 2, MODEL, 2, false)) {
                    out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.5, "evaluatedOn-own-benchmark-shown"));
                }
                continue;
            }
            if (s.slotAt(i) == null && PERFORMANCE_NOUNS.contains(s.word(i)) && s.word(i + 1).equals("of")) {
                // "We discuss the performance of RoBERTa-large, Llama-405B and GPT-4o", "the performance of GPT-4
                // even drops from 80.00 to 58.10": a model's performance in a paper about its own data is on that data
                for (Slot m : RelationLists.after(s, i + 2, MODEL, 4, false)) {
                    out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.5, "evaluatedOn-own-benchmark-performance"));
                }
                continue;
            }
            // "KR-BERT with a sub-character tokenizer outperforms others": a comparison is a result too
            if (s.slotAt(i) != null || !(RelationWords.isResultVerb(s.word(i)) || RelationWords.OUTPERFORM.contains(s.word(i)))) {
                continue;
            }
            // a model named with two result verbs gives the same relation twice; RelationRules merges them
            List<Slot> models = RelationSubjects.before(s, i, MODEL);
            if (models.isEmpty() && s.word(i).endsWith("ing") && s.slotAt(i - 1) != null && s.slotAt(i - 1).isModel()) {
                models = List.of(s.slotAt(i - 1)); // "with GPT-4V achieving only 19% accuracy"
            }
            for (Slot m : models) {
                out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.5, "evaluatedOn-own-benchmark-result"));
            }
            if (!models.isEmpty()) {
                for (Slot m : rankedAfter(s, i)) {
                    out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.5, "evaluatedOn-own-benchmark-ranking"));
                }
            }
        }
        // "Specifically, GPT-4 and Llama2-7B successfully reformulate questions only 26% and 12% of the time", "the
        // best-performing model is MARBERT with accuracy ... of 91.20%": whatever the verb, the numbers the quantity
        // attacher tied to a model in a sentence that names no dataset are its results on ours,
        // when ours is a benchmark: a tagger "that achieves an annotator agreement within 3% of Qwen2.5-32B" built for
        // a pre-training corpus is not measured on that corpus
        for (Slot m : presentedAsBenchmark ? s.slots() : List.<Slot>of()) {
            if (m.isModel()) {
                for (double score : modelScores(ctx, s, m.entity())) {
                    out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, score, s, 0.5, "evaluatedOn-own-benchmark-scored"));
                }
            }
        }
    }

    /**
     * The score-like numbers of the sentence tied to the model: with no property (no benchmark in sight) or as its
     * score (which, in a sentence that names no dataset, the quantity attacher read on the paper's own benchmark).
     */
    private static List<Double> modelScores(RelationContext ctx, RelationSentence s, ExtractedEntity model) {
        List<Double> out = new ArrayList<>();
        for (ExtractedQuantity q : ctx.quantities) {
            if (q.start() >= s.start() && q.end() <= s.end() && model.name().equals(q.subject())
                    && (q.property() == null || q.property().equals("score"))
                    && QuantityAttacher.scoreLike(q.unit()) && !out.contains(q.value())) {
                out.add(q.value());
            }
        }
        return out;
    }

    /** Nouns whose "of" names the models measured: "the performance of A, B and C". */
    private static final Set<String> PERFORMANCE_NOUNS = Set.of("performance", "performances", "accuracy");

    /** Verbs by which results report what they found: "Our evaluations show that ...". */
    private static final Set<String> SHOWING = Set.of("show", "shows", "showed", "reveal", "reveals", "revealed",
            "indicate", "indicates", "demonstrate", "demonstrates", "suggest", "suggests");

    /** The results that report it: "results", "evaluations", "experiments", "findings", "analysis". */
    private static final Set<String> REPORTING_NOUNS = Set.of("results", "evaluations", "evaluation", "experiments",
            "findings", "analysis", "analyses");

    /**
     * "GPT-4 achieved the highest accuracy (83.3%), followed by ALLaM-7B (81.8%) and Llama-3.3-70B": the
     * models a ranking lists after the result at token {@code verb} were measured on the same data.
     */
    private static List<Slot> rankedAfter(RelationSentence s, int verb) {
        for (int k = verb + 1; k + 1 < s.size(); k++) {
            if (s.word(k).equals(";") || s.word(k).equals(".")) {
                break;
            }
            if (s.word(k).equals("followed") && s.word(k + 1).equals("by")) {
                return RelationLists.after(s, k + 2, MODEL, 8, false);
            }
        }
        return List.of();
    }

    /** Words that present a dataset as a benchmark: "a new benchmark", "We evaluate strong baselines on K-MHaS". */
    private static final Set<String> BENCHMARK_WORDS = Set.of("benchmark", "benchmarks", "benchmarking", "evaluation",
            "leaderboard", "evaluate", "evaluated");

    /**
     * The paper calls its dataset a benchmark (or the role detector says it is one), or tests models on it: "It is
     * benchmarked on state-of-the-art Bangla ... models" right after the sentence that names it, "BanglaBERT is
     * fine-tuned and tested with our proposed dataset".
     */
    private static boolean presentedAsBenchmark(RelationContext ctx, ExtractedEntity dataset) {
        if (dataset.benchmark()) {
            return true;
        }
        boolean namedBefore = false;
        for (RelationSentence s : ctx.sentences) {
            boolean names = s.slots().stream().anyMatch(x -> x.entity().equals(dataset));
            if (names && s.anyWord(0, s.size(), BENCHMARK_WORDS)) {
                return true;
            }
            boolean pointsBack = pointsToOwnData(s, false) || namedBefore && s.word(0).equals("it");
            if (!names && pointsBack && s.slots().stream().noneMatch(Slot::isDataset) && s.anyWord(0, s.size(), TESTING_WORDS)) {
                return true;
            }
            namedBefore = names;
        }
        return false;
    }

    /** Words of testing models on data, which a sentence that points back to the paper's own data may use. */
    private static final Set<String> TESTING_WORDS = Set.of("benchmark", "benchmarked", "benchmarking", "evaluate",
            "evaluated", "tested");

}
