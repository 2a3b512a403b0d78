package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.TrainingWords;

/**
 * trainedOn (model → dataset): "M is trained/pre-trained/fine-tuned on D", "we train M on D",
 * "M, a model pre-trained on 1TB of imagery from D", "continued pre-training on D", "D is used to train
 * M", "training two LLMs on D: M1 and M2". ("M built upon D" is {@link BasedOnRule}'s: the same cue
 * gives basedOn for a model.)
 */
final class TrainedOnRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;
    private static final Predicate<Slot> DATASET = Slot::isDataset;

    /** Prepositions that introduce the training data after a training verb. */
    private static final Set<String> DATA_PREPOSITIONS = Set.of("on", "with", "using", "over");

    /** Nouns that make "training" a modifier: "training data", "pretraining corpus". */
    private static final Set<String> TRAINING_NOUN_HEADS = Set.of("data", "corpus", "corpora", "set", "sets",
            "mixture", "recipe", "budget", "tokens", "examples", "samples");

    /**
     * Verbs of adapting a model, which train it when data follows ("adapt LLaMA-2-7B on the Wikipedia corpus");
     * "adapted to a domain" names no data and gives nothing.
     */
    private static final Set<String> ADAPTING = Set.of("adapt", "adapts", "adapted", "adapting");

    /** Adverbs between a training verb and its preposition: "trained exclusively on". */
    private static final Set<String> ADVERBS = Set.of("exclusively", "solely", "only", "further", "jointly", "directly",
            "primarily", "mainly", "entirely", "purely", "additionally", "also", "first", "then", "extensively",
            "natively", "continually", "subsequently");

    List<ExtractedRelation> find(RelationContext ctx) {
        return ctx.scanCues(this::cue);
    }

    private void cue(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        String w = s.word(i);
        if (TrainingWords.isTraining(w) || ADAPTING.contains(w)) {
            trainingVerb(ctx, s, i, out);
        } else if (w.equals("used") || w.equals("use")) {
            usedToTrain(ctx, s, i, out);
        }
        if (w.equals("use") || w.equals("uses") || w.equals("using") || w.equals("leverage") || w.equals("employ")) {
            useToTrain(ctx, s, i, out);
        }
    }

    /**
     * "We use SlimPajama to train Foo-7B", "using D to fine-tune M", "We leverage this dataset to fine-tune
     * M", "Using this dataset, we pre-trained M": the data right after the verb, named or pointed to.
     */
    private static void useToTrain(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        List<Slot> data = RelationLists.after(s, i + 1, DATASET, 2, false);
        int t;
        if (!data.isEmpty()) {
            t = data.get(data.size() - 1).last() + 1;
        } else {
            int head = DataAnaphors.head(s, i + 1);
            data = head < 0 ? List.of() : DataAnaphors.at(ctx, s, i + 1);
            if (data.isEmpty()) {
                return;
            }
            t = head + 1;
        }
        if (s.word(t).equals(",") && s.word(t + 1).equals("we") && TrainingWords.isTraining(s.word(t + 2))
                && i == 0) {
            // "Using this dataset, we pre-trained Modern-LiBERTa": the sentence's own training verb
            add(ctx, s, entitiesOf(RelationLists.after(s, t + 3, MODEL, 6, false)), data, "trainedOn-using-we-train", out);
            return;
        }
        if (s.word(t).equals("as") && trainingWithin(s, t + 1, 3)) {
            // "Using RefinedWeb as pretraining data, Falcon-40B ...": the data of the clause's model
            add(ctx, s, usersOfData(ctx, s, i, t), data, "trainedOn-using-as-training-data", out);
            return;
        }
        if (!s.word(t).equals("to") || !TrainingWords.isTraining(s.word(t + 1))) {
            return;
        }
        List<Slot> models = RelationLists.after(s, t + 2, MODEL, 6, false);
        List<ExtractedEntity> subjects = entitiesOf(models);
        if (!models.isEmpty()) {
            List<ExtractedEntity> made = BasedOnRule.productAfter(s, models.get(models.size() - 1).last() + 1);
            made.removeAll(subjects);
            if (!made.isEmpty()) {
                subjects = made;
            }
        }
        add(ctx, s, subjects, data, "trainedOn-use-to-train", out);
    }

    private static List<ExtractedEntity> entitiesOf(List<Slot> slots) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (Slot m : slots) {
            out.add(m.entity());
        }
        return out;
    }

    /** Whether a training word comes within {@code words} words from {@code from}, before any name: "as (the) pretraining data". */
    static boolean trainingWithin(RelationSentence s, int from, int words) {
        for (int k = from; k < Math.min(s.size(), from + words); k++) {
            if (s.slotAt(k) != null) {
                return false;
            }
            if (TrainingWords.isTraining(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who uses the data: with "Using D as ..." opening the sentence, the model (or "we", the own model)
     * after the comma that closes the phrase; else the subject before "using".
     */
    private static List<ExtractedEntity> usersOfData(RelationContext ctx, RelationSentence s, int using, int after) {
        return using > 0 ? RelationSubjects.subjectEntities(s, using, MODEL, ctx) : BasedOnRule.afterComma(ctx, s, after - 1);
    }

    /**
     * "Llemma-34B is a continued pre-training of Code Llama 34B on Proof-Pile-2": the data went into the
     * model the phrase describes, not into the one it continues. Whether the phrase was one.
     */
    private static boolean continuationOf(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        if (!s.word(i + 1).equals("of") || !BasedOnRule.afterContinued(s, i)) {
            return false;
        }
        List<Slot> bases = RelationLists.after(s, i + 2, MODEL, 1, false);
        if (bases.isEmpty()) {
            return false;
        }
        int t = bases.get(bases.size() - 1).last() + 1;
        if (DATA_PREPOSITIONS.contains(s.word(t))) {
            List<ExtractedEntity> made = new ArrayList<>(RelationSubjects.subjectEntities(s, i - 1, MODEL, ctx));
            for (Slot base : bases) {
                made.remove(base.entity());
            }
            add(ctx, s, made, RelationLists.after(s, t + 1, DATASET, 10, true), "trainedOn-continuation", out);
        }
        return true;
    }

    /**
     * "fine-tuned from Mistral-7B on D", "pre-trained by Meta on D": the base model or the maker between
     * a participle and its data; the token after them, or {@code from} when neither is there.
     */
    private static int pastSourceOrMaker(RelationSentence s, int from) {
        String w = s.word(from);
        Predicate<Slot> kind = w.equals("from") ? MODEL : w.equals("by") ? Slot::isOrganization : null;
        if (kind == null) {
            return from;
        }
        List<Slot> named = RelationLists.after(s, from + 1, kind, 1, false);
        if (named.isEmpty()) {
            return from;
        }
        int t = named.get(named.size() - 1).last() + 1;
        return DATA_PREPOSITIONS.contains(s.word(t)) ? t : from;
    }

    /** The ")" that closes the bracket at {@code open} within six tokens, or -1. */
    private static int closing(RelationSentence s, int open) {
        for (int k = open + 1; k < s.size() && k <= open + 6; k++) {
            if (s.word(k).equals(")")) {
                return k;
            }
        }
        return -1;
    }

    /** "M (is) trained on D", "train M on D", "continued pre-training on D". */
    private static void trainingVerb(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        if (TRAINING_NOUN_HEADS.contains(s.word(i + 1))) {
            return; // "pretraining data, Falcon-40B reaches ... on MMLU": a noun, no verb to take data
        }
        if (continuationOf(ctx, s, i, out)) {
            return;
        }
        int t = i + 1;
        List<ExtractedEntity> subjects = new ArrayList<>();
        int past = pastSourceOrMaker(s, t);
        // Active voice: "we train Cerebras-GPT models on the Eleuther Pile".
        // "instruction-tuned LLMs (e.g., BLOOMZ) on D", "an instruction-tuned version of M trained on D": a
        // participle before a noun is an adjective with no object ("trained" has its own turn)
        boolean adjective = s.word(i).endsWith("ed") && s.slotAt(i + 1) == null
                && (s.tagIs(i + 1, "NOUN") || s.tagIs(i + 1, "PROPN") || s.tagIs(i + 1, "ADJ"));
        List<Slot> objects = past > t || adjective ? List.of() : RelationLists.after(s, t, MODEL, 5, false);
        t = past;
        if (!objects.isEmpty()) {
            Slot last = objects.get(objects.size() - 1);
            t = last.last() + 1;
            int close = s.word(t).equals("(") ? closing(s, t) : -1;
            if (close > 0) {
                t = close + 1; // "Aya-Expanse (8B) and Gemma-3 (12B) — on D": the last item's size
            }
            t = pastRelativeClause(s, t);
            int from = t;
            while (t < s.size() && s.slotAt(t) == null && t <= from + 2 && !DATA_PREPOSITIONS.contains(s.word(t))) {
                t++;
            }
            subjects.addAll(entitiesOf(objects));
            // "After finetuning Qwen2.5-32B-Instruct on s1K ..., our model s1 exceeds": the data went into s1.
            List<ExtractedEntity> product = BasedOnRule.productAfterOpening(ctx, s, i, objects.get(objects.size() - 1));
            if (!product.isEmpty()) {
                subjects = new ArrayList<>(product);
            }
        }
        t = pastManner(s, t);
        if (objects.isEmpty() && !s.word(i).endsWith("ed")) {
            // An active verb with an unnamed object: "training two 7 billion parameter LLMs on text from D".
            int k = t;
            while (k < s.size() && k < t + 7 && s.slotAt(k) == null && (s.tagIs(k, "NUM") || s.tagIs(k, "NOUN")
                    || s.tagIs(k, "ADJ") || s.tagIs(k, "DET")) && !RelationWords.CLAUSE_WORDS.contains(s.word(k))) {
                k++;
            }
            if (DATA_PREPOSITIONS.contains(s.word(k))) {
                t = k;
            }
        }
        if (!DATA_PREPOSITIONS.contains(s.word(t))) {
            return;
        }
        List<Slot> data = RelationLists.after(s, t + 1, DATASET, 10, true);
        int dataEnd = data.isEmpty() ? DataAnaphors.head(s, t + 1) : data.get(data.size() - 1).last();
        if (data.isEmpty()) {
            data = DataAnaphors.at(ctx, s, t + 1);
        }
        if (data.isEmpty()) {
            return;
        }
        if (subjects.isEmpty()) {
            // "training two 7 billion parameter LLMs on text from the Common Pile: Comma v0.1-1T and Comma v0.1-2T"
            int end = data.get(data.size() - 1).last() + 1;
            if (s.word(end).equals(":")) {
                for (Slot m : RelationLists.after(s, end + 1, MODEL, 1, false)) {
                    subjects.add(m.entity());
                }
            }
        }
        List<ExtractedEntity> maker = BasedOnRule.madeByGerund(ctx, s, i);
        if (!maker.isEmpty()) {
            // "Foo-Med is obtained by fine-tuning Mistral 7B on MedQA": the data went into Foo-Med.
            subjects = maker;
        } else if (!objects.isEmpty() || !s.word(i).endsWith("ed")) {
            // "fine-tune Qwen2.5-32B-Instruct on this dataset to produce M1-32B", "we continue pre-training on
            // Proof-Pile-2 to obtain Llemma": the data went into the model made.
            List<ExtractedEntity> made = BasedOnRule.productAfter(s, dataEnd + 1);
            made.removeAll(subjects);
            if (!made.isEmpty()) {
                subjects = made;
            }
        }
        if (subjects.isEmpty() && opensSentence(s, i) && s.word(i).endsWith("ed")) {
            // "Trained on 4.2M samples from D, the new 300M and 600M parameter models incorporate ..."
            subjects = afterOpening(ctx, s, dataEnd);
        }
        if (subjects.isEmpty()) {
            subjects = RelationSubjects.ofParticiple(s, i, MODEL, ctx);
        }
        add(ctx, s, subjects, data, "trainedOn-verb", out);
    }

    /** Dashes that close an aside: "eight LLMs – LLaMA-3, Gemma-2, Qwen-2 – on D". */
    private static final Set<String> DASHES = Set.of("–", "—", "-");

    /**
     * "We fine-tune eight LLMs – LLaMA-3, Gemma-2, Qwen-2 – which are among the most capable open-weight models,
     * on the PE, AbstRCT, and CDCP datasets": the token after a dash that closes the list of models and after a
     * relative clause between commas that describes them, where the training data may follow. {@code t} when
     * neither is there; a clause that names anything, or does not close within twenty words, is not skipped.
     */
    private static int pastRelativeClause(RelationSentence s, int t) {
        int afterDash = DASHES.contains(s.word(t)) && s.slotAt(t) == null ? t + 1 : t;
        int k = s.word(afterDash).equals(",") ? afterDash + 1 : afterDash;
        if (!RELATIVE_PRONOUNS.contains(s.word(k))) {
            return afterDash;
        }
        for (int j = k + 1; j < Math.min(s.size(), k + 21); j++) {
            if (s.slotAt(j) != null || s.word(j).equals(".") || s.word(j).equals(";")) {
                return afterDash;
            }
            if (s.word(j).equals(",")) {
                return j + 1;
            }
        }
        return afterDash;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");

    /**
     * The token after how the training was done, between the verb and its data: adverbs ("exclusively"),
     * "from scratch", and a short "in" phrase that a data preposition follows ("trained natively in ternary
     * precision from scratch on RefinedWeb", "trained in two stages on D"). {@code t} when there is none.
     */
    private static int pastManner(RelationSentence s, int t) {
        while (t < s.size() && s.slotAt(t) == null) {
            String w = s.word(t);
            int afterIn = w.equals("in") ? dataPrepositionWithin(s, t + 1, 4) : -1;
            if (ADVERBS.contains(w)) {
                t++;
            } else if (w.equals("from") && s.word(t + 1).equals("scratch")) {
                t += 2;
            } else if (afterIn > 0) {
                t = afterIn; // "in ternary precision": on to the preposition after it
            } else {
                return t;
            }
        }
        return t;
    }

    /** The first data preposition within {@code words} plain words from {@code from}, or -1 (a name or a comma stops). */
    private static int dataPrepositionWithin(RelationSentence s, int from, int words) {
        for (int k = from; k < Math.min(s.size(), from + words); k++) {
            if (s.slotAt(k) != null || s.word(k).equals(",") || s.word(k).equals("and")) {
                return -1;
            }
            if (DATA_PREPOSITIONS.contains(s.word(k)) || s.word(k).equals("from") && s.word(k + 1).equals("scratch")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether only adverbs come before a participle that opens the sentence: "Trained on D, ...",
     * "Further pre-trained on D, ...". {@link DevelopedByRule} asks the same of "Developed by O, ...".
     */
    static boolean opensSentence(RelationSentence s, int verb) {
        for (int k = 0; k < verb; k++) {
            if (s.slotAt(k) != null || !(s.tagIs(k, "ADV") || ADVERBS.contains(s.word(k)))) {
                return false;
            }
        }
        return true;
    }

    /** Words that name the paper's own model as the subject of a main clause: "the new models", "our model". */
    private static final Set<String> OWN_HEADS = Set.of("model", "models", "llm", "llms", "checkpoint", "checkpoints",
            "variant", "variants", "family", "series");

    /**
     * The subject of the main clause after an opening participle phrase that ends at token {@code from}:
     * the named model after the comma, else the paper's own model for "the new ... models" / "our model".
     */
    private static List<ExtractedEntity> afterOpening(RelationContext ctx, RelationSentence s, int from) {
        int comma = from + 1;
        while (comma < s.size() && !s.word(comma).equals(",")) {
            if (s.word(comma).equals(".") || s.word(comma).equals(";")) {
                return List.of();
            }
            comma++;
        }
        List<ExtractedEntity> out = new ArrayList<>();
        Slot first = s.slotAt(comma + 1);
        if (first == null && (s.word(comma + 1).equals("the") || s.word(comma + 1).equals("our")
                || s.word(comma + 1).equals("this") || s.word(comma + 1).equals("these"))) {
            first = s.slotAt(comma + 2);
        }
        if (first != null && first.isModel()) {
            for (Slot m : RelationLists.after(s, first.first(), MODEL, 0, false)) {
                out.add(m.entity());
            }
            return out;
        }
        String det = s.word(comma + 1);
        if (ctx.own.primary() == null || !(det.equals("our") || det.equals("the") || det.equals("this") || det.equals("these"))) {
            return out;
        }
        for (int k = comma + 2; k < Math.min(s.size(), comma + 9); k++) {
            if (s.slotAt(k) != null || RelationWords.CLAUSE_WORDS.contains(s.word(k)) || s.tagIs(k, "ADP")) {
                break;
            }
            if (OWN_HEADS.contains(s.word(k))) {
                boolean ownReading = det.equals("our") || s.anyWord(comma + 2, k, Set.of("new", "resulting", "final", "proposed"));
                if (ownReading) {
                    out.add(ctx.own.primary());
                }
                break;
            }
        }
        return out;
    }

    /** "Dolma has been used to train OLMo", "used in the training of M". */
    private static void usedToTrain(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        int t = i + 1;
        while (t < s.size() && t <= i + 5 && !TrainingWords.isTraining(s.word(t))) {
            if (s.slotAt(t) != null) {
                return;
            }
            t++;
        }
        if (t >= s.size() || !TrainingWords.isTraining(s.word(t))) {
            return;
        }
        List<Slot> data = RelationSubjects.before(s, i, DATASET);
        List<ExtractedEntity> subjects = entitiesOf(RelationLists.after(s, t + 1, MODEL, 10, false));
        add(ctx, s, subjects, data, "trainedOn-used-to-train", out);
    }

    private static void add(RelationContext ctx, RelationSentence s, List<ExtractedEntity> models, List<Slot> data,
                            String rule, List<ExtractedRelation> out) {
        for (ExtractedEntity m : models) {
            for (Slot d : data) {
                out.add(ctx.relation(m, "trainedOn", d.entity(), null, s, 0.75, rule));
            }
        }
    }
}
