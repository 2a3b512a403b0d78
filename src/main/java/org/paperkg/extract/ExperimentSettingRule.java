package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.EvaluationWords;
import org.paperkg.nlp.TrainingWords;

/**
 * evaluatedOn from the setting of an experiment: "a set of experiments with T5 and BERT backbones on GLUE,
 * SuperGLUE, and WMT", "Experiments on the ConfAIde benchmark with two LLMs (GPT-4, Llama3) demonstrate ...".
 * The experiment word joins the models it is run with to the data it is run on, though the clause states no
 * result. The clause ends where its findings begin ("show", "demonstrate"), so the models a finding compares are
 * left to the result rules; training in the clause ("experiments fine-tuning A on D") makes D training data,
 * which the training rule reads; and "compared with A" names a baseline, not the setting.
 */
final class ExperimentSettingRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;
    private static final Predicate<Slot> DATASET = Slot::isDataset;

    /** Nouns and verbs of running an experiment. */
    private static final Set<String> EXPERIMENT_WORDS = Set.of("experiment", "experiments", "experimented",
            "experimenting", "evaluation", "evaluations");

    /**
     * Verbs that apply models to data: "We applied the BERT model and ... TextGCN, GAT ... on five different
     * datasets including SentNoB". The models follow the verb, the data follow its "on".
     */
    private static final Set<String> APPLYING_VERBS = Set.of("apply", "applied", "applies", "employ", "employed",
            "employs", "utilize", "utilized", "utilizes", "utilise", "utilised", "utilises");

    /** Words that name what an experiment runs, like "with": "experiments, utilizing four popular models—BERT, ...". */
    private static final Set<String> RUN_WITH = Set.of("with", "using", "utilizing", "utilising", "employing");

    /** Where the setting of an experiment ends: its findings, or another clause. */
    private static final Set<String> SETTING_ENDS = Set.of(".", ";", "show", "shows", "showed", "shown", "demonstrate",
            "demonstrates", "demonstrated", "reveal", "reveals", "revealed", "indicate", "indicates", "suggest",
            "suggests", "confirm", "confirms", "verify", "verifies", "prove", "proves", "that", "which", "where",
            "while", "but");

    /** Words after which "with" names a baseline, not what the experiment runs. */
    private static final Set<String> COMPARING = Set.of("compared", "compare", "comparison", "comparing", "versus",
            "against");

    /** Most tokens an experiment's setting spans after the experiment word. */
    private static final int MAX_SETTING = 30;

    List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>();
        for (RelationSentence s : ctx.sentences) {
            if (s.index() == 0) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.slotAt(i) == null && (EXPERIMENT_WORDS.contains(s.word(i)) || EvaluationWords.isEvaluating(s.word(i)))) {
                    setting(ctx, s, i, false, out);
                } else if (s.slotAt(i) == null && APPLYING_VERBS.contains(s.word(i)) && s.word(i - 1).equals("we")) {
                    setting(ctx, s, i, true, out);
                }
            }
        }
        return out;
    }

    /**
     * The models and data of the setting that starts at token {@code experiment}; with {@code applying} the
     * models are the verb's object ("we applied A and B on D").
     */
    private static void setting(RelationContext ctx, RelationSentence s, int experiment, boolean applying,
                                List<ExtractedRelation> out) {
        int end = experiment + 1;
        while (end < s.size() && end <= experiment + MAX_SETTING && !SETTING_ENDS.contains(s.word(end))) {
            end++;
        }
        Set<Slot> models = new LinkedHashSet<>();
        Set<Slot> data = new LinkedHashSet<>();
        if (applying) {
            models.addAll(within(RelationLists.after(s, experiment + 1, MODEL, 6, false), end));
        }
        for (int k = experiment + 1; k < end; k++) {
            String w = s.word(k);
            if (s.slotAt(k) != null) {
                continue;
            }
            if (TrainingWords.isTraining(w)) {
                return; // "experiments fine-tuning A on D": D is what A was trained on
            }
            if (RUN_WITH.contains(w) && !COMPARING.contains(s.word(k - 1))) {
                models.addAll(within(RelationLists.after(s, k + 1, MODEL, 6, false), end));
            } else if (w.equals("on") || w.equals("across")) {
                data.addAll(within(RelationLists.after(s, k + 1, DATASET, 3, false), end));
            }
        }
        for (Slot m : models) {
            for (Slot d : data) {
                out.add(ctx.relation(m.entity(), "evaluatedOn", d.entity(), null, s, 0.55, "evaluatedOn-experiment-setting"));
            }
        }
    }

    /** The items of a list that lie inside the setting. */
    private static List<Slot> within(List<Slot> items, int end) {
        return items.stream().filter(x -> x.last() < end).toList();
    }
}
