package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.MentionType;

/**
 * evaluatedOn for a paper that presents its own benchmark: "We evaluate reasoning LLMs (RLMs),
 * including DeepSeek-R1, OpenAI O3-mini, Claude-3.7-sonnet and compare them against ... GPT-4o" names
 * the models tested but not the benchmark, which is the one the paper introduces. Only when the paper
 * introduces exactly one dataset and calls it a benchmark, and the sentence names no other dataset.
 */
final class OwnBenchmarkRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;

    /** Verbs of an evaluation whose objects are the models tested: "We evaluate 20 LLMs including Llama-2". */
    private static final Set<String> EVALUATING = Set.of("evaluate", "evaluates", "evaluated", "evaluating", "test",
            "tests", "tested", "testing", "benchmark", "benchmarks", "benchmarked", "benchmarking", "assess", "assesses",
            "assessed", "assessing", "compare", "compares", "compared");

    /**
     * A paper that presents a benchmark and says "We evaluate reasoning LLMs, including DeepSeek-R1 and
     * Claude-3.7-sonnet" evaluates those models on its benchmark, though the sentence does not name it.
     */
    List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>();
        ExtractedEntity bench = null;
        for (ExtractedEntity e : ctx.own.all()) {
            if (ctx.typeOf(e) == MentionType.DATASET) {
                if (bench != null) {
                    return out; // several new datasets: which one is meant is unclear
                }
                bench = e;
            }
        }
        if (bench == null || !presentedAsBenchmark(ctx, bench)) {
            return out;
        }
        ExtractedEntity benchmark = bench;
        for (RelationSentence s : ctx.sentences) {
            if (s.index() == 0 || s.slots().stream().anyMatch(x -> x.isDataset() && !x.entity().equals(benchmark))) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.slotAt(i) != null || !EVALUATING.contains(s.word(i))
                        || !(s.word(i - 1).equals("we") || s.word(i - 1).equals("and") || s.word(i - 1).equals("also"))) {
                    continue;
                }
                int from = i + 1;
                if (s.word(i).startsWith("compare") && (s.word(from).equals("them") || s.word(from).equals("it"))) {
                    from++;
                    if (s.word(from).equals("against") || s.word(from).equals("with") || s.word(from).equals("to")) {
                        from++;
                    }
                }
                for (Slot m : RelationLists.after(s, from, MODEL, 12, false)) {
                    out.add(ctx.relation(m.entity(), "evaluatedOn", benchmark, null, s, 0.55, "evaluatedOn-own-benchmark"));
                }
            }
        }
        return out;
    }

    /** The paper calls its dataset a benchmark (or the role detector says it is one). */
    private static boolean presentedAsBenchmark(RelationContext ctx, ExtractedEntity dataset) {
        if (dataset.benchmark()) {
            return true;
        }
        for (RelationSentence s : ctx.sentences) {
            if (s.slots().stream().anyMatch(x -> x.entity().equals(dataset))
                    && s.anyWord(0, s.size(), Set.of("benchmark", "benchmarks", "benchmarking", "evaluation", "leaderboard"))) {
                return true;
            }
        }
        return false;
    }

}
