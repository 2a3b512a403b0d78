package org.paperkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;

/**
 * The kind of each model or dataset as the relation rules use it. The mention finders sometimes call
 * a benchmark a model or a model a dataset; the text often says which it is in an apposition ("KIE-HVQA,
 * the first benchmark dedicated to ...", "OLMo, a state-of-the-art, open language model") or a head noun
 * ("the VQAv2 dataset", "a Qwen2.5-VL-72B model"). When those descriptions outvote the finder's type,
 * the rules read the entity as the described kind, so that "built upon UltraChat" is training data and a
 * benchmark is never the subject of "outperforms". Organisations are left as they are.
 */
final class RelationTypes {

    private static final String DATA_HEADS = "dataset|datasets|corpus|corpora|benchmark|benchmarks|leaderboard|"
            + "test set|suite of tasks|collection";
    private static final String MODEL_HEADS = "model|models|llm|llms|mllm|vlm|language model|foundation model|"
            + "transformer|chatbot|checkpoint|checkpoints";

    /** ", a/the [few words] HEAD" right after the mention, before the apposition ends. */
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*(?:\\([^)]{0,30}\\))?\\s*,\\s*(?:a|an|the|our|its)\\s+((?:(?!(?:for|of|to|with|that|which|on|in|"
                    + "by|from|and|or)\\b)[\\w\\-.]+\\s+){0,6}?)(" + DATA_HEADS + "|" + MODEL_HEADS + ")\\b");

    /** "the VQAv2 dataset", "the Qwen2.5-VL-72B model": a head noun right after the mention. */
    private static final Pattern HEAD_AFTER = Pattern.compile("^\\s+(" + DATA_HEADS + "|" + MODEL_HEADS + ")\\b");

    private final Map<ExtractedEntity, MentionType> types = new HashMap<>();

    RelationTypes(AnalyzedText text, List<ExtractedEntity> entities) {
        for (ExtractedEntity e : entities) {
            types.put(e, decide(text, e));
        }
    }

    MentionType of(ExtractedEntity e) {
        return types.getOrDefault(e, e.type());
    }

    private static MentionType decide(AnalyzedText text, ExtractedEntity e) {
        if (e.type() != MentionType.MODEL && e.type() != MentionType.DATASET) {
            return e.type();
        }
        int data = 0;
        int model = 0;
        for (Mention m : e.mentions()) {
            String after = text.text().substring(m.end(), Math.min(text.text().length(), m.end() + 120))
                    .toLowerCase(Locale.ROOT);
            String head = null;
            Matcher a = APPOSITION.matcher(after);
            if (a.find()) {
                head = a.group(2);
            } else {
                Matcher h = HEAD_AFTER.matcher(after);
                if (h.find()) {
                    head = h.group(1);
                }
            }
            if (head == null) {
                continue;
            }
            if (head.matches(DATA_HEADS)) {
                data++;
            } else {
                model++;
            }
        }
        if (e.type() == MentionType.MODEL && data > model) {
            return MentionType.DATASET;
        }
        if (e.type() == MentionType.DATASET && model > data) {
            return MentionType.MODEL;
        }
        return e.type();
    }
}
