package org.paperkg.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that no finder found but the text says what they are: a definition ("PaLI-X, a multilingual
 * vision and language model", "X (a BERT-based model ...)"), a naming word ("called", "namely"), a noun
 * before or after them ("VLMs like OpenFlamingo", "Salamandra LLMs", "the DeBERTa-V3 architecture"), their
 * shape ("Llama-3.1-70B", "Baichuan-Small"), a comparison ("compared to OLMo"), or the paper's own
 * abbreviated name ("our Retrieval-Enhanced Transformer (RETRO)"); the evidence for data is in
 * {@link DataContexts}. {@link ListPropagation} asks these rules about each name the finders left out.
 */
final class ContextNames {

    /** A name's type and the kind of evidence that gave it. */
    record Named(MentionType type, String finder) {}

    private ContextNames() {}

    /** What the context makes a name no finder found: a model or a dataset, and the evidence; or null. */
    static Named named(NameCandidates.Candidate c, Set<Integer> shortForms) {
        String kind = CandidateFeatures.definitionOf(c.sentence(), c.sentenceIndex(), c.from(), c.to());
        if (kind == null && titleDataAbbreviation(c, c.sentence().words(), c.from() - 1)) {
            kind = "data";
        }
        if (kind == null && !shortForms.contains(c.start())) {
            // an abbreviation in brackets ("speech-language model (SpeechLM)") is the words before it
            kind = namedAfter(c);
        }
        if (kind == null && c.to() - c.from() == 1 && (SIZED_NAME.matcher(c.sentence().words()[c.from()]).matches()
                || TIERED_NAME.matcher(c.sentence().words()[c.from()]).matches()
                || FAMILY_COMPOUND.matcher(c.sentence().words()[c.from()]).matches())) {
            kind = "model";
        }
        if (kind == null && (nameBeforeModelNoun(c) || shapedNameBeforeModelNoun(c) || namedArchitecture(c))) {
            kind = "model";
        }
        if (kind != null) {
            // a definition of another kind ("an organisation") settles the name as none of these
            return "model".equals(kind) ? new Named(MentionType.MODEL, "definition")
                    : "data".equals(kind) ? new Named(MentionType.DATASET, "definition") : null;
        }
        String data = DataContexts.evidence(c);
        if (data != null) {
            return new Named(MentionType.DATASET, data);
        }
        if (comparedModel(c)) {
            return new Named(MentionType.MODEL, "comparison");
        }
        return null;
    }

    /**
     * "an improved iteration of Salamandra LLMs": a name before a noun that names its kind; the name
     * starts its noun phrase, so "a unified Omni LLM" (an adjective) is left alone.
     */
    private static boolean nameBeforeModelNoun(NameCandidates.Candidate c) {
        if (!(c.sentenceIndex() > 0 && c.from() > 0 && c.to() < c.sentence().size()
                && c.to() - c.from() == 1 && plainName(c.sentence().words()[c.from()]))) {
            return false;
        }
        String tag = c.sentence().tags()[c.from() - 1];
        boolean opensPhrase = tag.equals("ADP") || tag.equals("CCONJ") || tag.equals("PUNCT")
                || afterTrainedDeterminer(c.sentence(), c.from());
        String next = !opensPhrase ? null : CandidateFeatures.namingKindOfNoun(c.sentence().words()[c.to()]);
        return "model".equals(next);
    }

    /**
     * "a fine-tuned Qwen model", "the pre-trained Llama model": a determiner and a training participle (a
     * {@link TrainingWords} word in "-ed") before the word. Only a model is fine-tuned or pre-trained, so the word
     * after is its name, not an adjective ("the Multilingual model").
     */
    private static boolean afterTrainedDeterminer(Sentence s, int first) {
        if (first < 2) {
            return false;
        }
        String participle = s.words()[first - 1].toLowerCase(Locale.ROOT);
        return participle.endsWith("ed") && TrainingWords.isTraining(participle)
                && DETERMINERS.contains(s.words()[first - 2].toLowerCase(Locale.ROOT));
    }

    /** Nouns that make "X model" a modifier: "model families", "model sizes". */
    private static final Set<String> COMPOUND_AFTER_MODEL = Set.of("family", "families", "class", "classes", "type",
            "types", "size", "sizes", "architecture", "architectures", "series");

    /** Determiners before a name-shaped word and its model noun: "the M2M100 model", "our GPT-J model". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "this", "their", "its", "each");

    /**
     * "the M2M100 model outperforms other models", "the GPT-J model": one word shaped like a name (a digit or
     * an inner capital) between a determiner (or a preposition or a list comma) and a noun for models is
     * that model's name. The shape is what {@link #nameBeforeModelNoun} cannot trust a plain word with
     * after "the" ("the Multilingual model"); abbreviations of a class ("the NMT model", "the LLM models")
     * and sizes ("the 7B-parameter model") are not names.
     */
    private static boolean shapedNameBeforeModelNoun(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.sentenceIndex() == 0 || c.from() == 0 || c.to() >= w.length || c.to() - c.from() != 1) {
            return false;
        }
        // the word after first: it is the cheap test, and the rest runs for every candidate it lets through
        String next = w[c.to()].toLowerCase(Locale.ROOT);
        if (!(next.equals("model") || next.equals("models"))
                || c.to() + 1 < w.length && COMPOUND_AFTER_MODEL.contains(w[c.to() + 1].toLowerCase(Locale.ROOT))) {
            // "of TextLM model families": the word and "model" describe a kind of family
            return false;
        }
        String name = w[c.from()];
        if (!NameCandidates.hasInnerCapitalOrDigit(name) || NOT_MODEL_SHAPE.matcher(name).matches()
                || name.matches(".*-[a-z]{4,}") || !Character.isLetter(name.charAt(0)) || classOrDirection(name)) {
            return false;
        }
        String before = w[c.from() - 1].toLowerCase(Locale.ROOT);
        String tag = c.sentence().tags()[c.from() - 1];
        return DETERMINERS.contains(before) || tag.equals("ADP") || tag.equals("CCONJ") || before.equals(",")
                || afterTrainedDeterminer(c.sentence(), c.from()) || afterDeterminerAndAdjective(c.sentence(), c.from());
    }

    /**
     * "a comparable mBert model", "the original T5 model": a determiner and one adjective before a name-shaped
     * word. Only for the shaped word: a plain capitalised word after an adjective may be one too ("the same
     * Multilingual model").
     */
    private static boolean afterDeterminerAndAdjective(Sentence s, int first) {
        int adjective = first - 1;
        return adjective >= 1 && s.tags()[adjective].equals("ADJ")
                && DETERMINERS.contains(s.words()[adjective - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * "BiLSTM-CRF", "Sequence-to-Sequence", "English-ILs", "V&L": a class of network, a translation direction or
     * a pairing of modalities, which "the ... model" describes without naming.
     */
    private static boolean classOrDirection(String name) {
        return name.contains("&") || name.matches("(?i).*-to-.*") || NonNameFilter.hasLanguagePart(name)
                || Arrays.stream(name.split("[-_]")).anyMatch(part -> GenericClasses.isGenericClass(part)
                        || GenericClasses.ARCHITECTURES.contains(part.toLowerCase(Locale.ROOT)));
    }

    /** "the DeBERTa-V3 architecture": a named architecture is a model. */
    private static boolean namedArchitecture(NameCandidates.Candidate c) {
        return c.sentenceIndex() > 0 && c.to() < c.sentence().size() && c.to() - c.from() == 1
                && c.sentence().words()[c.from()].chars().anyMatch(Character::isDigit)
                && !c.sentence().words()[c.from()].matches(".*-[a-z]{4,}")
                && Arrays.stream(c.sentence().words()[c.from()].split("-"))
                        .noneMatch(part -> GenericClasses.ARCHITECTURES.contains(part.toLowerCase(Locale.ROOT)))
                && ARCHITECTURE.contains(c.sentence().words()[c.to()].toLowerCase(Locale.ROOT))
                && NameCandidates.hasInnerCapitalOrDigit(c.sentence().words()[c.from()])
                && !NOT_MODEL_SHAPE.matcher(c.sentence().words()[c.from()]).matches();
    }


    /**
     * "our Retrieval-Enhanced Transformer (RETRO)", "a verifier, called the Process Belief Model (PBM)":
     * a capitalised long form ending in a noun for models, which the paper calls its own or names, is the
     * name of a model the paper builds, though no finder knew the name. The short form is added; the
     * assembler joins the long form to it. Without "our" or a naming verb, such a phrase is most often
     * the field's term ("Large Language Models (LLMs)") and is left alone.
     */
    static void addOwnAbbreviatedModels(AnalyzedText text, List<Abbreviations.Definition> definitions,
                                        List<Mention> found, List<Mention> added) {
        for (Abbreviations.Definition d : definitions) {
            boolean taken = java.util.stream.Stream.concat(found.stream(), added.stream())
                    .anyMatch(f -> f.start() < d.shortEnd() && d.shortStart() < f.end()
                            || f.start() < d.longEnd() && d.longStart() < f.end());
            int si = text.sentenceIndexAt(d.longStart());
            if (taken || si < 0) {
                continue;
            }
            Sentence s = text.sentences().get(si);
            int first = s.tokenAt(d.longStart());
            int last = s.tokenAt(d.longEnd() - 1);
            if (first < 1 || last < first) {
                continue;
            }
            // "the Dual Encoder for Threshold-Based Re-Classification (DETER)": the head comes before "for"
            int head = headOfLongForm(s.words(), first, last);
            if (!"model".equals(CandidateFeatures.kindOfNoun(s.words()[head])) || !ownOrNamed(s, first)) {
                continue;
            }
            boolean capitalised = true;
            for (int k = first; k <= head; k++) {
                // "Collaborative Aspect Graph enhanced Knowledge-based Network": a participle inside may be lower-case
                boolean innerParticiple = k > first && k < head && s.words()[k].matches("[a-z]+ed");
                capitalised &= Character.isUpperCase(s.words()[k].charAt(0)) || innerParticiple;
            }
            if (capitalised && head > first) {
                added.add(new Mention(d.shortStart(), d.shortEnd(), MentionType.MODEL, 0.6, "own-abbreviation"));
            }
        }
    }

    private static final Set<String> ARCHITECTURE = Set.of("architecture", "backbone");
    /**
     * "Salamandra LLMs", "the Orca checkpoints": a run of a single capitalised word and a noun that names
     * models or datasets is the name before its noun. The name alone, or null when the run is otherwise
     * or the word is an ordinary English word ("Multilingual LLMs").
     */
    static NameCandidates.Candidate beforeNamingNoun(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.to() - c.from() != 2 || CandidateFeatures.namingKindOfNoun(w[c.to() - 1]) == null) {
            return null;
        }
        if (c.from() == 0 || c.sentenceIndex() == 0 || !plainName(w[c.from()])) {
            return null;
        }
        return new NameCandidates.Candidate(c.sentence(), c.sentenceIndex(), c.from(), c.from() + 1, c.runFrom(), c.runTo());
    }

    /** A capitalised word that is not ordinary English nor an abbreviation ("Salamandra", not "Open", "NLP"). */
    private static boolean plainName(String name) {
        return name.length() >= 3 && !name.contains("-") && !GenericClasses.ARCHITECTURES.contains(name.toLowerCase(Locale.ROOT)) && Character.isUpperCase(name.charAt(0)) && !CommonWords.isCommon(name)
                && !name.chars().allMatch(ch -> Character.isUpperCase(ch) || !Character.isLetter(ch))
                && name.substring(1).chars().noneMatch(Character::isUpperCase)
                && name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '.')
                && !name.matches(".*-[a-z]{4,}");  // "BERT-based", "GPT-style": an adjective
    }

    /** The last word of a long form, or the word before its first "for" or "of" ("Transformer for Image Captioning"). */
    private static int headOfLongForm(String[] w, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if (w[k].equals("for") || w[k].equals("of")) {
                return k - 1;
            }
        }
        return last;
    }

    /**
     * "our X", "called X", "named the X", "we propose X", "we construct a novel X": the words before a name
     * that make it the paper's own or a name. Between the verb and the name may stand an article and a few
     * lower-case describing words ("a simple yet effective").
     */
    private static boolean ownOrNamed(Sentence s, int first) {
        String[] w = s.words();
        if (first >= 2 && w[first - 1].equals(",") && "model".equals(CandidateFeatures.kindOfNoun(w[first - 2]))) {
            // "we propose a new model, Collaborative Aspect Graph ... Network (CAGK)": the apposition names the
            // model the words before it present
            return ownOrNamed(s, first - 2);
        }
        int k = first - 1;
        int describing = 0;
        while (k > 0 && describing < 4 && Character.isLowerCase(w[k].charAt(0))
                && (s.tags()[k].equals("ADJ") || s.tags()[k].equals("ADV") || w[k].equals("yet") || w[k].equals("but"))) {
            k--;
            describing++;
        }
        String before = w[k].toLowerCase(Locale.ROOT);
        boolean article = before.equals("the") || before.equals("a") || before.equals("an");
        if (article && k >= 1) {
            before = w[k - 1].toLowerCase(Locale.ROOT);
        } else if (describing > 0 && !before.equals("our")) {
            return false; // "we propose novel Transformer Networks (TNs)": describing words need an article or "our"
        }
        // "we propose Pinyin-Enhanced Spell Checker (PESC)": proposing names the paper's own artefact as "our" does
        return before.equals("our") || NAMING_VERBS.contains(before) || ContributionWords.isPresenting(before)
                || BUILDING.contains(before);
    }

    /**
     * Verbs of making whose object here is the paper's own model: "we construct", "we developed", "we design". Not
     * all of {@link ContributionWords#isMaking}: "we train Large Language Models (LLMs)" trains the field's kind.
     */
    private static final Set<String> BUILDING = Set.of("develop", "develops", "developed", "design", "designs",
            "designed", "construct", "constructs", "constructed", "build", "builds", "built");

    /**
     * "Llama-3.1-70B", "Qwen3-30B-A3B-Thinking-2507": a name with a parameter count inside it, after a
     * hyphen, names a model; its first part must have a capital ("sub-200M" is a size).
     */
    private static final Pattern SIZED_NAME = Pattern.compile(
            "(?=[\\w.]*[A-Z])[A-Za-z][\\w.]*(?:-[\\w.]+)*-\\d+(?:\\.\\d+)?[BM](?:-[\\w.]+)*"
            // "Falcon-40b", "LLaMA-2-7b-chat": the scale in lower case, but not a numbered part ("Task-1b")
            + "|(?!(?i:sub)?(?i:task|track|part|phase|level|stage|step|setting|exp|experiment|section|table|figure|fig|chapter)-)"
            + "(?=[\\w.]*[A-Z])[A-Za-z][\\w.]*(?:-[\\w.]+)*-\\d+(?:\\.\\d+)?b(?:-[a-z][\\w.]*)*");
    /**
     * "Baichuan-Small", "ViT-Large", "T5-XXL", "Phi-mini": a name with a size tier after a hyphen names one
     * model of a family. Tiers that also mark benchmark subsets ("-Pro", "-Lite", "-Hard") are left out.
     */
    private static final Pattern TIERED_NAME = Pattern.compile(
            "[A-Z][\\w.]*(?:-[\\w.]+)*-(?i:small|large|base|medium|mini|tiny|nano|xl|xxl|chat|instruct)");
    /**
     * "InstructGPT", "SciBERT", "mBERT", "TinyLlama", "ByT5": one word that builds on the name of a model
     * family that others adapt (GPT, BERT, LLaMA, T5) with a prefix is a model of that family. An adjective
     * ("GPT-based", "BERT-style") is not.
     */
    private static final Pattern FAMILY_COMPOUND = Pattern.compile(
            "(?!.*-[a-z]{4,}$)[A-Za-z][\\w.]*(?:GPT|BERT|LLaMA|Llama|T5)[\\w.-]*");
    private static final Set<String> NAMING_VERBS = Set.of("named", "called", "dubbed", "termed",
            "coined");

    /**
     * Heads of a data resource's name that only a title's capitals make one, beside the data nouns that name a dataset
     * anywhere ({@link DataContexts#namingDataNoun}: "Corpus", "Dataset", "Benchmark", "Treebank").
     */
    private static final Set<String> TITLE_DATA_HEADS = Set.of("Corpora", "Datasets", "Database");

    /** A capitalised head of a data resource's name in a title: "Corpus", "Treebank", "Database". */
    private static boolean titleDataHead(String word) {
        return Character.isUpperCase(word.charAt(0)) && (DataContexts.namingDataNoun(word) || TITLE_DATA_HEADS.contains(word));
    }

    /**
     * "Turkish Emotion Voice Database (TurEV-DB)", "A Contemporary News Corpus of Ukrainian (CNC-UA): ...": in the title, a
     * name-shaped abbreviation in brackets after a capitalised run that a data head ends, or that goes on after the
     * head with "of" or "for" and the language or domain (the abbreviation then has the head's initial), is the short
     * name of that data resource.
     */
    private static boolean titleDataAbbreviation(NameCandidates.Candidate c, String[] w, int open) {
        if (c.sentenceIndex() != 0 || open < 1 || !w[open].equals("(") || c.to() >= w.length || !w[c.to()].equals(")")
                || c.to() - c.from() != 1 || !NameCandidates.hasInnerCapitalOrDigit(w[c.from()])) {
            return false;
        }
        for (int j = open - 1; j >= Math.max(0, open - 7); j--) {
            if (titleDataHead(w[j])) {
                // after "of"/"for" the abbreviation must carry the head's initial: "Corpus of Ukrainian (CNC-UA)", not
                // "a Corpus for French Sign Language (LSF)", where it abbreviates the language
                return j == open - 1 || (w[j + 1].equals("of") || w[j + 1].equals("for"))
                        && w[c.from()].indexOf(w[j].charAt(0)) >= 0;
            }
            if (!(Character.isUpperCase(w[j].charAt(0)) || w[j].equals("of") || w[j].equals("for"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a dynamic benchmark WIKIMIA", "the previous state-of-the-art model METER", "a family of language
     * models named GLaM": the kind of the noun right before the name, or before "named"/"called".
     */
    private static String namedAfter(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int k = c.from() - 1;
        if (k >= 2 && w[k].equals("(") && c.to() < w.length && w[c.to()].equals(")")
                && distinctive(w, c.from(), c.to()) && Character.isLowerCase(w[k - 1].charAt(0))
                && !(c.to() - c.from() == 1 && w[c.from()].matches("[A-Z]+s?"))) {
            // an abbreviation in brackets ("large language model (LLM)") is the words before, not a name
            // "larger commercial models (GPT-4o)", "domain-adapted baselines (ClimateGPT)"
            String noun = w[k - 1].toLowerCase(Locale.ROOT);
            String kind = CandidateFeatures.namingKindOfNoun(noun);
            if (kind == null && BASELINES.contains(noun) && c.to() - c.from() == 1
                    && NameCandidates.hasInnerCapitalOrDigit(w[c.from()])
                    && !NOT_MODEL_SHAPE.matcher(w[c.from()]).matches()) {
                kind = "model";
            }
            return kind;
        }
        if (k >= 1 && w[k].equals("namely")) {
            return proposedBefore(w, k);
        }
        if (k >= 1 && NAMING_VERBS.contains(w[k].toLowerCase(Locale.ROOT))) {
            k--;
            if (k >= 2 && (w[k].equals("is") || w[k].equals("was")) && (w[k - 1].equals("which") || w[k - 1].equals("that"))) {
                k -= 2; // "a ... dataset, which is named ViMath-InstructCode"
            }
            if (k >= 1 && w[k].equals(",")) {
                k--;
            }
            if (k >= 0 && CandidateFeatures.kindOfNoun(w[k]) == null) {
                return namingNounOfPhrase(c.sentence(), k);
            }
        } else {
            int noun = beforeExampleMarker(w, k);
            // an example is named loosely: "architectures like LSTMs", "data such as GPU traces"
            if (noun != k && (!distinctive(w, c.from(), c.to())
                    || c.to() - c.from() == 1 && NOT_MODEL_SHAPE.matcher(w[c.from()]).matches())) {
                return null;
            }
            k = noun;
        }
        if (k < 0) {
            return null;
        }
        String kind = CandidateFeatures.kindOfNoun(w[k]);
        return "model".equals(kind) || "data".equals(kind) ? kind : null;
    }

    /**
     * "a user-generated dataset of 10K multimodal funny videos from YouTube, called ExFunTube", "a treebank for
     * the Tatar language named NMCTT": the naming word follows the whole noun phrase, whose head is the nearest
     * noun for models or data to the left. A noun for a method ("a framework for entity insertion called
     * LocEI") or a verb that ends the phrase ("we use the model and call ...") stops the search.
     */
    private static String namingNounOfPhrase(Sentence s, int from) {
        String[] w = s.words();
        for (int k = from, words = 0; k >= 0 && words < 14; k--, words++) {
            if (w[k].equals(")")) {
                // "a dataset with storybooks (kindergarten up to middle school) called FairytaleQA": a bracket
                // inside the phrase is an aside, skipped whole
                int open = openingBracket(w, k);
                if (open < 0) {
                    return null;
                }
                k = open;
                continue;
            }
            String kind = CandidateFeatures.namingKindOfNoun(w[k]);
            if (kind != null) {
                return kind;
            }
            String lower = w[k].toLowerCase(Locale.ROOT);
            boolean finiteVerb = (s.tags()[k].equals("VERB") || s.tags()[k].equals("AUX"))
                    && !lower.endsWith("ed") && !lower.endsWith("ing");
            if ("method".equals(CandidateFeatures.kindOfNoun(w[k])) || finiteVerb || PHRASE_BREAKS.contains(lower)) {
                return null;
            }
        }
        return null;
    }

    /** The "(" that the ")" at {@code close} closes, within ten words, or -1. */
    private static int openingBracket(String[] w, int close) {
        for (int k = close - 1; k >= 0 && k >= close - 10; k--) {
            if (w[k].equals("(")) {
                return k;
            }
            if (w[k].equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that end the noun phrase a naming word can follow. */
    private static final Set<String> PHRASE_BREAKS = Set.of("which", "that", "who", ";", ":", "(", ")", "we", "it");

    private static final Set<String> BASELINES = Set.of("baselines");
    private static final Set<String> PROPOSING = Set.of("propose", "proposes", "present",
            "presents", "introduce", "introduces", "develop", "develops", "design");
    private static final Set<String> OWN_MODEL_NOUNS = Set.of("model", "method", "network",
            "architecture", "approach", "framework");

    /**
     * "we propose a novel latent relation learning method for graph reasoning, namely X": the name after
     * "namely" names what the sentence proposes, when that is a model or a method (which the paper trains).
     * The noun is the first model or method noun after the proposing verb.
     */
    private static String proposedBefore(String[] w, int namely) {
        for (int v = namely - 1; v >= 0 && v >= namely - 16; v--) {
            if (PROPOSING.contains(w[v].toLowerCase(Locale.ROOT))) {
                for (int n = v + 1; n < namely; n++) {
                    String word = w[n].toLowerCase(Locale.ROOT);
                    if (OWN_MODEL_NOUNS.contains(word)) {
                        return "model";
                    }
                    if ("data".equals(CandidateFeatures.kindOfNoun(word))) {
                        return "data";
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "beating ModernBERT as an encoder", "compared to OLMo while requiring": a name a comparison measures
     * the paper's models against is a model, when it is shaped like one (inner capitals or digits, or
     * several words) and no noun after it says it is data or a method ("over GSM8K benchmark").
     */
    private static boolean comparedModel(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (!CandidateFeatures.comparedWith(c.sentence(), c.from()) || !distinctive(w, c.from(), c.to())
                || c.to() - c.from() == 1 && NOT_MODEL_SHAPE.matcher(w[c.from()]).matches()
                || measuresSpeed(w, c.from())) {
            return false;
        }
        boolean shaped = c.to() - c.from() > 1 || NameCandidates.hasInnerCapitalOrDigit(w[c.from()]);
        String next = c.to() < w.length ? CandidateFeatures.kindOfNoun(w[c.to()]) : null;
        return shaped && (next == null || next.equals("model"));
    }

    /**
     * Shapes compared against that are seldom models: a short all-capital abbreviation ("SFT", "SOTA",
     * "PEFT"), a number format ("BF16", "FP8"), a size used as an adjective ("2.3B-parameter"), and a
     * plural abbreviation after a hyphen ("textless-SLMs").
     */
    private static final Pattern NOT_MODEL_SHAPE = Pattern.compile(
            "[A-Z]{2,4}|[A-Z]{2,3}(?:4|8|16|32|64)|[\\d.]+[BMK]?-param(?:eter)?s?|.*-[A-Z]{2,}s");
    private static final Set<String> SPEED_WORDS = Set.of("speedup", "speed-up", "faster",
            "slower", "throughput", "latency", "mfu", "x", "times", "memory", "efficient", "efficiently", "cheaper");

    /**
     * "80times speedup over kNN-LM", "2.1x faster than Megatron-LM", "higher throughput than
     * FlashAttention-2": what is compared on speed or memory is most often a system or a kernel.
     */
    private static boolean measuresSpeed(String[] w, int from) {
        // only the words before: after the name, "2times fewer tokens" is often another measure
        for (int k = Math.max(0, from - 7); k < from; k++) {
            String word = w[k].toLowerCase(Locale.ROOT);
            if (SPEED_WORDS.contains(word) || word.matches("[\\d.]+(?:x|times)")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "VLMs like OpenFlamingo", "models such as X", "the small model (e.g., LongWriter)": the index of the
     * noun before the words that introduce an example, or {@code k} itself when none do.
     */
    private static int beforeExampleMarker(String[] w, int k) {
        int j = k;
        if (j >= 0 && w[j].equals(",")) {
            j--;
        }
        if (j >= 0 && (w[j].equals("like") || w[j].equals("including"))) {
            return j - 1;
        }
        if (j >= 1 && w[j].equals("as") && w[j - 1].equals("such")) {
            return j - 2;
        }
        if (j >= 1 && (w[j].equals("e.g.") || w[j].equals("e.g")) && w[j - 1].equals("(")) {
            return j - 2;
        }
        return k;
    }

    /**
     * Not a plural abbreviation ("PDFs", "LLMs") nor two capitals alone ("EM", "QA"), which are
     * more often words of the field than names.
     */
    static boolean distinctive(String[] words, int from, int to) {
        if (to - from > 1) {
            return true;
        }
        String w = words[from];
        boolean digit = w.chars().anyMatch(Character::isDigit);
        boolean pluralAbbreviation = w.length() > 2 && w.endsWith("s")
                && w.substring(0, w.length() - 1).chars().allMatch(Character::isUpperCase);
        return !pluralAbbreviation && (w.length() > 2 || digit);
    }
}
