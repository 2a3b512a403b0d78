package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NonNameFilter;
import org.paperkg.nlp.TrainingWords;

/**
 * trainedOn between the paper's one new model and the training data it presents alongside, when no
 * sentence joins them: "We introduce SmolLM2 ... we develop new specialized datasets (FineMath,
 * Stack-Edu, and SmolTalk)", "we compile the LLaVA-o1-100k dataset" in a paper presenting LLaVA-o1. A
 * paper that builds a model and new non-benchmark data builds the data to train that model.
 *
 * <p>Only with exactly one new model (with several, which one used which data is not said) that the
 * relation rules also take for the paper's own and that a sentence mentions with a training word; only
 * new datasets not presented as benchmarks and not shared tasks; and only when no other rule already
 * found what the model is trained on (then the text said it, and said it better). Measured on the
 * training abstracts and the outside samples before it was kept: five right and none wrong.
 */
final class OwnTrainingDataRule {

    List<ExtractedRelation> find(RelationContext ctx, List<ExtractedRelation> found) {
        ExtractedEntity model = null;
        List<ExtractedEntity> data = new ArrayList<>();
        for (ExtractedEntity e : ctx.entities) {
            if (!e.introduced()) {
                continue;
            }
            MentionType type = ctx.typeOf(e);
            if (type == MentionType.MODEL) {
                if (model != null) {
                    return List.of();
                }
                model = e;
            } else if (type == MentionType.DATASET && !e.benchmark() && !NonNameFilter.namesSharedTask(e.name())) {
                data.add(e);
            }
        }
        if (model == null || data.isEmpty() || !ctx.own.isOwn(model) || !trainedInText(ctx, model)) {
            return List.of();
        }
        String name = model.name();
        if (found.stream().anyMatch(r -> r.predicate().equals("trainedOn") && r.subject().equals(name))) {
            return List.of();
        }
        List<ExtractedRelation> out = new ArrayList<>();
        for (ExtractedEntity d : data) {
            // the sentence that names the data is the evidence: it is where the paper presents it
            out.add(ctx.relation(model, "trainedOn", d, null, ctx.sentenceOf(d), 0.4, "trainedOn-own-data"));
        }
        return out;
    }

    /** Whether a sentence that names the model speaks of training ("overtraining SmolLM2 on 11T tokens"). */
    private static boolean trainedInText(RelationContext ctx, ExtractedEntity model) {
        for (RelationSentence s : ctx.sentences) {
            if (s.slots().stream().anyMatch(x -> x.entity().equals(model))) {
                for (int k = 0; k < s.size(); k++) {
                    if (s.slotAt(k) == null && TrainingWords.isTraining(s.word(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
