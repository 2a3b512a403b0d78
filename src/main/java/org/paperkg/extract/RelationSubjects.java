package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;

/**
 * Finds who a cue is about. Abstracts put the model that acts first in its clause, and the models it is
 * compared with, trained from or evaluated against after a preposition or a comparison verb; so the
 * subject of a cue is the nearest mention before it in the same clause that no such word governs
 * ("T1 with Qwen2.5-32B as the base model outperforms ..." is about T1), together with the mentions
 * coordinated with it ("phi-3-small and phi-3-medium, both more capable than ...").
 */
final class RelationSubjects {
    private RelationSubjects() {}

    /** Words that stand for the paper's own model when it is the subject. */
    private static final Set<String> MODEL_HEADS = Set.of("model", "models", "system", "systems", "llm", "llms", "mllm",
            "vlm", "variant", "variants", "checkpoint", "checkpoints", "family", "series", "method", "approach",
            "framework");

    /** The first token of the clause that contains token i. */
    static int clauseStart(RelationSentence s, int i) {
        for (int t = i - 1; t >= 0; t--) {
            if (s.slotAt(t) == null && isBreak(s, t)) {
                return t + 1;
            }
        }
        return 0;
    }

    /** The token after the clause that contains token i. */
    static int clauseEnd(RelationSentence s, int i) {
        for (int t = i + 1; t < s.size(); t++) {
            if (s.slotAt(t) == null && isBreak(s, t)) {
                return t;
            }
        }
        return s.size();
    }

    private static boolean isBreak(RelationSentence s, int t) {
        String w = s.word(t);
        if (enumerator(s, t)) {
            return true;
        }
        if (w.equals("but")) {
            // "not only ... but also" keeps the subject, and so does a second verb phrase: "TinyLlama adopts
            // the architecture of Llama 2 but is trained on SlimPajama"
            return !s.word(t + 1).equals("also") && !(s.tagIs(t + 1, "AUX") || s.tagIs(t + 1, "VERB"));
        }
        return RelationWords.CLAUSE_BREAKS.contains(w);
    }

    /** Markers that number the items of a run-on sentence: "(a)", "(ii)", "(3)". */
    private static final java.util.regex.Pattern ITEM_MARK = java.util.regex.Pattern.compile("[a-h]|[ivx]{1,4}|[1-9]");

    /**
     * Whether token {@code t} closes an item marker ("... compared to LegalBench, (c) even the best
     * model ..."): each numbered item is a clause of its own, whatever comes before it.
     */
    static boolean enumerator(RelationSentence s, int t) {
        return s.word(t).equals(")") && t >= 2 && s.word(t - 2).equals("(") && s.slotAt(t - 1) == null
                && ITEM_MARK.matcher(s.word(t - 1)).matches();
    }

    /**
     * The subject mentions of a cue at token {@code cue}: the nearest ungoverned mention of the kind
     * before it in its clause, with its coordinated mentions; empty if there is none.
     */
    static List<Slot> before(RelationSentence s, int cue, Predicate<Slot> kind) {
        int start = clauseStart(s, cue);
        Slot antecedent = relativeAntecedent(s, start, cue, kind);
        if (antecedent == null) {
            antecedent = appositionHead(s, start, cue, kind);
        }
        if (antecedent != null) {
            return List.of(antecedent);
        }
        for (int k = s.slots().size() - 1; k >= 0; k--) {
            Slot slot = s.slots().get(k);
            if (slot.last() >= cue || slot.first() < start || !kind.test(slot)) {
                continue;
            }
            if (!governed(s, slot)) {
                return withCoordinated(s, slot, kind);
            }
        }
        return List.of();
    }

    /**
     * The mention a relative "which"/"who" before the cue stands for: "GPT-4 outperforms GPT-3.5, which in
     * turn outperforms Claude v1", "we fine-tune Llama-2, which was trained on D". The mention right before
     * ", which", even as the object of the main verb; null when there is none or a name comes between the
     * pronoun and the cue (then the cue has its own subject).
     */
    private static Slot relativeAntecedent(RelationSentence s, int start, int cue, Predicate<Slot> kind) {
        for (int t = cue - 1; t >= Math.max(start + 2, cue - 6); t--) {
            if (s.slotAt(t) != null) {
                return null;
            }
            if ((s.word(t).equals("which") || s.word(t).equals("who")) && s.word(t - 1).equals(",")) {
                Slot named = s.slotAt(t - 2);
                return named != null && kind.test(named) ? named : null;
            }
        }
        return null;
    }

    /**
     * The mention an apposition right before the cue describes: "Sentence-BERT, a BERT-based classical sentence
     * encoder, outperformed PaLM" is said of Sentence-BERT, not of the BERT inside its description. Null when no
     * apposition (", a/an/the ... ,") closes right before the cue or no mention of the kind stands before it.
     */
    private static Slot appositionHead(RelationSentence s, int start, int cue, Predicate<Slot> kind) {
        int close = cue - 1;
        while (close > start && s.tagIs(close, "ADV") && s.slotAt(close) == null) {
            close--; // "..., also outperformed"
        }
        if (close <= start || !s.word(close).equals(",")) {
            return null;
        }
        for (int t = close - 2; t >= Math.max(start + 1, close - 12); t--) {
            String w = s.word(t);
            if (s.slotAt(t) == null && (w.equals(";") || w.equals("which") || w.equals("who") || w.equals("and"))) {
                return null;
            }
            if (w.equals(",") && s.slotAt(t) == null && (s.word(t + 1).equals("a") || s.word(t + 1).equals("an")
                    || s.word(t + 1).equals("the"))) {
                Slot named = s.slotAt(t - 1);
                return named != null && kind.test(named) ? named : null;
            }
        }
        return null;
    }

    /** The first ungoverned mention of the kind after token {@code from} in its clause, with its coordinated ones. */
    static List<Slot> after(RelationSentence s, int from, Predicate<Slot> kind) {
        int end = clauseEnd(s, from);
        for (Slot slot : s.slots()) {
            if (slot.first() <= from || slot.first() >= end || !kind.test(slot)) {
                continue;
            }
            if (!governed(s, slot)) {
                return RelationLists.after(s, slot.first(), kind, 0, false);
            }
        }
        return List.of();
    }

    /**
     * When "we" stands for the paper's own model: never (training: "we train NeRFs on D"), with a
     * result verb ("we achieve 90% on B", not "we find that X improves"), or always (derivation: "we
     * continue pre-training from GLM-4-9B").
     */
    enum We { NEVER, RESULT, ALWAYS }

    /** The subject of a cue: a named mention if there is one, else "it"/"our model"/"we achieve" standing for a model. */
    static List<ExtractedEntity> subjectEntities(RelationSentence s, int cue, Predicate<Slot> kind, RelationContext ctx) {
        return subjectEntities(s, cue, kind, ctx, We.RESULT);
    }

    /** As above, with the given reading of "we". */
    static List<ExtractedEntity> subjectEntities(RelationSentence s, int cue, Predicate<Slot> kind, RelationContext ctx,
                                                 We we) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (Slot slot : before(s, cue, kind)) {
            if (!out.contains(slot.entity())) {
                out.add(slot.entity());
            }
        }
        if (out.isEmpty()) {
            ExtractedEntity e = pronounSubject(ctx, s, cue, we);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The model a pronoun subject before {@code cue} stands for: "our model", "this model", "the system",
     * "we" (if allowed) are the paper's own model; "it" is the subject of the sentence before when that
     * names a model ("The GLM-4 All Tools model is further aligned ... it surpasses GPT-4 All Tools"),
     * else the paper's own model. Null if there is no such pronoun.
     */
    static ExtractedEntity pronounSubject(RelationContext ctx, RelationSentence s, int cue, We we) {
        int start = clauseStart(s, cue);
        for (int t = start; t < cue; t++) {
            if (s.slotAt(t) != null) {
                continue;
            }
            String w = s.word(t);
            if (w.equals("we") && (we == We.ALWAYS || we == We.RESULT && weReportsResult(s, t))) {
                return ctx.own.primary();
            }
            if (w.equals("it") && !expletive(s, t) && !governedToken(s, t)) {
                ExtractedEntity previous = previousSubject(ctx, s);
                return previous != null ? previous : ctx.own.primary();
            }
            if (w.equals("our") || w.equals("this") || w.equals("the")) {
                for (int k = t + 1; k <= t + 4 && k < cue; k++) {
                    if (s.slotAt(k) != null) {
                        break;
                    }
                    if (MODEL_HEADS.contains(s.word(k))) {
                        boolean opensClause = t == 0 || s.word(t - 1).equals(",");
                        if (w.equals("the") && !isFinal(s, t + 1, k) && !(k == t + 1 && s.word(k).equals("system"))
                                && !(k == t + 1 && s.word(k).equals("model") && opensClause)) {
                            // "The model exceeds X", "Evaluated on D, the model trails X": as the subject of its
                            // clause, "the model" of a paper that presents one is that model
                            break;
                        }
                        if (t >= 2 && s.word(t - 1).equals(",") && s.slotAt(t - 2) != null && s.slotAt(t - 2).isModel()
                                && s.word(k + 1).equals(",")) {
                            // "Foo-7B, our smallest model, achieves": the apposition describes the name before it
                            return s.slotAt(t - 2).entity();
                        }
                        if (!governedToken(s, t)) {
                            if (w.equals("the")) {
                                // like "it": the model the sentence before is about, else the own model named last
                                ExtractedEntity previous = previousSubject(ctx, s);
                                ExtractedEntity latest = previous != null ? previous : ctx.own.latestBefore(s.start());
                                return latest != null ? latest : ctx.own.primary();
                            }
                            return ctx.own.primary();
                        }
                        break;
                    }
                }
            }
        }
        return null;
    }

    /** Verbs with which "we" states the own model's result: "we achieve 90% on B", "we set a new state of the art". */
    private static final Set<String> WE_RESULT = Set.of("achieve", "achieved", "obtain", "obtained", "reach", "reached",
            "attain", "attained", "set", "outperform", "outperformed", "surpass", "surpassed", "beat", "exceed",
            "exceeded", "deliver", "establish", "match", "report", "present", "release", "observe");

    /**
     * "We achieve SOTA results on B" speaks of the own model; "we find that X improves ..." or "we show
     * that ..." does not: the subject of the result follows "that".
     */
    private static boolean weReportsResult(RelationSentence s, int we) {
        int t = we + 1;
        while (s.word(t).equals("also") || s.word(t).equals("further") || s.word(t).equals("then")
                || s.word(t).equals("additionally") || s.word(t).equals("significantly")) {
            t++;
        }
        if ((s.word(t).equals("are") || s.word(t).equals("were")) && s.word(t + 1).equals("able") && s.word(t + 2).equals("to")) {
            t += 3; // "we are able to achieve state-of-the-art results"
        } else if (s.word(t).equals("can") || s.word(t).equals("could")) {
            t++;
        }
        String verb = s.word(t);
        if (WE_RESULT.contains(verb)) {
            return true;
        }
        return (verb.startsWith("demonstrat") || verb.startsWith("show")) && !s.word(t + 1).equals("that");
    }

    /** The first model the previous sentence names as a subject, or null. */
    private static ExtractedEntity previousSubject(RelationContext ctx, RelationSentence s) {
        if (s.index() <= 1) {
            return null; // the title is not the sentence before the abstract's first
        }
        RelationSentence prev = ctx.sentences.get(s.index() - 1);
        for (Slot slot : prev.slots()) {
            if (slot.isModel() && !governed(prev, slot)) {
                return slot.entity();
            }
        }
        return null;
    }

    /**
     * "Evaluations show strong performance: ... on LMSYS Chatbot Arena", "Extensive experiments
     * demonstrate ...": a sentence that reports the paper's results and names no model of its own.
     */
    static boolean reportsOwnResults(RelationSentence s) {
        int t = 0;
        if (s.word(t).equals("extensive") || s.word(t).equals("comprehensive") || s.word(t).equals("empirical")
                || s.word(t).equals("our")) {
            t++;
        }
        String w = s.word(t);
        if (!(w.equals("experiments") || w.equals("evaluations") || w.equals("results") || w.equals("evaluation"))) {
            return false;
        }
        for (Slot slot : s.slots()) {
            if (slot.isModel() && !governed(s, slot)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who a participle cue ("trained on", "based on") is about: the mention right before it
     * ("StarCoder2-3B, pretrained on", "LC-PLM based on"), nobody when a plain noun is ("NeRFs trained
     * on ShapeNet", "larger architectures based on Qwen2.5"), else the clause's subject.
     */
    static List<ExtractedEntity> ofParticiple(RelationSentence s, int cue, Predicate<Slot> kind, RelationContext ctx) {
        int k = cue - 1;
        while (k >= 0 && s.slotAt(k) == null && (s.word(k).equals(",") || copula(s.word(k)) || s.tagIs(k, "ADV"))) {
            k--;
        }
        if (s.word(k).equals(")") && s.word(k - 2).equals("(") && s.slotAt(k - 1) == null) {
            k -= 3; // "a Large Language Model (LLM) based on Vicuna-7B": the abbreviation repeats the noun before it
        }
        Slot right = s.slotAt(k);
        if (right != null) {
            Slot version = versionNamed(s, right);
            if (version != null && kind.test(version)) {
                return List.of(version.entity());
            }
            return kind.test(right) ? coordinatedBefore(s, right, kind) : List.of();
        }
        if (s.tagIs(k, "NOUN") && !MODEL_HEADS.contains(s.word(k)) && s.slotAt(k - 1) == null) {
            return List.of();
        }
        if (s.word(k).endsWith("s") && MODEL_HEADS.contains(s.word(k)) && comparedClass(s, k)) {
            // "The model outperformed medical LLMs based on Llama2-70B": the participle describes the
            // class compared with, not the clause's subject
            return List.of();
        }
        if (unnamedModelBefore(s, k + 1)) {
            // "we used SALMONN ... and built a custom model combining the Whisper encoder and Qwen2.5": the
            // participle describes a new, unnamed model, not a name earlier in the sentence
            return List.of();
        }
        Slot named = s.slotAt(k - 1);
        if (named != null && MODEL_HEADS.contains(s.word(k)) && kind.test(named)) {
            Slot copulaSubject = copulaSubject(s, named.first() - 1);
            if (copulaSubject != null && kind.test(copulaSubject)) {
                // "Foo-7B is a Mistral-7B model fine-tuned on D": the participle describes the model the
                // copula defines, which is Foo-7B
                return List.of(copulaSubject.entity());
            }
            // "does not outperform the SciBERT model fine-tuned on CODA-19": the participle describes the
            // named model it follows, not the clause's subject
            return List.of(named.entity());
        }
        return subjectEntities(s, cue, kind, ctx, We.NEVER);
    }

    /**
     * "we used SALMONN ... and built a custom model combining the Whisper encoder and Qwen2.5": whether the
     * word before {@code cue} is a model noun that a verb's indefinite object phrase ends with, so that what
     * follows describes a new, unnamed model rather than a name earlier in the sentence.
     */
    static boolean unnamedModelBefore(RelationSentence s, int cue) {
        return MODEL_HEADS.contains(s.word(cue - 1)) && s.slotAt(cue - 1) == null && indefinite(s, cue - 1);
    }

    private static boolean copula(String w) {
        return w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be");
    }

    /**
     * Whether the noun at k is the object of a verb or preposition, opened by "a"/"an" over at most three describing words and
     * no name: "built a custom model". An apposition ("Florenz, a monolingual VLM") describes its name.
     */
    private static boolean indefinite(RelationSentence s, int k) {
        for (int t = k - 1; t >= 0 && t >= k - 4; t--) {
            if (s.slotAt(t) != null) {
                return false;
            }
            if (s.word(t).equals("a") || s.word(t).equals("an")) {
                // "built a custom model", "combines the encoder with a model": a verb's or a preposition's object
                return (s.tagIs(t - 1, "VERB") || s.tagIs(t - 1, "ADP")) && !copula(s.word(t - 1));
            }
            if (!(s.tagIs(t, "ADJ") || s.tagIs(t, "NOUN") || s.word(t).contains("-"))) {
                return false;
            }
        }
        return false;
    }

    /** The name before "is a" / "was an" that ends at {@code article}, or null. */
    private static Slot copulaSubject(RelationSentence s, int article) {
        String a = s.word(article);
        String be = s.word(article - 1);
        if (!(a.equals("a") || a.equals("an")) || !(be.equals("is") || be.equals("was"))) {
            return null;
        }
        return s.slotAt(article - 2);
    }

    /**
     * "Foo-7B, an instruction-tuned version of Mistral-7B trained on D": the name that an apposition calls
     * a version (variant, fine-tune ...) of {@code base}, which a participle after the base describes; null
     * when the base is not the object of such an apposition.
     */
    private static Slot versionNamed(RelationSentence s, Slot base) {
        int of = base.first() - 1;
        if (!s.word(of).equals("of") || !BasedOnRule.OF_NOUNS.contains(s.word(of - 1))) {
            return null;
        }
        for (int t = of - 2; t >= 1 && t >= of - 6; t--) {
            if (s.slotAt(t) != null) {
                return null;
            }
            if (s.word(t).equals(",")) {
                return s.slotAt(t - 1);
            }
        }
        return null;
    }

    /**
     * "Experiments on Gemma2-2B and Llama2-7B fine-tuned with the Enron dataset": a participle after a
     * coordination describes every member, whatever governs the list.
     */
    private static List<ExtractedEntity> coordinatedBefore(RelationSentence s, Slot last, Predicate<Slot> kind) {
        List<ExtractedEntity> out = new ArrayList<>();
        out.add(last.entity());
        Slot current = last;
        while (true) {
            int t = current.first() - 1;
            boolean glue = false;
            boolean conjunction = false;
            while (t >= 0 && s.slotAt(t) == null && (s.word(t).equals("and") || s.word(t).equals(",") || s.word(t).equals("or"))) {
                glue = true;
                conjunction |= !s.word(t).equals(",");
                t--;
            }
            Slot prev = s.slotAt(t);
            // the last member joins with "and" / "or" ("A, B and C"); a comma alone ends an opening
            // phrase ("Built on A, M is fine-tuned on D")
            if (!glue || prev == null || !kind.test(prev) || current == last && !conjunction) {
                return out;
            }
            out.add(0, prev.entity());
            current = prev;
        }
    }

    /**
     * Whether the plural noun at k heads the object of a comparison: "outperformed (the) medical LLMs", or
     * names a class of others: "compared to Mamba and other clinical models based on longformer".
     */
    private static boolean comparedClass(RelationSentence s, int k) {
        for (int t = k - 1; t >= 0 && t >= k - 5; t--) {
            String w = s.word(t);
            if (RelationWords.OUTPERFORM.contains(w) || w.equals("than") || w.equals("over") || w.equals("unlike")
                    || w.equals("against") || w.equals("other")) {
                return true;
            }
            if (s.slotAt(t) != null || !(s.tagIs(t, "ADJ") || s.tagIs(t, "NOUN") || s.tagIs(t, "DET") || s.tagIs(t, "NUM"))) {
                return false;
            }
        }
        return false;
    }

    /** "it is important to", "it is clear that": "it" that stands for nothing. */
    private static boolean expletive(RelationSentence s, int t) {
        String next = s.word(t + 1);
        if (!next.equals("is") && !next.equals("was")) {
            return false;
        }
        return s.tagIs(t + 2, "ADJ") && !s.word(t + 2).equals("only") || s.word(t + 2).equals("not");
    }

    /**
     * "the final model", "the resulting model", "the fine-tuned model": "the" only stands for the own model
     * with such words.
     */
    private static boolean isFinal(RelationSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (w.equals("final") || w.equals("resulting") || w.equals("proposed") || w.equals("trained")
                    || w.equals("fine-tuned") || w.equals("finetuned")) {
                return true;
            }
        }
        return false;
    }

    private static boolean governedToken(RelationSentence s, int t) {
        String w = s.word(t - 1);
        return RelationWords.GOVERNORS.contains(w) && !w.equals("by");
    }

    /** The mentions coordinated with a subject before it: "phi-3-small and phi-3-medium". */
    private static List<Slot> withCoordinated(RelationSentence s, Slot slot, Predicate<Slot> kind) {
        List<Slot> group = new ArrayList<>();
        group.add(slot);
        Slot current = slot;
        while (true) {
            int t = current.first() - 1;
            boolean glue = false;
            int fillers = 0;
            while (t >= 0 && s.slotAt(t) == null && (RelationWords.GLUE.contains(s.word(t))
                    || s.tagIs(t, "NUM") && fillers < 2)) {
                glue |= s.word(t).equals("and") || s.word(t).equals(",") || s.word(t).equals("&");
                if (!RelationWords.GLUE.contains(s.word(t))) {
                    fillers++;
                }
                t--;
            }
            Slot prev = s.slotAt(t);
            if (!glue || prev == null || !kind.test(prev) || governed(s, prev)) {
                break;
            }
            group.add(0, prev);
            current = prev;
        }
        return group;
    }

    /**
     * Whether the mention is an apposition to the noun at {@code noun} right before its comma: "its teacher,
     * N, on D". The noun needs a determiner ("its", "the", "our") within two words, and the name is closed
     * by a comma not followed by another name (else it opens a list: "of the questions, A, B and C").
     */
    private static boolean apposition(RelationSentence s, Slot slot, int noun) {
        if (!s.tagIs(noun, "NOUN") || !s.word(slot.last() + 1).equals(",") || s.slotAt(slot.last() + 2) != null) {
            return false;
        }
        for (int k = noun - 1; k >= Math.max(0, noun - 2); k--) {
            if (DETERMINERS.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DETERMINERS = Set.of("its", "the", "our", "their", "a", "an", "this");

    /** Whether a comparison word ("surpasses", "than", "over") comes right before the noun phrase ending at {@code noun}. */
    private static boolean comparedNoun(RelationSentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 4); k--) {
            String w = s.word(k);
            if (RelationWords.OUTPERFORM.contains(w) || w.equals("than") || w.equals("over") || w.equals("against")) {
                return true;
            }
            if (s.slotAt(k) != null || !(DETERMINERS.contains(w) || s.tagIs(k, "ADJ") || s.tagIs(k, "NOUN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a preposition, list introducer or comparison verb governs the mention, directly or through
     * the list it belongs to ("compared to models like A, B, and C"). A list closed by "and"/"or"
     * and followed by a comma does not continue into the next mention ("... and D, M delivers").
     */
    static boolean governed(RelationSentence s, Slot slot) {
        Slot current = slot;
        int t = slot.first() - 1;
        int steps = 0;
        boolean glue = false;
        boolean bareComma = false;
        while (t >= 0 && steps < 14) {
            Slot other = s.slotAt(t);
            if (other != null) {
                if (!glue && other.isOrganization()) {
                    t = other.first() - 1; // "OpenAI's o1", "the OpenAI code-cushman-001 model": the maker
                    continue;
                }
                if (!glue) {
                    return false;
                }
                // "A, B" is a list only if B goes on as one ("A, B, and C"); "Compared to A, M delivers"
                // is not, and neither is "... and A, M delivers".
                if (bareComma && (closedBefore(s, other) || !followedByGlue(s, current))) {
                    return false;
                }
                current = other;
                t = other.first() - 1;
                glue = false;
                bareComma = false;
                continue;
            }
            String w = s.word(t);
            if (enumerator(s, t)) {
                return false; // "(c) even the best model (GPT-4o) obtains": a new item, nothing governs it
            }
            if (w.equals(")")) {
                int open = t - 1;
                while (open >= 0 && !s.word(open).equals("(")) {
                    open--;
                }
                if (open >= 0 && t - open <= 8) {
                    t = open - 1; // a bracket after a list item: "Gopher (280B), GPT-3"
                    continue;
                }
            }
            if (w.equals("(") && t == current.first() - 1 && bracketOfNames(s, t, slot)
                    && MODEL_HEADS.contains(s.word(t - 1).toLowerCase(java.util.Locale.ROOT)) && s.slotAt(t - 1) == null) {
                // "even the best model (GPT-4o) obtains 75.8%", "state-of-the-art GEC systems (T5 and GECToR)
                // outperform humans": the bracket names the noun before it, so the names stand where that
                // noun stands
                t--;
                continue;
            }
            if (w.equals("(")) {
                // "model classes (PaLM, T5, U-PaLM)", "image captioning (Multi30K, XM3600)": a bracket
                // holds examples, aliases or scores, never the subject of the sentence.
                return true;
            }
            if (glue && bareComma && current == slot && apposition(s, slot, t)) {
                // "surpasses its teacher, N, on D": a name between commas after the noun a comparison
                // verb takes is that noun's apposition, compared as the noun is ("into a student, M,
                // distilled from N" leaves M free to be the participle's subject)
                return comparedNoun(s, t);
            }
            if (glue && !RelationWords.GLUE.contains(w)) {
                // A comma followed by plain words ("Specifically, M ...", "For example, T1 ..."): an
                // adverbial, not a list, so nothing before it governs the mention.
                return false;
            }
            if (w.equals("as") && RelationWords.NAMING.contains(s.word(t - 1))) {
                return false;
            }
            if (w.equals("of") && RESULT_NOUNS.contains(s.word(t - 1))) {
                return false; // "the results of YuE", "the error rate of Whisper", "the superiority of CAGK": its results
            }
            if ((w.equals("like") || w.equals("as") && s.word(t - 1).equals("such")) && resultVerbAfterList(s, slot)) {
                return false; // "even top models like o1 achieve less than 10%": the examples are the subject
            }
            if (w.equals("to") && appliedBefore(s, t)) {
                return false; // "applying PromptCoT to Qwen3-30B sets new results": the model evaluated
            }
            if (RelationWords.GOVERNORS.contains(w)) {
                return true;
            }
            if (RelationWords.GLUE.contains(w)) {
                if (w.equals(",") && !glue) {
                    bareComma = true;
                } else if (!w.equals(",")) {
                    bareComma = false;
                }
                glue = true;
                t--;
                continue;
            }
            if (RelationWords.CLAUSE_WORDS.contains(w) || RelationWords.CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            if (RelationWords.isNounPhraseTag(s.tag(t)) || w.equals("'s") || w.equals("our") || w.equals("its")
                    || w.equals("their")) {
                if (glue) {
                    // A comma followed by plain words ("For example, T1 ..."): an adverbial, not a list.
                    return false;
                }
                t--;
                steps++;
                continue;
            }
            return false;
        }
        return false;
    }

    /**
     * Whether the bracket opened at {@code open} holds nothing but names and the commas and conjunctions
     * between them, the mention among them: "(T5 and GECToR)", "(ChatGPT-3.5, LLaMA-70b and Falcon-180b)".
     */
    private static boolean bracketOfNames(RelationSentence s, int open, Slot slot) {
        int t = open + 1;
        while (t < s.size()) {
            Slot other = s.slotAt(t);
            if (other != null) {
                t = other.last() + 1;
            } else if (s.word(t).equals(")")) {
                return t > slot.last();
            } else if (s.word(t).equals(",") || s.word(t).equals("and") || s.word(t).equals("or")) {
                t++;
            } else {
                return false;
            }
        }
        return false;
    }

    /**
     * The list a mention belongs to is followed at once (adverbs aside) by a verb of a result or comparison:
     * "models like o1 achieve ...", "models like A and B strongly rival ...".
     */
    private static boolean resultVerbAfterList(RelationSentence s, Slot slot) {
        int t = slot.last() + 1;
        while (t < s.size()) {
            Slot other = s.slotAt(t);
            if (other != null) {
                t = other.last() + 1;
            } else if (RelationWords.GLUE.contains(s.word(t)) && !s.word(t).equals("(") && !s.word(t).equals(")")) {
                t++;
            } else if (s.word(t).equals("(") && s.word(t + 2).equals(")")) {
                t += 3; // "T5, GPT-2, and Llama 2 (7B) achieved": a size or an alias after the last item
            } else {
                break;
            }
        }
        while (t < s.size() && s.slotAt(t) == null && (s.tagIs(t, "ADV") || RelationWords.MODALS.contains(s.word(t)))) {
            t++; // "open models like DeepSeek v3 strongly rival ...", "a model such as T0 can perform well"
        }
        String w = s.word(t);
        return t < s.size() && (RelationWords.isResultVerb(w) || RelationWords.OUTPERFORM.contains(w));
    }

    private static final Set<String> RESULT_NOUNS = Set.of("results", "performance", "performances", "accuracy",
            "accuracies", "scores", "score", "rate", "representations", "capabilities", "abilities",
            // "results on A and B confirm the superiority of CAGK": what is shown is its result
            "superiority", "effectiveness", "efficacy");

    /** "applying X to M", "applied to M". */
    private static boolean appliedBefore(RelationSentence s, int to) {
        for (int k = to - 1; k >= Math.max(0, to - 5); k--) {
            if (s.word(k).startsWith("appl")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a list goes on after the mention: a comma, conjunction or bracket right after it. */
    private static boolean followedByGlue(RelationSentence s, Slot slot) {
        String w = s.word(slot.last() + 1);
        if (w.equals(",") && s.slotAt(slot.last() + 2) == null && DESCRIPTION_OPENERS.contains(s.word(slot.last() + 2))) {
            // "On WSC+, GPT-4, the top-performing LLM, achieves": a description of the name, not a next item
            return false;
        }
        return w.equals(",") || w.equals("and") || w.equals("or") || w.equals("(") || w.equals(")") || w.equals("&")
                || w.equals("/");
    }

    /** Words that open a description of the name before their comma rather than a list's next item. */
    private static final Set<String> DESCRIPTION_OPENERS = Set.of("the", "a", "an", "which", "who", "whose");

    /** Whether the mention is the last item of a list: "and"/"or" right before it. */
    private static boolean closedBefore(RelationSentence s, Slot slot) {
        int t = slot.first() - 1;
        while (t >= 0 && s.slotAt(t) == null && RelationWords.isNounPhraseTag(s.tag(t))
                && !RelationWords.GLUE.contains(s.word(t))) {
            t--;
        }
        return s.word(t).equals("and") || s.word(t).equals("or");
    }
}
