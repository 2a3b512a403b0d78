package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names in one coordinated list are names of one kind: in "MMLU, GSM8K, MATH, BBH, GPQA, and
 * HumanEval", when most items were found as datasets, the ones the finders missed are datasets too.
 * Wraps another finder and adds the missing list items; of what it found, it changes only the type
 * of a lone item typed against a clear majority of its list. It also adds a name no finder found
 * when the text says what it is: a definition ("PaLI-X, a multilingual vision and language model"), a
 * noun before it ("VLMs like OpenFlamingo"), its shape ("Llama-3.1-70B", "Baichuan-Small"), a
 * comparison ("compared to OLMo"), or the paper's own abbreviated name ("our Retrieval-Enhanced
 * Transformer (RETRO)"). Brackets after the tasks of one sentence hold one list ("retrieval (AudioCaps,
 * Clotho), classification (ESC-50, FSD50K)").
 */
public final class ListPropagation implements MentionFinder {
    private final MentionFinder inner;

    public ListPropagation(MentionFinder inner) {
        this.inner = inner;
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> found = new ArrayList<>(inner.find(text));
        List<NameCandidates.Candidate> runs = wholeRuns(NameCandidates.find(text));
        List<Mention> added = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            int j = i;
            while (j + 1 < runs.size() && joinedByList(runs.get(j), runs.get(j + 1))) {
                j++;
            }
            if (j - i + 1 >= 3) {
                propagate(runs.subList(i, j + 1), found, added);
            } else if (j == i + 1 && conjoined(runs.get(i), runs.get(j))) {
                propagatePair(runs.get(i), runs.get(j), found, added);
            }
            i = j + 1;
        }
        for (List<NameCandidates.Candidate> group : bracketedLists(runs)) {
            // the brackets mark the list, so fewer of its items need to be known
            propagate(group, found, added, 2);
        }
        java.util.Set<Integer> shortForms = new java.util.HashSet<>();
        for (Abbreviations.Definition d : Abbreviations.find(text.text())) {
            shortForms.add(d.shortStart());
        }
        List<NameCandidates.Candidate> singles = new ArrayList<>();
        for (NameCandidates.Candidate c : runs) {
            NameCandidates.Candidate head = beforeNamingNoun(c);
            singles.add(head != null ? head : c);
        }
        for (NameCandidates.Candidate c : singles) {
            if (nameShaped(c) && found.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())
                    && added.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())) {
                String kind = CandidateFeatures.definitionOf(c.sentence(), c.sentenceIndex(), c.from(), c.to());
                if (kind == null && !shortForms.contains(c.start())) {
                    // an abbreviation in brackets ("speech-language model (SpeechLM)") is the words before it
                    kind = namedAfter(c);
                }
                if (kind == null && c.to() - c.from() == 1 && (SIZED_NAME.matcher(c.sentence().words()[c.from()]).matches()
                        || TIERED_NAME.matcher(c.sentence().words()[c.from()]).matches())) {
                    kind = "model";
                }
                if (kind == null && c.sentenceIndex() > 0 && c.from() > 0 && c.to() < c.sentence().size()
                        && c.to() - c.from() == 1 && plainName(c.sentence().words()[c.from()])) {
                    // "an improved iteration of Salamandra LLMs": a name before a noun that names its kind; the
                    // name starts its noun phrase, so "a unified Omni LLM" (an adjective) is left alone
                    String tag = c.sentence().tags()[c.from() - 1];
                    String next = !(tag.equals("ADP") || tag.equals("CCONJ") || tag.equals("PUNCT")) ? null
                            : CandidateFeatures.namingKindOfNoun(c.sentence().words()[c.to()]);
                    kind = "model".equals(next) ? next : kind;
                }
                if (kind == null && c.sentenceIndex() > 0 && c.to() < c.sentence().size() && c.to() - c.from() == 1
                        && c.sentence().words()[c.from()].chars().anyMatch(Character::isDigit)
                        && !c.sentence().words()[c.from()].matches(".*-[a-z]{4,}")
                        && java.util.Arrays.stream(c.sentence().words()[c.from()].split("-"))
                                .noneMatch(part -> GENERIC_ARCHITECTURES.contains(part.toLowerCase(java.util.Locale.ROOT)))
                        && ARCHITECTURE.contains(c.sentence().words()[c.to()].toLowerCase(java.util.Locale.ROOT))
                        && NameCandidates.hasInnerCapitalOrDigit(c.sentence().words()[c.from()])
                        && !NOT_MODEL_SHAPE.matcher(c.sentence().words()[c.from()]).matches()) {
                    // "the DeBERTa-V3 architecture": a named architecture is a model
                    kind = "model";
                }
                String finder = "definition";
                if (kind == null && comparedModel(c)) {
                    kind = "model";
                    finder = "comparison";
                }
                if ("model".equals(kind) || "data".equals(kind)) {
                    added.add(new Mention(c.start(), c.end(), "model".equals(kind) ? MentionType.MODEL : MentionType.DATASET,
                            0.6, finder));
                }
            }
        }
        addOwnAbbreviatedModels(text, found, added);
        // a pair whose one name only the rules above found: "comparably to XLM-R and mT5"
        List<Mention> known = new ArrayList<>(found);
        known.addAll(added);
        for (int k = 0; k + 1 < runs.size(); k++) {
            if (conjoined(runs.get(k), runs.get(k + 1))) {
                propagatePair(runs.get(k), runs.get(k + 1), known, added);
            }
        }
        found.addAll(added);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * "our Retrieval-Enhanced Transformer (RETRO)", "a verifier, called the Process Belief Model (PBM)":
     * a capitalised long form ending in a noun for models, which the paper calls its own or names, is the
     * name of a model the paper builds, though no finder knew the name. The short form is added; the
     * assembler joins the long form to it. Without "our" or a naming verb, such a phrase is most often
     * the field's term ("Large Language Models (LLMs)") and is left alone.
     */
    private static void addOwnAbbreviatedModels(AnalyzedText text, List<Mention> found, List<Mention> added) {
        for (Abbreviations.Definition d : Abbreviations.find(text.text())) {
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
            if (first < 1 || last < first || !"model".equals(CandidateFeatures.kindOfNoun(s.words()[last]))
                    || !ownOrNamed(s.words(), first)) {
                continue;
            }
            boolean capitalised = true;
            for (int k = first; k <= last; k++) {
                capitalised &= Character.isUpperCase(s.words()[k].charAt(0));
            }
            if (capitalised && last > first) {
                added.add(new Mention(d.shortStart(), d.shortEnd(), MentionType.MODEL, 0.6, "own-abbreviation"));
            }
        }
    }

    private static final java.util.Set<String> ARCHITECTURE = java.util.Set.of("architecture", "backbone");
    /** Classes of architecture, which the guidelines do not count as models ("Transformer models"). */
    private static final java.util.Set<String> GENERIC_ARCHITECTURES = java.util.Set.of("transformer", "transformers",
            "moe", "rnn", "rnns", "lstm", "lstms", "cnn", "cnns", "gnn", "gnns", "mlp", "mlps", "ssm", "ssms");

    /**
     * "Salamandra LLMs", "the Orca checkpoints": a run of a single capitalised word and a noun that names
     * models or datasets is the name before its noun. The name alone, or null when the run is otherwise
     * or the word is an ordinary English word ("Multilingual LLMs").
     */
    private static NameCandidates.Candidate beforeNamingNoun(NameCandidates.Candidate c) {
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
        return name.length() >= 3 && !name.contains("-") && !GENERIC_ARCHITECTURES.contains(name.toLowerCase(java.util.Locale.ROOT)) && Character.isUpperCase(name.charAt(0)) && !CommonWords.isCommon(name)
                && !name.chars().allMatch(ch -> Character.isUpperCase(ch) || !Character.isLetter(ch))
                && name.substring(1).chars().noneMatch(Character::isUpperCase)
                && name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '.')
                && !name.matches(".*-[a-z]{4,}");  // "BERT-based", "GPT-style": an adjective
    }

    /** "our X", "called X", "named the X": the words before a name that make it the paper's own or a name. */
    private static boolean ownOrNamed(String[] w, int first) {
        String before = w[first - 1].toLowerCase(java.util.Locale.ROOT);
        if (before.equals("the") && first >= 2) {
            before = w[first - 2].toLowerCase(java.util.Locale.ROOT);
        }
        return before.equals("our") || NAMING_VERBS.contains(before);
    }

    /**
     * "image classification (ImageNet), audio-text retrieval (AudioCaps, Clotho), audio classification
     * (ESC-50, FSD50K)": names in brackets after the tasks of one sentence are the items of one list, the
     * things each task is measured on. One list per sentence with two or more such brackets; a bracket
     * counts only when it holds nothing but names and list words and follows a lower-case word, so an
     * abbreviation after its long form ("Mixture-of-Experts (MoE)") is none.
     */
    static List<List<NameCandidates.Candidate>> bracketedLists(List<NameCandidates.Candidate> runs) {
        List<List<NameCandidates.Candidate>> out = new ArrayList<>();
        Map<Sentence, List<NameCandidates.Candidate>> items = new java.util.LinkedHashMap<>();
        Map<Sentence, Integer> brackets = new java.util.HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            NameCandidates.Candidate first = runs.get(i);
            String[] w = first.sentence().words();
            if (first.from() < 2 || !w[first.from() - 1].equals("(") || !lowerCaseWord(w[first.from() - 2])) {
                continue;
            }
            List<NameCandidates.Candidate> inside = new ArrayList<>(List.of(first));
            int j = i;
            while (j + 1 < runs.size() && joinedByList(runs.get(j), runs.get(j + 1))) {
                inside.add(runs.get(++j));
            }
            NameCandidates.Candidate last = runs.get(j);
            if (last.to() < w.length && w[last.to()].equals(")")) {
                for (NameCandidates.Candidate c : inside) {
                    if (distinctive(w, c.from(), c.to())) {
                        items.computeIfAbsent(first.sentence(), k -> new ArrayList<>()).add(c);
                    }
                }
                brackets.merge(first.sentence(), 1, Integer::sum);
            }
            i = j;
        }
        for (Map.Entry<Sentence, List<NameCandidates.Candidate>> e : items.entrySet()) {
            if (brackets.get(e.getKey()) >= 2 && e.getValue().size() >= 3) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    private static boolean lowerCaseWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
    }

    /** A list needs at least two found items of one type and none of another. */
    private void propagate(List<NameCandidates.Candidate> items, List<Mention> found, List<Mention> added) {
        propagate(items, found, added, 1);
    }

    /** As above, with up to {@code missingPerFound} missing items for each found one. */
    private void propagate(List<NameCandidates.Candidate> items, List<Mention> found, List<Mention> added,
                           int missingPerFound) {
        Map<MentionType, Integer> types = new EnumMap<>(MentionType.class);
        List<NameCandidates.Candidate> missing = new ArrayList<>();
        double confidence = 1;
        for (NameCandidates.Candidate c : items) {
            Mention m = exact(found, c);
            if (m != null) {
                types.merge(m.type(), 1, Integer::sum);
                confidence = Math.min(confidence, m.confidence());
            } else if (found.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())
                    && added.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())) {
                missing.add(c);
            }
        }
        if (types.size() > 1) {
            retypeMinority(items, found, types);
        }
        if (types.size() != 1 || missing.isEmpty()) {
            return;
        }
        Map.Entry<MentionType, Integer> only = types.entrySet().iterator().next();
        if (only.getValue() < 2 || only.getValue() * missingPerFound < missing.size()) {
            return;
        }
        for (NameCandidates.Candidate c : missing) {
            added.add(new Mention(c.start(), c.end(), only.getKey(), confidence * 0.8,
                    missingPerFound > 1 ? "bracket-list" : name()));
        }
    }

    /**
     * "comparably to XLM-R and mT5", "models like DINOv2 and ImageBind": two names joined by "and" or
     * "or" are of one kind, so when one is found as a model or dataset and the other not at all, the
     * other is one too.
     */
    private void propagatePair(NameCandidates.Candidate a, NameCandidates.Candidate b, List<Mention> found,
                               List<Mention> added) {
        Mention ma = exact(found, a);
        Mention mb = exact(found, b);
        Mention known = ma != null ? ma : mb;
        NameCandidates.Candidate other = ma != null ? b : a;
        if ((ma == null) == (mb == null) || known.type() == MentionType.ORGANIZATION) {
            return;
        }
        if (found.stream().anyMatch(f -> f.start() < other.end() && other.start() < f.end())
                || added.stream().anyMatch(f -> f.start() < other.end() && other.start() < f.end())
                || !distinctive(other.sentence().words(), other.from(), other.to())) {
            return;
        }
        added.add(new Mention(other.start(), other.end(), known.type(), known.confidence() * 0.8, name()));
    }

    /**
     * "Llama-3.1-70B", "Qwen3-30B-A3B-Thinking-2507": a name with a parameter count inside it, after a
     * hyphen, names a model; its first part must have a capital ("sub-200M" is a size).
     */
    private static final java.util.regex.Pattern SIZED_NAME = java.util.regex.Pattern.compile(
            "(?=[\\w.]*[A-Z])[A-Za-z][\\w.]*(?:-[\\w.]+)*-\\d+(?:\\.\\d+)?[BM](?:-[\\w.]+)*");
    /**
     * "Baichuan-Small", "ViT-Large", "T5-XXL", "Phi-mini": a name with a size tier after a hyphen names one
     * model of a family. Tiers that also mark benchmark subsets ("-Pro", "-Lite", "-Hard") are left out.
     */
    private static final java.util.regex.Pattern TIERED_NAME = java.util.regex.Pattern.compile(
            "[A-Z][\\w.]*(?:-[\\w.]+)*-(?i:small|large|base|medium|mini|tiny|nano|xl|xxl|chat|instruct)");
    private static final java.util.Set<String> NAMING_VERBS = java.util.Set.of("named", "called", "dubbed", "termed",
            "coined");

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
            String noun = w[k - 1].toLowerCase(java.util.Locale.ROOT);
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
        if (k >= 1 && NAMING_VERBS.contains(w[k].toLowerCase(java.util.Locale.ROOT))) {
            k--;
            if (k >= 1 && w[k].equals(",")) {
                k--;
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

    private static final java.util.Set<String> BASELINES = java.util.Set.of("baselines");
    private static final java.util.Set<String> PROPOSING = java.util.Set.of("propose", "proposes", "present",
            "presents", "introduce", "introduces", "develop", "develops", "design");
    private static final java.util.Set<String> OWN_MODEL_NOUNS = java.util.Set.of("model", "method", "network",
            "architecture", "approach", "framework");

    /**
     * "we propose a novel latent relation learning method for graph reasoning, namely X": the name after
     * "namely" names what the sentence proposes, when that is a model or a method (which the paper trains).
     * The noun is the first model or method noun after the proposing verb.
     */
    private static String proposedBefore(String[] w, int namely) {
        for (int v = namely - 1; v >= 0 && v >= namely - 16; v--) {
            if (PROPOSING.contains(w[v].toLowerCase(java.util.Locale.ROOT))) {
                for (int n = v + 1; n < namely; n++) {
                    String word = w[n].toLowerCase(java.util.Locale.ROOT);
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
    private static final java.util.regex.Pattern NOT_MODEL_SHAPE = java.util.regex.Pattern.compile(
            "[A-Z]{2,4}|[A-Z]{2,3}(?:4|8|16|32|64)|[\\d.]+[BMK]?-param(?:eter)?s?|.*-[A-Z]{2,}s");
    private static final java.util.Set<String> SPEED_WORDS = java.util.Set.of("speedup", "speed-up", "faster",
            "slower", "throughput", "latency", "mfu", "x", "times", "memory", "efficient", "efficiently", "cheaper");

    /**
     * "80times speedup over kNN-LM", "2.1x faster than Megatron-LM", "higher throughput than
     * FlashAttention-2": what is compared on speed or memory is most often a system or a kernel.
     */
    private static boolean measuresSpeed(String[] w, int from) {
        // only the words before: after the name, "2times fewer tokens" is often another measure
        for (int k = Math.max(0, from - 7); k < from; k++) {
            String word = w[k].toLowerCase(java.util.Locale.ROOT);
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

    /** "PaLI-X", "POINTS", "Llama 2": no punctuation inside and no word ending in -ing ("Cramming"). */
    private static boolean nameShaped(NameCandidates.Candidate c) {
        for (int k = c.from(); k < c.to(); k++) {
            String w = c.sentence().words()[k];
            if (w.endsWith("ing") || !Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Not a plural abbreviation ("PDFs", "LLMs") nor two capitals alone ("EM", "QA"), which are
     * more often words of the field than names.
     */
    private static boolean distinctive(String[] words, int from, int to) {
        if (to - from > 1) {
            return true;
        }
        String w = words[from];
        boolean digit = w.chars().anyMatch(Character::isDigit);
        boolean pluralAbbreviation = w.length() > 2 && w.endsWith("s")
                && w.substring(0, w.length() - 1).chars().allMatch(Character::isUpperCase);
        return !pluralAbbreviation && (w.length() > 2 || digit);
    }

    /** Two runs joined by "and" or "or" alone. */
    private static boolean conjoined(NameCandidates.Candidate a, NameCandidates.Candidate b) {
        if (a.sentence() != b.sentence()) {
            return false;
        }
        int from = afterBracketedSize(a.sentence().words(), a.to(), b.from());
        if (from < 0 || b.from() - from != 1) {
            return false;
        }
        String w = a.sentence().words()[from];
        return w.equals("and") || w.equals("or");
    }

    /**
     * "MATH500, AIME2024, and Omni-math-500" with the last found as a model: one item typed against a
     * clear majority of its list (at least two, and twice as many) takes the majority's
     * type; the list then counts as one kind.
     */
    private static void retypeMinority(List<NameCandidates.Candidate> items, List<Mention> found,
                                       Map<MentionType, Integer> types) {
        Map.Entry<MentionType, Integer> top = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        MentionType major = top.getKey();
        int majority = top.getValue();
        int others = types.values().stream().mapToInt(Integer::intValue).sum() - majority;
        if (majority < 2 || majority < 2 * others || types.containsKey(MentionType.ORGANIZATION)) {
            return;
        }
        for (NameCandidates.Candidate c : items) {
            Mention m = exact(found, c);
            if (m != null && m.type() != major) {
                found.set(found.indexOf(m), new Mention(m.start(), m.end(), major, m.confidence(), m.finder()));
            }
        }
        types.clear();
        types.put(major, majority + others);
    }

    private static Mention exact(List<Mention> found, NameCandidates.Candidate c) {
        for (Mention m : found) {
            if (m.start() == c.start() && m.end() == c.end()) {
                return m;
            }
        }
        return null;
    }

    private static List<NameCandidates.Candidate> wholeRuns(List<NameCandidates.Candidate> candidates) {
        List<NameCandidates.Candidate> out = new ArrayList<>();
        for (NameCandidates.Candidate c : candidates) {
            if (c.from() == c.runFrom() && c.to() == c.runTo()) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * "Gopher (280B), GPT-3 (175B)", "XLM-R Base (85M params) and DistillBERT": a size or score in brackets
     * after a list item is part of the item. The index after the bracket at {@code from}, {@code from}
     * when there is none, or -1 when the bracket holds something else or does not close before {@code limit}.
     */
    private static int afterBracketedSize(String[] w, int from, int limit) {
        if (from >= limit || !w[from].equals("(")) {
            return from;
        }
        int close = from + 1;
        while (close < limit && close <= from + 4 && !w[close].equals(")")) {
            close++;
        }
        if (close >= limit || !w[close].equals(")") || close == from + 1 || !Character.isDigit(w[from + 1].charAt(0))) {
            return -1;
        }
        return close + 1;
    }

    /** Two runs of one sentence separated only by ",", "and", "or", ", and" or "/". */
    private static boolean joinedByList(NameCandidates.Candidate a, NameCandidates.Candidate b) {
        if (a.sentence() != b.sentence()) {
            return false;
        }
        String[] w = a.sentence().words();
        int from = afterBracketedSize(w, a.to(), b.from());
        if (from < 0) {
            return false;
        }
        int gap = b.from() - from;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int k = from; k < b.from(); k++) {
            if (!(w[k].equals(",") || w[k].equals("and") || w[k].equals("or") || w[k].equals("/") || w[k].equals(";"))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String name() {
        return "list-propagation";
    }
}
