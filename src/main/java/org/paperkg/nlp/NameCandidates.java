package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stretches of a sentence shaped like a name: tokens with inner capitals or digits ({@code GPT-4},
 * {@code ParaSpeechCaps}, {@code MMLU}), capitalised proper nouns, and the versions and sizes that
 * follow a name ({@code Llama 2 70B}, {@code The Stack v2}). Whether a candidate is a model, a
 * dataset, an organisation or nothing is for a classifier to say; this only proposes.
 */
public final class NameCandidates {

    /**
     * A candidate: tokens [from, to) of one sentence, inside the maximal name-shaped run [runFrom, runTo).
     * Every sub-span of a run is a candidate, because a run often holds two names ("OpenAI GPT-3",
     * "NVIDIA A100") or a name and a generic word ("Qwen2.5 LLM").
     */
    public record Candidate(Sentence sentence, int sentenceIndex, int from, int to, int runFrom, int runTo) {
        public int start() {
            return sentence.tokens()[from].getStart();
        }

        public int end() {
            return sentence.tokens()[to - 1].getEnd();
        }

        public String text(AnalyzedText t) {
            return t.covered(start(), end());
        }
    }

    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern SIZE_WORD = Pattern.compile("\\d+(?:\\.\\d+)?[BMKT]");
    private static final Pattern VERSION = Pattern.compile("(?:v|V)?\\d+(?:\\.\\d+)*[A-Za-z]?|\\d+(?:\\.\\d+)?[BMKbmk]|\\d+x\\d+[BM]");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "&");
    private static final int MAX_TOKENS = 8;

    private NameCandidates() {}

    public static List<Candidate> find(AnalyzedText text) {
        List<Candidate> out = new ArrayList<>();
        for (int si = 0; si < text.sentences().size(); si++) {
            Sentence s = text.sentences().get(si);
            boolean title = si == 0;
            int i = 0;
            while (i < s.size()) {
                if (!startsName(s, i, title)) {
                    i++;
                    continue;
                }
                int j = runEnd(s, i, title);
                addSubSpans(s, si, i, j, out);
                i = j;
            }
            if (title) {
                addTitlePrefix(text, s, out);
            }
        }
        return out;
    }

    /** The end of the run of name-shaped words that starts at token {@code i}, without a connector at its end. */
    private static int runEnd(Sentence s, int i, boolean title) {
        int j = i + 1;
        while (j < s.size() && j - i < MAX_TOKENS && continuesName(s, j, title)) {
            j++;
        }
        // A connector must be followed by more name ("University of Washington").
        while (j > i + 1 && CONNECTORS.contains(s.words()[j - 1])) {
            j--;
        }
        return j;
    }

    /**
     * Whether tokens {@code from..to} of sentence {@code si} are one whole run of name-shaped words as {@link #find}
     * cuts them (a candidate that spans its own run). Reads that one sentence only, for a finder that needs to know it
     * of a few names.
     */
    public static boolean wholeRun(AnalyzedText text, int si, int from, int to) {
        Sentence s = text.sentences().get(si);
        boolean title = si == 0;
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size() && i <= from) {
            if (!startsName(s, i, title)) {
                i++;
                continue;
            }
            int j = runEnd(s, i, title);
            if (i == from && j == to) {
                addSubSpans(s, si, i, j, out);
            }
            i = j;
        }
        if (title) {
            addTitlePrefix(text, s, out);
        }
        return out.stream().anyMatch(c -> c.from() == from && c.to() == to && c.runFrom() == from && c.runTo() == to);
    }

    private static final int MAX_SUB_TOKENS = 5;
    private static final Pattern QUANTITY_ONLY = Pattern.compile("\\d+(?:[.,]\\d+)*\\s*(?:[BMKTbmkt]|[A-Za-z]{1,3}|%)?");
    private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");

    private static void addSubSpans(Sentence s, int si, int runFrom, int runTo, List<Candidate> out) {
        for (int a = runFrom; a < runTo; a++) {
            if (!canStart(s.words()[a])) {
                continue;
            }
            for (int b = a + 1; b <= Math.min(runTo, a + MAX_SUB_TOKENS); b++) {
                if (CONNECTORS.contains(s.words()[b - 1])) {
                    continue;
                }
                String last = s.words()[b - 1];
                if (b - a == 1 && (QUANTITY_ONLY.matcher(last).matches() || MONTHS.contains(last.toLowerCase()))) {
                    continue;
                }
                out.add(new Candidate(s, si, a, b, runFrom, runTo));
            }
        }
    }

    private static boolean canStart(String w) {
        return HAS_LETTER.matcher(w).matches() && !CONNECTORS.contains(w) && !w.matches("(?:v|V)\\d+(?:\\.\\d+)*");
    }

    /** "Dolma: an Open Corpus ...": a short title head before a colon names the paper's artefact. */
    private static void addTitlePrefix(AnalyzedText text, Sentence s, List<Candidate> out) {
        for (int k = 1; k < Math.min(s.size(), 6); k++) {
            if (s.words()[k].equals(":")) {
                final int colon = k;
                // "Phi-3 Technical Report: ...": the report is about the artefact its head names
                final int head = colon - reportWords(s, colon);
                boolean covered = out.stream().anyMatch(c -> c.sentence() == s && c.from() == 0 && c.to() == head);
                if (head > 0 && !covered && HAS_LETTER.matcher(s.words()[0]).matches() && !catchphrase(s, head)) {
                    out.removeIf(c -> c.sentence() == s && c.from() < head);
                    out.add(new Candidate(s, 0, 0, head, 0, head));
                }
                return;
            }
        }
    }

    /** How many of the words before {@code end} are "Technical Report", "Report" or "System/Model Card". */
    private static int reportWords(Sentence s, int end) {
        String last = end >= 1 ? s.words()[end - 1].toLowerCase(java.util.Locale.ROOT) : "";
        String before = end >= 2 ? s.words()[end - 2].toLowerCase(java.util.Locale.ROOT) : "";
        if (last.equals("report")) {
            return before.equals("technical") ? 2 : 1;
        }
        if (last.equals("card") && (before.equals("system") || before.equals("model"))) {
            return 2;
        }
        return 0;
    }

    /**
     * "Every Activation Boosted:", "Beyond Scale:": a title head of two or more ordinary words, none
     * naming a kind of artefact ("Large Concept Models:" does), is a slogan, not a name.
     */
    private static boolean catchphrase(Sentence s, int colon) {
        if (colon < 2) {
            return false;
        }
        if (sloganShape(s, colon)) {
            return true;
        }
        for (int k = 0; k < colon; k++) {
            String w = s.words()[k];
            if (hasInnerCapitalOrDigit(w) || !CommonWords.isCommon(w) || ARTEFACT_NOUNS.contains(w.toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /** Small words that a name seldom holds in lower case, but a slogan does: "Self-Rationalization in the Wild". */
    private static final Set<String> SLOGAN_WORDS = Set.of("in", "the", "to", "for", "with", "and", "on", "at",
            "from", "into", "beyond", "without", "is", "are", "you", "your", "we", "all", "what", "how", "when", "why");

    /** Nouns of a task: a title head ending in one names the task ("Cross-Domain Audio Deepfake Detection"). */
    private static final Set<String> TASK_NOUNS = Set.of("detection", "classification", "recognition", "generation",
            "translation", "extraction", "summarization", "summarisation", "identification", "segmentation",
            "tagging", "parsing", "retrieval", "understanding", "reasoning", "prediction", "evaluation");

    /**
     * "Mitigating Biases to Embrace Diversity:", "Self-Rationalization in the Wild:", "Cross-Domain Audio Deepfake
     * Detection:": a head that holds a comma, a contraction or (after its first word) a small word in lower case
     * is a phrase, whatever names stand in it; one that opens with a verb in -ing or ends in a task noun, with no
     * word shaped like a name (a digit, an inner capital), is a slogan or a task. Neither is a name.
     */
    private static boolean sloganShape(Sentence s, int colon) {
        for (int k = 0; k < colon; k++) {
            String w = s.words()[k];
            // "Ancient Wisdom, Modern Tools:", "It Ain't Over:": a comma or a contraction belongs to a phrase,
            // never to a name
            if (w.equals(",") || CONTRACTION.matcher(w).matches()) {
                return true;
            }
        }
        if (colon >= 3 && smallWordInside(s, colon)) {
            // "Linguistic Bias in ChatGPT:": a phrase about a name is no name, though a name stands in it
            return true;
        }
        for (int k = 0; k < colon; k++) {
            String w = s.words()[k];
            if (hasInnerCapitalOrDigit(w) && !capitalisedWordsJoined(w)) {
                return false; // "RoBERTa", "GPT-4" are names; "Cross-Domain" is two words
            }
        }
        String first = s.words()[0];
        if (first.endsWith("ing") && first.length() > 5) {
            return true;
        }
        String last = s.words()[colon - 1].toLowerCase(java.util.Locale.ROOT);
        return TASK_NOUNS.contains(last);
    }

    /** A contraction, not a possessive: "Ain’t", "Don't", "We're" (but "Humanity's Last Exam" is a name). */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(
            "(?:\\p{L}+)?(?:n['’]t|['’](?:t|re|ve|ll|m))");

    /** Whether a small word in lower case stands after the head's first word: "Self-Rationalization in the Wild". */
    private static boolean smallWordInside(Sentence s, int colon) {
        for (int k = 1; k < colon; k++) {
            if (SLOGAN_WORDS.contains(s.words()[k])) {
                return true;
            }
        }
        return false;
    }

    /** "Cross-Domain", "Large-Scale": at most two capitalised words joined by a hyphen, no digit, no inner capital. */
    private static boolean capitalisedWordsJoined(String w) {
        String[] parts = w.split("-");
        if (parts.length < 2 || parts.length > 2 || w.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String part : parts) {
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))
                    || part.substring(1).chars().anyMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ARTEFACT_NOUNS = Set.of("model", "models", "transformer", "transformers",
            "dataset", "datasets", "corpus", "benchmark", "bench", "network", "networks", "llm", "llms");

    static boolean startsName(Sentence s, int i, boolean title) {
        String w = s.words()[i];
        if (!HAS_LETTER.matcher(w).matches() || w.length() > 60 || w.contains("://") || w.startsWith("www.")) {
            return false;
        }
        if (Character.isDigit(w.charAt(0)) && SIZE_WORD.matcher(w).matches()) {
            // "the 2.7B OPT model", "175B GPT-3": a size before a name describes it
            return false;
        }
        if (hasInnerCapitalOrDigit(w)) {
            return !isPlainAbbreviationWord(w);
        }
        if (!Character.isUpperCase(w.charAt(0)) || title) {
            return false;
        }
        boolean common = CommonWords.isCommon(w);
        // "Common Crawl", "Common Corpus": capitalised common words start a name when a capitalised
        // word follows, since mid-sentence capitals mark names.
        boolean nextCapitalised = i + 1 < s.size() && Character.isUpperCase(s.words()[i + 1].charAt(0))
                && HAS_LETTER.matcher(s.words()[i + 1]).matches();
        if (i == 0 || isSentenceStartLike(s, i)) {
            // the cheap test first: asking for the tags tags the whole sentence
            return !common && "PROPN".equals(s.tags()[i]);
        }
        return !common || nextCapitalised;
    }

    static boolean continuesName(Sentence s, int j, boolean title) {
        String w = s.words()[j];
        if (VERSION.matcher(w).matches()) {
            // "Llama 2", "Claude 3", "Qwen 72B"; but not a list marker "1)" or a number after a number.
            String prev = s.words()[j - 1];
            boolean listMarker = j + 1 < s.size() && s.words()[j + 1].equals(")") && !insideBrackets(s, j);
            // "over ChatGPT 57% of the time": a percentage after a name is a result, not its version
            boolean percent = j + 1 < s.size() && (s.words()[j + 1].equals("%") || s.words()[j + 1].equals("percent"));
            return !listMarker && !percent && !(w.matches("\\d+") && prev.matches(".*\\d"));
        }
        if (CONNECTORS.contains(w)) {
            // "UL2 20B & Flan-UL2 20B": after a size or version the name is complete
            return !VERSION.matcher(s.words()[j - 1]).matches() && j + 1 < s.size() && Character.isUpperCase(s.words()[j + 1].charAt(0)) && !title;
        }
        if (!HAS_LETTER.matcher(w).matches()) {
            return false;
        }
        if (hasInnerCapitalOrDigit(w)) {
            return true;
        }
        return !title && Character.isUpperCase(w.charAt(0))
                && (!CommonWords.isCommon(w) || Character.isUpperCase(s.words()[j - 1].charAt(0)));
    }

    /** "(larger than T5 11B)": a bracket opened before token j and not yet closed. */
    private static boolean insideBrackets(Sentence s, int j) {
        for (int k = j - 1; k >= 0 && k >= j - 40; k--) {
            String w = s.words()[k];
            if (w.equals(")")) {
                return false;
            }
            if (w.equals("(")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceStartLike(Sentence s, int i) {
        String prev = s.words()[i - 1];
        return prev.equals("(") || prev.equals(":") || prev.equals("\"") || prev.equals("“");
    }

    /** {@code GPT-4}, {@code MMLU}, {@code ParaSpeechCaps}, {@code phi-3}: capitals after the first letter, or digits. */
    static boolean hasInnerCapitalOrDigit(String w) {
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isDigit(c) && letter) {
                return true;
            }
            if (k > 0 && Character.isUpperCase(c)) {
                return true;
            }
            letter |= Character.isLetter(c);
        }
        return false;
    }

    /** Words like "I" or "A" or "US" are capitals without being names of interest. */
    private static boolean isPlainAbbreviationWord(String w) {
        return w.length() < 2;
    }
}
