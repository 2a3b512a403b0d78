package org.paperkg.nlp;

import java.util.Set;

/**
 * Verbs that say a model is evaluated: "evaluate", "tested", "benchmarking", "assessed". One vocabulary for
 * the name rules here (a name after "evaluated on" is data) and the relation rules in extract (the models a
 * benchmark paper evaluates), as {@link TrainingWords} is for training.
 */
public final class EvaluationWords {

    private EvaluationWords() {}

    private static final Set<String> VERBS = Set.of("evaluate", "evaluates", "evaluated", "evaluating", "test",
            "tests", "tested", "testing", "benchmark", "benchmarks", "benchmarked", "benchmarking", "assess",
            "assesses", "assessed", "assessing");

    /** Whether the lower-case word {@code w} is an evaluation verb. */
    public static boolean isEvaluating(String w) {
        return VERBS.contains(w);
    }
}
