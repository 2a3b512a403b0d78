package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;

/**
 * Decides whether a dataset is used as a benchmark (to measure or compare models) or as a corpus.
 * Each mention votes, and a list of datasets ("MMLU, GSM8K, and MATH") votes as one: evaluation
 * words around it ("93.4 on X", "evaluated on X", "X benchmark", "X, a coding benchmark") against
 * training words ("trained on X", "X corpus", "tokens from X", "X, a 3T-token corpus"). A
 * benchmark-shaped name (…Bench, …Eval, …QA) or corpus-shaped name (…Web, …Crawl, …Corpus) counts
 * twice. Without evidence a cited dataset is a benchmark and an introduced one a corpus.
 */
final class DatasetRoles {

    /** Names that evaluation suites are given: "BigCodeBench", "IFEval", "TruthfulQA", "Chatbot Arena". */
    private static final Pattern BENCHMARK_NAME = Pattern.compile(
            "(?i).*(bench|benchmark|eval|qa|arena|leaderboard|test|exam|olympiad)([-_ ]?(v?\\d+(\\.\\d+)?|hard|lite|pro|plus|\\+))?");

    /** Names that corpora are given: "RefinedWeb", "CommonCrawl", "Common Corpus", "The Pile", "KL3M Data". */
    private static final Pattern CORPUS_NAME = Pattern.compile("(?i).*(web|crawl|corpus|pile|data|datastore)\\b.*");

    /** Nouns of an apposition that describe training data ("Dolma, a three trillion tokens English corpus"). */
    private static final Set<String> CORPUS_APPOSITION = Set.of("corpus", "corpora", "datastore", "collection",
            "tokens", "pretraining", "pre-training", "instruction", "instructions", "dialogues", "conversations",
            "pairs", "documents", "mixture");

    /** Nouns of an apposition that describe an evaluation suite ("UniBench: a unified implementation of 50+ VLM benchmarks"). */
    private static final Set<String> BENCHMARK_APPOSITION = Set.of("benchmark", "benchmarks", "leaderboard",
            "evaluation", "test", "suite", "testbed", "arena");

    private static final Set<String> BENCHMARK_NOUNS = Set.of("benchmark", "benchmarks", "leaderboard", "test",
            "test-std", "test-dev", "testset", "score", "scores", "accuracy", "pass@1", "split", "suite", "evaluation");

    private static final Set<String> CORPUS_NOUNS = Set.of("corpus", "corpora", "datastore", "snapshot", "snapshots",
            "dump", "dumps", "data", "tokens", "pretraining", "pre-training", "collection");

    /** Words in a sentence that make an "on X" an evaluation. */
    private static final Pattern EVALUATION_WORD = Pattern.compile(
            "evaluat\\w*|achiev\\w*|scor\\w*|accura\\w*|perform\\w*|results?|outperform\\w*|surpass\\w*|sota"
                    + "|state-of-the-art|benchmark\\w*|reach\\w*|attain\\w*|improv\\w*|pass@\\d+|zero-shot|few-shot"
                    + "|\\d+-shot|measured|tested|rank\\w*");

    /** Words that make an "on X" or "from X" a training source. */
    private static final Pattern TRAINING_WORD = Pattern.compile(
            "(pre-?|post-?|re-?)?train\\w*|fine-?tun\\w*|finetun\\w*|distill\\w*|curat\\w*|filter\\w*|deduplicat\\w*"
                    + "|sourced|derived|extracted|crawl\\w*|mix\\w*|built|learn\\w*");

    List<ExtractedEntity> mark(AnalyzedText text, List<ExtractedEntity> entities) {
        EntityLocations where = new EntityLocations(text, entities);
        Map<ExtractedEntity, Integer> votes = new HashMap<>();
        for (int si = 0; si < where.sentenceCount(); si++) {
            for (List<Located> list : lists(where, si)) {
                int v = 0;
                for (Located l : list) {
                    v += vote(where, l);
                }
                for (Located l : list) {
                    votes.merge(l.entity(), Integer.signum(v), Integer::sum);
                }
            }
        }
        List<ExtractedEntity> out = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            if (e.type() != MentionType.DATASET) {
                out.add(e);
                continue;
            }
            int v = votes.getOrDefault(e, 0) + (BENCHMARK_NAME.matcher(e.name()).matches() ? 2 : 0)
                    - (CORPUS_NAME.matcher(e.name()).matches() ? 2 : 0);
            // with no evidence either way, a dataset the paper cites is most often a benchmark, one it
            // introduces most often a corpus (its benchmarks say "benchmark")
            out.add(e.withBenchmark(v > 0 || v == 0 && !e.introduced()));
        }
        return out;
    }

    /** The sentence's dataset mentions grouped into lists ("MMLU, GSM8K, and MATH"): a list shares one use. */
    private static List<List<Located>> lists(EntityLocations where, int si) {
        List<List<Located>> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        Located previous = null;
        for (Located l : where.in(si)) {
            if (!l.isDataset()) {
                previous = null;
                continue;
            }
            if (previous != null && onlyListWords(s, previous.last() + 1, l.first())) {
                out.get(out.size() - 1).add(l);
            } else {
                out.add(new ArrayList<>(List.of(l)));
            }
            previous = l;
        }
        return out;
    }

    private static boolean onlyListWords(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Words.is(s, i, ",", "and", "or", "(", ")", "&")) {
                return false;
            }
        }
        return true;
    }

    /** +1 for an evaluation use of this mention, -1 for a training use, 0 when the sentence says neither. */
    private static int vote(EntityLocations where, Located l) {
        Sentence s = where.sentence(l.sentence());
        String next = Words.lower(s, l.last() + 1);
        if (BENCHMARK_NOUNS.contains(next) || Words.is(s, l.last() + 1, "(") && Words.tag(s, l.last() + 2).equals("NUM")) {
            return 1;
        }
        if (CORPUS_NOUNS.contains(next) || describedAs(s, l, CORPUS_APPOSITION)) {
            return -1;
        }
        if (describedAs(s, l, BENCHMARK_APPOSITION)) {
            return 1;
        }
        if (countedInTokens(s, l)) {
            return -1;
        }
        String before = Words.lower(s, l.first() - 1);
        String before2 = Words.lower(s, l.first() - 2);
        if (Words.tag(s, l.first() - 2).equals("NUM") && before.equals("on") || before.equals("on") && Words.tag(s, l.first() - 3).equals("NUM")) {
            return 1;
        }
        boolean training = false;
        boolean evaluation = false;
        for (int i = l.first() - 1; i >= 0 && i >= l.first() - 12; i--) {
            if (Words.matches(s, i, TRAINING_WORD)) {
                training = true;
                break;
            }
            if (Words.matches(s, i, EVALUATION_WORD)) {
                evaluation = true;
                break;
            }
            if (Words.is(s, i, ";")) {
                break;
            }
        }
        if (training) {
            return -1;
        }
        if (evaluation || listedWithBenchmarks(before, before2)) {
            return 1;
        }
        return 0;
    }

    /** "a 1.4 trillion-token datastore named MassiveDS", "X ... 600B tokens": data counted in tokens is a corpus. */
    private static boolean countedInTokens(Sentence s, Located l) {
        for (int i = Math.max(0, l.first() - 4); i <= l.last() + 4 && i < s.size(); i++) {
            String w = Words.lower(s, i);
            if (w.equals("tokens") || w.endsWith("-token") || w.endsWith("-tokens")) {
                return true;
            }
        }
        return false;
    }

    /** "Dolma, a three trillion tokens English corpus", "X: a large benchmark for ...": what an apposition calls it. */
    private static boolean describedAs(Sentence s, Located l, Set<String> nouns) {
        int i = l.last() + 1;
        if (!Words.is(s, i, ",", "--", "-", ":", "(")) {
            return false;
        }
        for (int j = i + 1; j <= i + 9 && j < s.size(); j++) {
            if (nouns.contains(Words.lower(s, j))) {
                return true;
            }
            if (Words.verbal(s, j) && !Words.lower(s, j).endsWith("ed") || Words.is(s, j, ",", ";", ".")) {
                return false;
            }
        }
        return false;
    }

    /** "benchmarks such as X", "benchmarks like X, Y": the list introduced by a benchmark noun. */
    private static boolean listedWithBenchmarks(String before, String before2) {
        return (before.equals("as") || before.equals("like") || before.equals("including")) && before2.startsWith("benchmark");
    }
}
