package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.BasedOnPrefixFinder;
import org.paperkg.nlp.MentionType;

/**
 * basedOn (model → model): "fine-tuned/initialized/distilled/adapted/derived/pruned from N", "built
 * on/upon N", "based on N", "on top of N", "a variant/version of N", "same architecture as N",
 * "M with N as the base model", "base LLMs including N1, N2" and "fine-tune N (on D) to create M".
 * A dataset in the place of N ("built upon UltraChat") is training data: trainedOn.
 */
final class BasedOnRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;
    private static final Predicate<Slot> MODEL_OR_DATA = s -> s.isModel() || s.isDataset();

    /** Participles that take "from N": "fine-tuned from", "distilled from". */
    private static final Set<String> FROM_VERBS = Set.of("fine-tuned", "finetuned", "tuned", "initialized", "initialised",
            "distilled", "adapted", "derived", "pruned", "pre-trained", "pretrained", "trained", "continued",
            "converted", "upcycled", "merged", "evolved", "extended", "expanded", "upscaled", "compressed",
            "quantized", "obtained", "developed", "created", "built", "initialize", "initializing", "initializes",
            "pre-training", "pretraining", "training", "fine-tuning", "finetuning", "inherited", "inherits", "inherit",
            "starting", "starts", "start");

    /** "from" verbs that also take data or other things ("data obtained from GPT-4"): only a named subject counts. */
    private static final Set<String> LOOSE_FROM_VERBS = Set.of("obtained", "developed", "created", "built", "evolved",
            "extended", "expanded", "converted", "merged", "compressed", "inherited", "inherits", "inherit");

    /** Verbs that take "on/upon N": "built upon", "based on", "builds on". */
    private static final Set<String> ON_VERBS = Set.of("built", "builds", "build", "building", "based", "relies", "rely");

    /**
     * Verbs that take "upon N" or "over N" only ("developed upon SPHINX", "developed over PaliGemma"): "developed on"
     * may name data or hardware.
     */
    private static final Set<String> UPON_VERBS = Set.of("developed", "constructed", "designed", "established");

    /** Verbs whose object is a part of the base model: "inherits the architecture of Mega". */
    private static final Set<String> INHERITING = Set.of("inherits", "inherit", "inherited", "inheriting", "reuses",
            "reuse", "adopts", "adopt", "adopted", "adopting", "retains", "keeps", "follows", "follow", "shares", "share");

    /** What a model takes from its base: "the architecture of N", "the weights of N". */
    private static final Set<String> BASE_PARTS = Set.of("architecture", "weights", "parameters", "backbone",
            "checkpoint", "checkpoints");

    /** Nouns that take "of N": "a variant of", "instruction-tuned versions of". */
    static final Set<String> OF_NOUNS = Set.of("variant", "variants", "version", "versions", "extension",
            "successor", "upgrade", "derivative", "derivatives", "descendant", "fine-tune", "finetune",
            "adaptation", "checkpoint", "iteration", "iterations", "evolution", "reimplementation");

    /** Training verbs whose object is the starting model: "fine-tune N to create M". */
    private static final Set<String> START_VERBS = Set.of("fine-tune", "finetune", "fine-tuning", "finetuning",
            "fine-tuned", "finetuned", "train", "training", "trained", "adapt", "adapting", "adapted", "distill",
            "distilling", "distilled", "prune", "pruning", "pruned", "continue", "continued", "instruction-tune",
            "post-train", "post-training", "extend", "extending", "upcycle", "upcycling", "initialize");

    /** Training verbs that do not by themselves start from a model: "we train M" may build M from scratch. */
    private static final Set<String> PLAIN_TRAINING = Set.of("train", "training", "trained");

    /** Words that name what a model starts from: "base LLMs such as", "backbones like". */
    private static final Set<String> BASE_WORDS = Set.of("base", "backbone", "backbones");

    /** Words that set the base models aside rather than build on them. */
    private static final Set<String> REPLACING = Set.of("replace", "replaces", "replaced", "replacing", "instead",
            "unlike", "than", "compared", "versus", "vs.", "substitute", "substitutes", "substituting", "swap", "swapping");

    /** Model nouns after "base": "base LLMs", "base language models". */
    private static final Set<String> BASE_NOUNS = Set.of("model", "models", "llm", "llms", "mllms", "vlms", "lms",
            "networks", "architectures");

    /** Verbs that put two models together into the subject: "combining Florence-2 and Gemma-2". */
    private static final Set<String> COMBINING = Set.of("combining", "combines", "combine", "merging", "merges");

    /** Words that introduce the model made from it: "to create M", "which we call M". */
    private static final Set<String> PRODUCING = Set.of("create", "creates", "produce", "produces", "obtain", "yield",
            "yields", "get", "build", "derive", "develop", "introducing", "call", "called", "named", "dubbed", "resulting",
            "producing", "creating", "yielding", "yielded");

    List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>(ctx.scanCues(this::cue));
        for (RelationSentence s : ctx.sentences) {
            for (Slot slot : s.slots()) {
                basedPrefixOfName(ctx, s, slot, out);
            }
        }
        return out;
    }

    /**
     * "Our 13B LLaMA-2-based PerSE", "a BERT-powered ClinicalNER": a model named in a "-based" adjective
     * right before another model's name is what that model is built on.
     */
    private static void basedPrefixOfName(RelationContext ctx, RelationSentence s, Slot base, List<ExtractedRelation> out) {
        int after = BasedOnPrefixFinder.afterBasedAdjective(s::word, base.last());
        Slot named = after < 0 ? null : s.slotAt(after);
        if (base.isModel() && named != null && named.isModel() && !named.entity().equals(base.entity())) {
            out.add(ctx.relation(named.entity(), "basedOn", base.entity(), null, s, 0.7, "basedOn-based-adjective"));
        }
    }

    private void cue(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        String w = s.word(i);
        String next = s.word(i + 1);
        int same = w.equals("as") ? sameArchitectureBefore(s, i) : -1;
        if (FROM_VERBS.contains(w) && next.equals("from")
                || w.startsWith("initiali") && next.equals("with")) {
            objectAfter(ctx, s, i, i + 2, "basedOn-from", 0.8, out);
        } else if (ON_VERBS.contains(w) && (next.equals("on") || next.equals("upon") || next.equals("off"))) {
            int t = i + 2;
            if (s.word(t).equals("top") && s.word(t + 1).equals("of")) {
                t += 2;
            }
            objectAfter(ctx, s, i, t, "basedOn-built-on", 0.75, out);
        } else if (UPON_VERBS.contains(w) && (next.equals("upon") || next.equals("over") && s.slotAt(i + 2) != null)) {
            // "a reasoning model developed over PaliGemma": "over" a name, not "over three years"
            objectAfter(ctx, s, i, i + 2, "basedOn-built-on", 0.7, out);
        } else if (INHERITING.contains(w) && inheritedPartOf(s, i + 1) > 0) {
            inherited(ctx, s, i, inheritedPartOf(s, i + 1), out);
        } else if (w.equals("on") && next.equals("top") && s.word(i + 2).equals("of") && !ON_VERBS.contains(s.word(i - 1))) {
            objectAfter(ctx, s, i, i + 3, "basedOn-on-top-of", 0.6, out);
        } else if ((OF_NOUNS.contains(w) || continuedTraining(s, i)) && next.equals("of") && !introducedAsListItem(s, i)
                && PartOfRule.namedFamilyAt(s, i + 2) == null) { // "a version of the Qwen family": PartOfRule's
            objectAfter(ctx, s, i, i + 2, "basedOn-variant-of", 0.7, out);
        } else if (same >= 0) {
            // "the same architecture as N", "the same hybrid Mamba-attention architecture and tokenizer as N"
            objectAfter(ctx, s, same, i + 1, "basedOn-same-architecture", 0.7, out);
        } else if (w.equals("as") && baseNounAfter(s, i + 1)) {
            asBase(ctx, s, i, out);
        } else if (START_VERBS.contains(w)) {
            startedFrom(ctx, s, i, out);
        } else if (COMBINING.contains(w)) {
            objectAfter(ctx, s, i, i + 1, "basedOn-combining", 0.6, out);
        } else if (w.equals("architecture") || w.equals("backbone")) {
            architecture(ctx, s, i, out);
        } else if (w.equals("variant") || w.equals("version")) {
            ownVariant(ctx, s, i, out);
        }
        // "We introduce Luna: a DeBERTA-large encoder, fine-tuned for ...": a colon defines as a comma does
        if ((w.equals("a") || w.equals("an")) && (s.word(i - 1).equals(",") || s.word(i - 1).equals("(")
                || s.word(i - 1).equals(":") || s.word(i - 1).equals("is") || s.word(i - 1).equals("was"))) {
            definedAsKindOf(ctx, s, i, out);
        }
        if (BASE_WORDS.contains(w) && listAfterBaseNoun(s, i + 1) > 0) {
            baseList(ctx, s, i, listAfterBaseNoun(s, i + 1), out);
        }
    }

    /**
     * "two toxicity detection models, namely two versions of Toxic-BERT": the versions are themselves the
     * items a list introduces, not a description of the model named before them.
     */
    private static boolean introducedAsListItem(RelationSentence s, int noun) {
        int k = noun - 1;
        while (k >= 0 && s.slotAt(k) == null && (s.tagIs(k, "DET") || s.tagIs(k, "NUM") || s.tagIs(k, "ADJ"))) {
            k--;
        }
        if (k < 0 || s.slotAt(k) != null) {
            return false;
        }
        // "such as variants of N" opens a list; "released as a variant of N" describes the subject
        return RelationWords.opensItems(s, k);
    }

    /**
     * Nouns for a model that end a definition "a BERT model", "a BERT-based language model" (also read by
     * {@link ContributionVerbs}: the model such a definition names is the base, not a second artefact).
     */
    static final Set<String> DEFINING_MODEL_NOUNS = Set.of("model", "llm", "encoder", "decoder", "transformer");

    /**
     * "BanglaBert, a BERT model pre-trained on a Bangla corpus", "AlBERTo (a BERT-based model pre-trained on
     * Italian tweets)", "Foo-7B is a Mistral-7B model fine-tuned on D": a model the apposition (or copula)
     * defines as a kind of another named model is based on it. The
     * other model must head the definition, right before its model noun (a few adjectives may precede it).
     */
    private static void definedAsKindOf(RelationContext ctx, RelationSentence s, int article, List<ExtractedRelation> out) {
        // "BanglaBert, a BERT model", "MoZi, which is a BLOOMZ-based model"
        int before = article - 2;
        if ((s.word(article - 1).equals("is") || s.word(article - 1).equals("was"))
                && (s.word(article - 2).equals("which") || s.word(article - 2).equals("that")) && s.word(article - 3).equals(",")) {
            before = article - 4;
            if (before > 0 && s.word(before).equals(")")) {
                before--; // "a new model (called MoZi), which is a BLOOMZ-based model"
            }
        }
        Slot defined = before < 0 ? null : s.slotAt(before);
        if (defined == null || !defined.isModel()) {
            return;
        }
        for (int k = article + 1; k <= article + 4 && k < s.size(); k++) {
            Slot base = s.slotAt(k);
            ExtractedEntity prefixed = base == null ? modelBeforeBased(ctx, s.word(k)) : null;
            if (prefixed != null && !prefixed.equals(defined.entity()) && definingNounAt(s, k + 1)) {
                // "which is a BLOOMZ-based model": a name the paper gives elsewhere, inside the adjective
                out.add(ctx.relation(defined.entity(), "basedOn", prefixed, null, s, 0.7, "basedOn-defined-as"));
                return;
            }
            if (base == null) {
                if (!(s.tagIs(k, "ADJ") || s.tagIs(k, "VERB") || s.tagIs(k, "NOUN") && s.word(k).contains("-"))) {
                    return; // "a fine-tuned", "a large": adjectives only before the base model
                }
                continue;
            }
            if (!base.isModel() || base.entity().equals(defined.entity())) {
                return;
            }
            // "a BERT-based model", "a T5-based model" (split by the tokenizer: "T5 - based"), "a BERT based model"
            int noun = BasedOnPrefixFinder.afterBasedAdjective(s::word, base.last());
            if (noun < 0) {
                noun = base.last() + 1;
                noun += s.word(noun).equals("-based") || s.word(noun).equals("based") ? 1 : 0;
            }
            if (definingNounAt(s, noun)) {
                out.add(ctx.relation(defined.entity(), "basedOn", base.entity(), null, s, 0.7, "basedOn-defined-as"));
            }
            return;
        }
    }

    /** Whether a model noun follows at k, after an optional "language"/"pre-trained": "model", "language model". */
    private static boolean definingNounAt(RelationSentence s, int k) {
        if (s.word(k).equals("language") || s.word(k).equals("pre-trained") || s.word(k).equals("pretrained")) {
            k++;
        }
        // "a BERT-based Natural Language Understanding (NLU) model": a capitalised task name and its
        // abbreviation may stand before the model noun
        for (int j = k; j < k + 8 && j < s.size() && s.slotAt(j) == null; j++) {
            String w = s.word(j);
            if (DEFINING_MODEL_NOUNS.contains(w)) {
                return true;
            }
            // "a BERT-based classical sentence encoder": lower-case describing words too
            if (!(s.capitalised(j) || w.equals("(") || w.equals(")") || s.tagIs(j, "ADJ") || s.tagIs(j, "NOUN"))) {
                return false;
            }
        }
        return false;
    }

    /** The paper's model named before "-based" in one word ("BLOOMZ-based"), or null. */
    private static ExtractedEntity modelBeforeBased(RelationContext ctx, String word) {
        String prefix = BasedOnPrefixFinder.basedPrefix(word);
        if (prefix == null) {
            return null;
        }
        String key = org.paperkg.nlp.NameKey.of(prefix);
        for (ExtractedEntity e : ctx.entities) {
            if (ctx.typeOf(e) == MentionType.MODEL && e.isCalled(key)) {
                return e;
            }
        }
        return null;
    }

    /** "we replace the backbone such as LLama or Vicuna with Mamba": the listed models are what it is not. */
    private static boolean replaced(RelationSentence s, int cue) {
        for (int k = RelationSubjects.clauseStart(s, cue); k < cue; k++) {
            if (s.slotAt(k) == null && (REPLACING.contains(s.word(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After "base" or "backbone": an optional model noun ("LLMs", "language models") and a list word
     * ("including", "such as", "like", "e.g."); the token where the list starts, or 0.
     */
    private static int listAfterBaseNoun(RelationSentence s, int t) {
        int k = t;
        if (s.word(k).equals("language") || s.word(k).equals("vision")) {
            k++;
        }
        if (BASE_NOUNS.contains(s.word(k))) {
            k++;
        }
        if (s.word(k).equals(",") || s.word(k).equals("(")) {
            k++;
        }
        if (s.word(k).equals("such") && s.word(k + 1).equals("as")) {
            return k + 2;
        }
        return s.word(k).equals("including") || s.word(k).equals("like") || s.word(k).startsWith("e.g") ? k + 1 : 0;
    }

    /**
     * "By training over different base LLMs including TinyLlama1.1B, InternLM2-7B and Mixtral8x7B, we
     * obtain ...": the listed models are what the subject (here the paper's own model) starts from.
     */
    private static void baseList(RelationContext ctx, RelationSentence s, int cue, int from, List<ExtractedRelation> out) {
        List<Slot> bases = RelationLists.after(s, from, MODEL, 1, false);
        if (bases.isEmpty() || replaced(s, cue)) {
            return;
        }
        List<ExtractedEntity> subjects = RelationSubjects.subjectEntities(s, cue, MODEL, ctx, RelationSubjects.We.ALWAYS);
        if (subjects.isEmpty()) {
            // The list may open the sentence ("With base models such as A and B, we build M"): the clause
            // after it says who.
            subjects = afterComma(ctx, s, bases.get(bases.size() - 1).last());
        }
        for (ExtractedEntity subject : subjects) {
            for (Slot base : bases) {
                if (!base.entity().equals(subject) && !possessive(s, base)) {
                    out.add(ctx.relation(subject, "basedOn", base.entity(), null, s, 0.6, "basedOn-base-list"));
                }
            }
        }
    }

    /** "pre-trained using ... the SwinV2 architecture", "based on the LLaMA2 architecture", "with a Qwen backbone". */
    private static void architecture(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        Slot base = s.slotAt(i - 1);
        if (base == null || !base.isModel()) {
            return;
        }
        boolean cue = false;
        for (int k = base.first() - 1; k >= Math.max(0, base.first() - 4); k--) {
            String w = s.word(k);
            if (w.equals("using") || w.equals("uses") || w.equals("use") || w.startsWith("adopt") || w.equals("with")
                    || w.equals("following") || w.equals("follows") || w.equals("same")) {
                cue = true;
                break;
            }
            if (s.slotAt(k) != null || !(s.tagIs(k, "DET") || s.tagIs(k, "ADJ") || s.tagIs(k, "NOUN"))) {
                break;
            }
        }
        if (!cue) {
            return;
        }
        for (ExtractedEntity subject : RelationSubjects.subjectEntities(s, base.first(), MODEL, ctx, RelationSubjects.We.ALWAYS)) {
            if (!subject.equals(base.entity())) {
                out.add(ctx.relation(subject, "basedOn", base.entity(), null, s, 0.6, "basedOn-architecture"));
            }
        }
    }

    /** "a continued pre-training of N", "by continued pretraining of N": the model made continues N. */
    private static boolean continuedTraining(RelationSentence s, int i) {
        String w = s.word(i);
        return (w.equals("pre-training") || w.equals("pretraining") || w.equals("training")) && afterContinued(s, i);
    }

    /** Whether "continued" or "continual" stands before token {@code i}: "continued pre-training". */
    static boolean afterContinued(RelationSentence s, int i) {
        return s.word(i - 1).equals("continued") || s.word(i - 1).equals("continual");
    }

    /** The "same" of "the same [modifiers] architecture [and tokenizer] as" ending at {@code as}, or -1. */
    private static int sameArchitectureBefore(RelationSentence s, int as) {
        boolean architecture = false;
        for (int k = as - 1; k >= Math.max(0, as - 7); k--) {
            if (s.slotAt(k) != null) {
                return -1;
            }
            String w = s.word(k);
            architecture |= w.equals("architecture") || w.equals("architectures");
            if (w.equals("same")) {
                return architecture ? k : -1;
            }
            if (w.equals(",") || w.equals(".") || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** After "inherits": "the architecture of", "the same architecture as", "its weights from"; the token after, or 0. */
    private static int inheritedPartOf(RelationSentence s, int t) {
        int k = t;
        while (k < t + 4 && s.slotAt(k) == null && (s.tagIs(k, "DET") || s.word(k).equals("same") || s.word(k).equals("its")
                || s.word(k).equals("their") || s.word(k).equals("model") || s.word(k).equals("overall")
                || s.word(k).equals("pre-trained") || s.word(k).equals("pretrained"))) {
            k++;
        }
        if (!BASE_PARTS.contains(s.word(k))) {
            return 0;
        }
        String w = s.word(k + 1);
        return w.equals("of") || w.equals("from") || w.equals("as") ? k + 2 : 0;
    }

    /** "Megalodon inherits the architecture of Mega", "M adopts the same architecture as N". */
    private static void inherited(RelationContext ctx, RelationSentence s, int cue, int from, List<ExtractedRelation> out) {
        List<Slot> bases = RelationLists.after(s, from, MODEL, 1, false);
        if (bases.isEmpty()) {
            return;
        }
        for (ExtractedEntity subject : RelationSubjects.subjectEntities(s, cue, MODEL, ctx, RelationSubjects.We.NEVER)) {
            for (Slot base : bases) {
                if (!base.entity().equals(subject) && !possessive(s, base)) {
                    out.add(ctx.relation(subject, "basedOn", base.entity(), null, s, 0.65, "basedOn-inherits"));
                }
            }
        }
    }

    /** "We also introduce its graph-contextual variant, LC-PLM-G": a variant of the paper's own model. */
    private static void ownVariant(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        boolean its = false;
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (s.word(k).equals("its")) {
                its = true;
            }
        }
        ExtractedEntity base = ctx.own.primary();
        if (!its || base == null) {
            return;
        }
        int t = i + 1;
        if (s.word(t).equals(",")) {
            t++;
        }
        Slot variant = s.slotAt(t);
        if (variant != null && variant.isModel() && !variant.entity().equals(base)) {
            out.add(ctx.relation(variant.entity(), "basedOn", base, null, s, 0.6, "basedOn-its-variant"));
        }
    }

    /** The cue's object list after {@code from}; the subject before {@code cue}. */
    private static void objectAfter(RelationContext ctx, RelationSentence s, int cue, int from, String rule,
                                    double confidence, List<ExtractedRelation> out) {
        List<Slot> objects = RelationLists.after(s, from, MODEL_OR_DATA, 6, false);
        if (objects.isEmpty()) {
            return;
        }
        if (COMBINING.contains(s.word(cue)) && s.word(objects.get(objects.size() - 1).last() + 1).equals("with")) {
            // "merging Llama-3.1-70B-Instruct with Hermes 3 70B": both go into the merged model
            objects = new ArrayList<>(objects);
            objects.addAll(RelationLists.after(s, objects.get(objects.size() - 1).last() + 2, MODEL, 1, false));
        }
        Slot mainSubject = cue <= 1 ? openingPhraseSubject(s, objects) : null;
        if (mainSubject != null) {
            // "Building on Ferret-UI, Ferret-UI 2 introduces ...": the name after the comma is the subject.
            objects = objects.subList(0, objects.size() - 1);
        }
        // "we fine-tune from N" is the paper's model; "we use data obtained from N" is not.
        RelationSubjects.We we = LOOSE_FROM_VERBS.contains(s.word(cue)) ? RelationSubjects.We.NEVER
                : RelationSubjects.We.ALWAYS;
        List<ExtractedEntity> subjects = s.word(cue).equals("based") || s.word(cue).equals("built")
                ? RelationSubjects.ofParticiple(s, cue, MODEL, ctx)
                : RelationSubjects.unnamedModelBefore(s, cue) ? List.of()
                : RelationSubjects.subjectEntities(s, cue, MODEL, ctx, we);
        if (subjects.isEmpty() && (s.word(cue).equals("based") || s.word(cue).equals("built"))) {
            int opener = listOpenerAfter(s, cue, objects);
            if (opener > 0) {
                List<Slot> members = RelationLists.after(s, opener, MODEL, 0, false);
                objects = objects.stream().filter(o -> o.last() < opener).toList();
                subjects = members.stream().map(Slot::entity).toList();
            }
        }
        if (subjects.isEmpty() && mainSubject != null && mainSubject.isModel()) {
            subjects = List.of(mainSubject.entity());
        } else if (subjects.isEmpty() && cue <= 1) {
            // "Building upon UltraChat, we fine-tune ... UltraLLaMA": the clause after the comma says who.
            subjects = afterComma(ctx, s, objects.get(objects.size() - 1).last());
        }
        for (ExtractedEntity subject : subjects) {
            for (Slot o : objects) {
                if (o.entity().equals(subject) || possessive(s, o)) {
                    continue; // "combines Mamba's efficiency with ...": a property of Mamba, not Mamba
                }
                if (o.isModel()) {
                    out.add(ctx.relation(subject, "basedOn", o.entity(), null, s, confidence, rule));
                } else if (rule.equals("basedOn-built-on")) {
                    out.add(ctx.relation(subject, "trainedOn", o.entity(), null, s, confidence, "trainedOn-built-on"));
                }
            }
        }
    }

    /**
     * "several models based on T5: mT5, ByT5 and Flan-T5", "three models built on LLaMA-2, namely Vicuna and
     * Alpaca": the participle describes a plural model noun, and a list after the base, opened by a colon,
     * a bracket or a list word, names the models it describes. The token where that list starts, or 0.
     */
    private static int listOpenerAfter(RelationSentence s, int cue, List<Slot> objects) {
        int noun = cue - 1;
        while (noun >= 0 && s.slotAt(noun) == null && s.tagIs(noun, "ADV")) {
            noun--;
        }
        if (s.slotAt(noun) != null || !RelationWords.MODEL_PLURALS.contains(s.word(noun).toLowerCase(java.util.Locale.ROOT))) {
            return 0;
        }
        for (Slot base : objects) {
            int k = base.last() + 1;
            if (s.word(k).equals(":") || s.word(k).equals("(")) {
                return k + 1;
            }
            if (s.word(k).equals(",") && RelationWords.ITEM_INTRODUCERS.contains(s.word(k + 1))) {
                return k + 2;
            }
            if (s.word(k).equals(",") && s.word(k + 1).equals("such") && s.word(k + 2).equals("as")) {
                return k + 3;
            }
        }
        return 0;
    }

    /**
     * In an opening phrase ("Building on N, M introduces ..."), the list after the cue runs on into the
     * main clause's subject: the last item, after a bare comma, with no conjunction in the list and no
     * list word after it, is that subject. Null if the list does not end so.
     */
    static Slot openingPhraseSubject(RelationSentence s, List<Slot> objects) {
        if (objects.size() < 2) {
            return null;
        }
        Slot last = objects.get(objects.size() - 1);
        Slot before = objects.get(objects.size() - 2);
        if (!s.word(last.first() - 1).equals(",") || last.first() - 1 != before.last() + 1) {
            return null;
        }
        for (int k = objects.get(0).last() + 1; k < last.first(); k++) {
            if (s.slotAt(k) == null && (s.word(k).equals("and") || s.word(k).equals("or") || s.word(k).equals("&"))) {
                return null;
            }
        }
        String next = s.word(last.last() + 1);
        if (RelationWords.GLUE.contains(next) || next.equals(".") || next.isEmpty()) {
            return null;
        }
        return last;
    }

    /** The subject of the main clause after an opening participle phrase: a named model, else the own model for "we". */
    static List<ExtractedEntity> afterComma(RelationContext ctx, RelationSentence s, int from) {
        int comma = from + 1;
        while (comma < s.size() && !s.word(comma).equals(",")) {
            comma++;
        }
        List<ExtractedEntity> out = new ArrayList<>();
        for (int k = comma + 1; k < RelationSubjects.clauseEnd(s, comma); k++) {
            if (s.slotAt(k) == null && PRODUCING.contains(s.word(k))) {
                // "..., we fine-tune a LLaMA model to create ... UltraLLaMA": the product is the subject.
                for (Slot made : products(s, k)) {
                    out.add(made.entity());
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        for (Slot slot : RelationSubjects.after(s, comma, MODEL)) {
            out.add(slot.entity());
        }
        if (out.isEmpty() && s.word(comma + 1).equals("we") && ctx.own.primary() != null) {
            out.add(ctx.own.primary());
        }
        return out;
    }

    /**
     * The models made by what comes before token {@code from}: "[fine-tune N on D] to produce M", "...,
     * resulting in M", "..., which we call M"; empty if no producing word follows within a few words.
     */
    static List<ExtractedEntity> productAfter(RelationSentence s, int from) {
        List<ExtractedEntity> out = new ArrayList<>();
        // "adapt BERT to the biomedical domain, yielding BioBERT": a short purpose or domain may come first
        for (int k = from; k < Math.min(s.size(), from + 8); k++) {
            if (s.slotAt(k) != null || s.word(k).equals(".") || s.word(k).equals(";")) {
                break;
            }
            if (PRODUCING.contains(s.word(k))) {
                for (Slot m : products(s, k)) {
                    if (m.isModel()) {
                        out.add(m.entity());
                    }
                }
                break;
            }
        }
        return out;
    }

    /** Participles before "by" + gerund that say how the subject was made: "M is obtained by fine-tuning N". */
    private static final Set<String> MADE = Set.of("obtained", "created", "built", "developed", "derived", "produced",
            "made", "constructed", "trained", "initialized", "initialised");

    /**
     * Verbs of making whose object a "by fine-tuning N" after it tells how it was made ("we develop M by
     * fine-tuning N"): the participles above and their present forms.
     */
    private static final Set<String> MAKING = java.util.stream.Stream.concat(MADE.stream(),
            java.util.stream.Stream.of("develop", "build", "create", "construct", "obtain", "produce", "derive", "train",
                    "make", "initialize", "initialise")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "We further develop the first open-source generalist model for tables, TableLlama, by fine-tuning Llama 2":
     * the model named right before the "by" (a comma between), when a verb of making stands before it in the
     * sentence with no other model between; empty otherwise.
     */
    private static List<ExtractedEntity> madeObjectBeforeBy(RelationSentence s, int by) {
        int k = s.word(by - 1).equals(",") ? by - 2 : by - 1;
        Slot product = s.slotAt(k);
        if (product == null || !product.isModel() || product.last() != k) {
            return List.of();
        }
        for (int j = product.first() - 1; j >= Math.max(0, product.first() - 14); j--) {
            if (s.slotAt(j) != null || s.word(j).equals(";") || s.word(j).equals(".")) {
                return List.of();
            }
            if (MAKING.contains(s.word(j))) {
                return List.of(product.entity());
            }
        }
        return List.of();
    }

    /** Nouns of "M is the result of fine-tuning N". */
    private static final Set<String> RESULT_NOUNS = Set.of("result", "product", "outcome");

    /**
     * "Foo-Med is obtained by fine-tuning Mistral 7B on MedQA", "M, created by continually pre-training N",
     * "M is the result of fine-tuning N":
     * the model made, named before the participle; empty when the gerund is not so introduced.
     */
    static List<ExtractedEntity> madeByGerund(RelationContext ctx, RelationSentence s, int gerund) {
        int by = gerund - 1;
        if (s.word(by).equals("further") || s.word(by).equals("continually") || s.word(by).equals("continued")
                || s.word(by).equals("supervised")) {
            by--;
        }
        if (!s.word(gerund).endsWith("ing")) {
            return List.of();
        }
        if (s.word(by).equals("of") && RESULT_NOUNS.contains(s.word(by - 1)) && s.word(by - 2).equals("the")
                && (s.word(by - 3).equals("is") || s.word(by - 3).equals("was"))) {
            // "CUNI-MH is the result of fine-tuning Mistral 7B": what the copula's subject was made by
            return RelationSubjects.subjectEntities(s, by - 3, MODEL, ctx);
        }
        if (!s.word(by).equals("by") || !MADE.contains(s.word(by - 1))) {
            return List.of();
        }
        return RelationSubjects.ofParticiple(s, by - 1, MODEL, ctx);
    }

    /** The models a producing word names: "to create a powerful model, UltraLLaMA", "resulting in the creation of StarCoder". */
    private static List<Slot> products(RelationSentence s, int producing) {
        List<Slot> made = RelationLists.after(s, producing + 1, MODEL, 10, false);
        return made.isEmpty() ? RelationLists.after(s, producing + 1, MODEL, 10, true) : made;
    }

    /**
     * For an opening phrase "After/By fine-tuning N (on D), M ...": M, the model the main clause is
     * about; empty when the training word does not open such a phrase.
     */
    static List<ExtractedEntity> productAfterOpening(RelationContext ctx, RelationSentence s, int verb, Slot object) {
        String before = s.word(verb - 1).equals("supervised") ? s.word(verb - 2) : s.word(verb - 1);
        if (!s.word(verb).endsWith("ing") || !(before.equals("after") || before.equals("by"))) {
            return List.of();
        }
        List<ExtractedEntity> made = new ArrayList<>(afterComma(ctx, s, object.last()));
        made.remove(object.entity());
        return made;
    }

    private static boolean possessive(RelationSentence s, Slot o) {
        String after = s.textAfter(o, 3);
        return after.startsWith("'s") || after.startsWith("’s");
    }

    /** "as the base model", "as its backbone", "as initialization". */
    private static boolean baseNounAfter(RelationSentence s, int t) {
        for (int k = t; k < Math.min(s.size(), t + 4); k++) {
            String w = s.word(k);
            if (w.equals("base") || w.equals("backbone") || w.equals("backbones") || w.equals("initialization")
                    || w.equals("starting")) {
                return true;
            }
            if (!s.tagIs(k, "DET") && !s.tagIs(k, "ADJ") && !s.tagIs(k, "PRON") && !s.tagIs(k, "NOUN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code family}'s name begins {@code member}'s ("OLMo 2" and "OLMo 2 7B"): further training of a
     * member of the paper's own family is that member's story, not a new model made from it.
     */
    private static boolean familyOf(ExtractedEntity family, ExtractedEntity member) {
        return member.key().startsWith(family.key()); // the keys ignore case, spaces, hyphens and dots
    }

    /** Verbs whose subject is what comes after "as": "N serves as the backbone of M". */
    private static final Set<String> SERVING = Set.of("serves", "serve", "served", "serving", "acts", "act", "acted",
            "acting", "functions");

    /**
     * "Llama-3.1-Nemotron-70B-Instruct serves as the backbone of our reward model, Nemotron-RM-70B": the
     * subject of "serves" is the base of the model after "of" (the first one named within a few words).
     */
    private static void servesAsBase(RelationContext ctx, RelationSentence s, int as, List<ExtractedRelation> out) {
        int of = as + 1;
        while (of < Math.min(s.size(), as + 6) && !s.word(of).equals("of")) {
            of++;
        }
        if (of >= s.size() || !s.word(of).equals("of")) {
            return;
        }
        // the product is named by the noun phrase after "of" ("our reward model, Nemotron-RM-70B"), not
        // by a later clause ("of the retriever and Mistral-7B acts as ...")
        Slot made = null;
        for (int k = of + 1; k < Math.min(s.size(), of + 7) && made == null; k++) {
            if (s.slotAt(k) != null) {
                made = s.slotAt(k);
            } else if (!(s.tagIs(k, "DET") || s.tagIs(k, "PRON") || s.tagIs(k, "ADJ") || s.tagIs(k, "NOUN")
                    || s.word(k).equals(","))) {
                return;
            }
        }
        if (made == null || !made.isModel()) {
            return;
        }
        for (ExtractedEntity base : RelationSubjects.subjectEntities(s, as - 1, MODEL, ctx, RelationSubjects.We.NEVER)) {
            if (!made.entity().equals(base)) {
                out.add(ctx.relation(made.entity(), "basedOn", base, null, s, 0.7, "basedOn-serves-as-base"));
            }
        }
    }

    /** "T1 with Qwen2.5-32B as the base model": the base is the model right before "as". */
    private static void asBase(RelationContext ctx, RelationSentence s, int as, List<ExtractedRelation> out) {
        if (SERVING.contains(s.word(as - 1))) {
            servesAsBase(ctx, s, as, out);
            return;
        }
        Slot base = s.slotAt(as - 1);
        if (base == null && s.tagIs(as - 1, "NOUN")) {
            base = s.slotAt(as - 2); // "Qwen2.5-32B model as the base"
        }
        if (base == null || !base.isModel()) {
            return;
        }
        // "M with N as the base model", "using N as the backbone": N is taken, not released, as a base.
        int k = base.first() - 1;
        while (k >= 0 && s.slotAt(k) == null && (s.tagIs(k, "DET") || s.tagIs(k, "ADJ"))) {
            k--;
        }
        String taker = s.word(k);
        if (!(taker.equals("with") || taker.equals("using") || taker.equals("use") || taker.equals("uses")
                || taker.startsWith("adopt") || taker.startsWith("tak") || taker.startsWith("employ"))) {
            return;
        }
        for (ExtractedEntity subject : RelationSubjects.subjectEntities(s, base.first(), MODEL, ctx)) {
            if (!subject.equals(base.entity())) {
                out.add(ctx.relation(subject, "basedOn", base.entity(), null, s, 0.7, "basedOn-as-base"));
            }
        }
    }

    /**
     * "fine-tune a small, offline model (Llama-3-8B) with this data": a noun phrase for a model, of determiners,
     * adjectives and commas, whose bracket names it; empty when the words from {@code t} have another shape.
     */
    private static List<Slot> namedInBrackets(RelationSentence s, int t) {
        for (int k = t; k < Math.min(s.size(), t + 8); k++) {
            if (s.slotAt(k) != null) {
                return List.of();
            }
            String w = s.word(k);
            if ((w.equals("model") || w.equals("llm") || w.equals("backbone")) && s.word(k + 1).equals("(")) {
                Slot named = s.slotAt(k + 2);
                return named != null && named.isModel() && s.word(named.last() + 1).equals(")") ? List.of(named) : List.of();
            }
            if (!(s.tagIs(k, "DET") || s.tagIs(k, "ADJ") || s.tagIs(k, "NOUN") || w.equals(","))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "fine-tune Qwen2.5-32B-Instruct on this dataset to produce M1-32B", "continue training PaLM ... which
     * we call U-PaLM", "After finetuning Qwen2.5-32B-Instruct on s1K ..., our model s1 exceeds ...",
     * "presenting the Sheared-LLaMA series, pruning the LLaMA2-7B model".
     */
    private static void startedFrom(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        int t = i + 1;
        if (s.word(t).equals("training") || s.word(t).equals("pre-training") || s.word(t).equals("pretraining")) {
            t++;
        }
        List<Slot> starts = RelationLists.after(s, t, MODEL, 3, false);
        if (starts.isEmpty()) {
            starts = namedInBrackets(s, t);
        }
        if (starts.size() != 1) {
            return;
        }
        Slot start = starts.get(0);
        for (ExtractedEntity made : madeByGerund(ctx, s, i)) {
            if (!made.equals(start.entity())) {
                out.add(ctx.relation(made, "basedOn", start.entity(), null, s, 0.7, "basedOn-made-by-tuning"));
            }
        }
        int end = RelationSubjects.clauseEnd(s, start.last());
        for (int k = start.last() + 1; k < Math.min(end, start.last() + 24); k++) {
            if (s.slotAt(k) != null) {
                if (s.slotAt(k).isModel()) {
                    break; // another model before the product: not this pattern
                }
                k = s.slotAt(k).last();
                continue;
            }
            if (s.word(k).equals(".")) {
                break;
            }
            if (PRODUCING.contains(s.word(k)) || k == start.last() + 1 && s.word(k).equals("into")) {
                // "to create M", "which we call M"; "upcycle N into M", "distill N into M"
                List<Slot> made = products(s, k);
                for (Slot m : made) {
                    if (!m.entity().equals(start.entity())) {
                        out.add(ctx.relation(m.entity(), "basedOn", start.entity(), null, s, 0.7, "basedOn-tuned-to-create"));
                    }
                }
                if (!made.isEmpty()) {
                    return;
                }
            }
        }
        String before = s.word(i - 1).equals("supervised") ? s.word(i - 2) : s.word(i - 1);
        ExtractedEntity own = ctx.own.primary();
        if (before.equals("we") && !PLAIN_TRAINING.contains(s.word(i)) && own != null && !own.equals(start.entity())
                && ctx.typeOf(own) == MentionType.MODEL && !familyOf(own, start.entity())) {
            // "we fine-tuned Meta AI's LLaMA-2-7B ... as a research assistant" in a paper that presents its
            // own model and names no other product here: the own model is the one made from it
            out.add(ctx.relation(own, "basedOn", start.entity(), null, s, 0.55, "basedOn-we-tuned"));
            return;
        }
        if (s.word(i).endsWith("ing") && (before.equals("after") || before.equals("by") || before.equals(","))) {
            List<ExtractedEntity> made = before.equals(",")
                    ? RelationSubjects.subjectEntities(s, i - 1, MODEL, ctx, RelationSubjects.We.NEVER)
                    : productAfterOpening(ctx, s, i, start);
            if (made.isEmpty() && before.equals("by")) {
                made = madeObjectBeforeBy(s, i - 1); // "We develop TableLlama by fine-tuning Llama 2"
            }
            for (ExtractedEntity m : made) {
                if (!m.equals(start.entity())) {
                    out.add(ctx.relation(m, "basedOn", start.entity(), null, s, 0.6, "basedOn-after-tuning"));
                }
            }
        }
    }
}
