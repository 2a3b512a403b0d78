package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The cue words of the relation rules, in one place. The tagger often tags verbs in abstracts as
 * nouns ("Chinchilla outperforms/NOUN Gopher"), so rules decide by these word lists first and use the
 * part of speech only for the filler words of a noun phrase.
 */
final class RelationWords {
    private RelationWords() {}

    /** Verbs whose object is the model beaten: "M outperforms N". */
    static final Set<String> OUTPERFORM = Set.of(
            "outperform", "outperforms", "outperformed", "outperforming",
            "surpass", "surpasses", "surpassed", "surpassing",
            "beat", "beats", "beating", "beaten",
            "exceed", "exceeds", "exceeded", "exceeding",
            "outcompete", "outcompetes", "outcompeted", "outcompeting",
            "outstrip", "outstrips", "outstripped", "outstripping",
            "outclass", "outclasses", "outclassed", "outclassing",
            "outscore", "outscores", "outscored", "outscoring",
            "defeat", "defeats", "defeated", "defeating",
            "tops", "topped", "topping",
            "bests", "bested", "besting", "outdo", "outdoes", "outdid", "outdone", "outdoing");

    /** Verbs that put their subject behind their object: "N underperforms M", "N trails M". */
    static final Set<String> UNDERPERFORM = Set.of(
            "underperform", "underperforms", "underperformed", "underperforming",
            "trail", "trails", "trailed", "trailing");

    /** Words before "behind" that make it a ranking: "is behind M", "remains slightly behind M". */
    static final Set<String> STAYS = Set.of("is", "are", "was", "were", "remains", "remain", "remained", "stays",
            "stay", "still", "slightly", "far", "well", "only", "just", "somewhat");

    /** Comparatives of the loser, followed by "than" or "to": "N performs worse than M", "N is inferior to M". */
    static final Set<String> WORSE = Set.of("worse", "inferior", "weaker", "poorer");

    /** Verbs that do the same with "behind" or "short of": "N lags behind M", "N falls short of M". */
    static final Set<String> FALL_BEHIND = Set.of(
            "lag", "lags", "lagged", "lagging", "fall", "falls", "fell", "falling");

    /**
     * Where the winners of a verb that puts its subject behind them start, or -1 when token {@code i}
     * is no such verb: after "underperforms", "lags behind", "falls short of", "worse than", "inferior to",
     * "performed poorly compared to".
     */
    static int behindObject(RelationSentence s, int i) {
        String w = s.word(i);
        if (UNDERPERFORM.contains(w)) {
            // "Gemini underperformed compared to leading models like MedPaLM 2": the comparison names the winners
            boolean compared = (s.word(i + 1).equals("compared") || s.word(i + 1).equals("relative"))
                    && (s.word(i + 2).equals("to") || s.word(i + 2).equals("with"));
            return compared ? i + 3 : i + 1;
        }
        if (w.equals("behind") && STAYS.contains(s.word(i - 1))) {
            return i + 1; // "remains behind GPT-4o", "is still behind M"
        }
        if (WORSE.contains(w) && (s.word(i + 1).equals("than") || s.word(i + 1).equals("to"))) {
            return i + 2; // "InstructGPT even performs worse than T5-small", "they are far inferior to GPT-4"
        }
        if (w.equals("poorly") && (s.word(i + 1).equals("compared") || s.word(i + 1).equals("relative"))
                && (s.word(i + 2).equals("to") || s.word(i + 2).equals("with"))) {
            return i + 3; // "T5 has performed poorly compared to mBERT"
        }
        if (FALL_BEHIND.contains(w)) {
            if (s.word(i + 1).equals("behind")) {
                return i + 2;
            }
            if (s.word(i + 1).equals("short") && s.word(i + 2).equals("of")) {
                return i + 3;
            }
        }
        return -1;
    }

    /** Participles that, followed by "by", make the passive "N is outperformed by M". */
    static final Set<String> OUTPERFORM_PASSIVE = Set.of(
            "outperformed", "surpassed", "beaten", "exceeded", "outcompeted", "outstripped", "outclassed", "defeated",
            "bested", "outdone");

    /** Comparatives that, followed by "than"/"to", state superiority: "better than N", "superior to N". */
    static final Set<String> BETTER = Set.of("better", "stronger", "superior", "higher", "greater", "more");

    /** Nouns of superiority whose "of" names the winner: "the superiority of M over N", "the advantages of M over N". */
    static final Set<String> SUPERIORITY = Set.of("superiority", "supremacy", "advantage", "advantages", "edge");

    /**
     * Words of improvement or superiority that, followed by "over", state superiority: "gains over N", "its superior
     * performance over N", "M's superiority over N".
     */
    static final Set<String> IMPROVEMENT = java.util.stream.Stream.concat(SUPERIORITY.stream(), Set.of(
            "improvement", "improvements", "gain", "gains", "improves", "improve", "improved", "improving", "lead",
            "leads", "margin", "boost", "boosts", "superior").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words that state parity, not superiority: they block a superiority reading of the same span. */
    static final Set<String> PARITY = Set.of(
            "comparable", "comparably", "competitive", "par", "matches", "match", "matching", "rivals",
            "rival", "rivaling", "rivalling", "similar", "close", "approaches", "approaching", "same");

    /**
     * Words after which a model is an object or a complement, not the subject: prepositions, list
     * introducers and comparison verbs ("than N", "such as N", "matches N", "compared to N").
     */
    static final Set<String> GOVERNORS = java.util.stream.Stream.of(UNDERPERFORM, OUTPERFORM, Set.of(
            "on", "in", "with", "without", "over", "than", "to", "from", "for", "of", "by", "like", "as",
            "including", "include", "includes", "against", "vs", "vs.", "versus", "between", "among",
            "across", "at", "via", "into", "onto", "upon", "under", "beyond", "compared", "relative",
            "match", "matches", "matched", "matching", "rival", "rivals", "rivaling", "rivalling",
            "approaches", "approaching", "behind", "e.g.", "e.g",
            "especially", "particularly", "namely", "specifically", "unlike", "besides", "except", "despite"))
            .flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()); // the winner's and the loser's verbs govern alike

    /** "termed as X", "known as X": "as" after these names the subject, it does not govern it. */
    static final Set<String> NAMING = Set.of("termed", "known", "referred", "denoted", "called", "named",
            "dubbed", "coined");

    /** Words that separate coordinated items of a list. */
    static final Set<String> GLUE = Set.of(",", "and", "or", "&", "/", "nor", "(", ")", "–", "-", "—");

    /** Words that end a clause for the purpose of finding a subject. */
    static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "although", "though",
            "however", "meanwhile", "whilst", "additionally", "moreover", "furthermore");

    /** Modal verbs: "T0 can perform well", "it may fail". */
    static final Set<String> MODALS = Set.of("can", "could", "will", "would", "may", "might", "should", "must");

    /**
     * Finite verbs and clause words that the tagger may call nouns: a list or noun phrase never runs
     * across them.
     */
    static final Set<String> CLAUSE_WORDS = java.util.stream.Stream.concat(MODALS.stream(), Set.of(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "do", "did",
            "achieve", "achieves", "achieved", "achieving", "obtain", "obtains", "obtained", "obtaining",
            "reach", "reaches", "reached", "reaching", "attain", "attains", "attained", "attaining",
            "deliver", "delivers", "delivered", "delivering", "demonstrate", "demonstrates",
            "demonstrated", "demonstrating", "show", "shows", "showed", "shown", "showing", "remain",
            "remains", "exhibit", "exhibits", "exhibited", "yield", "yields", "yielding", "set", "sets",
            "establish", "establishes", "rank", "ranks", "ranked", "ranking", "score", "scores", "scored",
            "scoring", "perform", "performs", "performed", "performing", "provide", "provides", "offer",
            "offers", "require", "requires", "requiring", "using", "uses", "use", "used", "which", "that",
            "who", "where", "when", "despite", "but", "while", "whereas", "because", "since", "if",
            "improves", "improve", "improved", "improving", "advances", "enables", "allows", "leads",
            "introduce", "introduces", "present", "presents", "propose", "proposes", "release", "releases",
            "gets", "get", "gives", "makes", "make", "evaluated", "tested", "to",
            "match", "matches", "rivals", "rival", "outperform", "outperforms", "outperforming",
            "surpass", "surpasses", "surpassing", "beats", "exceeds", "exceeding", "compared").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Plural nouns for a set or class of models whose members a list names: "several models based on T5: mT5,
     * ByT5", "OpenAI generative pretrained transformers such as GPT-3".
     */
    static final Set<String> MODEL_PLURALS = Set.of("models", "llms", "lms", "variants", "versions", "systems",
            "checkpoints", "encoders", "transformers", "chatbots");

    /** Words that open the items of a list: "models, namely two versions of N", "including A and B". */
    static final Set<String> ITEM_INTRODUCERS = Set.of("namely", "including", "like", "e.g.", "e.g",
            "i.e.", "i.e", "specifically");

    /** Whether token k opens the items of a list: one of {@link #ITEM_INTRODUCERS}, the "as" of "such as", or a colon or dash after a plural noun for models. */
    static boolean opensItems(RelationSentence s, int k) {
        String w = s.word(k);
        return ITEM_INTRODUCERS.contains(w) || w.equals("as") && s.word(k - 1).equals("such")
                || (w.equals(":") || w.equals("–") || w.equals("—")) && listedAfterColon(s.word(k - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Plural nouns for models whose colon or dash opens the list of them: "eight popular quantized and
     * non-quantized LLMs – LLaMA-3, Gemma-2, ...", "three baselines: A, B and C".
     */
    private static boolean listedAfterColon(String noun) {
        return MODEL_PLURALS.contains(noun) || noun.equals("plms") || noun.equals("baselines");
    }

    /** Words that may start an item in a list without being part of the mentions ("models such as"). */
    static final Set<String> LIST_INTRODUCERS = Set.of("such", "as", "like", "including", "e.g.", "e.g",
            "i.e.", "i.e", "namely", "specifically", "especially", "particularly", "notably", "even", "of",
            "both", "all", "other", "its", "their", "our", "his", "her", "well", "also", "respectively",
            "leading", "existing", "recent", "previous", "prior", "strong", "larger", "smaller", "similarly",
            "sized", "open-source", "closed-source", "proprietary", "popular", "prominent", "baseline",
            "baselines", "many", "several", "most", "various", "top", "state-of-the-art", "sota", "much",
            "models", "model", "llms", "llm", "variants", "versions");

    /**
     * Verbs that state a model's measured result, whose subject is the model measured: "AraBERT v2
     * achieved 87% F1", "models like o1 score below 10%", "BLOOMZ and Falcon perform at even lower
     * levels", "even GPT-4 lags behind humans", "with GPT-4V achieving only 19% accuracy".
     */
    static final Set<String> RESULT_VERBS = Set.of("achieve", "achieves", "achieved", "achieving", "obtain", "obtains",
            "obtained", "obtaining", "score", "scores", "scored", "reach", "reaches", "reached", "reaching",
            "attain", "attains", "attained", "attaining", "perform", "performs", "performed", "lag", "lags", "lagged");

    /**
     * Verbs a benchmark paper reports its findings with: "GPT-4 struggles with ...", "while Claude excels
     * at ...", "even GPT-4o fails to ...", "DeepSeek v3 strongly rivals closed-source models". {@link
     * OwnBenchmarkRule} reads them as results on the paper's own benchmark only after it is presented and
     * in a sentence that names no dataset, where the outcome can only be on that benchmark.
     */
    static final Set<String> OUTCOME_VERBS = Set.of("struggle", "struggles", "struggled", "fail", "fails",
            "failed", "excel", "excels", "excelled", "demonstrate", "demonstrates", "demonstrated", "show", "shows", "showed",
            "exhibit", "exhibits", "exhibited", "display", "displays", "displayed", "rival", "rivals", "rivalled", "rivaled");

    /**
     * A verb that reports a model's result: "achieves", "struggles", "trails". The subject of one is a model
     * measured on something; with {@link #OUTPERFORM} it is a model compared on something.
     */
    static boolean isResultVerb(String w) {
        return RESULT_VERBS.contains(w) || OUTCOME_VERBS.contains(w) || UNDERPERFORM.contains(w);
    }

    /** Words of a result statement; a dataset in a sentence with one of these is used as a benchmark. */
    static boolean isResultCue(String w) {
        return w.startsWith("achiev") || w.startsWith("obtain") || w.startsWith("reach") || w.startsWith("attain")
                || w.startsWith("scor") || w.startsWith("perform") || w.startsWith("result")
                || w.startsWith("accura") || w.equals("evaluated") || w.equals("evaluate")
                || w.equals("evaluating") || w.equals("evaluations")
                // "are assessed ... using the UQuAD1.0 and SQuAD2.0 datasets", "tested on"
                || w.equals("assessed") || w.equals("assessing") || w.equals("tested") || w.equals("benchmarked")
                || w.startsWith("benchmark") || w.equals("state-of-the-art") || w.equals("sota")
                || w.startsWith("leaderboard") || w.startsWith("rank") || w.startsWith("deliver")
                || w.startsWith("pass@") || w.equals("competitive") || w.equals("superior") || w.equals("better")
                || w.startsWith("perplexit") || w.equals("f1") || w.equals("%") || w.endsWith("%")
                || w.startsWith("top") || w.startsWith("gains") || w.startsWith("improv") || w.equals("sets")
                || w.equals("effectiveness") || w.equals("superiority") || w.equals("efficacy")
                // "Experiments on the FCGEC dataset show that our proposed method effectively alleviates ..."
                || w.equals("experiments") || w.equals("experimental")
                // a comparison of results: "M outperforms N on D", "On MMLU, M wins against N", "trails N on D"
                || OUTPERFORM.contains(w) || UNDERPERFORM.contains(w) || w.equals("wins") || w.equals("win")
                || w.equals("ahead");
    }

    /** A noun phrase filler by tag: determiners, adjectives, nouns, numbers, adverbs. */
    static boolean isNounPhraseTag(String tag) {
        return tag.startsWith("DET") || tag.startsWith("ADJ") || tag.startsWith("NOUN") || tag.startsWith("PROPN")
                || tag.startsWith("NUM") || tag.startsWith("ADV") || tag.startsWith("SYM") || tag.startsWith("X");
    }
}
