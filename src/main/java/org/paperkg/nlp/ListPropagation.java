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
 * that the text defines as a model or a dataset ("PaLI-X, a multilingual vision and language model").
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
        for (NameCandidates.Candidate c : runs) {
            if (nameShaped(c) && found.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())
                    && added.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())) {
                String kind = CandidateFeatures.definitionOf(c.sentence(), c.sentenceIndex(), c.from(), c.to());
                if (kind == null) {
                    kind = namedAfter(c);
                }
                if (kind == null && c.to() - c.from() == 1 && SIZED_NAME.matcher(c.sentence().words()[c.from()]).matches()) {
                    kind = "model";
                }
                if ("model".equals(kind) || "data".equals(kind)) {
                    added.add(new Mention(c.start(), c.end(), "model".equals(kind) ? MentionType.MODEL : MentionType.DATASET,
                            0.6, "definition"));
                }
            }
        }
        found.addAll(added);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** A list needs at least two found items of one type and none of another. */
    private void propagate(List<NameCandidates.Candidate> items, List<Mention> found, List<Mention> added) {
        Map<MentionType, Integer> types = new EnumMap<>(MentionType.class);
        List<NameCandidates.Candidate> missing = new ArrayList<>();
        double confidence = 1;
        for (NameCandidates.Candidate c : items) {
            Mention m = exact(found, c);
            if (m != null) {
                types.merge(m.type(), 1, Integer::sum);
                confidence = Math.min(confidence, m.confidence());
            } else if (found.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())) {
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
        if (only.getValue() < 2 || only.getValue() < missing.size()) {
            return;
        }
        for (NameCandidates.Candidate c : missing) {
            added.add(new Mention(c.start(), c.end(), only.getKey(), confidence * 0.8, name()));
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
    private static final java.util.Set<String> NAMING_VERBS = java.util.Set.of("named", "called", "dubbed", "termed",
            "coined");

    /**
     * "a dynamic benchmark WIKIMIA", "the previous state-of-the-art model METER", "a family of language
     * models named GLaM": the kind of the noun right before the name, or before "named"/"called".
     */
    private static String namedAfter(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        int k = c.from() - 1;
        if (k >= 1 && NAMING_VERBS.contains(w[k].toLowerCase(java.util.Locale.ROOT))) {
            k--;
            if (k >= 1 && w[k].equals(",")) {
                k--;
            }
        }
        if (k < 0) {
            return null;
        }
        String kind = CandidateFeatures.kindOfNoun(w[k]);
        return "model".equals(kind) || "data".equals(kind) ? kind : null;
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
        if (b.from() - a.to() != 1) {
            return false;
        }
        String w = a.sentence().words()[a.to()];
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

    /** Two runs of one sentence separated only by ",", "and", "or", ", and" or "/". */
    private static boolean joinedByList(NameCandidates.Candidate a, NameCandidates.Candidate b) {
        if (a.sentence() != b.sentence()) {
            return false;
        }
        int gap = b.from() - a.to();
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int k = a.to(); k < b.from(); k++) {
            String w = a.sentence().words()[k];
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("/") || w.equals(";"))) {
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
