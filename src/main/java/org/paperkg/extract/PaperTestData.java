package org.paperkg.extract;

import java.util.Set;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.MentionType;

/**
 * Which dataset a paper tests on when its sentences do not say: the one dataset it introduces, or, when it
 * introduces none, the one dataset it names, as a benchmark it does not train on and in words of testing.
 * {@link OwnBenchmarkRule} reads the paper's evaluations and results against it.
 */
final class PaperTestData {

    private PaperTestData() {}

    /** The paper's own new dataset, else its one named test set; null when neither is clear. */
    static ExtractedEntity of(RelationContext ctx) {
        ExtractedEntity newDataset = onlyNewDataset(ctx);
        return newDataset != null ? newDataset : onlyTestData(ctx);
    }

    /**
     * Whether the paper names no dataset but {@code dataset}, and does not train on it: "we carry out continued
     * training on SLTrans ... Our resulting models, dubbed IRCoder, display sizeable gains" reports results on
     * tasks the abstract does not name, not on the training data.
     */
    static boolean onlyDataNamed(RelationContext ctx, ExtractedEntity dataset) {
        if (ctx.entities.stream().anyMatch(e -> e != dataset && ctx.typeOf(e) == MentionType.DATASET)) {
            return false;
        }
        for (RelationSentence s : ctx.sentences) {
            for (Slot slot : s.slots()) {
                if (slot.entity().equals(dataset) && EvaluatedOnRule.trainingFramed(s, slot)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Plural nouns by which a paper speaks of data it may not name: "on four datasets". */
    private static final Set<String> UNNAMED_DATA = Set.of("datasets", "benchmarks", "corpora");

    /**
     * "This work compares ... three LLMs: ChatGPT3.5 Turbo, ChatGPT4o, and Aguila ... The test set used in this
     * study is MedlinePlus": a paper that names one dataset only, as a benchmark, and trains on none, tests what
     * it evaluates on that dataset, as a paper that presents its own benchmark does. Null when the paper names
     * other datasets, trains on this one, or speaks of data in the plural ("in four NLP datasets"), which it may
     * have evaluated on without naming.
     */
    private static ExtractedEntity onlyTestData(RelationContext ctx) {
        // the first dataset named; onlyDataNamed rejects the paper when there is another
        ExtractedEntity only = ctx.entities.stream().filter(e -> ctx.typeOf(e) == MentionType.DATASET).findFirst().orElse(null);
        if (only == null || !only.benchmark() || !onlyDataNamed(ctx, only) || !namedInEvaluation(ctx, only)) {
            return null;
        }
        for (RelationSentence s : ctx.sentences) {
            if (s.anyWord(0, s.size(), UNNAMED_DATA)) {
                return null;
            }
        }
        return only;
    }

    /** Words of a sentence that names a dataset as what was tested: "The test set used in this study is X". */
    private static final Set<String> TESTING_WORDS = Set.of("benchmark", "benchmarks", "benchmarking", "evaluation",
            "evaluate", "evaluated", "evaluating", "test", "tested", "testing", "results", "performance", "experiments",
            "analysis");

    /**
     * Whether a sentence that names the dataset speaks of testing, or the title names it as the shared task a
     * system took part in ("KU-DMIS at MEDIQA-CORR 2024: ..."). A cited dataset counts as a benchmark when
     * nothing says otherwise, so "category hierarchies in Wikipedia" would make Wikipedia the paper's test data.
     */
    private static boolean namedInEvaluation(RelationContext ctx, ExtractedEntity dataset) {
        for (RelationSentence s : ctx.sentences) {
            for (Slot slot : s.slots()) {
                if (slot.entity().equals(dataset) && (s.anyWord(0, s.size(), TESTING_WORDS)
                        || s.index() == 0 && (s.word(slot.first() - 1).equals("at") || s.word(slot.first() - 1).equals("@")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one dataset the paper introduces, or null when it introduces none or several (which would be meant?). */
    private static ExtractedEntity onlyNewDataset(RelationContext ctx) {
        ExtractedEntity found = null;
        for (ExtractedEntity e : ctx.own.all()) {
            if (ctx.typeOf(e) == MentionType.DATASET) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
