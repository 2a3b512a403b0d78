package org.paperkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mentions of names on a list, matched on whole tokens. Organisations, a nearly closed class that annotated
 * abstracts name too rarely for a statistical finder to learn, match under {@link NameKey} normalisation (so
 * "Hugging Face", "HuggingFace" and "Hugging-Face" all match); the well-known datasets and models, fallbacks behind
 * the classifier, match with their case kept.
 */
public final class DictionaryMentionFinder implements MentionFinder {
    private static final int MAX_TOKENS = 6;

    private final Map<String, MentionType> names;
    private final String name;
    private final boolean caseSensitive;
    /**
     * Only names that are a whole run of name-shaped words: "BERT" in "Multilingual BERT" or "Mistral" in
     * "Mistral Nemo" is part of a longer name, which the list must not cut short.
     */
    private final boolean wholeNamesOnly;
    /** For the model list: its entries by their letters and digits in lower case, with the listed spelling. */
    private final Map<String, String> lowerCaseEntries;

    public DictionaryMentionFinder(Map<String, MentionType> names, String name) {
        this(names, name, false);
    }

    private DictionaryMentionFinder(Map<String, MentionType> names, String name, boolean caseSensitive) {
        this(names, name, caseSensitive, false, Map.of());
    }

    private DictionaryMentionFinder(Map<String, MentionType> names, String name, boolean caseSensitive,
                                    boolean wholeNamesOnly, Map<String, String> lowerCaseEntries) {
        this.names = Map.copyOf(names);
        this.name = name;
        this.caseSensitive = caseSensitive;
        this.wholeNamesOnly = wholeNamesOnly;
        this.lowerCaseEntries = Map.copyOf(lowerCaseEntries);
    }

    /**
     * The bundled list of widely used benchmarks and corpora ({@code datasets.txt}). Matched with
     * case kept, because many of them are also ordinary words ("MATH", "RACE", "Books"); the
     * finder is a fallback behind the classifier, which decides wherever it finds a name.
     */
    private static final String DATASET_LIST = "dataset-dictionary";
    private static final String MODEL_LIST = "model-dictionary";
    private static final String ORGANIZATION_LIST = "org-dictionary";
    private static final java.util.Set<String> LIST_FINDERS = java.util.Set.of(DATASET_LIST, MODEL_LIST, ORGANIZATION_LIST);

    /** Whether the mention comes from one of the lists of known names (models, datasets, organisations). */
    public static boolean fromList(Mention m) {
        return LIST_FINDERS.contains(m.finder());
    }

    public static DictionaryMentionFinder datasets() {
        return Datasets.LIST;
    }

    private static final class Datasets {
        static final DictionaryMentionFinder LIST =
                new DictionaryMentionFinder(loadWithCase("datasets.txt", MentionType.DATASET), DATASET_LIST, true,
                        false, lowerCaseEntries("datasets.txt"));
    }

    /**
     * The bundled list of widely used pre-trained models and model families ({@code models.txt}), for the
     * well-known names the classifier misses where the context says little ("we explore adaptation with
     * Longformer"). Matched with case kept, as the datasets are ("BLOOM" is the model, "Bloom" a name in
     * "Bloom's taxonomy"); a fallback behind the classifier, like the dataset list.
     */
    public static DictionaryMentionFinder models() {
        return Models.LIST;
    }

    private static final class Models {
        static final DictionaryMentionFinder LIST =
                new DictionaryMentionFinder(loadWithCase("models.txt", MentionType.MODEL), MODEL_LIST, true, true,
                        lowerCaseEntries("models.txt"));
    }

    /** Whether the list has this name, compared as its matches are (case kept or not). */
    public boolean lists(String surface) {
        return names.containsKey(caseSensitive ? caseKey(surface) : NameKey.of(surface));
    }

    /** A bundled list's entries, one per line, without blank lines and "#" comments. */
    private static List<String> entries(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = DictionaryMentionFinder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A list's entries under {@link #caseKey}, all of one type. */
    private static Map<String, MentionType> loadWithCase(String resource, MentionType type) {
        Map<String, MentionType> map = new HashMap<>();
        for (String entry : entries(resource)) {
            map.put(caseKey(entry), type);
        }
        return map;
    }

    /** Letters and digits only, case kept. */
    private static String caseKey(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The bundled list of AI organisations ({@code organizations.txt}): one shared instance (the finder is
     * immutable), read once for the mention finders and for the makers named inside product names.
     */
    public static DictionaryMentionFinder organizations() {
        return Organizations.LIST;
    }

    private static final class Organizations {
        static final DictionaryMentionFinder LIST =
                // in the case the list writes them: "xAI" is no "XAI" (explainable AI), "NASA" no "Nasa" (a language)
                new DictionaryMentionFinder(loadWithCase("organizations.txt", MentionType.ORGANIZATION), ORGANIZATION_LIST, true);
    }

    static Map<String, MentionType> load(String resource, MentionType type) {
        Map<String, MentionType> map = new HashMap<>();
        for (String entry : entries(resource)) {
            map.put(NameKey.of(entry), type);
        }
        return map;
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> found = listed(text);
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            int si = text.sentenceIndexAt(m.start());
            Sentence s = text.sentences().get(si);
            int first = s.tokenAt(m.start());
            int end = s.tokenAt(m.end() - 1) + 1;
            if (!wholeNamesOnly || NameCandidates.wholeRun(text, si, first, end)) {
                out.add(m);
            } else if (end < s.size() && SizeTierNames.isProductTier(s.words()[end]) && NameCandidates.wholeRun(text, si, first, end + 1)) {
                // "Gemini Flash", "Claude Haiku": the family and its product tier are the whole name
                out.add(new Mention(m.start(), s.tokens()[end].getEnd(), m.type(), m.confidence(), m.finder()));
            }
        }
        if (!lowerCaseEntries.isEmpty()) {
            addCaseVariants(text, out);
        }
        return out;
    }

    /** One word, with hyphens, dots and digits: "roberta-large", "wav2vec2", "gpt3.5", "Xsum". */
    private static final java.util.regex.Pattern WORD_TOKEN =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[.\\-][A-Za-z0-9]+)*");
    /** What a checkpoint's name adds to its family's: a size tier, a casing, a version, a size, a tuning. */
    private static final java.util.regex.Pattern CHECKPOINT_SUFFIX = java.util.regex.Pattern.compile(
            "(?:-(?:large|base|small|medium|xl|xxl|tiny|mini|uncased|cased|v\\d+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?[bm]"
                    + "|instruct|chat|hf))+$");
    /** Mixed case with a capital inside: "XSum", "RoBERTa", "Word2Vec"; not "BLOOM", "Longformer". */
    private static final java.util.regex.Pattern INNER_CAPITAL = java.util.regex.Pattern.compile("(?=.*\\p{Ll}).\\S*\\p{Lu}.*");

    /**
     * A listed name written in another case: "a roberta-large pre-trained model", "fine-tuned gpt3.5", "results on
     * Xsum", "the Paracrawl corpus". A word in lower case, as checkpoints are named on model hubs, must be marked as
     * a name by a size tier, a version or a digit, or be a listed name with an inner capital ("word2vec" for
     * "Word2Vec"); a capitalised word only for a listed name with an inner capital ("Xsum" for "XSum"). So
     * "bloom", "codex", "whisper" and "Bloom's taxonomy" stay words, and ordinary English words never match.
     */
    private void addCaseVariants(AnalyzedText text, List<Mention> out) {
        List<Mention> added = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.words()[i];
                if (w.length() < 4) {
                    continue;
                }
                // one map look-up first: it settles nearly every word of a sentence, so this pass stays cheap
                boolean lower = Character.isLowerCase(w.charAt(0));
                String base = lower && w.indexOf('-') > 0 ? CHECKPOINT_SUFFIX.matcher(w).replaceFirst("") : w;
                String entry = lowerCaseEntries.get(caseKey(base).toLowerCase(java.util.Locale.ROOT));
                if (entry == null || !WORD_TOKEN.matcher(w).matches() || CommonWords.isCommon(w)) {
                    continue;
                }
                if (!lower && names.containsKey(caseKey(w))) {
                    continue; // listed as written: the whole-name test above has had its say ("Llama Instruct")
                }
                boolean marked = lower && (!base.equals(w) || w.chars().anyMatch(Character::isDigit));
                // unmarked, only the case may differ: "mul-tiple" (a word broken at a line end) is no "MultiPL-E"
                if (!marked && !(INNER_CAPITAL.matcher(entry).matches() && entry.equalsIgnoreCase(base))) {
                    continue;
                }
                int start = s.tokens()[i].getStart();
                int end = s.tokens()[i].getEnd();
                if (out.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    added.add(new Mention(start, end, names.get(caseKey(entry)), 0.8, name));
                }
            }
        }
        if (!added.isEmpty()) {
            out.addAll(added);
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
    }

    /** A list's entries by their letters and digits in lower case, each with its listed spelling. */
    private static Map<String, String> lowerCaseEntries(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String entry : entries(resource)) {
            m.putIfAbsent(caseKey(entry).toLowerCase(java.util.Locale.ROOT), entry);
        }
        return m;
    }

    private List<Mention> listed(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            String[] parts = null; // each token's key, computed once per sentence when first needed
            int i = 0;
            while (i < s.size()) {
                // Names start with a capital or digit ("meta" in "meta-learning" is no company); most
                // tokens are lower-case words, so this test comes before any key is built
                if (s.words()[i].isEmpty() || Character.isLowerCase(s.words()[i].charAt(0)) && !lowerCaseName(s.words()[i])) {
                    i++;
                    continue;
                }
                if (parts == null) parts = keys(s.words());
                int matchedEnd = longestMatch(s, parts, i, Integer.MAX_VALUE);
                MentionType type = matchedEnd > 0 ? names.get(joined(parts, i, matchedEnd)) : null;
                if (matchedEnd > 0 && type == MentionType.ORGANIZATION && namesALicence(s, matchedEnd)) {
                    // "under an MIT license", "the Apache License", "FAIR principles": a licence or rules, not their author
                    i = matchedEnd;
                    continue;
                }
                if (matchedEnd > 0 && type == MentionType.ORGANIZATION && startsModelName(s, matchedEnd)) {
                    // "DeepSeek R1": the organisation's name starts a model's name
                    i = matchedEnd;
                    continue;
                }
                if (matchedEnd > 0) {
                    out.add(new Mention(s.tokens()[i].getStart(), s.tokens()[matchedEnd - 1].getEnd(), type, 0.9, name));
                    i = matchedEnd;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /**
     * The longest listed name that starts at the first token of {@code start..end} and ends on a token
     * boundary before {@code end}: the maker's name at the head of a product's ("Meta" in "Meta
     * WikiExpert-8B"). Null if none, and null where {@link #find} would not name it either: before a
     * version ("DeepSeek R1", where annotators take the name for the model's alone).
     */
    public Mention leadingName(AnalyzedText text, int start, int end) {
        Sentence s = text.sentenceAt(start);
        int first = s == null ? -1 : s.tokenAt(start);
        if (first < 0 || s.tokens()[first].getStart() != start) {
            return null;
        }
        // keys only for the tokens a listed name can span, not the whole sentence: this runs per mention
        String[] parts = new String[s.size()];
        for (int k = first; k < Math.min(s.size(), first + MAX_TOKENS); k++) {
            parts[k] = caseSensitive ? caseKey(s.words()[k]) : NameKey.of(s.words()[k]);
        }
        int matchedEnd = longestMatch(s, parts, first, end);
        if (matchedEnd < 0 || startsModelName(s, matchedEnd)) {
            return null;
        }
        return new Mention(start, s.tokens()[matchedEnd - 1].getEnd(), names.get(joined(parts, first, matchedEnd)), 0.9, name);
    }

    /**
     * The token after the longest listed name that starts at token {@code i} and ends before character
     * {@code endOffset}, or -1. Names neither start nor end on punctuation.
     */
    private int longestMatch(Sentence s, String[] parts, int i, int endOffset) {
        if (s.words()[i].isEmpty() || !Character.isLetterOrDigit(s.words()[i].charAt(0))) {
            return -1;
        }
        int matchedEnd = -1;
        StringBuilder key = new StringBuilder();
        for (int j = i; j < Math.min(s.size(), i + MAX_TOKENS) && s.tokens()[j].getEnd() < endOffset; j++) {
            if (caseSensitive && NAME_ENDS.contains(s.words()[j])) {
                break; // "Mistral (7B)" is no "Mistral-7B": a bracket or comma ends a listed name
            }
            key.append(parts[j]);
            if (!parts[j].isEmpty() && names.containsKey(key.toString())) {
                matchedEnd = j + 1;
            }
        }
        return matchedEnd;
    }

    /**
     * A lower-case word that a case-kept list may name whole: "mT5", "word2vec", "fastText". Only such lists, and
     * only a word with a capital or a digit inside, so "meta" in "meta-learning" stays a word.
     */
    private boolean lowerCaseName(String word) {
        return caseSensitive && word.chars().anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
                && names.containsKey(caseKey(word));
    }

    /** Punctuation that no listed name spans: "Mistral (7B)" is no "Mistral-7B". */
    private static final java.util.Set<String> NAME_ENDS = java.util.Set.of("(", ")", "[", "]", ",", ";", ":");

    private static String joined(String[] parts, int from, int to) {
        return String.join("", java.util.Arrays.asList(parts).subList(from, to));
    }

    private String[] keys(String[] words) {
        String[] out = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            out[k] = caseSensitive ? caseKey(words[k]) : NameKey.of(words[k]);
        }
        return out;
    }

    private static final java.util.Set<String> LICENCE_WORDS = java.util.Set.of("license", "licence", "licenses",
            "licences", "licensed", "licence-compatible",
            // "adhering to FAIR principles": the acronym of a set of rules, not the lab
            "principles", "guidelines", "standards", "compliant");
    private static final java.util.Set<String> HARDWARE_NOUNS = java.util.Set.of("gpu", "gpus", "tpu", "tpus",
            "accelerator", "accelerators", "chip", "chips", "card", "cards", "node", "nodes", "cluster", "clusters");

    private static boolean namesALicence(Sentence s, int next) {
        return next < s.size() && LICENCE_WORDS.contains(s.words()[next].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "8x NVIDIA 3090 GPUs", "NVIDIA H800 GPU hours": a product number followed by a hardware noun names
     * the maker's chip, not a model that takes the maker's name, so the maker stays an organisation.
     */
    private static boolean namesHardware(Sentence s, int next) {
        return next + 1 < s.size() && HARDWARE_NOUNS.contains(s.words()[next + 1].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "DeepSeek R1", "OpenAI o1-mini": a version-like token after the organisation's name continues a
     * model's name, unless a hardware noun follows ("NVIDIA A100 GPUs" names the maker's chip).
     */
    private static boolean startsModelName(Sentence s, int next) {
        return continuesModelName(s, next) && !namesHardware(s, next);
    }

    /** A version-like token right after the match ("R1", "V3", "o1-mini", "2.5"). */
    private static boolean continuesModelName(Sentence s, int next) {
        return next < s.size() && MODEL_PART.matcher(s.words()[next]).matches();
    }

    private static final java.util.regex.Pattern MODEL_PART = java.util.regex.Pattern.compile(
            "[A-Za-z]{0,2}\\d+(?:\\.\\d+)*[A-Za-z]?(?:-[A-Za-z0-9]+)*");

    @Override
    public String name() {
        return name;
    }
}
