package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.nlp.Abbreviations;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameKey;

/**
 * Groups the mentions of one paper into entities: mentions whose names normalise alike are one
 * entity, and a defined abbreviation joins its long form ("Zero Redundancy Optimizer (ZeRO)") as an alias.
 */
final class EntityAssembler {
    private static final String SAME_NAME = "same-name";

    List<ExtractedEntity> assemble(AnalyzedText text, List<Mention> mentions) {
        List<Mention> all = new ArrayList<>();
        for (Mention m : mentions) {
            Mention t = trimmed(text, m);
            if (t != null) {
                all.add(t);
            }
        }
        Map<String, String> aliasToLong = new LinkedHashMap<>();
        for (Abbreviations.Definition d : text.abbreviations()) {
            Mention shortM = at(all, d.shortStart(), d.shortEnd());
            Mention longM = covering(all, d.longStart(), d.longEnd());
            if (shortM == null && longM == null) {
                continue;
            }
            MentionType type = shortM != null ? shortM.type() : longM.type();
            if (longM == null) {
                longM = new Mention(d.longStart(), d.longEnd(), type, shortM.confidence(), "abbreviation");
                removeOverlapping(all, longM);
                all.add(longM);
            } else if (longM.end() < d.longEnd()) {
                continue;
            } else if (shortM != null && nameInsideLongForm(longM, shortM, d)) {
                // "Official Journal of the European Union (OJEU)": the organisation ends the long form but
                // is not what the abbreviation stands for; the whole long form is the short form's entity
                longM = new Mention(d.longStart(), d.longEnd(), shortM.type(), shortM.confidence(), "abbreviation");
                all.add(longM);
            }
            if (shortM == null) {
                shortM = new Mention(d.shortStart(), d.shortEnd(), type, longM.confidence(), "abbreviation");
                all.add(shortM);
            }
            String longKey = NameKey.of(longM.text(text));
            String shortKey = NameKey.of(shortM.text(text));
            if (!longKey.equals(shortKey)) {
                aliasToLong.putIfAbsent(shortKey, longKey);
            }
        }
        addOtherOccurrences(text, all);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));

        Map<String, Group> groups = new LinkedHashMap<>();
        for (Mention m : all) {
            String key = NameKey.of(m.text(text));
            if (key.isEmpty()) {
                continue;
            }
            String head = aliasToLong.getOrDefault(key, key);
            groups.computeIfAbsent(head, k -> new Group()).add(m, text, kinds(text, m));
        }
        Map<Group, java.util.Set<MentionType>> siblingKinds = siblingKinds(text, all, groups.values());
        List<ExtractedEntity> out = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            if (g.methodOnly()) {
                continue; // the guidelines' frameworks, toolkits and methods are no models or datasets
            }
            java.util.Set<MentionType> kinds = siblingKinds.getOrDefault(g, java.util.Set.of());
            MentionType siblingsKind = g.statedKind() == null && kinds.size() == 1 && !kinds.contains(MentionType.ORGANIZATION)
                    ? kinds.iterator().next() : null;
            out.add(withDataNounForm(text, g.toEntity(e.getKey(), siblingsKind)));
        }
        return out;
    }

    /** What may stand between two items of one list: "A, B", "A and B", "A, and B", "A or B". */
    private static final java.util.regex.Pattern LIST_GLUE = java.util.regex.Pattern.compile("\\s*(?:,|,?\\s*(?:and|or|&))\\s*");
    private static final java.util.regex.Pattern CONJUNCTION = java.util.regex.Pattern.compile("\\b(?:and|or)\\b|&");

    /**
     * "state-of-the-art performance on ACE2005-Nest, Genia11, and Genia13": the items of one list are of one kind.
     * For each entity, the kinds that a noun states for the other items of the lists it stands in (a noun beside them
     * or their list's head; an apposition is left out, as it often describes what follows it: "on MATH-500 and AIME24,
     * a 0.5B LLM outperforms GPT-4o"). An entity the text gives no kind of takes the one kind its siblings have.
     */
    private static Map<Group, java.util.Set<MentionType>> siblingKinds(AnalyzedText text, List<Mention> all,
                                                                      java.util.Collection<Group> groups) {
        Map<Mention, Group> groupOf = new java.util.IdentityHashMap<>();
        groups.forEach(g -> g.mentions.forEach(m -> groupOf.put(m, g)));
        Map<Group, java.util.Set<MentionType>> out = new java.util.IdentityHashMap<>();
        int from = 0;
        while (from < all.size()) {
            // one list: items joined by commas up to the conjunction before its last item ("A, B, and C");
            // "MMLU, GSM8K and MATH, DocCHA improves": the comma after the last item joins no more
            int to = from;
            boolean conjunction = false;
            while (!conjunction && to + 1 < all.size() && listed(text, all.get(to), all.get(to + 1))) {
                conjunction = CONJUNCTION.matcher(text.text().substring(all.get(to).end(), all.get(to + 1).start())).find();
                to++;
            }
            // "On OpenWebText, DiDi-Instruct achieves": a comma alone joins no list
            for (int i = from; conjunction && i <= to; i++) {
                Group item = groupOf.get(all.get(i));
                for (int j = from; item != null && j <= to; j++) {
                    Group sibling = groupOf.get(all.get(j));
                    if (sibling != null && sibling != item && sibling.nounKind() != null) {
                        out.computeIfAbsent(item, g -> java.util.EnumSet.noneOf(MentionType.class)).add(sibling.nounKind());
                    }
                }
            }
            from = to + 1;
        }
        return out;
    }

    /** Whether only a list's glue stands between two mentions (in the order of the text). */
    private static boolean listed(AnalyzedText text, Mention a, Mention b) {
        return a.end() <= b.start() && b.start() - a.end() <= 8
                && LIST_GLUE.matcher(text.text().substring(a.end(), b.start())).matches();
    }

    /**
     * A dataset written with its noun ("the RIKEN dataset", "the JHU Bible corpus", "Code-switched RHS Dataset")
     * has that longer form as an alias. Which of the two is the name is a matter of style (annotators and
     * authors write both), but only the longer one names the data when the shorter names its source, maker or
     * language ("arXiv", "RIKEN", "Tulu"), so a search for either form finds the entity. The name stays the
     * short one: the noun is a description, not part of the name the paper gives.
     */
    private static ExtractedEntity withDataNounForm(AnalyzedText text, ExtractedEntity e) {
        if (e.type() != MentionType.DATASET) {
            return e;
        }
        List<String> aliases = new ArrayList<>(e.aliases());
        java.util.Set<String> keys = new java.util.HashSet<>();
        keys.add(e.key());
        aliases.forEach(a -> keys.add(NameKey.of(a)));
        for (Mention m : e.mentions()) {
            int si = text.sentenceIndexAt(m.start());
            if (si < 0) {
                continue;
            }
            org.paperkg.nlp.Sentence s = text.sentences().get(si);
            int last = s.tokenAt(m.end() - 1);
            if (last < 0 || last + 1 >= s.size() || s.tokens()[last].getEnd() != m.end()
                    || !org.paperkg.nlp.DataContexts.namingDataNoun(s.words()[last + 1])) {
                continue;
            }
            String form = text.covered(m.start(), s.tokens()[last + 1].getEnd());
            if (keys.add(NameKey.of(form))) {
                aliases.add(form);
            }
        }
        return aliases.size() == e.aliases().size() ? e
                : new ExtractedEntity(e.name(), aliases, e.type(), e.introduced(), e.benchmark(), e.mentions());
    }

    /**
     * A name found once is the same name wherever else the text spells it: a finder may miss it in a
     * sentence where its context is unusual, and relations and quantities there need the mention.
     * Occurrences are matched on whole tokens under name normalisation, never inside a longer name.
     */
    private static void addOtherOccurrences(AnalyzedText text, List<Mention> all) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        for (Mention m : all) {
            byKey.putIfAbsent(NameKey.of(m.text(text)), m);
        }
        byKey.remove("");
        List<Mention> added = new ArrayList<>();
        for (org.paperkg.nlp.Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                StringBuilder key = new StringBuilder();
                for (int j = i; j < Math.min(s.size(), i + 8); j++) {
                    String part = NameKey.of(s.words()[j]);
                    if (part.isEmpty()) {
                        break;
                    }
                    key.append(part);
                    Mention known = byKey.get(key.toString());
                    if (known == null) {
                        continue;
                    }
                    Mention m = new Mention(s.tokens()[i].getStart(), s.tokens()[j].getEnd(), known.type(),
                            known.confidence(), SAME_NAME);
                    boolean free = all.stream().noneMatch(m::overlaps) && added.stream().noneMatch(m::overlaps);
                    boolean wholeName = (j + 1 >= s.size() || !continuesName(s.words()[j + 1]))
                            && (i == 0 || !continuesName(s.words()[i - 1]));
                    if (free && wholeName) {
                        added.add(m);
                    }
                }
            }
        }
        all.addAll(added);
    }

    /** What the words around a mention say it is; all null for an organisation. */
    private record Kinds(MentionType named, MentionType defined, MentionType listed, boolean titleMethod) {
        static final Kinds NONE = new Kinds(null, null, null, false);
    }

    /**
     * The kind the noun right beside a mention gives it ("the Pythia models", "a small dataset s1K"), the
     * kind an apposition or copula defines it as ("MINT-1T, the most extensive ... dataset"), and the
     * kind of the noun its list hangs from ("benchmarks such as A, B and C").
     */
    private static Kinds kinds(AnalyzedText text, Mention m) {
        if (m.type() == MentionType.ORGANIZATION) {
            return Kinds.NONE;
        }
        int si = text.sentenceIndexAt(m.start());
        if (si < 0) {
            return Kinds.NONE;
        }
        org.paperkg.nlp.Sentence s = text.sentences().get(si);
        int first = s.tokenAt(m.start());
        int last = s.tokenAt(m.end() - 1);
        if (first < 0 || last < 0) {
            return Kinds.NONE;
        }
        MentionType after = last + 1 < s.size() ? kindOf(s.words()[last + 1]) : null;
        MentionType named = after != null ? after
                : first > 0 && !org.paperkg.nlp.CandidateFeatures.usedAsVerb(s.words(), first - 1) ? kindOf(s.words()[first - 1])
                : null; // not "we benchmark GPT-4": there the noun is a verb
        if (named == null) {
            named = kindAfterList(s.words(), last + 1); // "the Hybrid-QA and OTT-QA datasets"
        }
        if (named == null && first > 1 && Words.NAMING.matcher(s.words()[first - 1].toLowerCase(java.util.Locale.ROOT)).matches()) {
            named = kindOf(s.words()[first - 2]); // "a 10-domain benchmark called SummEdits"
        }
        String definition = org.paperkg.nlp.CandidateFeatures.definitionOf(s, si, first, last + 1);
        MentionType defined = kindOfTag(definition);
        MentionType listed = kindOfTag(org.paperkg.nlp.CandidateFeatures.listKind(s, first, last + 1));
        // "AgentMove: A Large Language Model based Agentic Framework for ...": the title defines it as a method
        boolean titleMethod = si == 0 && first == 0 && "method".equals(definition)
                && kindOf(s.words()[last]) == null; // "Multilingual Image Corpus: Annotation Protocol" names a corpus
        return new Kinds(named, defined, listed, titleMethod);
    }

    /** Most tokens between a list item and the plural noun its list hangs from. */
    private static final int MAX_LIST_TAIL = 12;

    /**
     * The kind of the plural noun that a list of names ends in, seen from an item before the last: in "the
     * Hybrid-QA and OTT-QA datasets" and "using MinHash, BERT, SBERT, and SimCSE models" the noun names every
     * item, not only the last. Only commas, "and"/"or" and name-like tokens (capitalised or with a digit) may
     * come between; null when anything else does, or no conjunction does.
     */
    private static MentionType kindAfterList(String[] w, int from) {
        boolean conjunction = false;
        for (int k = from; k < w.length && k < from + MAX_LIST_TAIL; k++) {
            String t = w[k];
            if (t.equals("and") || t.equals("or")) {
                conjunction = true;
            } else if (t.equals(",")) {
                continue;
            } else if (Character.isUpperCase(t.charAt(0)) || t.chars().anyMatch(Character::isDigit)) {
                continue;
            } else {
                String kind = org.paperkg.nlp.CandidateFeatures.namingKindOfNoun(t);
                return conjunction && org.paperkg.nlp.CandidateFeatures.pluralNoun(t) && k > from ? kindOfTag(kind) : null;
            }
        }
        return null;
    }

    private static MentionType kindOfTag(String kind) {
        return "model".equals(kind) ? MentionType.MODEL : "data".equals(kind) ? MentionType.DATASET : null;
    }

    /** The kind the noun beside a mention gives it; the nouns are the classifier's own, so both agree. */
    private static MentionType kindOf(String word) {
        return kindOfTag(org.paperkg.nlp.CandidateFeatures.namingKindOfNoun(word));
    }

    /** A neighbouring token that would make the match part of a longer name ("Llama 2" in "Llama 2 70B"). */
    private static boolean continuesName(String w) {
        return w.matches("\\d+(\\.\\d+)?[BMKbmk]?|v\\d+(\\.\\d+)*|-.*|.*-");
    }

    /**
     * A name neither starts nor ends with punctuation (", Hugging Face,", "Llama:"); a closing bracket
     * stays only when its opening one is inside the name.
     */
    static Mention trimmed(AnalyzedText text, Mention m) {
        String s = text.text();
        int start = m.start();
        int end = m.end();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '+'
                && !(s.charAt(end - 1) == ')' && s.substring(start, end).contains("("))) {
            end--;
        }
        if (end <= start || NOT_A_NAME.matcher(s.substring(start, end)).matches()) {
            return null;
        }
        start += describingPrefix(s.substring(start, end));
        if (NOT_A_NAME.matcher(s.substring(start, end)).matches()) {
            return null;
        }
        // "Llama-2 7B/13B", "LiveCodeBench v5/v6": sizes or versions joined by a slash are several
        // names; the first spells its name in full, the others only by their difference
        int slash = start;
        while (slash < end && s.charAt(slash) != '/') {
            slash++;
        }
        if (slash > start && slash < end && SIZED_END.matcher(s.substring(start, slash)).matches()
                && SIZE_ONLY.matcher(s.substring(slash + 1, end)).matches()) {
            end = slash;
        } else if (slash > start && slash < end) {
            // "the Falcon-7/40/180B models": a list of sizes after a name names the family
            java.util.regex.Matcher family = FAMILY_SIZES.matcher(s.substring(start, end));
            if (family.matches()) {
                end = start + family.end(1);
            }
        }
        return start == m.start() && end == m.end() ? m : new Mention(start, end, m.type(), m.confidence(), m.finder());
    }

    /**
     * "Transformer-based ESM-2", "the pre-trained VLM Florence-2": a first word that describes the name
     * after it, a name made a modifier by a lower-case suffix or a noun for the kind of model, is no part
     * of the name. The length of that word and its space, or 0.
     */
    static int describingPrefix(String name) {
        int space = name.indexOf(' ');
        if (space <= 0 || space == name.length() - 1) {
            return 0;
        }
        String first = name.substring(0, space);
        boolean kindNoun = org.paperkg.nlp.CandidateFeatures.namingKindOfNoun(first) != null
                && first.chars().anyMatch(Character::isUpperCase) && !first.equals(capitalised(first));
        // "Introducing RezoJDM16k: ...": a title that presents its artefact by name
        boolean presenting = first.equals("Introducing");
        return MODIFIER.matcher(first).matches() || kindNoun || presenting ? space + 1 : 0;
    }

    /** "Model" for "model": the word as it starts a sentence, which is no abbreviation. */
    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile(
            "\\p{L}\\S*-(?:based|style|like|sized|level|scale|specific|only|centric|oriented|driven|powered|equivalent)");

    /** A bare number ("5.8"), a model size ("7B"; "4M" is a model) or a date ("January 2024") is no name. */
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            "[\\d.,]+(?:\\s?[BTbt])?|[\\d.]+[BMKT]?(?:[/~-][\\d.]+[BMKT]?)*[/~-][\\d.]+[BT]|(?i:january|february|march|april|may|june|july|august|september|october"
                    + "|november|december)\\s\\d{4}");
    private static final java.util.regex.Pattern FAMILY_SIZES = java.util.regex.Pattern.compile(
            "(.*\\p{L}.*?)[\\s-]\\d+(?:\\.\\d+)?[BMK]?(?:/\\d+(?:\\.\\d+)?[BMK]?)*/\\d+(?:\\.\\d+)?[BMK]");
    private static final java.util.regex.Pattern SIZED_END = java.util.regex.Pattern.compile(
            ".*\\p{L}.*[\\s-](?:\\d+(?:\\.\\d+)?[BMK]|v\\d+(?:\\.\\d+)*)");
    private static final java.util.regex.Pattern SIZE_ONLY = java.util.regex.Pattern.compile(
            "(?:\\d+(?:\\.\\d+)?[BMK]|v\\d+(?:\\.\\d+)*)(?:/(?:\\d+(?:\\.\\d+)?[BMK]|v\\d+(?:\\.\\d+)*))*");

    private static Mention at(List<Mention> ms, int start, int end) {
        for (Mention m : ms) {
            if (m.start() == start && m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /** A mention ending where the long form ends and lying inside it. */
    /**
     * An organisation that only ends a longer long form, with a short form of another kind, is a name inside
     * the defined name ("Official Journal of the European Union (OJEU)" is a corpus, "European Union" a body),
     * not the thing the short form abbreviates.
     */
    private static boolean nameInsideLongForm(Mention longM, Mention shortM, Abbreviations.Definition d) {
        return longM.start() > d.longStart() && longM.type() == MentionType.ORGANIZATION
                && shortM.type() != MentionType.ORGANIZATION;
    }

    private static Mention covering(List<Mention> ms, int start, int end) {
        for (Mention m : ms) {
            if (m.end() == end && m.start() >= start) {
                return m;
            }
        }
        return null;
    }

    private static void removeOverlapping(List<Mention> ms, Mention m) {
        ms.removeIf(x -> x.overlaps(m));
    }

    /** The mentions of one entity: surface forms by key, types by vote. */
    private static final class Group {
        final Map<String, String> formsByKey = new LinkedHashMap<>();
        final List<Mention> mentions = new ArrayList<>();
        final Map<MentionType, Double> votes = new LinkedHashMap<>();
        /** The kinds the nouns beside the mentions give ("the X models", "the X benchmark"). */
        final java.util.Set<MentionType> namedKinds = java.util.EnumSet.noneOf(MentionType.class);
        /** The kinds appositions and copulas define it as ("X, a multilingual benchmark"). */
        final java.util.Set<MentionType> definedKinds = java.util.EnumSet.noneOf(MentionType.class);
        /** The kinds of the nouns its lists hang from ("benchmarks like A, B and C"). */
        final java.util.Set<MentionType> listedKinds = java.util.EnumSet.noneOf(MentionType.class);

        /** Whether the title defines it as a method, tool or framework ("ESPnet-SDS: Unified Toolkit and ..."). */
        boolean titleMethod;

        void add(Mention m, AnalyzedText text, Kinds kinds) {
            titleMethod |= kinds.titleMethod();
            if (kinds.listed() != null) {
                listedKinds.add(kinds.listed());
            }
            if (kinds.defined() != null) {
                definedKinds.add(kinds.defined());
            }
            formsByKey.putIfAbsent(NameKey.of(m.text(text)), m.text(text));
            mentions.add(m);
            if (kinds.named() != null) {
                namedKinds.add(kinds.named());
            }
            // a repeat found only because the name was found elsewhere copies that mention's type:
            // it must not outvote the mentions the finders typed in their own context
            if (!SAME_NAME.equals(m.finder())) {
                votes.merge(m.type(), m.confidence(), Double::sum);
            }
        }

        /**
         * A name the title defines as a method, tool or framework that no noun or definition in the text calls a
         * model or dataset.
         */
        boolean methodOnly() {
            return titleMethod && namedKinds.isEmpty() && definedKinds.isEmpty() && listedKinds.isEmpty()
                    && !votes.containsKey(MentionType.ORGANIZATION);
        }

        /** The kind the text states (a noun beside it, a definition, its list's head), or null. */
        MentionType statedKind() {
            return kindStated(true);
        }

        /** The kind a noun states: one beside a mention ("the X dataset") or the head of its list ("models such as X"). */
        MentionType nounKind() {
            return kindStated(false);
        }

        /**
         * A noun beside a mention first, then (with {@code definitions}) an apposition or copula, then the noun its list
         * hangs from; null when the first of these that says anything says two things, or for an organisation, whose
         * kind is no noun's to change.
         */
        private MentionType kindStated(boolean definitions) {
            if (votedType() == MentionType.ORGANIZATION) {
                return null;
            }
            if (!namedKinds.isEmpty()) {
                return namedKinds.size() == 1 ? namedKinds.iterator().next() : null;
            }
            if (definitions && !definedKinds.isEmpty()) {
                return definedKinds.size() == 1 ? definedKinds.iterator().next() : null;
            }
            return listedKinds.size() == 1 ? listedKinds.iterator().next() : null;
        }

        private MentionType votedType() {
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        /** The entity, of the kind its list's other items are when {@code siblingsKind} is not null. */
        ExtractedEntity toEntity(String headKey, MentionType siblingsKind) {
            String name = formsByKey.getOrDefault(headKey, formsByKey.values().iterator().next());
            List<String> aliases = new ArrayList<>();
            for (String form : formsByKey.values()) {
                if (!NameKey.of(form).equals(NameKey.of(name))) {
                    aliases.add(form);
                }
            }
            MentionType type = votedType();
            // the text says what it is (or what its list's other items are): that outweighs how the finders typed
            // its mentions
            MentionType stated = type == MentionType.ORGANIZATION ? null : siblingsKind != null ? siblingsKind : statedKind();
            if (stated != null) {
                type = stated;
            }
            return new ExtractedEntity(name, aliases, type, false, false, mentions);
        }
    }
}
