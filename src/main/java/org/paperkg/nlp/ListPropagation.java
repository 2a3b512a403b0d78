package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names in one coordinated list are names of one kind: in "MMLU, GSM8K, MATH, BBH, GPQA, and
 * HumanEval", when most items were found as datasets, the ones the finders missed are datasets too.
 * Wraps another finder and adds the missing list items; of what it found, it changes only the type
 * of a lone item typed against a clear majority of its list. Brackets after the tasks of one sentence
 * hold one list ("retrieval (AudioCaps, Clotho), classification (ESC-50, FSD50K)"). A name outside any
 * list is added when its context says what it is ({@link ContextNames}), and a found name with a
 * version or size after it ("KoLM-v2") is a name of the found one's kind.
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
        List<List<NameCandidates.Candidate>> lists = coordinatedLists(runs);
        for (List<NameCandidates.Candidate> list : lists) {
            NameCandidates.Candidate first = list.get(0);
            NameCandidates.Candidate last = list.get(list.size() - 1);
            if (list.size() >= 3) {
                // "(PolyLM, XGLM, Llama2, Mistral, ALMA, and Tower)": a list that fills a bracket is surely one
                // list, so fewer of its items need to be known
                propagate(list, found, added, fillsBracket(first, last) ? 2 : 1);
            } else if (list.size() == 2 && conjoined(first, last)) {
                propagatePair(first, last, found, added);
                retypeWeakPartner(first, last, found);
            }
        }
        for (List<NameCandidates.Candidate> group : bracketedLists(runs)) {
            // the brackets mark the list, so fewer of its items need to be known
            propagate(group, found, added, 2);
        }
        List<Abbreviations.Definition> definitions = text.abbreviations();
        java.util.Set<Integer> shortForms = new java.util.HashSet<>();
        for (Abbreviations.Definition d : definitions) {
            shortForms.add(d.shortStart());
        }
        List<NameCandidates.Candidate> singles = new ArrayList<>();
        for (NameCandidates.Candidate c : runs) {
            NameCandidates.Candidate head = ContextNames.beforeNamingNoun(c);
            singles.add(head != null ? head : c);
        }
        java.util.Set<Integer> longForms = new java.util.HashSet<>();
        for (Abbreviations.Definition d : definitions) {
            longForms.add(d.longStart());
        }
        for (NameCandidates.Candidate c : singles) {
            if ((nameShaped(c) || definedLongForm(c, longForms)) && free(c, found, added)) {
                ContextNames.Named named = ContextNames.named(c, shortForms);
                if (named != null) {
                    added.add(new Mention(c.start(), c.end(), named.type(), 0.6, named.finder()));
                }
            }
        }
        ContextNames.addOwnAbbreviatedModels(text, definitions, found, added);
        // a pair whose one name only the rules above found: "comparably to XLM-R and mT5"
        List<Mention> known = new ArrayList<>(found);
        known.addAll(added);
        for (int k = 0; k + 1 < runs.size(); k++) {
            if (conjoined(runs.get(k), runs.get(k + 1))) {
                propagatePair(runs.get(k), runs.get(k + 1), known, added);
            }
        }
        // "We compare ARBERT, MARBERT, and QARiB": a list whose known items only the context rules found
        // (two BERT-shaped names) types its other items as well
        for (List<NameCandidates.Candidate> list : lists) {
            if (list.size() >= 3) {
                propagate(list, known, added, 1);
            }
        }
        namedByPluralNoun(lists, found, known, added);
        countedByPluralNoun(lists, known, added);
        retypeByWholeLists(lists, found, added);
        extendByVersion(text, found);
        addVersionVariants(text, runs, found, added);
        found.addAll(added);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** A version right after a name, spaced or hyphenated: "The Stack v2", "Dolma v1.7", "RedPajama-V2". */
    private static final java.util.regex.Pattern VERSION_AFTER = java.util.regex.Pattern.compile(
            "[ -][vV]\\d+(?:\\.\\d+)*(?![\\p{L}\\p{N}.-])|[ -][vV]\\d+(?:\\.\\d+)*(?=\\.(?:\\s|$))");

    /** A size right after a model's name that counts nothing itself: " 3B" in "Llama 3.2 3B are". */
    private static final java.util.regex.Pattern SIZE_AFTER = java.util.regex.Pattern.compile(
            "[ -]\\d+(?:\\.\\d+)?[BM](?![\\p{L}\\p{N}.-])(?!\\h*(?:-\\h*)?(?i:parameters?|params?|tokens?|words?|examples?"
                    + "|images?|samples?|documents?|instructions?|pairs|models?|scale|sized?|variants?|versions?)\\b)");

    /** "The Stack v2": a version after a found name is part of it, so the name is the versioned one. */
    private static void extendByVersion(AnalyzedText text, List<Mention> found) {
        java.util.regex.Matcher version = VERSION_AFTER.matcher(text.text());
        java.util.regex.Matcher size = SIZE_AFTER.matcher(text.text());
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.type() == MentionType.ORGANIZATION) {
                continue;
            }
            int length = text.text().length();
            int end = versionEnd(version, m.end(), Math.min(length, m.end() + 12));
            if (end < 0 && m.type() == MentionType.MODEL) {
                // "Llama 3.2 3B are ...": a size after a model's name is part of the name, unless it counts
                // something ("3B parameters")
                end = versionEnd(size, m.end(), Math.min(length, m.end() + 30));
            }
            int extended = end;
            if (end >= 0 && found.stream().noneMatch(f -> f.start() >= m.end() && f.start() < extended)) {
                found.set(k, new Mention(m.start(), end, m.type(), m.confidence(), m.finder()));
            }
        }
    }

    /** Where the matcher's version or size starting at {@code from} (and ending by {@code to}) ends, or -1. */
    private static int versionEnd(java.util.regex.Matcher matcher, int from, int to) {
        matcher.region(from, to);
        return matcher.lookingAt() ? matcher.end() : -1;
    }

    /** A version or size after a name: "-v2", "2.5", "-7B", "-1.3b". */
    private static final java.util.regex.Pattern VARIANT_SUFFIX = java.util.regex.Pattern.compile(
            "[-_ ]?(?:[vV]\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)?[BMKbm])");

    /**
     * "We release KoLM in two sizes, along with the newer KoLM-v2 model": a name that is a found name
     * plus a version or size is a name of the same kind, whatever the finders made of it alone.
     */
    private static void addVersionVariants(AnalyzedText text, List<NameCandidates.Candidate> runs,
                                           List<Mention> found, List<Mention> added) {
        Map<String, MentionType> known = new java.util.HashMap<>();
        for (Mention m : found) {
            if (m.type() != MentionType.ORGANIZATION && m.end() - m.start() >= 2) {
                known.putIfAbsent(text.text().substring(m.start(), m.end()), m.type());
            }
        }
        for (NameCandidates.Candidate c : runs) {
            if (!free(c, found, added)) {
                continue;
            }
            String name = text.text().substring(c.start(), c.end());
            for (Map.Entry<String, MentionType> k : known.entrySet()) {
                if (name.startsWith(k.getKey())
                        && VARIANT_SUFFIX.matcher(name.substring(k.getKey().length())).matches()) {
                    added.add(new Mention(c.start(), c.end(), k.getValue(), 0.6, "version-variant"));
                    break;
                }
            }
        }
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
                    if (ContextNames.distinctive(w, c.from(), c.to())) {
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

    /** Whether a bracket opens right before {@code first} and closes right after {@code last}. */
    private static boolean fillsBracket(NameCandidates.Candidate first, NameCandidates.Candidate last) {
        String[] w = first.sentence().words();
        return first.from() > 0 && w[first.from() - 1].equals("(") && last.to() < w.length && w[last.to()].equals(")");
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
            } else if (free(c, found, added)) {
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
        if (headNounSays(items.get(0), only.getKey())) {
            // "three new Arabic BERT-style models (JABER, Char-JABER, and SABER)": the noun the list hangs from
            // says what its items are, so one found item of that kind is enough
            missingPerFound = Math.max(missingPerFound, 3);
        } else if (only.getValue() < 2) {
            return;
        }
        if (only.getValue() * missingPerFound < missing.size()) {
            return;
        }
        for (NameCandidates.Candidate c : missing) {
            added.add(new Mention(c.start(), c.end(), only.getKey(), confidence * 0.8,
                    missingPerFound > 1 ? "bracket-list" : name()));
        }
    }

    /** Whether the noun a list hangs from ("models (A, B and C)", "benchmarks such as A, B and C") names the type. */
    private static boolean headNounSays(NameCandidates.Candidate first, MentionType type) {
        String kind = CandidateFeatures.listKind(first.sentence(), first.from(), first.to());
        return type == MentionType.MODEL && "model".equals(kind) || type == MentionType.DATASET && "data".equals(kind);
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
        if (!free(other, found, added)
                || !ContextNames.distinctive(other.sentence().words(), other.from(), other.to())) {
            return;
        }
        added.add(new Mention(other.start(), other.end(), known.type(), known.confidence() * 0.8, name()));
    }

    /**
     * "a prompt tuning approach with BERT and RoBERTa": two names joined by "and"/"or" alone are of one kind,
     * so a name typed unsurely against a surely typed partner takes the partner's type.
     */
    private static void retypeWeakPartner(NameCandidates.Candidate a, NameCandidates.Candidate b, List<Mention> found) {
        Mention ma = exact(found, a);
        Mention mb = exact(found, b);
        if (ma == null || mb == null || ma.type() == mb.type()
                || ma.type() == MentionType.ORGANIZATION || mb.type() == MentionType.ORGANIZATION) {
            return;
        }
        Mention sure = ma.confidence() >= mb.confidence() ? ma : mb;
        Mention unsure = sure == ma ? mb : ma;
        if (sure.confidence() >= SURE && unsure.confidence() < UNSURE) {
            found.set(found.indexOf(unsure), new Mention(unsure.start(), unsure.end(), sure.type(), unsure.confidence(),
                    unsure.finder()));
        }
    }

    /** How sure a partner's type must be to overrule the other's, and how unsure the other's. */
    private static final double SURE = 0.9;
    private static final double UNSURE = 0.7;

    /**
     * "We compare ARBERT, MARBERT, and QARiB" with the first two found as models only by their context (after the
     * list pass above): a lone item typed against the majority of its list, counting what every step found, takes
     * the majority's type, as in {@link #retypeMinority}.
     */
    private static void retypeByWholeLists(List<List<NameCandidates.Candidate>> lists, List<Mention> found,
                                           List<Mention> added) {
        List<Mention> all = new ArrayList<>(found);
        all.addAll(added);
        for (List<NameCandidates.Candidate> items : lists) {
            if (items.size() < 3) {
                continue;
            }
            Map<MentionType, Integer> types = new EnumMap<>(MentionType.class);
            for (NameCandidates.Candidate c : items) {
                Mention m = exact(all, c);
                if (m != null) {
                    types.merge(m.type(), 1, Integer::sum);
                }
            }
            if (types.size() > 1) {
                retypeMinority(items, all, types);
            }
            retypeMakerAmongModels(items, all, types);
        }
        for (int k = 0; k < found.size(); k++) {
            found.set(k, all.get(k));
        }
        for (int k = 0; k < added.size(); k++) {
            added.set(k, all.get(found.size() + k));
        }
    }

    /**
     * "(Gemini, Qwen, DeepSeek)", "GPT-4, Gemini, LLaMA2, Mixtral and DeepSeek": a maker's one-word name listed among
     * two or more models, and nothing else, names the maker's models there. The list of organisations knows it as a
     * maker, so the majority rule above leaves it alone; a list of makers ("OpenAI, Google and Meta") has no models.
     */
    private static void retypeMakerAmongModels(List<NameCandidates.Candidate> items, List<Mention> all,
                                               Map<MentionType, Integer> types) {
        if (types.getOrDefault(MentionType.ORGANIZATION, 0) != 1 || types.getOrDefault(MentionType.MODEL, 0) < 2
                || types.size() != 2) {
            return;
        }
        // surely a list of models: the noun it hangs from says so ("LLMs (Gemini, Qwen, DeepSeek)"), or a model in it
        // carries a version ("GPT-4", "LLaMA2"); not "platforms like Facebook, Twitter and Instagram"
        boolean models = headNounSays(items.get(0), MentionType.MODEL) || items.stream().anyMatch(c -> {
            Mention m = exact(all, c);
            return m != null && m.type() == MentionType.MODEL && java.util.Arrays.stream(c.sentence().words(), c.from(), c.to())
                    .anyMatch(word -> word.chars().anyMatch(Character::isDigit));
        });
        for (NameCandidates.Candidate c : items) {
            Mention m = exact(all, c);
            String[] w = c.sentence().words();
            boolean possessive = c.to() < w.length && (w[c.to()].equals("'s") || w[c.to()].equals("\u2019s"));
            if (models && m != null && m.type() == MentionType.ORGANIZATION && c.to() - c.from() == 1 && !possessive) {
                // "Google's MT5", "Anthropic's Claude 3" in a list name the maker of the model after them
                all.set(all.indexOf(m), new Mention(m.start(), m.end(), MentionType.MODEL, m.confidence(), m.finder()));
            }
        }
    }

    /** Plural nouns that say what the names before them are: "the Yelp and IMDb datasets". */
    private static final java.util.Set<String> DATA_PLURALS = java.util.Set.of("datasets", "benchmarks", "corpora",
            "treebanks");

    /**
     * "the GLUE and XNLI benchmarks", "on SQA, WTQ and TabFact table reasoning datasets": the names of a
     * list closed by "and"/"or" that a plural data noun follows (after at most three lower-case modifiers)
     * are all datasets, found or not; not a single word shaped like a language's name ("the Aranese and
     * Aragonese datasets", "the English and Italian datasets" are data in those languages).
     */
    private void namedByPluralNoun(List<List<NameCandidates.Candidate>> lists, List<Mention> found, List<Mention> known,
                                   List<Mention> added) {
        for (List<NameCandidates.Candidate> list : lists) {
            int j = list.size() - 1;
            // "the Oil and Gas datasets"; "Existing Arabic and Saudi benchmarks": items of one list are of one
            // kind, so a language among them makes the others places or peoples, not names of data
            if (j > 0 && closedByConjunction(list.get(j - 1), list.get(j)) && dataPluralAfter(list.get(j))
                    && !list.stream().allMatch(ListPropagation::commonWord)
                    && list.stream().noneMatch(ListPropagation::language)) {
                for (NameCandidates.Candidate c : list) {
                    String[] w = c.sentence().words();
                    String name = String.join(" ", java.util.Arrays.copyOfRange(w, c.from(), c.to()));
                    // "the Chinese Spider and CSpider datasets", "NER and POS datasets": data in a language
                    // and for tasks, not named data
                    if (ContextNames.distinctive(w, c.from(), c.to()) && nameShaped(c) && !NonNameFilter.hasLanguagePart(name)
                            && !TASKS.contains(name.toLowerCase(java.util.Locale.ROOT)) && free(c, known, added)) {
                        added.add(new Mention(c.start(), c.end(), MentionType.DATASET, 0.6, "plural-data-noun"));
                    }
                    // "on both WMT22 and FLORES-101 test sets": the noun says what its names are, whatever a finder
                    // made of them; a well-known model stays one ("the BERT and RoBERTa pre-training corpora")
                    for (List<Mention> mentions : List.of(found, added)) {
                        Mention m = exact(mentions, c);
                        if (m != null && m.type() == MentionType.MODEL && !m.finder().equals(DictionaryMentionFinder.models().name())
                                && !NonNameFilter.hasLanguagePart(name)) {
                            mentions.set(mentions.indexOf(m), new Mention(m.start(), m.end(), MentionType.DATASET,
                                    m.confidence(), m.finder()));
                        }
                    }
                }
            }
        }
    }

    /** Words that make "sets" the splits of named data: "test sets". */
    private static final java.util.Set<String> SPLIT_WORDS = java.util.Set.of("test", "dev", "development", "validation",
            "evaluation");

    /** Plural nouns that say the names of a counted list after them are models. */
    private static final java.util.Set<String> MODEL_PLURALS = java.util.Set.of("models", "llms", "plms", "mllms",
            "vlms", "lms");

    /**
     * "three LLMs: ChatGPT3.5 Turbo, ChatGPT4o, and Aguila", "four academic corpora: CORA, Arxiv Physics, PNAS,
     * and Citeseer", "three ASR model families: Whisper, MMS, and Seamless-M4T": a count, a plural noun of a
     * kind and a colon announce a list; when the list that follows has exactly that many items, each of
     * them is a name of that kind, found or not. A dash or a bracket may stand for the colon ("three
     * diverse datasets - SVAMP, GeoQA, and TableMWP").
     */
    private void countedByPluralNoun(List<List<NameCandidates.Candidate>> lists, List<Mention> known, List<Mention> added) {
        for (List<NameCandidates.Candidate> found : lists) {
            List<NameCandidates.Candidate> list = withWordAfterColon(found);
            MentionType type = list.size() >= 2 ? announcedKind(list.get(0), list.size()) : null;
            if (type == null || list.stream().anyMatch(ListPropagation::language)) {
                continue;
            }
            for (NameCandidates.Candidate c : list) {
                if (nameShaped(c) && free(c, known, added)) {
                    added.add(new Mention(c.start(), c.end(), type, 0.6, "counted-list"));
                }
            }
        }
    }

    /**
     * The list with the capitalised word between a colon and its first item put in front: "families: Whisper,
     * MMS, and Seamless-M4T" lists Whisper, which is no candidate because after a colon any word may take a
     * capital.
     */
    private static List<NameCandidates.Candidate> withWordAfterColon(List<NameCandidates.Candidate> list) {
        NameCandidates.Candidate first = list.get(0);
        String[] w = first.sentence().words();
        int k = first.from() - 2;
        if (k < 1 || !w[k + 1].equals(",") || !LIST_OPENERS.contains(w[k - 1]) || !Character.isUpperCase(w[k].charAt(0))
                || !w[k].chars().allMatch(Character::isLetterOrDigit)) {
            return list;
        }
        List<NameCandidates.Candidate> out = new ArrayList<>();
        out.add(new NameCandidates.Candidate(first.sentence(), first.sentenceIndex(), k, k + 1, k, k + 1));
        out.addAll(list);
        return out;
    }

    /** What may stand between a counted plural and its list: "three datasets: ...", "three datasets - ...", "(...)". */
    private static final java.util.Set<String> LIST_OPENERS = java.util.Set.of(":", "-", "–", "—", "(");

    /** The kind a "three LLMs:" before the list's first item announces for a list of {@code size} items, or null. */
    private static MentionType announcedKind(NameCandidates.Candidate first, int size) {
        String[] w = first.sentence().words();
        String[] tags = first.sentence().tags();
        int k = first.from() - 1;
        if (k < 2 || !LIST_OPENERS.contains(w[k])) {
            return null;
        }
        k = pastPrepositionalPhrase(w, k);
        String noun = w[--k].toLowerCase(java.util.Locale.ROOT);
        if (noun.equals("families") && w[k - 1].equalsIgnoreCase("model")) {
            noun = "models"; // "three ASR model families:"
            k--;
        }
        MentionType type = MODEL_PLURALS.contains(noun) ? MentionType.MODEL
                : DATA_PLURALS.contains(noun) ? MentionType.DATASET : null;
        if (type == null) {
            return null;
        }
        // up to three modifiers between the count and the noun: "three general-purpose LLMs", "two public datasets"
        for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
            String word = w[m].toLowerCase(java.util.Locale.ROOT);
            if (word.equals(String.valueOf(size)) || NumberWords.valueOf(word) == size) {
                return type;
            }
            if (!(tags[m].equals("ADJ") || tags[m].equals("NOUN") || tags[m].equals("VERB") && word.endsWith("ed"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "two large-scale datasets for scientific-fact-checking tasks: Med-Fact and Gsci-Fact": the position of the
     * preposition that opens a phrase of up to six lower-case words between a plural noun and the list's opener at
     * {@code opener}, or {@code opener} when there is no such phrase.
     */
    private static int pastPrepositionalPhrase(String[] w, int opener) {
        for (int k = opener - 1; k >= 1 && k >= opener - 7; k--) {
            String word = w[k];
            if (PHRASE_PREPOSITIONS.contains(word)) {
                String noun = w[k - 1].toLowerCase(java.util.Locale.ROOT);
                return k < opener - 1 && (MODEL_PLURALS.contains(noun) || DATA_PLURALS.contains(noun)) ? k : opener;
            }
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
                return opener;
            }
        }
        return opener;
    }

    private static final java.util.Set<String> PHRASE_PREPOSITIONS = java.util.Set.of("for", "in", "on", "of", "across",
            "from");

    /** Abbreviations of tasks, which name data for a task, not a dataset: "the NER and POS datasets". */
    private static final java.util.Set<String> TASKS = java.util.Set.of("ner", "pos", "nli", "qa", "asr", "mt", "nmt",
            "sql", "srl", "wsd", "sts", "tts", "ocr", "re", "ie", "sa", "absa");

    /** A language pair in codes: "En-De", "en-fr". */
    private static final java.util.regex.Pattern LANGUAGE_PAIR = java.util.regex.Pattern.compile("[A-Za-z][a-z]-[A-Za-z][a-z]");

    /** A single capitalised common word: "Oil", "Gas", "News". */
    private static boolean commonWord(NameCandidates.Candidate c) {
        String w = c.sentence().words()[c.from()];
        return c.to() - c.from() == 1 && CommonWords.isCommon(w) && !innerCapital(w);
    }

    /** Whether "and" or "or" stands between the last two items of a list. */
    private static boolean closedByConjunction(NameCandidates.Candidate a, NameCandidates.Candidate b) {
        String[] w = a.sentence().words();
        for (int k = a.to(); k < b.from(); k++) {
            if (w[k].equals("and") || w[k].equals("or")) {
                return true;
            }
        }
        return false;
    }

    /** Whether only a comma (after a bracketed size, if any) stands between two runs. */
    private static boolean commaOnlyBetween(NameCandidates.Candidate a, NameCandidates.Candidate b) {
        String[] w = a.sentence().words();
        int from = afterBracketedSize(w, a.to(), b.from());
        return b.from() - from == 1 && w[from].equals(",");
    }

    /** Whether a plural data noun follows the name, after at most three lower-case nouns, adjectives or gerunds. */
    private static boolean dataPluralAfter(NameCandidates.Candidate last) {
        String[] w = last.sentence().words();
        String[] tags = last.sentence().tags();
        for (int k = last.to(); k < Math.min(w.length, last.to() + 4); k++) {
            if (DATA_PLURALS.contains(w[k].toLowerCase(java.util.Locale.ROOT))
                    || w[k].equals("sets") && k > 0 && SPLIT_WORDS.contains(w[k - 1])) {
                return true; // "the A and B datasets", "on A and B test sets"
            }
            // "table reasoning datasets": a gerund may be tagged as a verb
            boolean modifier = (tags[k].equals("NOUN") || tags[k].equals("ADJ") || w[k].endsWith("ing"))
                    && w[k].chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-');
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern LANGUAGE_SHAPED = java.util.regex.Pattern.compile("[A-Z][a-z]+(?:ese|ian|ish)");

    private static boolean languageShaped(String[] w, NameCandidates.Candidate c) {
        return c.to() - c.from() == 1 && LANGUAGE_SHAPED.matcher(w[c.from()]).matches();
    }

    /** "Aragonese", "Tamil-English", "En-De": a language, a pair of them, or a word shaped like one. */
    private static boolean language(NameCandidates.Candidate c) {
        String[] w = c.sentence().words();
        String name = String.join(" ", java.util.Arrays.copyOfRange(w, c.from(), c.to()));
        return languageShaped(w, c) || LANGUAGE_PAIR.matcher(name).matches()
                || NonNameFilter.isLanguageName(name);
    }

    /** Whether no mention found or added so far overlaps the candidate. */
    private static boolean free(NameCandidates.Candidate c, List<Mention> found, List<Mention> added) {
        return found.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())
                && added.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end());
    }

    /** "PaLI-X", "POINTS", "Llama 2": no punctuation inside and no word ending in -ing ("Cramming"). */
    private static boolean nameShaped(NameCandidates.Candidate c) {
        for (int k = c.from(); k < c.to(); k++) {
            String w = c.sentence().words()[k];
            // "Reasoning" is a gerund; "OpenMathReasoning", with capitals inside, is a name
            if (w.endsWith("ing") && !innerCapital(w) || !Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a synthetic dataset called Sentences Involving Complex Compositional Knowledge (SICCK)": the long form of
     * an abbreviation the text defines may have a gerund inside; its first word is still no gerund.
     */
    private static boolean definedLongForm(NameCandidates.Candidate c, java.util.Set<Integer> longForms) {
        String first = c.sentence().words()[c.from()];
        return longForms.contains(c.start()) && c.to() - c.from() >= 2 && !first.endsWith("ing")
                && Character.isLetterOrDigit(first.charAt(0));
    }

    /** A capital after a small letter: "OpenMathReasoning", not "Pre-Training". */
    private static boolean innerCapital(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
                return true;
            }
        }
        return false;
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
        double weakestOfMajority = 1;
        for (NameCandidates.Candidate c : items) {
            Mention m = exact(found, c);
            if (m != null && m.type() == major) {
                weakestOfMajority = Math.min(weakestOfMajority, m.confidence());
            }
        }
        boolean kept = false;
        for (NameCandidates.Candidate c : items) {
            Mention m = exact(found, c);
            if (m != null && m.type() != major) {
                if (m.confidence() > weakestOfMajority) {
                    // "beats Gemini 1.5 Pro on MMMU and Global-MMLU-Lite, and Gemma 3 4B is ...": a surely
                    // typed item is not overruled by items typed less surely than it
                    kept = true;
                    continue;
                }
                found.set(found.indexOf(m), new Mention(m.start(), m.end(), major, m.confidence(), m.finder()));
            }
        }
        if (kept) {
            return;
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
        // up to four tokens of anything, or up to eight of numbers only: "GSM8K (67.55% → 82.79%), MATH (17.00 % →
        // 26.80 %)", a change of score
        int close = from + 1;
        boolean numbers = true;
        while (close < limit && !w[close].equals(")")) {
            numbers &= NUMBERS_ONLY.matcher(w[close]).matches();
            close++;
            if (close > from + (numbers ? 8 : 4)) {
                break;
            }
        }
        if (close >= limit || !w[close].equals(")") || close == from + 1 || !Character.isDigit(w[from + 1].charAt(0))) {
            return -1;
        }
        return close + 1;
    }

    /** What a bracket of scores holds: numbers, percent signs, arrows and dashes between them. */
    private static final java.util.regex.Pattern NUMBERS_ONLY = java.util.regex.Pattern.compile(
            "[+±-]?\\d[\\d.,]*%?|%|→|->|[-–—/]|to|vs\\.?|pp");

    /**
     * The runs in order, grouped into coordinated lists: each group is a longest stretch of runs joined by list words
     * ({@link #joinedByList}), a lone run a group of one. An "and" or "or" closes a list: in "on SVAMP, GeoQA, and
     * TableMWP, UniMath achieves ..." the name after the next comma opens the clause, not a fourth item.
     */
    private static List<List<NameCandidates.Candidate>> coordinatedLists(List<NameCandidates.Candidate> runs) {
        List<List<NameCandidates.Candidate>> out = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            int j = i;
            boolean closed = false;
            while (j + 1 < runs.size() && joinedByList(runs.get(j), runs.get(j + 1))
                    && !(closed && commaOnlyBetween(runs.get(j), runs.get(j + 1)))) {
                closed |= closedByConjunction(runs.get(j), runs.get(j + 1));
                j++;
            }
            out.add(runs.subList(i, j + 1));
            i = j + 1;
        }
        return out;
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
