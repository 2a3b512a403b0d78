package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
            + "test set";
    private static final String MODEL_HEADS = "model|models|llm|llms|mllm|vlm|language model|foundation model|"
            + "transformer|chatbot|checkpoint|checkpoints";

    /** ", a/the [few words] HEAD" right after the mention, before the apposition ends. */
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*(?:\\([^)]{0,30}\\))?\\s*,\\s*(?:a|an|the|our|its)\\s+((?:(?!(?:for|of|to|with|that|which|on|in|"
                    + "by|from|and|or)\\b)[\\w\\-.]+\\s+){0,6}?)(" + DATA_HEADS + "|" + MODEL_HEADS + ")\\b");

    /** "the VQAv2 dataset", "the Qwen2.5-VL-72B model": a head noun right after the mention. */
    private static final Pattern HEAD_AFTER = Pattern.compile("^\\s+(" + DATA_HEADS + "|" + MODEL_HEADS + ")\\b");

    /**
     * "a large-scale dataset of instructional conversations, UltraChat": the description right before
     * the name, introduced by an article that no preposition governs ("on the standard benchmarks, GPT-4"
     * describes where GPT-4 is tested, not what it is).
     */
    private static final Pattern DESCRIPTION_BEFORE = Pattern.compile(
            "(?:^|[^\\w])(?<!on |across |in |over |from |with |to |of )(?:a|an|the|our)\\s[^.;:()]{0,100}?\\b("
                    + DATA_HEADS + "|" + MODEL_HEADS + ")(?:\\s+(?:of|for|with)\\s[^.;:,()]{0,50})?,\\s*$");

    /** A verb that presents the entity a few words before it. */
    private static final Pattern INTRODUCED_HERE = Pattern.compile(
            "\\b(?:introduce|introduces|present|presents|propose|proposes|provide|provides|release|releases|construct|"
                    + "constructs|create|creates|build|builds|curate|curates|develop|develops|contribute|call|called|named|"
                    + "dubbed|termed)\\b[^.;:]{0,140}$");

    private final Map<ExtractedEntity, MentionType> types = new HashMap<>();

    RelationTypes(AnalyzedText text, List<ExtractedEntity> entities) {
        for (ExtractedEntity e : entities) {
            types.put(e, decide(text, e));
        }
    }

    MentionType of(ExtractedEntity e) {
        return types.getOrDefault(e, e.type());
    }

    /** Where the entity's name or aliases end in the text: marked mentions and unmarked occurrences alike. */
    private static Set<Integer> occurrenceEnds(String text, ExtractedEntity e) {
        Set<Integer> ends = new TreeSet<>();
        for (Mention m : e.mentions()) {
            ends.add(m.end());
        }
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        for (String form : forms) {
            if (form.length() < 2) {
                continue;
            }
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (RelationSentence.boundary(text, at - 1) && RelationSentence.boundary(text, end)) {
                    ends.add(end);
                }
            }
        }
        return ends;
    }

    /** The text of the sentence before an offset, lower-cased. */
    private static String sentenceBefore(AnalyzedText text, int offset) {
        int index = text.sentenceIndexAt(Math.max(0, offset));
        int from = index < 0 ? Math.max(0, offset - 200) : text.sentences().get(index).start();
        return text.text().substring(from, Math.max(from, offset)).toLowerCase(Locale.ROOT);
    }

    /** Where the occurrence that ends at {@code end} starts (the longest form of the entity that fits). */
    private static int occurrenceStart(String text, ExtractedEntity e, int end) {
        int best = end;
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        for (String form : forms) {
            int start = end - form.length();
            if (start >= 0 && text.startsWith(form, start)) {
                best = Math.min(best, start);
            }
        }
        return best;
    }

    private static MentionType decide(AnalyzedText text, ExtractedEntity e) {
        if (e.type() != MentionType.MODEL && e.type() != MentionType.DATASET) {
            return e.type();
        }
        int data = 0;
        int model = 0;
        for (int end : occurrenceEnds(text.text(), e)) {
            int start = occurrenceStart(text.text(), e, end);
            if (!INTRODUCED_HERE.matcher(sentenceBefore(text, start)).find()) {
                // Only where the paper says what the entity is: "we propose KIE-HVQA, the first benchmark";
                // elsewhere an apposition may describe something else ("on AIME24, a 0.5B LLM outperforms").
                continue;
            }
            String after = text.text().substring(end, Math.min(text.text().length(), end + 120))
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
                Matcher b = DESCRIPTION_BEFORE.matcher(sentenceBefore(text, start));
                if (b.find()) {
                    head = b.group(1);
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
