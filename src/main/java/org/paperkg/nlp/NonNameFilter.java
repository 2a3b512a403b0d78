package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Wraps a finder and removes what cannot be the name of a model, dataset or organisation whatever its
 * context, by closed-class tests: e-mail addresses and web addresses (an affiliation block pasted into
 * an abstract), a language on its own ("Bengali", "Chinese": a language is no dataset), a country ({@link
 * Places}: "in the United States"), an evaluation
 * metric ("ROUGE-L F1", "BLEU", "IOU-F1": the guidelines count metrics as neither models nor data), a
 * shared-task team's title prefix ("TeamX at SemEval-2024 Task 6"), a generic class or method
 * ({@link GenericClasses}), the initials of a task ("slot filling (SF)"), an adjective ("BERT-based"),
 * a factor ("2x-6x"), a title's ordinary compound ("A Large-Scale Benchmark") and the authors of a citation
 * ("(Pennebaker and King, 1999)"). It also keeps the name in a metric's span ("the F1-score of
 * XLM-RoBERTa"), trims a size range from a family's name ("LLaMA 7B-65B"), drops the shared task a system
 * paper's title names (its venue), and retypes a shared task the abstract names as data.
 */
public final class NonNameFilter implements MentionFinder {

    private static final Pattern ADDRESS = Pattern.compile("@|://|\\bwww\\.|\\.(?:com|org|edu|net)\\b");
    /** Languages and the adjectives that name them: a closed class of ordinary English words. */
    private static final Set<String> LANGUAGES = Set.of("english", "chinese", "mandarin", "cantonese", "japanese",
            "korean", "german", "french", "spanish", "portuguese", "italian", "dutch", "russian", "ukrainian", "polish",
            "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish", "arabic", "hebrew", "persian",
            "farsi", "urdu", "hindi", "bengali", "bangla", "tamil", "telugu", "kannada", "malayalam", "marathi",
            "gujarati", "punjabi", "odia", "assamese", "nepali", "sinhala", "manipuri", "thai", "vietnamese",
            "indonesian", "malay", "tagalog", "filipino", "swahili", "yoruba", "igbo", "hausa", "amharic", "zulu",
            "xhosa", "afrikaans", "swedish", "norwegian", "danish", "finnish", "estonian", "latvian", "lithuanian",
            "icelandic", "irish", "welsh", "basque", "catalan", "galician", "serbian", "croatian", "bosnian",
            "slovenian", "macedonian", "albanian", "armenian", "georgian", "kazakh", "uzbek", "mongolian", "tibetan",
            "burmese", "khmer", "lao", "latin", "sanskrit", "maltese", "luxembourgish", "esperanto");
    /** "P 0.72", "R 0.68": a one-letter metric and its value, where a page lists precision and recall. */
    private static final Pattern LETTER_AND_VALUE = Pattern.compile("\\p{L}\\h+\\d*[.,]\\d+");
    /** Evaluation metrics, as the first word of a mention. */
    private static final Pattern METRIC = Pattern.compile(Metrics.ACRONYMS + "(?:[-\\s@].*)?");
    /**
     * "macro-F1-score", "Weighted Average F1-Score", "F1=76.3", "F 1", "MAE Macro Avg 0.101": a name with F1 as a word
     * of its own, or a macro or micro average, is a metric (with its value, when the page glued them); "Macro
     * Chinese Discourse Treebank" is not one.
     */
    private static final Pattern METRIC_WORD = Pattern.compile(
            "(?i)(?:^|.*[\\s_-])f ?1(?:$|[\\s_=-].*)|.*F1\u503c.*|.*\\b(?:macro|micro)[\\s-](?:avg|average)\\b.*");
    /** A metric qualified by what it counts ("T-F1", "IOU-F1", "CoNLL F1", "Macro-F1"): a metric too. */
    private static final Pattern METRIC_SUFFIX = Pattern.compile(".*\\p{L}.*[-\\s](?:F1|BLEU|ROUGE|AUC|AUROC)");
    private static final Pattern TEAM_AT_EVENT = Pattern.compile("\\S\\s+at\\s+\\p{Lu}");

    private final MentionFinder inner;

    public NonNameFilter(MentionFinder inner) {
        this.inner = inner;
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        List<Mention> all = inner.find(text);
        Mention titleEventMention = titleEventMention(all);
        String titleEvent = titleEventMention == null ? null : NameKey.of(titleEventMention.text(text));
        for (Mention found : all) {
            if (titleEventMention != null && found.overlaps(titleEventMention)) {
                // "TeamX at SemEval-2024 Task 4: ...": the event the title names is where the paper was
                // presented, not data it names; annotators list it as optional or not at all (in the outside
                // samples 10 times as data, 49 times not)
                continue;
            }
            Mention named = found.type() == MentionType.ORGANIZATION ? found : withoutMetricOf(text, found);
            Mention m = withoutLeadingDeterminer(text, withoutDefinedSetting(text,
                    named.type() == MentionType.MODEL ? withoutSizeRange(text, withNameBeforeSize(text, named)) : named));
            if (m != null && !noName(text, m) && !partOfTheTitleEvent(text, m, titleEvent)) {
                out.add(asDataWhenNamedSo(text, m));
            }
        }
        return out;
    }

    /** Whether the mention cannot be a name of its type, whatever its context. */
    private static boolean noName(AnalyzedText text, Mention m) {
        String name = m.text(text);
        if (ADDRESS.matcher(name).find() || inWebAddress(text, m) || inTitle(text, m) && ordinaryCompound(name)
                || titlePhrase(text, m, name) || Places.isPlace(text, m)) {
            return true;
        }
        if (m.type() == MentionType.ORGANIZATION) {
            return opensProductName(text, m) || hostsTheRelease(text, m);
        }
        // "For sub-task A, the XLM-RoBERTa model ...": one letter names a part or a variable, never a model or data
        return name.strip().length() == 1 || inCitation(text, m) || LETTER_AND_VALUE.matcher(name).matches() || isLanguageName(name)
                || CONFERENCE.matcher(name).matches() || isMetric(name) || inMetricList(text, m)
                || TEAM_AT_EVENT.matcher(name).find() || abbreviatesAClass(text, m)
                || GenericClasses.isGenericClass(name)
                || BARE_TASK.matcher(name).matches() // "Task 3" alone is a part of some event, not a name
                || ADJECTIVE.matcher(name).matches() || FACTOR.matcher(name).matches()
                || RANK_OR_STATE_OF_THE_ART.matcher(name).matches() || DATE.matcher(name).matches()
                || wordGluedToNumber(name) || namedAsAnEvent(text, m, name);
    }

    /** The capitalised words and bracketed abbreviation of a task's title after its event's name. */
    private static final String TASK_TITLE = "(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'\u2019-]*|\\s+\\([^()]{1,20}\\))*";
    /**
     * What follows an event's name: its shared task or campaign, after the task's own capitalised title and
     * abbreviation ("TSAR 2025 Shared Task", "WMT24 General Machine Translation shared task", "IWSLT 2024 Speech
     * Translation Campaign", "the WMT25 Open Language Data Initiative (OLDI) shared task").
     */
    private static final Pattern EVENT_AFTER = Pattern.compile(TASK_TITLE + "\\s+(?i:shared\\s+tasks?|(?:evaluation\\s+)?campaign)\\b");
    /** A numbered or lettered task of an event: "AutoMin 2023 Task A", "CCL23-Eval Task 8". */
    private static final Pattern TASK_AFTER = Pattern.compile("\\s+Task\\s*[A-Z\\d]\\b");
    /** Data after the name, whatever came before: "the MultiDoc2Dial dataset", "WMT17 English-German APE data set". */
    private static final Pattern DATA_AFTER = Pattern.compile(TASK_TITLE
            + "\\s+(?i:(?:test\\s+|training\\s+)?(?:data|dataset|datasets|data\\s+sets?|sets?|corpus|corpora|benchmarks?))\\b");
    /** Where a name stands as data: "results on the 2017 WMT Metrics Shared Task". */
    private static final Pattern RESULTS_ON_BEFORE = Pattern.compile("\\bon\\s+(?:the\\s+)?(?:(?:19|20)\\d\\d\\s+)?$");
    /** Where a name stands as an item of a list: "datasets, TACRED and SemEval 2010 Task 8". */
    private static final Pattern LIST_PLACE_BEFORE = Pattern.compile("(?:,|\\band)\\s+(?:the\\s+)?$");
    /**
     * What comes before an event's name: a team's submission, entry or participation to it, its organisers, or a
     * year's event as a place ("submissions to IWSLT 2024", "the task organisers of LT-EDI2025", "our entry for the
     * COLING 2025 RegNLP RIRAG", "the winning solutions at AutoMin 2021").
     */
    private static final Pattern EVENT_BEFORE = Pattern.compile("(?i)\\b(?:submissions?|submitted|entry|entries"
            + "|participation|participated|participating|organi[sz]ers?)\\b(?:\\s+(?!and\\b|or\\b)[^\\s,;]+){0,6}?\\s+(?:to|in|for|of|at)\\s+(?:the\\s+)?$");
    private static final Pattern AT_BEFORE = Pattern.compile("\\sat\\s+(?:the\\s+)?$");

    /**
     * "our submissions to the ArchEHR-QA 2025 shared task", "the TSAR 2025 Shared Task on ...": a name that the
     * sentence makes a shared task or an evaluation campaign is the event a paper takes part in, no model or data
     * of its own (of the 21 names this drops in the outside samples, annotators listed none and left 4 optional). A name with a
     * year after "at" is such a place too ("the winning solutions at AutoMin 2021"), and a numbered task outside a
     * list ("datasets, TACRED and SemEval 2010 Task 8"). Results on it, or data after it, make it data: "results on
     * the 2017 WMT Metrics Shared Task", "the WMT 2020 English-German APE test dataset".
     */
    private static boolean namedAsAnEvent(AnalyzedText text, Mention m, String name) {
        Sentence s = text.sentenceAt(m.start());
        if (s == null) {
            return false;
        }
        String t = text.text();
        String before = t.substring(Math.max(s.start(), m.start() - 80), m.start());
        String after = t.substring(m.end(), Math.min(s.end(), m.end() + 100));
        if (DATA_AFTER.matcher(after).lookingAt() || RESULTS_ON_BEFORE.matcher(before).find()) {
            return false;
        }
        return EVENT_AFTER.matcher(after).lookingAt() || EVENT_BEFORE.matcher(before).find()
                || TASK_AFTER.matcher(after).lookingAt() && !LIST_PLACE_BEFORE.matcher(before).find()
                || AT_BEFORE.matcher(before).find() && EVENT_OF_A_YEAR.matcher(name).matches();
    }

    /**
     * "with2, 400 posts", "improves the baseline by8.39", "BLEU score20.37", "from October7, 2023": a missing space
     * glues a word to the number after it (a month, above, to its day). A preposition or conjunction, or an ordinary
     * word before a decimal, is English, not a name, so the whole is no name either ("banking77" and "clinc150",
     * datasets written in lower case, are names).
     */
    private static boolean wordGluedToNumber(String name) {
        var m = GLUED_NUMBER.matcher(name);
        return m.matches() && (GLUE_WORDS.contains(m.group(1))
                || m.group(2).indexOf('.') > 0 && CommonWords.isCommonLowerCase(m.group(1)));
    }

    private static final Pattern GLUED_NUMBER = Pattern.compile("([a-z]{2,})(\\d[\\d,.]*)");
    private static final Set<String> GLUE_WORDS = Set.of("with", "by", "into", "from", "to", "of", "in", "on", "at",
            "and", "or", "for", "than", "about", "over", "under", "around", "approximately", "nearly", "only");

    /**
     * "achieving the Rouge-L, BLEU4, BERTScore, Q-BLUE-3 and F1-scores of ...": an item of a list whose neighbours on
     * both sides are metrics is a metric too, however it is spelled. At the list's end ("BLEU, ROUGE and MyScore")
     * the two items before it must be metrics.
     */
    private static boolean inMetricList(AnalyzedText text, Mention m) {
        String t = text.text();
        String before = t.substring(Math.max(0, m.start() - 60), m.start());
        String after = t.substring(m.end(), Math.min(t.length(), m.end() + 40));
        java.util.regex.Matcher left = METRIC_BEFORE.matcher(before);
        if (!left.find()) {
            return false;
        }
        java.util.regex.Matcher right = METRIC_AFTER.matcher(after);
        return right.lookingAt() && isMetric(right.group(1)) || METRIC_TWO_BEFORE.matcher(before).find();
    }

    /** A metric, then a comma or "and", right before a list item. */
    private static final Pattern METRIC_BEFORE = Pattern.compile("(?:^|[\\s(])" + Metrics.ACRONYMS + "(?:-\\w+)?\\s*(?:,|\\band)\\s*$");
    /** Two metrics, each followed by a comma or "and", right before a list item. */
    private static final Pattern METRIC_TWO_BEFORE = Pattern.compile("(?:^|[\\s(])" + Metrics.ACRONYMS + "(?:-\\w+)?\\s*,\\s*"
            + Metrics.ACRONYMS + "(?:-\\w+)?\\s*(?:,|,?\\s*and)\\s*$");
    /** A comma or "and" and the next list item right after a list item. */
    private static final Pattern METRIC_AFTER = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)([\\w@+-]+)");

    /**
     * "Code is available at https://github.com/iamlxb3/EMNLP2023-ADOROR.": a name-shaped piece of a web address
     * (an account, a repository, a path) is part of the address, not a name the abstract gives.
     */
    private static boolean inWebAddress(AnalyzedText text, Mention m) {
        String t = text.text();
        int from = m.start();
        while (from > 0 && !Character.isWhitespace(t.charAt(from - 1))) {
            from--;
        }
        int to = m.end();
        while (to < t.length() && !Character.isWhitespace(t.charAt(to))) {
            to++;
        }
        return WEB_ADDRESS.matcher(t.substring(from, to)).find();
    }

    /** A web address among the words (not "@", which teams and metrics use: "Team@Event", "Recall@10"). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("://|\\bwww\\.|\\.(?:com|org|edu|net|io|ai|co)(?:/|$)");

    /** An evaluation metric, plain ("BLEU"), qualified ("IOU-F1", "Macro-F1") or with F1 as a word of its own ("macro-F1-score"). */
    private static boolean isMetric(String name) {
        return METRIC.matcher(name).matches() || METRIC_SUFFIX.matcher(name).matches() || METRIC_WORD.matcher(name).matches();
    }

    /**
     * One reference of a bracketed citation: "Pennebaker and King, 1999", "Gordon and Schubert, 2010", "Roy et
     * al., 2015", "Sommerville, 2010". The comma before the year tells it from a task and its year ("IWSLT
     * 2009"); organisations are left alone, since "(OpenAI, 2023)" names one as the author.
     */
    private static final Pattern CITATION = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'\u2019-]+|\\s+et\\s+al\\.?)?,\\s*(?:19|20)\\d\\d[a-z]?");

    /**
     * Whether the mention lies in a citation's reference: authors' surnames, which list propagation and the
     * name finders otherwise take for the names of the list they follow ("the Big Five Essay dataset
     * (Pennebaker and King, 1999)"). References inside one bracket are separated by semicolons.
     */
    private static boolean inCitation(AnalyzedText text, Mention m) {
        String t = text.text();
        int open = t.lastIndexOf('(', m.start());
        int close = t.indexOf(')', m.end());
        int nextOpen = t.indexOf('(', m.end());
        boolean closedBefore = t.lastIndexOf(')', m.start() - 1) > open;
        if (open < 0 || close < 0 || closedBefore || nextOpen >= 0 && nextOpen < close) {
            return false; // not inside one bracket
        }
        int from = Math.max(open, t.lastIndexOf(';', m.start())) + 1;
        int semicolon = t.indexOf(';', m.end());
        int to = semicolon >= 0 && semicolon < close ? semicolon : close;
        return CITATION.matcher(t.substring(from, to).strip()).matches();
    }

    /**
     * "since Nov 1, 2022", "released on February 27", "in March 2024": a month with a day or a year is a
     * date, shaped like a name and its version number ("Llama 2") but never one.
     */
    private static final Pattern DATE = Pattern.compile("(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
            + "|January|February|March|April|May|June|July|August|September|October|November|December)\\.?\\s*"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)");

    /**
     * "top-1", "top-k": a rank cut-off of a metric; "SOTA", "SoTA KBQA", "SOTA of IMoJIE": the state of the
     * art, abbreviated, with or without what it is the best of. Neither is a model's or a dataset's name.
     */
    private static final Pattern RANK_OR_STATE_OF_THE_ART = Pattern.compile("(?i)top-?(?:\\d+|k)|sota(?:\\s.*)?");

    /** The main conferences of the field, with a year ("ACL-IJCNLP 2021", "EMNLP 2023"): venues, not data or models. */
    private static final Pattern CONFERENCE = Pattern.compile(
            "(?:ACL|NAACL|EACL|AACL|EMNLP|COLING|LREC|IJCNLP|HLT|NeurIPS|NIPS|ICLR|ICML|AAAI|IJCAI|KDD|SIGIR|CVPR|ICCV"
                    + "|RANLP|INLG|SIGDIAL|NoDaLiDa)"
                    + "(?:[- /](?:ACL|NAACL|EACL|AACL|EMNLP|COLING|LREC|IJCNLP|HLT))*[- ]?(?:19|20)?\\d\\d");

    /** "SemEval 2020", "WMT-2021", "DEFT 2020": one word and a year name an event, never a model. */
    private static final Pattern EVENT_OF_A_YEAR = Pattern.compile("\\p{L}[\\p{L}-]*[- ]?(?:19|20)\\d\\d");

    /** The shared task a system paper's title names ("TeamX at SemEval-2024 Task 4: ..."), or null. */
    private static Mention titleEventMention(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.finder().equals(SharedTaskTitleFinder.NAME)).findFirst().orElse(null);
    }

    /**
     * "our system for SemEval 2024" in a paper titled "TeamX at SemEval-2024 Task 4": the workshop with its
     * year is the venue of the task the title names, no entity of its own.
     */
    private static boolean partOfTheTitleEvent(AnalyzedText text, Mention m, String titleEvent) {
        if (titleEvent == null) {
            return false; // (the title's own event mention never gets here: find drops it first)
        }
        String name = m.text(text);
        String key = NameKey.of(name);
        return EVENT_OF_A_YEAR.matcher(name).matches() && titleEvent.startsWith(key) && !titleEvent.equals(key);
    }

    /**
     * "SemEval-2025 Task 11", "TextGraphs-17 Shared Task", "SemEval 2020": a task's data, never a model; nor
     * is a name whose head is a data noun ("Saudi-Alignment Benchmark", "Welsh Speech Corpus"): English
     * names its compounds by their last word, whatever the words before suggest.
     */
    private static Mention asDataWhenNamedSo(AnalyzedText text, Mention m) {
        if (m.type() == MentionType.DATASET && SIZE_TIER.matcher(m.text(text)).matches()) {
            // "an average gain of 2.60% on BERT-base, and 1.77% on BERT-large": a size tier names a model
            return new Mention(m.start(), m.end(), MentionType.MODEL, m.confidence(), m.finder());
        }
        return m.type() == MentionType.MODEL && (namesSharedTask(m.text(text)) || DATA_HEAD.matcher(m.text(text)).matches())
                ? new Mention(m.start(), m.end(), MentionType.DATASET, m.confidence(), m.finder())
                : m;
    }

    /** The size tiers of a model family's members: "BERT-base", "T5-XXL", "an XLM-RoBERTa base model". */
    private static final Set<String> SIZE_TIERS = Set.of("base", "large", "small", "xl", "xxl", "tiny", "mini");

    /** Whether {@code word} (any case) is a size tier ("base", "large", "XXL"). */
    public static boolean isSizeTier(String word) {
        return SIZE_TIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A name with a model's size tier after a hyphen: "BERT-base", "RoBERTa-large", "T5-XXL", "XLM-R-small". */
    private static final Pattern SIZE_TIER = Pattern.compile("\\p{L}[\\p{L}\\d.-]*-(?i:" + String.join("|", SIZE_TIERS) + ")");

    /**
     * A name of two or more words whose last is a data noun ("Saudi-Alignment Benchmark", "the PIE Corpus"),
     * one that ends in "Bench" ("Struc-Bench", "LiveCodeBench": named for measuring models), or one word whose
     * capitalised last part is a data noun ("L3Cube-MahaCorpus", "HengamCorpus").
     */
    private static final Pattern DATA_HEAD = Pattern.compile(
            "(?i)\\S.*\\s(?:benchmark|dataset|data\\s?set|corpus|treebank)s?|\\S+-?(?-i:Bench)(?:mark)?(?:[- ]?v?\\d+(?:\\.\\d+)?)?"
                    + "|\\S*[\\p{Ll}\\d-](?-i:Corpus|Corpora|Treebank|Dataset)");

    /** "LSTM-based", "BERT-Based", "Wikipedia-based": one adjective, whose name part {@link BasedOnPrefixFinder} finds. */
    private static final Pattern ADJECTIVE = Pattern.compile("\\S+-" + BasedOnPrefixFinder.ADJECTIVE_SUFFIX
            // "African-accented", "LLM-generated", "MWE-annotated": a compound participle describes, it does not name
            // (but "bert-base-uncased" names a checkpoint)
            + "|\\S+-(?!(?:un)?cased$)[a-z]{3,}ed");
    /** "2x-6x", "1.4×": a factor or a range of factors is a quantity, never a name. */
    private static final Pattern FACTOR = Pattern.compile("\\d+(?:\\.\\d+)?[x×](?:\\s*[-–]\\s*\\d+(?:\\.\\d+)?[x×])?");
    /** "Task 3", "Subtask 2a", "Sub-task B", "Track 1": a part of some event, named by its number or letter. */
    private static final Pattern BARE_TASK = Pattern.compile(
            "(?i:(?:shared\\s+)?(?:(?:sub-?)?task|track)[\\s-]*\\d+[a-z]?)|(?:Sub-?)?[Tt]ask[\\s-]+[A-Z]|Track[\\s-]+[A-Z]");
    private static final Pattern SHARED_TASK = Pattern.compile("(?i).*\\b(?:shared\\s+tasks?|task[\\s-]*\\d+[a-z]?|challenge)(?:\\s+(?:19|20)\\d\\d)?");

    /** Whether the name is a shared task's ("SemEval-2025 Task 11", "the BabyLM Challenge", "SemEval 2020"). */
    public static boolean namesSharedTask(String name) {
        return SHARED_TASK.matcher(name).matches() || EVENT_OF_A_YEAR.matcher(name).matches();
    }

    /** First words of a title's phrase that is no name: "Overview of X", "Towards X", "Beyond X". */
    private static final Set<String> PHRASE_OPENERS = Set.of("overview", "towards", "toward", "beyond", "on",
            "about", "findings", "report", "rethinking");

    /**
     * "How Diplomats Dispute: ...", "Revisiting non-English Text Simplification: ...", "Overview of ImageArg-2023:
     * ...": a title's opening before its colon that starts with a question word, a gerund or a word that opens a
     * phrase ("Overview of", "Towards") is a phrase, not a name; "ReasoningBank: ..." starts with no such word.
     */
    private static boolean titlePhrase(AnalyzedText text, Mention m, String name) {
        if (!inTitle(text, m) || text.sentences().isEmpty() || m.start() != text.sentences().get(0).start()
                || !name.contains(" ")) {
            return false;
        }
        String first = name.substring(0, name.indexOf(' '));
        if (first.equalsIgnoreCase("introducing")) {
            return false; // "Introducing RezoJDM16k: ...": the assembler strips the verb and keeps the name
        }
        boolean gerund = first.length() > 5 && first.endsWith("ing") && first.substring(1).chars().noneMatch(Character::isUpperCase);
        return QuestionWords.opensQuestion(first) || gerund || PHRASE_OPENERS.contains(first.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean inTitle(AnalyzedText text, Mention m) {
        return !text.sentences().isEmpty() && m.end() <= text.sentences().get(0).end();
    }

    /** Prefixes that are not words of their own but start ordinary compounds: "Multi-Task", "Non-Native". */
    private static final Set<String> BOUND_PREFIXES = Set.of("multi", "non", "pre", "semi", "inter", "intra", "post",
            "sub", "co", "re", "un", "anti", "bi", "mid", "mono", "uni", "tri", "de");

    /**
     * "Large-Scale", "Multi-Cultural", "Instruction-Tuned": a title capitalises every part of an ordinary
     * hyphenated compound, which gives it the inner capital of a name ("WorldValuesBench: A Large-Scale
     * Benchmark Dataset"). When every part is an ordinary word (or a prefix such as "Multi") written as a
     * title writes words, it is not a name.
     */
    static boolean ordinaryCompound(String w) {
        if (w.indexOf('-') <= 0 || w.endsWith("-")) {
            return false;
        }
        for (String part : w.split("-")) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isLetter)
                    || !part.substring(1).chars().allMatch(Character::isLowerCase)) {
                return false;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            if (!CommonWords.isCommon(lower) && !BOUND_PREFIXES.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name followed, after a space, by a range of sizes: "LLaMA 7B-65B", "Pythia 70M–12B"; not a name
     * that spells two sizes as its own parts ("OLMoE-1B-7B": 1B active of 7B).
     */
    private static final Pattern SIZE_RANGE = Pattern.compile(
            "(.*\\p{L}.*?)\\s\\d+(?:\\.\\d+)?[BMKT]\\s*(?:[-–]|to)\\s*\\d+(?:\\.\\d+)?[BMKT]");

    /**
     * "open LLMs (LLaMA 7B-65B)": a range of sizes names the family's span, not a member; the mention is
     * the family's name, and the sizes stay quantities.
     */
    private static Mention withoutSizeRange(AnalyzedText text, Mention m) {
        if (m == null) {
            return null;
        }
        java.util.regex.Matcher r = SIZE_RANGE.matcher(m.text(text));
        return r.matches() ? new Mention(m.start(), m.start() + r.end(1), m.type(), m.confidence(), m.finder()) : m;
    }

    /** Possessives and demonstratives, which can open a sentence but never a name (an article can: "The Pile"). */
    private static final Set<String> DETERMINERS = Set.of("Our", "Their", "Its", "This", "These", "Those", "We");

    /**
     * "joint model training for all regional dialects (J-R) and independent model training for every
     * regional dialect (I-R) ... our I-R AraT5 model": a first word that the text defined as the short form
     * of ordinary lower-case words names a setting of the model, not part of its name.
     */
    private static Mention withoutDefinedSetting(AnalyzedText text, Mention m) {
        if (m == null) {
            return null;
        }
        Sentence s = text.sentenceAt(m.start());
        int t = s == null ? -1 : s.tokenAt(m.start());
        if (t < 0 || t + 1 >= s.size() || s.tokens()[t + 1].getStart() >= m.end()
                || !NameCandidates.hasInnerCapitalOrDigit(s.words()[t + 1])) {
            // "the NLI Shared Task 2017" after "native-language identification (NLI)": a task's initials
            // before ordinary words are part of the event's name; only a model's name ("AraT5") stands alone
            return m;
        }
        String first = s.words()[t];
        for (Abbreviations.Definition d : text.abbreviations()) {
            if (d.shortStart() == m.start() || !text.text().substring(d.shortStart(), d.shortEnd()).equals(first)) {
                continue;
            }
            String longForm = text.text().substring(d.longStart(), d.longEnd());
            if (LOWER_CASE_WORDS.matcher(longForm).matches()
                    && !ARTEFACT_HEADS.contains(longForm.substring(longForm.lastIndexOf(' ') + 1))) {
                return new Mention(s.tokens()[t + 1].getStart(), m.end(), m.type(), m.confidence(), m.finder());
            }
        }
        return m;
    }

    /**
     * "...the resulting MuMath-Code.Our MuMath-Code-7B achieves": where the page glued two sentences, the
     * next sentence's capitalised "Our" reads as the first word of a name; the name starts after it. The
     * mention without that word (the same one when it has none), or null when nothing else is left.
     */
    private static Mention withoutLeadingDeterminer(AnalyzedText text, Mention m) {
        if (m == null) {
            return null;
        }
        Sentence s = text.sentenceAt(m.start());
        int t = s == null ? -1 : s.tokenAt(m.start());
        if (t < 0 || !DETERMINERS.contains(s.words()[t])) {
            return m;
        }
        int next = t + 1;
        return next < s.size() && s.tokens()[next].getStart() < m.end()
                ? new Mention(s.tokens()[next].getStart(), m.end(), m.type(), m.confidence(), m.finder()) : null;
    }

    /**
     * "the F1-score of XLM-RoBERTa", "BLEU of mBART": a candidate that runs from a metric over "of" into a
     * name is the metric of that name. The name after "of" is kept (the finders took the longer span and
     * lost the listed name inside it); the metric itself is no name.
     */
    private static Mention withoutMetricOf(AnalyzedText text, Mention m) {
        String name = m.text(text);
        int of = name.indexOf(" of ");
        if (of <= 0) {
            return m;
        }
        if (!isMetric(name.substring(0, of))) {
            return m;
        }
        // " of " is four characters, and a name follows it (the span ends in one)
        return new Mention(m.start() + of + 4, m.end(), m.type(), m.confidence(), m.finder());
    }

    /** A size alone: "8x22B", "70B", "1.5B". */
    private static final Pattern BARE_SIZE = Pattern.compile("\\d+(?:x\\d+)?(?:\\.\\d+)?[BMK]");
    private static final Pattern BARE_SIZE_RANGE = Pattern.compile(
            "\\d+(?:\\.\\d+)?[BMKT]?\\s*[-–]\\s*\\d+(?:\\.\\d+)?[BMKT]");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d.-]*");
    /** Words before a size that do not name it: the determiners, articles and a few prepositions and quantifiers. */
    private static final Set<String> NO_NAME = java.util.stream.Stream.concat(DETERMINERS.stream(),
            java.util.stream.Stream.of("The", "A", "An", "With", "For", "In", "On", "At", "Each", "All", "Both", "Only"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "Mixtral 8x22B was trained ...": a size that opens a sentence's name belongs to the capitalised word
     * before it, which the finders leave out as a sentence's first word; a size with no name before it is
     * no model ("a 7B model" describes one). The mention as it should be, or null.
     */
    private static Mention withNameBeforeSize(AnalyzedText text, Mention m) {
        if (BARE_SIZE_RANGE.matcher(m.text(text)).matches()) {
            return null; // "the pythia models (14M–6.9B)": the sizes a family spans, no member's name
        }
        if (!BARE_SIZE.matcher(m.text(text)).matches()) {
            return m;
        }
        Sentence s = text.sentenceAt(m.start());
        int t = s == null ? -1 : s.tokenAt(m.start());
        if (t >= 1 && CAPITALISED_WORD.matcher(s.words()[t - 1]).matches() && !NO_NAME.contains(s.words()[t - 1])) {
            return new Mention(s.tokens()[t - 1].getStart(), m.end(), m.type(), m.confidence(), m.finder());
        }
        return null;
    }

    /** A long form of lower-case words (the first may open a sentence) ending in a plural: "multimodal large language models". */
    private static final Pattern PLURAL_CLASS = Pattern.compile("[\\p{L}\\d][\\p{Ll}\\d\\s-]*s");

    /**
     * "multimodal large language models (MLLMs)", "vision-language models (VLMs)": a plural short form
     * defined by a plural of common words abbreviates a class of models, not a name; "slot filling (SF)"
     * abbreviates a task.
     */
    private static boolean abbreviatesAClass(AnalyzedText text, Mention m) {
        String name = m.text(text);
        for (Abbreviations.Definition d : text.abbreviations()) {
            if (!text.text().substring(d.shortStart(), d.shortEnd()).equals(name)) {
                continue;
            }
            String longForm = text.text().substring(d.longStart(), d.longEnd());
            if (name.endsWith("s") && PLURAL_CLASS.matcher(longForm).matches() || namesATask(name, longForm)
                    || namesATaskInCapitals(name, longForm) && !namesDataForTheTask(text, m)) {
                return true;
            }
        }
        return false;
    }

    /** Head words that make a lower-case long form a thing that may be named ("a ... transformer (CAT)"). */
    private static final Set<String> ARTEFACT_HEADS = Set.of("model", "transformer", "network", "net", "encoder",
            "decoder", "corpus", "dataset", "benchmark", "bank", "treebank", "set", "suite", "collection", "system");

    /**
     * "slot filling (SF)", "intent classification (IC)": the initials of ordinary lower-case words name a
     * task or a technique, not a model or a dataset, unless the head is an artefact noun. Only a plain
     * initialism counts: "child-directed speech (CHILDES)" names a corpus by more than its initials.
     */
    private static boolean namesATask(String shortForm, String longForm) {
        if (!LOWER_CASE_WORDS.matcher(longForm).matches()) {
            return false;
        }
        String[] words = longForm.split("[\\s-]+");
        StringBuilder initials = new StringBuilder();
        boolean spellsAWord = false;
        for (String w : words) {
            initials.append(w.charAt(0));
            // a task's initials skip "and" ("topic detection and tracking (TDT)"; unlike "of" and "in":
            // "part-of-speech (POS)", "lexical inference in context (LIiC)"); initials that take its letter
            // spell a coined word: "sparse text and image representation (STAIR)"
            spellsAWord |= w.equals("and");
        }
        return initials.toString().equalsIgnoreCase(shortForm) && !spellsAWord
                && !ARTEFACT_HEADS.contains(words[words.length - 1]);
    }

    /**
     * "evaluated on the VQA benchmark", "a Temporal and Causal Reasoning (TCR) dataset": a task's capitalised
     * name or its initials before a singular data noun (over the bracketed short form, or out of it) name
     * the data made for the task. ("NER datasets" are datasets for the task, none of them named.)
     */
    private static boolean namesDataForTheTask(AnalyzedText text, Mention m) {
        Sentence s = text.sentenceAt(m.start());
        int t = s == null ? -1 : s.tokenAt(m.end() - 1);
        if (t < 0) {
            return false;
        }
        String[] w = s.words();
        int next = t + 1 < w.length && w[t + 1].equals(")") ? t + 2 : DataContexts.pastShortForm(w, t + 1);
        return DataContexts.singularDataNounAt(w, next);
    }

    /** Words an initialism may skip: "Topic Detection and Tracking (TDT)". */
    private static final Set<String> LINKING_WORDS = Set.of("and", "of", "for", "the", "from", "to", "in", "with");

    /** The ending of a noun of an activity: recognition, tracking, detection, inference, alignment, analysis. */
    private static final Pattern ACTIVITY_NOUN = Pattern.compile(".*(?:tion|sion|ing|ment|sis|ence|ance)");

    /**
     * "Named Entity Recognition (NER)", "Topic Detection and Tracking (TDT)": capitalised ordinary words whose
     * last is an activity abbreviate a task, as their lower-case spelling does; "Retrieval-Enhanced
     * Transformer (RETRO)" ends in a thing, "Stanford Natural Language Inference (SNLI)" has a proper name.
     */
    private static boolean namesATaskInCapitals(String shortForm, String longForm) {
        String[] words = longForm.split("[\\s-]+");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !CommonWords.isCommon(w) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (!LINKING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                initials.append(w.charAt(0));
            }
        }
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        // "General Language Understanding Evaluation (GLUE)": an evaluation is what a benchmark is
        return words.length >= 2 && initials.toString().equals(shortForm) && ACTIVITY_NOUN.matcher(head).matches()
                && !head.equals("evaluation");
    }

    private static final Pattern LOWER_CASE_WORDS = Pattern.compile("\\p{Ll}+(?:[\\s-]+\\p{Ll}+)+");

    private static final Pattern WEB_HOST = Pattern.compile("https?://([^/\\s)]+)");

    /**
     * A platform named as where a release is hosted, with the address on its own site in the sentence ("available
     * on HuggingFace: https://huggingface.co/cerebras", "on HuggingFace at: https://huggingface.co/apple/OpenELM"):
     * the place of the download, not a maker of what is downloaded. The name must sit in a place phrase ("on X")
     * or lead straight into the address ("X (https://...", "X: https://...", "X at: ...").
     */
    private static boolean hostsTheRelease(AnalyzedText text, Mention m) {
        Sentence s = text.sentenceAt(m.start());
        if (s == null) {
            return false;
        }
        String sentence = text.text().substring(s.start(), s.end());
        String key = NameKey.of(m.text(text));
        boolean ownSite = false;
        for (java.util.regex.Matcher h = WEB_HOST.matcher(sentence); h.find(); ) {
            ownSite |= !key.isEmpty() && NameKey.of(h.group(1)).contains(key);
        }
        if (!ownSite) {
            return false;
        }
        String before = text.text().substring(s.start(), m.start()).stripTrailing();
        String after = text.text().substring(m.end(), s.end()).stripLeading();
        return before.endsWith(" on") || after.startsWith("(") || after.startsWith(":") || after.startsWith("at ")
                || after.startsWith("at:");
    }

    /** Words after a company's name that extend the organisation ("Salesforce Research", "Tencent AI Lab"). */
    private static final Set<String> ORGANISATION_EXTENSIONS = Set.of("research", "lab", "labs", "laboratory",
            "laboratories", "institute", "university", "foundation", "group", "team", "corporation", "company",
            "inc", "ltd", "brain", "science", "sciences", "technologies", "technology");

    /**
     * An organisation's name followed by a capitalised ordinary word opens the name of a product or a term, and
     * is not the organisation named ("Hugging Face Transformers", "Google Cloud Natural Language API", "Instruction
     * Meta Learning"). A hardware or model name after it ("NVIDIA A100", "Meta WikiExpert-8B") is not an ordinary
     * word, so the maker stays. In a title every word is capitalised, so there only a company whose name is itself
     * an ordinary word ("Meta", "Apple") is read so.
     */
    private static boolean opensProductName(AnalyzedText text, Mention m) {
        Sentence s = text.sentenceAt(m.start());
        if (s == null) {
            return false;
        }
        String[] w = s.words();
        opennlp.tools.util.Span[] t = s.tokens();
        for (int i = 0; i < t.length - 1; i++) {
            if (t[i].getEnd() != m.end()) {
                continue;
            }
            String next = w[i + 1];
            if (t[i + 1].getStart() != m.end() + 1 || !titleCaseWord(next) || !isOrdinaryWord(next)
                    || ORGANISATION_EXTENSIONS.contains(next.toLowerCase(Locale.ROOT))) {
                return false;
            }
            return !OrganizationShapeFinder.titleCase(w) || isOrdinaryWord(m.text(text));
        }
        return false;
    }

    /** A capital and then lower-case letters only ("Transformers", "Cloud"), no "A100" or "WikiExpert-8B". */
    private static boolean titleCaseWord(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** An English word, or the plural of one ("Transformers"). */
    private static boolean isOrdinaryWord(String word) {
        return CommonWords.isCommon(word) || (word.endsWith("s") && CommonWords.isCommon(word.substring(0, word.length() - 1)));
    }

    private static final Pattern NAME_PARTS = Pattern.compile("[-\\s–→]+");

    /** "English-to-Spanish", "Hindi-English", "L1-Japanese": a name with a language among its parts. */
    static boolean hasLanguagePart(String name) {
        for (String part : NAME_PARTS.split(name)) {
            if (isLanguage(part)) {
                return true;
            }
        }
        return false;
    }

    /** "Arabic", "Tamil-English", "Hindi English": a name all of whose parts are languages. */
    static boolean isLanguageName(String name) {
        for (String part : NAME_PARTS.split(name)) {
            if (!isLanguage(part)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLanguage(String name) {
        return LANGUAGES.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String name() {
        return inner.name();
    }
}
