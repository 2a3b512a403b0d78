package org.paperkg.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words around a name say that makes it a dataset, for the names no finder found: its shape
 * ("LiveCodeBench"), "the X dataset", "trained on X", "X, comprising 352 questions", "accuracy on X", "On X,
 * M achieves ...". One of the two halves of {@link ContextNames}, which asks these first and the model
 * evidence after.
 */
public final class DataContexts {

    private DataContexts() {}

    /** The kind of evidence that makes the candidate a dataset, or null when there is none. */
    static String evidence(NameCandidates.Candidate c) {
        if (benchmarkShaped(c)) {
            return "benchmark-shape";
        }
        if (capitalisedDataHead(c)) {
            return "data-head";
        }
        if (definiteBeforeDataNoun(c) || shortFormAfterDataNoun(c) || shortFormBeforeDataNoun(c) || bareNameBeforeDataNoun(c)) {
            return "data-noun";
        }
        if (trainingData(c)) {
            return "training-data";
        }
        if (evaluationData(c)) {
            return "evaluation-data";
        }
        if (describedByContents(c) || holdsACount(c)) {
            return "contents";
        }
        if (resultOn(c) || frontedResultOn(c)) {
            return "result-on";
        }
        return null;
    }

    /** A one-word name with a digit, a hyphen, a capital after a small letter, or in capitals: "C4", "MetaMathQA". */
    private static final Pattern DATA_NAME_SHAPE = Pattern.compile(".*\\d.*|.+-.+|.*\\p{Ll}\\p{Lu}.*|\\p{Lu}{2,}\\+?");

    /** What may follow a name that ends its phrase: "on MetaMathQA and ...", "on OpenMathReasoning, two ...". */
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", "and", "or", "(", "to", "for", "with",
            "using", "via", "", "trajectories", "data", "samples", "examples", "problems", "pairs", "dialogues",
            "conversations", "instructions", "subset", "split", "corpus", "dataset", "traces");

    /**
     * "a 7B model fine-tuned from Mistral-7B on MetaMathQA and ...", "is trained exclusively on OpenWebMath.":
     * a name right after the "on" of a training word (a source or maker may stand between) is the training
     * data. The name must end its phrase: in "trained on GPT-4 outputs" the data are the outputs.
     */
    private static boolean trainingData(NameCandidates.Candidate c) {
        return afterVerbAndOn(c, TrainingWords::isTraining);
    }

    /**
     * "we train and evaluate UniMath on SVAMP, GeoQA and TableMWP", "is tested on WNUT-17.": a name right
     * after the "on" of an evaluation verb is what the model was evaluated on, with the same guards as
     * {@link #trainingData}.
     */
    private static boolean evaluationData(NameCandidates.Candidate c) {
        return afterVerbAndOn(c, EvaluationWords::isEvaluating);
    }

    /**
     * A name right after "on", or in a list of names right after it ("on SVAMP, GeoQA, and TableMWP"),
     * ending its phrase, with a verb the predicate accepts at most five words before the "on".
     */
    private static boolean afterVerbAndOn(NameCandidates.Candidate c, java.util.function.Predicate<String> verb) {
        String[] w = c.sentence().words();
        // a title capitalises every word, so lists are read in the abstract only
        int on = (c.sentenceIndex() > 0 ? listStart(w, c.from()) : c.from()) - 1;
        if (on < 1 || !w[on].equalsIgnoreCase("on")) {
            return false;
        }
        if (!PHRASE_ENDS.contains(wordAfterBracket(c)) || c.to() - c.from() == 1 && !DATA_NAME_SHAPE.matcher(w[c.from()]).matches()) {
            // one plain word ("Python", "English") is more often a language than a corpus; "on Version
            // Control System (VCS) tasks" names the tasks
            return false;
        }
        String name = String.join(" ", Arrays.copyOfRange(w, c.from(), c.to()));
        if (NonNameFilter.hasLanguagePart(name) || Arrays.stream(w, c.from(), c.to()).allMatch(CommonWords::isCommon)
                || HARDWARE.matcher(name).matches()) {
            // "on L2-Chinese, L1-Japanese data", "on English-to-Spanish": languages; "evaluating LLMs on
            // Mathematical Word Problems": ordinary words with capitals name a task; "a model trained on
            // GPU": the processor it ran on
            return false;
        }
        // look back over at most one adverb and one "from X" / "by X" (or the model: "evaluate M on") to the verb
        for (int k = on - 1; k >= Math.max(0, on - 5); k--) {
            String word = w[k].toLowerCase(Locale.ROOT);
            if (verb.test(word)) {
                return true;
            }
            if (word.equals(",") || word.equals(".") || word.equals("on") || word.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the list of names that token {@code from} is in starts: back over capitalised words and list
     * glue (",", "and", "or") to the first name; {@code from} itself when no list comes before it.
     */
    private static int listStart(String[] w, int from) {
        int start = from;
        boolean glue = false;
        for (int k = from - 1; k >= 0 && k >= from - 12; k--) {
            String x = w[k];
            if (x.equals(",") || x.equals("and") || x.equals("or")) {
                glue = true;
                continue;
            }
            if (!Character.isUpperCase(x.charAt(0)) && !Character.isDigit(x.charAt(0))) {
                break;
            }
            start = k;
        }
        return glue ? start : from;
    }

    /** Nouns for a measured result, whose "on" names what it was measured on: "accuracy on Multi-Arith". */
    private static final Set<String> RESULT_NOUNS = Set.of("accuracy", "accuracies", "performance", "score", "scores",
            "results", "result", "f1", "gains", "gain", "improvement", "improvements", "error", "perplexity");

    /**
     * "Mistral-7B's accuracy on Multi-Arith increased by 20%", "state-of-the-art results on WNUT-17": a
     * name-shaped word right after the "on" of a result noun, ending its phrase, is what the result was
     * measured on. One word only and shaped like a name (a digit, a hyphen, inner capitals): "results
     * on English" is a language.
     */
    private static boolean resultOn(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.from() < 2 || c.to() - c.from() != 1 || !w[c.from() - 1].equalsIgnoreCase("on")
                || !(RESULT_NOUNS.contains(w[c.from() - 2].toLowerCase(Locale.ROOT)) || isScore(c.sentence(), c.from() - 2))
                || !DATA_NAME_SHAPE.matcher(w[c.from()]).matches() || TRANSLATION_DIRECTION.matcher(w[c.from()]).matches()) {
            return false;
        }
        String tag = c.to() < w.length ? c.sentence().tags()[c.to()] : "";
        return PHRASE_ENDS.contains(wordAfter(c)) || tag.equals("VERB") || tag.equals("AUX");
    }

    /**
     * A number or a percentage right before the "on": "gains of 4.67%-4.98% on IEMOCAP", "scores 82.3 on
     * MMLU". A count ("trained 3 epochs on X") is a number too, but the name must still be shaped like one
     * and end its phrase.
     */
    private static boolean isScore(Sentence s, int i) {
        String word = s.words()[i];
        return word.equals("%") || s.tags()[i].equals("NUM") && SCORE.matcher(word).matches();
    }

    /** Digits with a decimal point, or a percentage (a range of them too): not "two", not "2023". */
    private static final Pattern SCORE = Pattern.compile("\\d+\\.\\d+%?([-–]\\d+(\\.\\d+)?%?)?|\\d+(\\.\\d+)?%([-–]\\d+(\\.\\d+)?%?)?");

    /** "BLEU of 31.2 on English-to-German": a direction of translation, not a test set. */
    private static final Pattern TRANSLATION_DIRECTION = Pattern.compile("\\p{L}+-to-\\p{L}+");

    /** What a dataset is described as holding: "X, comprising ...", "X, which consists of ...". */
    private static final Set<String> HOLDING = Set.of("comprising", "containing", "consisting", "contains", "consists",
            "comprises");

    /** "of" inside French, Spanish, Italian and Portuguese names, which the tagger does not know as a preposition. */
    private static final Set<String> ROMANCE_OF = Set.of("du", "de", "des", "del", "della", "da", "do", "dos");

    /** Words that may stand between a verb of holding and its count: "containing approximately 340k". */
    private static final Set<String> APPROXIMATELY = Set.of("of", "over", "more", "than", "about", "around", "nearly",
            "approximately", "roughly", "almost", "some", "up", "to");

    /**
     * "EusReading, comprising 352 reading comprehension questions", "CELLO, consisting of 14,094 causal
     * questions", "Tell2Design (T2D), which contains more than 80k floor plans": a name described by how
     * many items it holds is a dataset. A verb of holding and a number are both needed; "X, with 200,000
     * native speakers" describes a place or a language as well.
     */
    private static boolean describedByContents(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.from() > 0 && (c.sentence().tags()[c.from() - 1].equals("ADP") || ROMANCE_OF.contains(w[c.from() - 1]))) {
            // "a corpus collected from Twitter, which contains 36K tweets": the clause describes the corpus;
            // "Corpus pour l'Étude du Français Contemporain (CEFC)": the name started before the capitals
            return false;
        }
        int k = pastShortForm(w, c.to());
        if (k >= w.length || !w[k].equals(",")) {
            return false;
        }
        k++;
        if (k < w.length && (w[k].equals("which") || w[k].equals("that"))) {
            k++;
        }
        if (k >= w.length || !HOLDING.contains(w[k].toLowerCase(Locale.ROOT))) {
            return false;
        }
        k = pastApproximately(w, k + 1);
        return k < w.length && Character.isDigit(w[k].charAt(0));
    }

    /** The verbs by which a name as subject holds a count of items: "FinanceMath includes 1,200 problems". */
    private static final Set<String> HOLDS = Set.of("contains", "comprises", "consists", "includes", "covers");
    /** What a model, not a dataset, holds a count of: "Llama-2 comprises 7B parameters". */
    private static final Set<String> MODEL_PARTS = Set.of("parameters", "params", "layers", "heads", "experts", "billion",
            "million");

    /**
     * "SIGHAN15 only contains 2339 samples", "VlogQA consists of 10,076 question-answer pairs": a one-word name
     * of a dataset's shape that holds a count of items is a dataset (the comma form is {@link #describedByContents}).
     * A size ("7B") or a count of parameters or layers is a model's.
     */
    private static boolean holdsACount(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.to() - c.from() != 1 || !DATA_NAME_SHAPE.matcher(w[c.from()]).matches()) {
            return false;
        }
        int k = c.to();
        if (k < w.length && (w[k].equals("only") || w[k].equals("also") || w[k].equals("now"))) {
            k++;
        }
        if (k >= w.length || !HOLDS.contains(w[k])) {
            return false;
        }
        k = pastApproximately(w, k + 1);
        return k + 1 < w.length && COUNT.matcher(w[k]).matches()
                && Character.isLowerCase(w[k + 1].charAt(0)) && !MODEL_PARTS.contains(w[k + 1]);
    }

    /** A count of items, not a model's size: "2339", "10,076", "45K", "1.5M+" (not "7B"). */
    private static final Pattern COUNT = Pattern.compile("\\d[\\d,.]*[kKmM]?\\+?");

    /** The first word from {@code k} on that is not a word of approximation: past "of more than" in "consists of more than". */
    private static int pastApproximately(String[] w, int k) {
        while (k < w.length && APPROXIMATELY.contains(w[k].toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k;
    }

    /** Words that make a sentence report a result: what a fronted "On X," names the benchmark of. */
    private static final Set<String> RESULT_WORDS = Set.of("achieves", "achieve", "achieved", "obtains", "obtained",
            "reaches", "reached", "attains", "attained", "scores", "scored", "outperforms", "outperform", "outperformed",
            "surpasses", "surpassed", "improves", "improved", "accuracy", "f1", "%", "performance");

    /**
     * "On Reward-Bench, FLAMe-RM-24B achieves 87.8%", "On MLQA, our model outperforms XLM-R": a name-shaped
     * word that a sentence opens with "On ... ," names what the sentence's result is measured on. The
     * sentence must report one, so "On GPUs, we used 16-bit tensor cores" is left alone.
     */
    private static boolean frontedResultOn(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.from() != 1 || c.to() - c.from() != 1 || !w[0].equals("On") || !",".equals(wordAfter(c))
                || !DATA_NAME_SHAPE.matcher(w[1]).matches() || HARDWARE.matcher(w[1]).matches()) {
            return false;
        }
        for (int k = c.to() + 1; k < w.length; k++) {
            if (RESULT_WORDS.contains(w[k].toLowerCase(Locale.ROOT)) || w[k].endsWith("%")) {
                return true;
            }
        }
        return false;
    }

    /** Processors, which a sentence may open with ("On GPU, we achieve a 12x speed-up") but are no data. */
    private static final Pattern HARDWARE = Pattern.compile("[CGTN]PUs?");

    /** The word after the candidate and a bracket right after it ("X (VCS) tasks" gives "tasks"). */
    private static String wordAfterBracket(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int k = pastShortForm(w, c.to());
        return k < w.length ? w[k].toLowerCase(Locale.ROOT) : "";
    }

    /** Token {@code k}, or the token after a one-word bracket there: the short form "(PMB)" after a long form. */
    static int pastShortForm(String[] w, int k) {
        return k + 2 < w.length && w[k].equals("(") && w[k + 2].equals(")") ? k + 3 : k;
    }

    /** The word after the candidate, in lower case; "" at the sentence's end. */
    private static String wordAfter(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        return c.to() < w.length ? w[c.to()].toLowerCase(Locale.ROOT) : "";
    }

    /**
     * "extending evaluation to the PLABA dataset", "the popular ECB+ dataset", "the Parallel Meaning Bank
     * (PMB) dataset", "the Spider development set": a name between "the" (with at most two adjectives,
     * "the challenging TVQA benchmark") and a singular noun for data is that dataset's name. The article
     * is the guard: with "a" the noun is described, not named ("a large SFT dataset", "an English
     * corpus"), and a plural noun gathers several ("QA datasets"). The short form in brackets after the
     * long form takes the same evidence.
     */
    private static boolean definiteBeforeDataNoun(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int from = c.from();
        int to = c.to();
        if (from >= 2 && w[from - 1].equals("(") && to < w.length && w[to].equals(")")) {
            // "(PMB)": the long form before the bracket carries the article
            int longEnd = from - 1;
            int longFrom = longEnd;
            while (longFrom > 0 && longEnd - longFrom < 6 && Character.isUpperCase(w[longFrom - 1].charAt(0))) {
                longFrom--;
            }
            if (longFrom == longEnd || !definiteArticleBefore(c.sentence(), longFrom)) {
                return false;
            }
            return singularDataNounAt(w, to + 1);
        }
        if (!definiteArticleBefore(c.sentence(), from) || w[to - 1].matches(".*-[a-z]{4,}")) {
            // "the first NeRF-language dataset": a compound ending in a lower-case word describes the data
            return false;
        }
        // "the Parallel Meaning Bank (PMB) dataset"
        return singularDataNounAt(w, pastShortForm(w, to)) || describedBeforeDataNoun(c);
    }

    /** Two language codes: "En-Mr", "De-En" (a language pair's "parallel corpus" is no named dataset). */
    private static final Pattern LANGUAGE_PAIR = Pattern.compile("\\p{Lu}\\p{Ll}{1,2}-\\p{Lu}\\p{Ll}{1,2}");

    /**
     * "the MASSIVE multilingual semantic parsing dataset", "the Long-LinkedIn evaluation dataset": a one-word
     * name of a dataset's shape, then up to three lower-case words that say what the data is, then the
     * singular data noun. The shape is the guard: "the English training corpus" names a language, and a
     * plain capitalised word ("the Spanish news corpus", "the Reddit comment dataset") is often a source.
     */
    private static boolean describedBeforeDataNoun(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int to = c.to();
        // "the" right before the name: "the first CHQ summarization dataset" describes a new kind of data
        if (to - c.from() != 1 || c.from() == 0 || !w[c.from() - 1].equalsIgnoreCase("the")
                || !DATA_NAME_SHAPE.matcher(w[c.from()]).matches() || NonNameFilter.hasLanguagePart(w[c.from()])
                || LANGUAGE_PAIR.matcher(w[c.from()]).matches()) {
            return false;
        }
        for (int k = to; k < w.length && k <= to + 3; k++) {
            if (k > to && singularDataNounAt(w, k) && (!w[k].equalsIgnoreCase("set") || w[k - 1].equalsIgnoreCase("data"))) {
                // a "set" only as a "data set": "the ASCII character set", "the ASR grapheme set" are no data
                return true;
            }
            String tag = c.sentence().tags()[k];
            if (w[k].isEmpty() || !Character.isLowerCase(w[k].charAt(0)) || !(tag.equals("NOUN") || tag.equals("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "we present the Short Answer Feedback dataset (SAF)", "a new challenging Hybrid Math Word Problems dataset
     * (HMWP)", "the first Romanian NLI corpus (RoNLI)": a name-shaped word in brackets right after a singular
     * data noun is that dataset's short name, whatever article or description came before the noun.
     */
    private static boolean shortFormAfterDataNoun(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int from = c.from();
        if (c.to() - from != 1 || from < 3 || !w[from - 1].equals("(") || c.to() >= w.length || !w[c.to()].equals(")")
                || !DATA_NAME_SHAPE.matcher(w[from]).matches()) {
            return false;
        }
        String noun = w[from - 2].toLowerCase(Locale.ROOT);
        String before = w[from - 3].toLowerCase(Locale.ROOT);
        // "Independent Set (IS) readings" is a term: a set is data only as a split ("a test set (JACK)");
        // "including Treebank (TB), word alignment (WA)": a bare noun opening a list item is a kind of resource
        return noun.equals("set") ? SPLITS.contains(before) || before.equals("challenge")
                : DATA_NOUNS.contains(noun) && !LIST_ITEM_OPENERS.contains(before);
    }

    /**
     * "a multimodal Theory of Mind question answering (MMToM-QA) benchmark", "an automatically generated Diverse
     * Event Definition (DivED) dataset": a name-shaped word in brackets right before a singular data noun is the
     * short name of the dataset the words before the bracket describe, whatever the article. A short form in
     * capitals alone also abbreviates tasks ("a named entity recognition (NER) dataset"), so it needs a
     * capitalised word in its long form.
     */
    private static boolean shortFormBeforeDataNoun(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int from = c.from();
        int noun = c.to() + 1;
        if (c.to() - from != 1 || from < 2 || !w[from - 1].equals("(") || noun >= w.length || !w[c.to()].equals(")")
                || !DATA_NAME_SHAPE.matcher(w[from]).matches() || !namingDataNoun(w[noun])) {
            return false;
        }
        if (!CAPITALS_ONLY.matcher(w[from]).matches()) {
            return true;
        }
        // "a new Hong Kong sign language (HKSL) dataset", "a Named Entity Recognition (NER) dataset": a long form
        // that ends in a task or names a language abbreviates what the data is for, not the data's name
        String last = w[from - 2];
        if (TASK_ENDING.matcher(last).matches() || NonNameFilter.hasLanguagePart(last)) {
            return false;
        }
        boolean capitalised = false;
        for (int k = from - 2; k >= Math.max(1, from - 7); k--) {
            if (NonNameFilter.hasLanguagePart(w[k])) {
                return false;
            }
            capitalised |= Character.isUpperCase(w[k].charAt(0));
        }
        // "the SemEval Restaurant14 (CITATION) dataset": the bracket must abbreviate the words before it
        return capitalised && initialsBefore(w, from - 1, w[from]);
    }

    /** A singular data noun that a name before it names: "dataset", "corpus", "benchmark", "treebank", not a bare "set". */
    public static boolean namingDataNoun(String word) {
        return !word.equalsIgnoreCase("set") && DATA_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the letters of {@code shortForm} are, in order, initials of the words (or hyphen parts) before {@code end}. */
    private static boolean initialsBefore(String[] w, int end, String shortForm) {
        StringBuilder initials = new StringBuilder();
        for (int k = Math.max(0, end - 8); k < end; k++) {
            for (String part : w[k].split("-")) {
                if (!part.isEmpty()) {
                    initials.append(Character.toUpperCase(part.charAt(0)));
                }
            }
        }
        int i = 0;
        for (int k = 0; k < initials.length() && i < shortForm.length(); k++) {
            if (initials.charAt(k) == shortForm.charAt(i)) {
                i++;
            }
        }
        return i == shortForm.length() || shortForm.endsWith("+") && i == shortForm.length() - 1;
    }

    /** The last word of a task's name: "Recognition", "Answering", "Analysis", "Inference", "language". */
    private static final Pattern TASK_ENDING = Pattern.compile("(?i).*(?:tion|sion|ing|sis|ment|inference|languages?|entity|entities)");

    /** A short form in capitals only: "NER", "SNLI". */
    private static final Pattern CAPITALS_ONLY = Pattern.compile("\\p{Lu}{2,}\\+?");

    /**
     * "models aligned with AdvisorQA dataset", "fine-tuned on CoNLL03 corpus": a one-word name with a capital after
     * a small letter or with letters and digits, right after a preposition or a verb and right before a singular
     * data noun, names that dataset though no article stands before it.
     */
    private static boolean bareNameBeforeDataNoun(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int from = c.from();
        if (c.to() - from != 1 || from < 1 || c.to() >= w.length || !namingDataNoun(w[c.to()])
                || !BARE_DATA_NAME.matcher(w[from]).matches()) {
            return false;
        }
        String tag = c.sentence().tags()[from - 1];
        return tag.equals("ADP") || tag.equals("VERB");
    }

    /** "AdvisorQA", "CoNLL03", "SQuAD2": a capital after a small letter, or letters with a digit after them. */
    private static final Pattern BARE_DATA_NAME = Pattern.compile(".*\\p{Ll}\\p{Lu}.*|\\p{Lu}[\\p{L}-]*\\d[\\p{L}\\d.-]*");

    /** Words before a list item: "including Treebank (TB), word alignment (WA), PropBank (PB)". */
    private static final Set<String> LIST_ITEM_OPENERS = Set.of(",", "including", "and", "or", ":", "(", "as");

    /**
     * "DevEval", "DSEval", "MT-Bench", "LiveCodeBench": one word whose capitalised last part is "Eval" or
     * "Bench" is named for what it does, measuring models: a benchmark. A workshop with its year
     * ("SemEval 2023", "SemEval-2024") is a shared task, not data.
     */
    private static boolean benchmarkShaped(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.to() - c.from() != 1 || !BENCHMARK_SHAPE.matcher(w[c.from()]).matches()) {
            return false;
        }
        return !YEAR.matcher(wordAfter(c)).matches();
    }

    /**
     * "the Arabic Learner Corpus (ALC)", "the Stanford Sentiment Treebank", "the Switchboard Corpus": words
     * capitalised inside a sentence up to a capitalised data noun are a dataset's proper name. Not in the
     * title, where every word is capitalised, and not at a sentence's start.
     */
    private static boolean capitalisedDataHead(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        if (c.sentenceIndex() == 0 || c.from() == 0 || c.to() - c.from() < 2
                || !Character.isUpperCase(w[c.to() - 1].charAt(0)) || w[c.to() - 1].equals("Set")
                || !DATA_NOUNS.contains(w[c.to() - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = c.from(); k < c.to(); k++) {
            if (!Character.isUpperCase(w[k].charAt(0)) || LOWER_CASE_COMPOUND.matcher(w[k]).matches()) {
                return false; // "the first Genre-oriented Corpus ...": a description in capitals
            }
        }
        String after = wordAfter(c);
        String then = c.to() + 1 < w.length ? w[c.to() + 1] : "";
        if ((after.equals("of") || after.equals("for")) && !then.isEmpty() && Character.isUpperCase(then.charAt(0))) {
            return false; // "the Corpus of Contemporary American English" goes on past the noun
        }
        // "the SADSLyC Corpus", "the ZuCo Dataset": the name before the noun is the dataset's name already
        return !(c.to() - c.from() == 2 && DATA_NAME_SHAPE.matcher(w[c.from()]).matches());
    }

    /** "Genre-oriented": a compound ending in a lower-case word describes rather than names. */
    private static final Pattern LOWER_CASE_COMPOUND = Pattern.compile(".*-\\p{Ll}+");

    private static final Pattern BENCHMARK_SHAPE = Pattern.compile(
            "[A-Za-z][\\w.-]*(?:Eval|Bench)");
    private static final Pattern YEAR = Pattern.compile("-?(?:19|20)\\d\\d");

    /** "the", or "the" and one or two lower-case adjectives, participles or adverbs, right before token {@code from}. */
    private static boolean definiteArticleBefore(Sentence s, int from) {
        String[] w = s.words();
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            if (w[k].equalsIgnoreCase("the")) {
                return true;
            }
            String tag = s.tags()[k];
            // "the publicly available CUAD dataset", "the recently introduced AnnoMI dataset": an adverb too; and a
            // hyphenated modifier the tagger takes for a noun ("the real-world StockNet dataset", "the large-scale X")
            boolean modifier = tag.equals("ADJ") || tag.equals("VERB") || tag.equals("ADV")
                    || tag.equals("NOUN") && w[k].indexOf('-') > 0;
            if (!modifier || !Character.isLowerCase(w[k].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A singular noun that names a dataset: "dataset", "corpus", "benchmark", "treebank", or a split ("test set", "data set"). */
    static boolean singularDataNounAt(String[] w, int k) {
        if (k >= w.length) {
            return false;
        }
        String noun = w[k].toLowerCase(Locale.ROOT);
        if (DATA_NOUNS.contains(noun)) {
            return true;
        }
        return k + 1 < w.length && SPLITS.contains(noun) && w[k + 1].equalsIgnoreCase("set");
    }

    private static final Set<String> DATA_NOUNS = Set.of("dataset", "corpus", "benchmark",
            "treebank", "set");
    /** Words that make "set" a data noun after them: "test set", "the Social IQa data set", "the AfriMTE challenge set". */
    private static final Set<String> SPLITS = Set.of("development", "dev", "test", "training",
            "validation", "evaluation", "data", "challenge");
}
