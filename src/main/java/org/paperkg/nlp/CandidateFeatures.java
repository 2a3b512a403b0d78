package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evidence a classifier weighs to tell what a candidate name names: its shape (capitals, digits,
 * a size suffix such as {@code 7B}), its words and their endings ({@code -Bench}, {@code -Eval},
 * {@code University}), the words around it ({@code trained on}, {@code benchmark}, {@code model}),
 * the nearest verb, and whether the paper defines it as an abbreviation. Features describe shapes
 * and contexts, not particular names, so that they carry over to papers never seen.
 */
public final class CandidateFeatures {
    private static final Pattern SIZE = Pattern.compile(".*\\d(?:\\.\\d+)?[BMKT]\\b.*|.*\\d+x\\d+[BM].*");
    private static final Pattern VERSIONED = Pattern.compile(".*\\p{L}[- ]?v?\\d+(?:\\.\\d+)*.*");

    private CandidateFeatures() {}

    /** Per-document facts the features use: how often each candidate key occurs, abbreviations. */
    public record DocumentContext(Map<String, Integer> keyCounts, Map<Integer, String> abbreviationLongForms,
                                  NameDictionary dictionary, Map<String, MentionType> ownNames,
                                  Map<String, Set<String>> definitions) {
        /**
         * @param ownNames when training, the paper's own gold names, which the dictionary must not
         *                 count (else the feature would only echo the answer); null at extraction time
         */
        public static DocumentContext of(AnalyzedText text, List<NameCandidates.Candidate> candidates,
                                         NameDictionary dictionary, Map<String, MentionType> ownNames) {
            Map<String, Integer> counts = new HashMap<>();
            for (NameCandidates.Candidate c : candidates) {
                counts.merge(NameKey.of(c.text(text)), 1, Integer::sum);
            }
            Map<Integer, String> longForms = new HashMap<>();
            for (var d : text.abbreviations()) {
                longForms.put(d.shortStart(), text.covered(d.longStart(), d.longEnd()));
                longForms.put(d.longStart(), "@long:" + text.covered(d.shortStart(), d.shortEnd()));
            }
            Map<String, Set<String>> definitions = new HashMap<>();
            for (NameCandidates.Candidate c : candidates) {
                String kind = definedAs(c);
                String head = headNoun(c);
                if (kind != null || head != null) {
                    Set<String> kinds = definitions.computeIfAbsent(NameKey.of(c.text(text)), k -> new java.util.HashSet<>());
                    if (kind != null) {
                        kinds.add("def=" + kind);
                    }
                    if (head != null) {
                        kinds.add("head=" + head);
                    }
                }
            }
            return new DocumentContext(counts, longForms, dictionary, ownNames, definitions);
        }
    }

    /**
     * What kind of thing the text says a name is, from the words that define it: an apposition
     * ("Dolma, a three-trillion-token English corpus"), a copula ("X is an open framework for"), or
     * the rest of a title after "X:" ("HetuMoE: An Efficient ... Training System"). The last noun of a
     * known kind before the phrase turns ("of", "for", a comma), its head, decides: data, model or method.
     */
    static String definedAs(NameCandidates.Candidate c) {
        return definedAs(c, false);
    }

    /**
     * Title gerunds after "X:" that make X the test itself: "Benchmarking", "Probing". Capitalised as a title
     * writes them. "Evaluating", "Measuring" and "Assessing" are left out: as often they follow a metric
     * ("CLAIR: Evaluating Image Captions", "IsoScore: Measuring the Uniformity ...") or a method.
     */
    private static final Set<String> TESTING_GERUNDS = Set.of("Benchmarking", "Probing");

    /**
     * What the text defines the name at tokens [from, to) of a sentence as: "model", "data", "method"
     * or null. Unlike the classifier's feature, reads through "a collection of", "a family of" to the
     * head that follows, and over adjectives joined by "and" ("the most extensive and diverse ... dataset").
     */
    public static String definitionOf(Sentence s, int sentenceIndex, int from, int to) {
        return definedAs(new NameCandidates.Candidate(s, sentenceIndex, from, to, from, to), true);
    }

    private static String definedAs(NameCandidates.Candidate c, boolean throughContainers) {
        Sentence s = c.sentence();
        int k = c.to();
        if (throughContainers && k + 2 < s.size() && s.words()[k].equals("(")
                && introducesApposition(s, k + 1)) {
            // "AlBERTo (a BERT-based model pre-trained on tweets)", "X (the first ... dataset)": a definition in brackets
            return definitionFrom(s, k + 2, throughContainers);
        }
        if (throughContainers && c.to() - c.from() == 1 && k + 3 < s.size() && s.words()[k].equals("(")
                && Character.isUpperCase(s.words()[k + 1].charAt(0)) && expandsToWords(s, k + 1)
                && "model".equals(definitionFrom(s, k + 1, true))) {
            // "EYEGLAXS (Easy Yet Efficient larGe LAnguage model for eXtractive Summarization)": the long
            // form the name abbreviates says what it is, whatever the sentence calls it next ("a framework")
            return "model";
        }
        if (k < s.size() && s.words()[k].equals("(")) {
            // "Dolma (Data to feed OLMo's Appetite), a ...": look past a parenthesis
            int close = k + 1;
            while (close < s.size() && close < k + 12 && !s.words()[close].equals(")")) {
                close++;
            }
            if (close >= s.size() || !s.words()[close].equals(")")) {
                return null;
            }
            k = close + 1;
        }
        if (k >= s.size()) {
            return null;
        }
        String w = s.words()[k].toLowerCase(Locale.ROOT);
        int from;
        if (w.equals(",") && k + 1 < s.size() && DETERMINERS.contains(s.words()[k + 1].toLowerCase(Locale.ROOT))) {
            from = k + 2;
        } else if (throughContainers && DASHES.contains(w) && k + 1 < s.size()
                && introducesApposition(s, k + 1)) {
            // "We present DocInfer - a novel, end-to-end ... model", "EXAMS – a new benchmark dataset": an
            // apposition with an article after a dash ("NorecNeg – the first annotated dataset") defines the
            // name as one after a comma does ("Bokmål and Nynorsk – our datasets comprise ..." closes an
            // aside and starts a clause)
            from = k + 2;
        } else if ((w.equals("is") || w.equals("are")) && k + 1 < s.size()
                && DETERMINERS.contains(s.words()[k + 1].toLowerCase(Locale.ROOT))) {
            from = k + 2;
        } else if (throughContainers && AS_VERBS.contains(w) && k + 2 < s.size()
                && s.words()[k + 1].equals("as") && DETERMINERS.contains(s.words()[k + 2].toLowerCase(Locale.ROOT))) {
            // "X emerges as the most promising model", "X serves as a strong baseline model"
            from = k + 3;
        } else if (w.equals(":") && c.sentenceIndex() == 0 && c.from() == 0) {
            from = k + 1;
            if (throughContainers && c.to() - c.from() == 1 && from < s.size() && TESTING_GERUNDS.contains(s.words()[from])) {
                // "MEGAVERSE: Benchmarking Large Language Models Across Languages", "LogicNMR: Probing the
                // Non-monotonic Reasoning Ability of ...": a one-word name whose title goes on to test models
                // names the test, a benchmark ("Validate Your Authority: Benchmarking ..." is a phrase)
                return "data";
            }
            if (throughContainers && from < s.size() && s.words()[from].endsWith("ing")) {
                // "Cramming: Training a Language Model ...": an activity, not a definition
                return null;
            }
            if (throughContainers && from < s.size() && QuestionWords.opensQuestion(s.words()[from])) {
                // "Struc-Bench: Are Large Language Models Good at ...?": a question, not a definition
                return null;
            }
        } else {
            return throughContainers ? definedBefore(c) : null;
        }
        return definitionFrom(s, from, throughContainers);
    }

    /**
     * "we first compile a corpus, MCS-350, of 50K stories", "the largest curated corpus of Ukrainian, UberText 2.0.":
     * a noun phrase with a determiner, then a comma and the name, defines the name when the name ends its
     * phrase (a comma, a stop or a bracket follows). A name that goes on to a verb starts a clause after an
     * adverbial ("On this corpus, BERT achieves ...") and is left alone.
     */
    private static String definedBefore(NameCandidates.Candidate c) {
        Sentence s = c.sentence();
        String[] w = s.words();
        int comma = c.from() - 1;
        if (comma < 2 || !w[comma].equals(",") || c.to() < s.size() && !APPOSITION_ENDS.contains(w[c.to()])) {
            return null;
        }
        int head = comma - 1;
        if (head >= 3 && w[head - 1].equals("of") && Character.isUpperCase(w[head].charAt(0))) {
            head -= 2; // "the largest curated corpus of Ukrainian, X"
        }
        String kind = KIND_NOUNS.get(w[head].toLowerCase(Locale.ROOT));
        if (kind == null || !(kind.equals("data") || kind.equals("model")) || pluralNoun(w[head])) {
            return null; // a plural noun before a comma opens a list ("benchmarks, MMLU, GSM8K")
        }
        for (int k = head - 1; k >= 0 && k >= head - 5; k--) {
            String word = w[k].toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(word)) {
                return kind;
            }
            if (!(s.tags()[k].equals("ADJ") || s.tags()[k].equals("ADV") || s.tags()[k].equals("NOUN")
                    || s.tags()[k].equals("VERB") && word.endsWith("ed"))) {
                return null;
            }
        }
        return null;
    }

    /** Whether a kind noun is plural: "datasets", "models", but not "corpus". */
    public static boolean pluralNoun(String word) {
        return word.endsWith("s") && !word.endsWith("us");
    }

    /** Participles that make a compound modifier with the noun before them: "LLM based", "knowledge enhanced". */
    private static final Set<String> COMPOUND_PARTICIPLES = Set.of("based", "driven", "powered", "guided",
            "enhanced", "augmented", "empowered", "assisted");

    /** What may follow a name that an apposition before it defines: the end of its phrase. */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", "(", ";", ":");

    /**
     * Whether the bracket opened before token {@code from} holds a long form of three or more words
     * ("(Easy Yet Efficient larGe LAnguage model ...)"), not a short form ("Large Language Models (LLMs)").
     */
    private static boolean expandsToWords(Sentence s, int from) {
        int words = 0;
        for (int i = from; i < s.size() && i < from + 16; i++) {
            if (s.words()[i].equals(")")) {
                return words >= 3;
            }
            words++;
        }
        return false;
    }

    /** The kind of the noun phrase starting at token {@code from}: its head before the phrase turns. */
    private static String definitionFrom(Sentence s, int from, boolean throughContainers) {
        String kind = null;
        for (int i = from; i < s.size() && i < from + 10; i++) {
            String word = s.words()[i].toLowerCase(Locale.ROOT);
            if (throughContainers && kind == null && (word.equals("and") || word.equals("or"))) {
                continue;
            }
            if (throughContainers && word.equals("of") && CONTAINERS.contains(s.words()[i - 1].toLowerCase(Locale.ROOT))) {
                kind = null;
                continue;
            }
            if (throughContainers && word.equals("(") && i + 2 < s.size() && s.words()[i + 2].equals(")")) {
                // "a novel mixture-of-experts (MoE) architecture": an abbreviation in passing
                i += 2;
                continue;
            }
            if (throughContainers && kind == null && word.equals(",") && i + 1 < s.size()
                    && s.words()[i + 1].matches("\\p{Ll}[\\p{Ll}-]*")) {
                // "a multi-evidence, position-aware, and scalable benchmark": commas between the adjectives
                continue;
            }
            if (DEFINITION_ENDS.contains(word) || (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0))
                    && !word.equals("-"))) {
                break;
            }
            if (throughContainers && COMPOUND_PARTICIPLES.contains(word) && i + 1 < s.size()
                    && !s.tags()[i + 1].equals("ADP")) {
                // "A Large Language Model based Agentic Framework": the participle joins a compound modifier
                // ("model-based"), so the head is still to come; "a model based on BERT" ends at "based"
                continue;
            }
            if (throughContainers && kind != null && s.tags()[i].equals("VERB")) {
                // "a comprehensive benchmark featuring prominent LLMs": a verb after the head starts what
                // the phrase says about it, not more of the phrase. (Only when typing an entity: the
                // classifier was trained on the features as they were, and a change there moves hundreds
                // of its borderline calls in 10,000 ACL abstracts.)
                break;
            }
            // English noun phrases end on their head: "an open LLM evaluation framework" is a framework
            kind = KIND_NOUNS.getOrDefault(word, kind);
            if (throughContainers && (word.equals("architecture") || word.equals("architectures"))) {
                // a named architecture the paper trains is a model (HSTU)
                kind = "model";
            }
        }
        return kind;
    }

    /** "model", "data", "method" or null: the kind a noun such as "benchmark" or "checkpoints" names. */
    public static String kindOfNoun(String word) {
        return KIND_NOUNS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The kind of the noun right after a name ("the Pile dataset", "Llama models"), or null. */
    static String headNoun(NameCandidates.Candidate c) {
        Sentence s = c.sentence();
        return c.to() < s.size() ? KIND_NOUNS.get(s.words()[c.to()].toLowerCase(Locale.ROOT)) : null;
    }

    /** Nouns whose "of" phrase says what the thing is ("a family of models"). */
    private static final Set<String> CONTAINERS = Set.of("collection", "set", "family", "series",
            "suite", "group", "line", "range", "mixture", "pair", "variety");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "our", "one");
    /**
     * "a new corpus", "the first annotated dataset", "the largest benchmark": the start of an apposition that
     * defines what comes before a dash; a plain "the" after a dash starts a clause as often ("for ELLs—the
     * traditional model shows ...").
     */
    private static boolean introducesApposition(Sentence s, int k) {
        String w = s.words()[k].toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return true;
        }
        String next = k + 1 < s.size() ? s.words()[k + 1].toLowerCase(Locale.ROOT) : "";
        return w.equals("the") && (next.equals("first") || next.endsWith("est") && s.tags()[k + 1].equals("ADJ"));
    }
    /** A hyphen, en dash or em dash standing alone between words. */
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    /** Verbs that, with "as", say what their subject is ("emerges as the best model"). */
    private static final Set<String> AS_VERBS = Set.of("emerges", "emerged", "emerge", "serves", "served", "serve",
            "stands", "stood", "acts", "acted");
    private static final Set<String> DEFINITION_ENDS = Set.of("of", "for", "with", "to", "via",
            "by", "that", "which", "from", "in", "on", "where", "who", "and", "or", "than", "using", "trained");
    /**
     * The nouns that name the kind of a name right beside it ("the Pythia models", "the Pile dataset"):
     * only words that never name anything else. {@link #KIND_NOUNS}, built after them, holds them and
     * the looser nouns a definition ends on ("a family of", "an evaluation suite").
     */
    private static final Set<String> NAMING_MODEL_NOUNS = Set.of("model", "models", "llm", "llms", "vlm", "vlms",
            "mllm", "mllms", "checkpoint", "checkpoints");
    private static final Set<String> NAMING_DATA_NOUNS = Set.of("dataset", "datasets", "benchmark", "benchmarks",
            "corpus", "corpora");

    private static final Map<String, String> KIND_NOUNS = kindNouns();

    /** "model", "data" or null: the kind a noun right beside a name gives it ("the Pile dataset"). */
    public static String namingKindOfNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NAMING_MODEL_NOUNS.contains(w) ? "model" : NAMING_DATA_NOUNS.contains(w) ? "data" : null;
    }

    private static Map<String, String> kindNouns() {
        Map<String, String> m = new HashMap<>();
        for (String w : NAMING_DATA_NOUNS) {
            m.put(w, "data");
        }
        for (String w : new String[] {"suite",
                "collection", "data", "leaderboard", "testbed", "datastore", "resource", "resources", "bank",
                "set", "mixture", "evaluation", "arena"}) {
            m.put(w, "data");
        }
        for (String w : NAMING_MODEL_NOUNS) {
            m.put(w, "model");
        }
        for (String w : new String[] {"lm", "lms", "family", "series", "network",
                "encoder", "decoder", "assistant", "chatbot", "reasoner", "slm", "slms", "foundation", "transformer"}) {
            m.put(w, "model");
        }
        // An agent noun for a task a trained network does names a model as "encoder" does: "Silver Retriever,
        // a neural retriever for Polish", "RelAdapter, a context-aware adapter", "X, a BERT-based tagger".
        for (String w : new String[] {"retriever", "retrievers", "reranker", "rerankers", "ranker", "adapter",
                "adapters", "tagger", "taggers", "parser", "parsers", "classifier", "classifiers", "detector",
                "detectors", "checker", "recognizer", "summarizer", "translator", "embedder", "verifier"}) {
            m.put(w, "model");
        }
        for (String w : new String[] {"method", "methods", "framework", "system", "approach", "algorithm", "technique",
                "library", "toolkit", "engine", "pipeline", "tool", "strategy", "paradigm", "optimizer", "recipe",
                "mechanism", "protocol", "metric", "loss", "objective", "scheme", "procedure", "platform",
                "infrastructure", "compiler", "module", "solution", "methodology", "attack", "agent", "simulator",
                "environment", "interface", "technology", "project", "initiative", "format", "analysis",
                "study", "decoding", "training", "quantization", "compression", "optimization"}) {
            m.put(w, "method");
        }
        return m;
    }

    public static String[] of(AnalyzedText text, NameCandidates.Candidate c, DocumentContext doc) {
        List<String> f = new ArrayList<>(48);
        Sentence s = c.sentence();
        String span = c.text(text);
        String[] words = java.util.Arrays.copyOfRange(s.words(), c.from(), c.to());
        f.add("bias");
        f.add("len=" + Math.min(words.length, 4));
        f.add("shape=" + shape(span));
        for (String w : words) {
            f.add("wshape=" + shape(w));
        }
        if (SIZE.matcher(span).matches()) {
            f.add("size");
        }
        if (VERSIONED.matcher(span).matches()) {
            f.add("versioned");
        }
        if (span.equals(span.toUpperCase(Locale.ROOT))) {
            f.add("allcaps");
        }
        if (span.contains("-")) {
            f.add("hyphen");
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        f.add("first=" + first);
        f.add("last=" + last);
        for (String part : last.split("[-_.]")) {
            if (part.length() >= 3) {
                f.add("lastpart=" + part);
            }
        }
        String lastLetters = last.replaceAll("[^a-z]", "");
        if (lastLetters.length() >= 4) {
            f.add("suf3=" + lastLetters.substring(lastLetters.length() - 3));
            f.add("suf4=" + lastLetters.substring(lastLetters.length() - 4));
        }
        String firstLetters = first.replaceAll("[^a-z]", "");
        if (firstLetters.length() >= 3) {
            f.add("pre3=" + firstLetters.substring(0, 3));
        }
        for (int k = c.from(); k < c.to(); k++) {
            f.add("pos=" + s.tags()[k]);
        }
        f.add(c.sentenceIndex() == 0 ? "in-title" : "in-abstract");
        boolean whole = c.from() == c.runFrom() && c.to() == c.runTo();
        f.add(whole ? "run=whole" : "run=part");
        if (c.from() > c.runFrom()) {
            f.add("run-before=" + shape(s.words()[c.from() - 1]));
            f.add("run-before-w=" + s.words()[c.from() - 1].toLowerCase(Locale.ROOT));
        }
        if (c.to() < c.runTo()) {
            f.add("run-after=" + shape(s.words()[c.to()]));
            f.add("run-after-w=" + s.words()[c.to()].toLowerCase(Locale.ROOT));
        }
        if (c.from() == 0) {
            f.add("sent-initial");
        }
        // Context words: two on each side, lower-cased, and bigrams.
        String p1 = word(s, c.from() - 1);
        String p2 = word(s, c.from() - 2);
        String n1 = word(s, c.to());
        String n2 = word(s, c.to() + 1);
        f.add("p1=" + p1);
        f.add("p2=" + p2);
        f.add("n1=" + n1);
        f.add("n2=" + n2);
        f.add("p2p1=" + p2 + "_" + p1);
        f.add("n1n2=" + n1 + "_" + n2);
        f.add("p1tag=" + tag(s, c.from() - 1));
        f.add("n1tag=" + tag(s, c.to()));
        String verbLeft = nearestVerb(s, c.from() - 1, -1);
        String verbRight = nearestVerb(s, c.to(), 1);
        f.add("vleft=" + verbLeft);
        f.add("vright=" + verbRight);
        String nounRight = nextNoun(s, c.to());
        f.add("nright=" + nounRight);
        // A cue word anywhere near: "benchmark", "dataset", "model", "university"...
        for (int k = Math.max(0, c.from() - 6); k < Math.min(s.size(), c.to() + 6); k++) {
            if (k >= c.from() && k < c.to()) {
                continue;
            }
            String w = s.words()[k].toLowerCase(Locale.ROOT);
            if (w.length() > 3 && isCue(w)) {
                f.add("cue=" + stem(w));
            }
        }
        Set<String> defined = doc.definitions().get(NameKey.of(span));
        if (defined != null) {
            f.addAll(defined);
        }
        String here = definedAs(c);
        if (here != null) {
            f.add("def-here=" + here);
        }
        MentionType known = doc.dictionary().typeOf(NameKey.of(span), doc.ownNames());
        f.add("dict=" + (known == null ? "unknown" : known.tag()));
        String listHead = listHead(s, c.from());
        if (listHead != null) {
            f.add("listhead=" + listHead);
        }
        boolean listLeft = c.from() > 0 && isListJoin(s.words()[c.from() - 1]);
        boolean listRight = c.to() < s.size() && isListJoin(s.words()[c.to()]);
        if (listLeft || listRight) {
            f.add("inlist");
        }
        int count = doc.keyCounts().getOrDefault(NameKey.of(span), 1);
        f.add("count=" + (count >= 3 ? "3+" : String.valueOf(count)));
        String longForm = doc.abbreviationLongForms().get(c.start());
        if (longForm != null) {
            if (longForm.startsWith("@long:")) {
                f.add("is-long-form");
            } else {
                f.add("abbrev-defined");
                String lf = longForm.toLowerCase(Locale.ROOT);
                f.add("abbrev-long-caps=" + (Character.isUpperCase(longForm.charAt(0)) ? "y" : "n"));
                for (String w : lf.split("[\\s-]+")) {
                    if (isCue(w)) {
                        f.add("abbrev-cue=" + stem(w));
                    }
                }
                String[] lw = lf.split("[\\s-]+");
                f.add("abbrev-last=" + lw[lw.length - 1]);
            }
        }
        return f.toArray(new String[0]);
    }

    private static final Set<String> CUES = Set.of(
            "model", "models", "llm", "llms", "benchmark", "benchmarks", "dataset", "datasets", "corpus",
            "corpora", "university", "institute", "laboratory", "lab", "labs", "company", "team",
            "trained", "train", "pretrained", "pre-trained", "fine-tuned", "finetuned", "evaluated", "evaluate",
            "outperforms", "outperform", "surpasses", "surpass", "beats", "achieves", "score", "scores", "accuracy",
            "suite", "tasks", "task", "data", "family", "series", "version", "variant", "architecture",
            "framework", "method", "approach", "algorithm", "technique", "library", "toolkit", "system",
            "released", "developed", "introduce", "introduces", "propose", "present", "like", "such",
            "including", "base", "instruct", "chat", "parameters", "tokens", "open-source");

    private static boolean isCue(String w) {
        return CUES.contains(w);
    }

    private static String stem(String w) {
        return w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    /** Words right before the thing a sentence measures against: "outperforms X", "better than X". */
    private static final Pattern COMPARING = Pattern.compile(
            "(?:outperform|surpass|beat|exceed|rival)(?:s|es|ed|ing)?|than|versus|vs\\.?|over|against");
    /** Words that open the compared-with phrase when "to" or "with" follows: "compared to X". */
    private static final Pattern COMPARING_BEFORE_PREPOSITION = Pattern.compile(
            "compar(?:ed|ing|able|ably|ison)|relative|similar|competitive|comparative(?:ly)?");
    private static final Set<String> COMPARED_SKIPS = Set.of("both", "the", "even", "strong", "larger", "leading");

    /**
     * Whether the name at token {@code from} is what a comparison measures against ("surpassing
     * ModernBERT", "compared to OLMo", "comparably to XLM-R"): what papers compare their models with are
     * mostly models, whichever name they bear. Reads left over "both", "the" and a few such words.
     */
    public static boolean comparedWith(Sentence s, int from) {
        int k = from - 1;
        while (k >= 0 && COMPARED_SKIPS.contains(s.words()[k].toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = s.words()[k].toLowerCase(Locale.ROOT);
        if (COMPARING.matcher(w).matches()) {
            return true;
        }
        return (w.equals("to") || w.equals("with")) && k >= 1
                && COMPARING_BEFORE_PREPOSITION.matcher(s.words()[k - 1].toLowerCase(Locale.ROOT)).matches();
    }

    private static final Set<String> LIST_HEADS = Set.of(
            "benchmark", "benchmarks", "dataset", "datasets", "corpus", "corpora", "task", "tasks", "suite", "suites",
            "model", "models", "llms", "llm", "baselines", "baseline", "company", "companies", "organizations",
            "labs", "data", "sources", "leaderboard", "leaderboards", "evaluations", "metrics");

    /**
     * The noun a list hangs from: "benchmarks such as MMLU, GSM8K and MATH" gives "benchmark" for
     * each item. Walks left over names, commas, conjunctions and "such as"/"including"/"like".
     */
    private static String listHead(Sentence s, int from) {
        return listHead(s, from, false);
    }

    /**
     * Nouns for models that {@link #listKind} reads as list heads besides {@link #LIST_HEADS} ("VLMs like
     * OpenFlamingo"); kept out of the classifier's feature, which was trained without them.
     */
    private static final Set<String> MORE_MODEL_HEADS = Set.of("vlm", "vlms", "lm", "lms", "mllm", "mllms",
            "slm", "slms");

    private static String listHead(Sentence s, int from, boolean overScores) {
        for (int k = from - 1, steps = 0; k >= 0 && steps < 25; k--, steps++) {
            String w = s.words()[k].toLowerCase(Locale.ROOT);
            int open = overScores && w.equals(")") ? openingBracket(s, k) : -1;
            if (open > 0 && capitalisedName(s.words()[open - 1])) {
                // "ChatGLM-6B (three generations), GLM-4-9B": an aside in brackets after an item is part of it
                k = open;
                continue;
            }
            if (overScores && k > 0 && capitalisedWord(s.words()[k])) {
                // "Large Language Models (LLMs) and the Vision Transformer": a capitalised noun is part of
                // a name, not the head of a list
                return null;
            }
            if (LIST_HEADS.contains(w) || overScores && MORE_MODEL_HEADS.contains(w)) {
                if (overScores && usedAsVerb(s.words(), k)) {
                    return null; // "We benchmark GPT-4, GPT-3, and VICUNA on VIP": the models are benchmarked
                }
                String after = k + 1 < s.size() ? s.words()[k + 1] : "";
                // "LLMs and the Vision Transformer": a conjunction after the noun adds a second phrase;
                // "(LLMs) and": an abbreviation in brackets heads nothing
                return overScores && (after.equals("and") || after.equals("or") || after.equals(")")) ? null : stem(w);
            }
            boolean listMaterial = isListJoin(w) || w.equals("such") || w.equals("as") || w.equals("including")
                    || w.equals("like") || w.equals("(") || w.equals(":") || w.equals("e.g.") || w.equals("e.g")
                    || w.equals("namely") || w.equals("the") || NameCandidates.hasInnerCapitalOrDigit(s.words()[k])
                    || Character.isUpperCase(s.words()[k].charAt(0)) || NumberTokens.isNumber(s.words()[k], s.tags()[k])
                    || (overScores && (w.equals(")") || w.equals("%") || countedHeadBeforeDash(s, k)));
            if (!listMaterial) {
                return null;
            }
        }
        return null;
    }

    /**
     * "three diverse datasets - SVAMP, GeoQA, and TableMWP": a dash right after a list noun that a count
     * announces opens the enumeration. Without the count ("general models (trained on diverse datasets –
     * BERT, RoBERTa)") a dash as often names something else.
     */
    private static boolean countedHeadBeforeDash(Sentence s, int k) {
        String w = s.words()[k];
        if (!(w.equals("-") || w.equals("–") || w.equals("—")) || k < 2
                || !LIST_HEADS.contains(s.words()[k - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(0, k - 4); j--) {
            if ("NUM".equals(s.tags()[j])) {
                return true;
            }
        }
        return false;
    }

    /** Words between a subject and its verb: "we also benchmark", "we further model". */
    private static final Set<String> VERB_ADVERBS = Set.of("also", "further", "then", "first", "additionally",
            "systematically", "extensively", "comprehensively", "next", "finally");

    /**
     * Whether the noun-shaped word at {@code k} is a verb here: "we benchmark", "to benchmark", "they
     * model", "we also benchmark". Only a subject pronoun or "to" right before tells: a tagger reads the
     * capitalised names after it as nouns either way.
     */
    public static boolean usedAsVerb(String[] words, int k) {
        int j = k - 1;
        if (j >= 0 && VERB_ADVERBS.contains(words[j].toLowerCase(Locale.ROOT))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        String w = words[j].toLowerCase(Locale.ROOT);
        return w.equals("we") || w.equals("they") || w.equals("i") || w.equals("to") && j == k - 1;
    }

    /**
     * The kind of the noun a list hangs from, "model" or "data": "benchmarks like Enigmata-Eval, ARC-AGI
     * (32.8%), and ARC-AGI 2" gives "data" for each item, over the scores in brackets; null otherwise.
     */
    public static String listKind(Sentence s, int from, int to) {
        String head = listHead(s, from, true);
        if (head == null) {
            return null;
        }
        if (clauseAfterListNoun(s, from, to)) {
            return null;
        }
        return switch (head) {
            // stem() leaves words of four letters or fewer whole ("llms", "vlms")
            case "model", "llm", "llms", "vlm", "vlms", "lm", "lms", "mllm", "slm", "slms", "baseline" -> "model";
            case "benchmark", "dataset", "corpus", "corpora", "suite", "leaderboard" -> "data";
            default -> null;
        };
    }

    /**
     * Whether the name at [from, to) starts a clause after a list noun rather than an item hanging from it: "On
     * the DREAM-1K benchmark, Tarsier2-7B improves" (a comma, and no comma or bracket after the name as an
     * apposition would have), "outperforms GPT-3 on most benchmarks, and LLaMA-65B is competitive" (", and"
     * right after the noun; an enumeration names an item before its "and").
     */
    private static boolean clauseAfterListNoun(Sentence s, int from, int to) {
        int comma = from - 1;
        boolean conjunction = comma >= 0 && (s.words()[comma].equals("and") || s.words()[comma].equals("or"));
        if (conjunction) {
            comma--;
        }
        if (comma < 1 || !s.words()[comma].equals(",") || !LIST_HEADS.contains(s.words()[comma - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return conjunction || !(to < s.size() && (s.words()[to].equals(",") || s.words()[to].equals(")")));
    }

    /** The "(" that the ")" at {@code close} ends, within six tokens, or -1. */
    private static int openingBracket(Sentence s, int close) {
        for (int k = close - 1; k >= 0 && k >= close - 6; k--) {
            if (s.words()[k].equals("(")) {
                return k;
            }
            if (s.words()[k].equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** A list item's name before an aside: one with an inner capital or a digit ("ChatGLM-6B"). */
    private static boolean capitalisedName(String w) {
        return NameCandidates.hasInnerCapitalOrDigit(w) && Character.isUpperCase(w.charAt(0));
    }

    /** "Models", "Benchmark": a capital, then lower-case letters only. */
    private static boolean capitalisedWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)
                && KIND_NOUNS.containsKey(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isListJoin(String w) {
        return w.equals(",") || w.equals("and") || w.equals("or") || w.equals("/") || w.equals(";");
    }

    private static String word(Sentence s, int k) {
        if (k < 0) {
            return "<s>";
        }
        if (k >= s.size()) {
            return "</s>";
        }
        String w = s.words()[k].toLowerCase(Locale.ROOT);
        return w.matches("\\d+(\\.\\d+)?") ? "<num>" : w;
    }

    private static String tag(Sentence s, int k) {
        return k < 0 || k >= s.size() ? "none" : s.tags()[k];
    }

    private static String nearestVerb(Sentence s, int from, int step) {
        for (int k = from, n = 0; k >= 0 && k < s.size() && n < 8; k += step, n++) {
            if ("VERB".equals(s.tags()[k])) {
                return s.words()[k].toLowerCase(Locale.ROOT);
            }
        }
        return "none";
    }

    private static String nextNoun(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 3; k++) {
            if ("NOUN".equals(s.tags()[k])) {
                return stem(s.words()[k].toLowerCase(Locale.ROOT));
            }
        }
        return "none";
    }

    /** Xx, XX, Xx9, x9: runs of the same character class collapsed. */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < w.length() && sb.length() < 12; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? '9' : c == ' ' ? '_' : c;
            if (k != prev) {
                sb.append(k);
                prev = k;
            }
        }
        return sb.toString();
    }
}
