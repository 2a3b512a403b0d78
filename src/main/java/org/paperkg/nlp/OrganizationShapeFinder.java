package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Organisations recognised by the shape of their names: a run of capitalised words that ends in an
 * institutional head noun ("Stanford University", "Shanghai AI Laboratory", "NVIDIA Corporation"), or
 * a head noun followed by "of" or "for" and capitalised words ("University of Washington", "Centre for
 * Natural Language Processing", "Allen Institute for AI", "National Institute of Technology Silchar").
 *
 * <p>Why a pattern finder: universities, institutes and public bodies are an open list of names but a
 * closed list of shapes, and the seed abstracts name them too rarely for the statistical finders to
 * learn them. The head nouns are ordinary English words for institutions, not names.
 */
public final class OrganizationShapeFinder implements MentionFinder {

    /**
     * The heads of public bodies' names ("Japanese Patent Office", "UK Employment Tribunal", "Hong Kong Hospital
     * Authority", "National Library of Medicine"), which name services and products as often ("Microsoft
     * Office", "Web Service"): final heads, and weak ones.
     */
    private static final Set<String> PUBLIC_BODY_HEADS = Set.of("Office", "Authority", "Board", "Tribunal", "Hospital",
            "Library", "Service");
    /**
     * Words of the state, or of what a state office does, in a public body's name of common words: "National
     * Health Service", "Central Office for ...", "Patent Office".
     */
    private static final Set<String> STATE_WORDS = Set.of("National", "Federal", "Central", "State", "Government",
            "Public", "Royal", "International", "European", "Regional", "Municipal", "City", "County", "Patent",
            // "US Copyright Office", "UK Intellectual Property Office": a state's initials ("US" reads as "us")
            "US", "U.S.", "UK", "EU");

    /**
     * Heads that only public bodies have, after a name that is not all ordinary words: "Korea Meteorological
     * Administration", "Japanese Census Bureau"; not "Public Administration", a field.
     */
    private static final Set<String> AGENCY_HEADS = Set.of("Administration", "Bureau", "Directorate");

    /**
     * Heads written in lower case after a name that has a capital inside or a digit, with "the" before it: "the
     * ON-TRAC consortium", "the L3i laboratory", "the Saarbrücken CLARIN center", "the LIUM laboratory".
     */
    private static final Set<String> LOWER_CASE_HEADS = Set.of("consortium", "laboratory", "lab", "center", "centre",
            "institute");

    /**
     * Heads that end an organisation's name: "Tsinghua University", "Oak Ridge National Laboratory", "Nous
     * Research", "Barcelona Supercomputing Center".
     */
    private static final Set<String> FINAL_HEADS = union(union(PUBLIC_BODY_HEADS, AGENCY_HEADS.toArray(String[]::new)),
            "University", "Institute", "Laboratory",
            "Laboratories", "Lab", "Labs", "Academy", "Foundation", "Corporation", "Consortium", "Agency", "Council",
            "College", "Union", "Inc", "Inc.", "Ltd", "Ltd.", "Society", "Association", "Committee", "Commission", "Court",
            "Research", "Center", "Centre");
    /** Heads that are also ordinary nouns: they end a name only where the capitalised run ends. */
    private static final Set<String> WEAK_HEADS = union(PUBLIC_BODY_HEADS, "Research", "Center", "Centre");

    /** Heads that open one, followed by "of" or "for": "University of Tokyo", "Center for Research on ...". */
    private static final Set<String> OPENING_HEADS = Set.of("University", "Universit\u00e9", "Universidad",
            "Institute", "Laboratory", "Lab", "Academy", "Centre", "Center", "School", "Ministry", "College",
            "Department", "Foundation", "Society", "Association", "Council", "Agency", "Court", "Library", "Office",
            "Board", "Union");
    /** Lower-case words allowed inside a name, between capitalised ones. */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "on", "the");
    /** What a capitalised head followed by these is: "Foundation Models", "Institute Press" is rare enough. */
    private static final Set<String> NOT_AFTER_HEAD = Set.of("model", "models");

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            String[] w = s.words();
            if (titleCase(w)) {
                // in a title every word is capitalised, so the runs say nothing ("A Study of University Admissions"),
                // except the team before a system paper's "at": "Saama AI Research at SemEval-2023 Task 7: ..."
                if (s == text.sentences().get(0)) {
                    teamOfSystemPaper(text, s, out);
                }
                continue;
            }
            int i = 0;
            while (i < w.length) {
                if (!capitalised(w[i])) {
                    i++;
                    continue;
                }
                int runEnd = runEnd(w, i);
                // a sentence's first word is capitalised whatever it is: "In", "The", "Researchers"
                int from = i == 0 && runEnd > 1 && CommonWords.isCommon(w[0]) ? 1 : i;
                int[] name = organisationIn(w, from, runEnd);
                if (name == null && lowerCaseHeadAfter(w, from, runEnd)) {
                    name = new int[] {from, runEnd + 1};
                }
                if (name != null) {
                    int last = name[1] - 1;
                    int end = name.length > 2 ? s.tokens()[last].getStart() + name[2] : s.tokens()[last].getEnd();
                    out.add(new Mention(s.tokens()[name[0]].getStart(), end, MentionType.ORGANIZATION, 0.85, name()));
                }
                // a run may hold a second name after the first: "Baidu Research and Oregon State University"
                i = name != null && name[1] < runEnd ? name[1] : runEnd;
            }
        }
        return out;
    }

    /**
     * "Saama AI Research at SemEval-2023 Task 7: ...": a shared-task system paper's title opens with its team
     * ({@link SharedTaskTitleFinder#teamEnd}), which is a name, so an organisation's shape there means one.
     * Most teams are no organisation ("BAMO at SemEval"), and those the shape does not catch.
     */
    private void teamOfSystemPaper(AnalyzedText text, Sentence title, List<Mention> out) {
        int teamEnd = SharedTaskTitleFinder.teamEnd(text);
        String[] w = title.words();
        int at = 0;
        while (at < w.length && title.tokens()[at].getEnd() <= teamEnd) {
            at++;
        }
        if (at == 0 || w[0].length() == 1 || CommonWords.isCommon(w[0])) {
            return; // no team, or a title that opens with an ordinary word
        }
        int[] name = organisationIn(w, 0, at);
        if (name != null && name.length == 2 && name[1] == at) {
            out.add(new Mention(title.tokens()[name[0]].getStart(), title.tokens()[at - 1].getEnd(), MentionType.ORGANIZATION,
                    0.85, name()));
        }
    }

    private static Set<String> union(Set<String> set, String... more) {
        Set<String> all = new java.util.HashSet<>(set);
        all.addAll(java.util.Arrays.asList(more));
        return Set.copyOf(all);
    }

    /** "We present Bloom Library": a verb by which a paper presents or makes its own work. */
    private static boolean presents(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return ContributionWords.isPresenting(lower) || ContributionWords.isMaking(lower);
    }

    /** The end of the run of capitalised words (with connectors between them) that starts at {@code from}. */
    private static int runEnd(String[] w, int from) {
        int end = from + 1;
        int j = from + 1;
        while (j < w.length) {
            if (capitalised(w[j])) {
                end = ++j;
            } else if (CONNECTORS.contains(w[j]) && j + 1 < w.length && capitalised(w[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The organisation's token range within the run [from, to), or null. A name needs a word besides its
     * head, and a run that goes on past a final head with capitalised words other than a place ("Foundation
     * Model", a title's "University Admissions Study") is something else.
     */
    private static int[] organisationIn(String[] w, int from, int to) {
        int start = from;
        for (int h = from; h < to; h++) {
            String head = w[h];
            if (head.equals("and")) {
                // "Mistral and Stanford University": a coordination before the head joins two names
                start = h + 1;
                continue;
            }
            if (head.equals("of") && h + 1 < to && w[h + 1].equals("The")) {
                // "Team SMASH of The University of Edinburgh": a capitalised article after "of" opens a new name
                start = h + 1;
                continue;
            }
            boolean opening = OPENING_HEADS.contains(head) && h + 2 < to
                    && (w[h + 1].equals("of") || w[h + 1].equals("for")) && capitalised(w[h + 2]);
            if (opening) {
                // "Allen Institute for AI", "University of Washington": the rest of the run is the name
                return new int[] {start, to};
            }
            int glued = gluedHeadLength(head);
            if (glued > 0 && h > start) {
                // "Rutgers UniversityAnanda Gunawardena": a page that lost its line breaks glued the next
                // line's capitalised word to the head; the name ends inside the token, at the head
                return new int[] {start, h + 1, glued};
            }
            if (FINAL_HEADS.contains(head) && h > start && !followedByNonName(w, h)) {
                if (laterHead(w, h + 1, to)) {
                    continue; // "National Research Council of Canada": the name ends at its last head
                }
                int end = coordinationOrEnd(w, h + 1, to);
                if (WEAK_HEADS.contains(head) && (end - h > 2 || end - h == 2 && (w[h + 1].endsWith("s")
                        || ARTEFACT_NOUNS.contains(w[h + 1])))) {
                    // "Biomedical Research Articles", "COVID-19 Open Research Dataset": ordinary words or
                    // an artefact go on after it ("Research Infrastructure", "Research Asia" still name one)
                    return null;
                }
                if (head.equals("Research") && h - start >= 2 && onlyCommonWords(w, start, h)) {
                    // "Translation Process Research" is a field; "KPN Research" a company (a single word
                    // before it is left alone: "Nous" is French in the corpus the common words come from)
                    return null;
                }
                if (AGENCY_HEADS.contains(head) && onlyCommonWords(w, start, h)) {
                    return null; // "Public Administration", "Translation Bureau": a field or an office's kind
                }
                if (PUBLIC_BODY_HEADS.contains(head) && (onlyCommonWords(w, start, h)
                        && java.util.Arrays.stream(w, start, h).noneMatch(STATE_WORDS::contains)
                        || start > 0 && presents(w[start - 1]))) {
                    // "Short Message Service", "Customer Care Service", "Open Office" are things; a public
                    // body has a place or a state's word in its name ("Japanese Patent Office", "National
                    // Health Service", "Food Safety Authority" aside). "We present Bloom Library, a ...
                    // set of datasets": what a paper presents is its work, not a body
                    return null;
                }
                // "Stanford University", "Erasmus University Rotterdam": one more capitalised word is a
                // place; after more ("Rutgers University Ananda Gunawardena") the name ends at its head
                // ("NTU NLP Lab System": an artefact's noun after the head is no place)
                return new int[] {start, end - h == 1 || end - h == 2 && !ARTEFACT_NOUNS.contains(w[h + 1]) ? end : h + 1};
            }
        }
        return null;
    }

    /**
     * "the ON-TRAC consortium", "the LIG laboratory": the run [from, to) is a name after "the", with a capital
     * inside a word or a digit (no ordinary word such as "the Stanford lab" alone), and a lower-case head follows.
     */
    private static boolean lowerCaseHeadAfter(String[] w, int from, int to) {
        if (from == 0 || to >= w.length || !w[from - 1].equalsIgnoreCase("the") || !LOWER_CASE_HEADS.contains(w[to])) {
            return false;
        }
        return java.util.Arrays.stream(w, from, to).anyMatch(NameCandidates::hasInnerCapitalOrDigit);
    }

    /**
     * Whether a head (final, or opening with "of"/"for") comes in [from, to) before a coordination, which
     * starts another name ("Baidu Research and Oregon State University").
     */
    private static boolean laterHead(String[] w, int from, int to) {
        for (int k = from; k < coordinationOrEnd(w, from, to); k++) {
            if (FINAL_HEADS.contains(w[k]) || OPENING_HEADS.contains(w[k]) && k + 1 < to
                    && (w[k + 1].equals("of") || w[k + 1].equals("for"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The position of the first "and" or "&" in [from, to), or {@code to}. "Research & Development" is one
     * phrase inside a name ("Electronics Research & Development Center of India"), no coordination.
     */
    private static int coordinationOrEnd(String[] w, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean rAndD = k > 0 && k + 1 < w.length && w[k - 1].equals("Research") && w[k + 1].equals("Development");
            if ((w[k].equals("and") || w[k].equals("&")) && !rAndD) {
                return k;
            }
        }
        return to;
    }

    /** What a weak head may not run on into: the name is then an artefact's ("Open Research Dataset"). */
    private static final Set<String> ARTEFACT_NOUNS = Set.of("Dataset", "Database", "Corpus", "Project", "Navigator",
            "Benchmark", "Tool", "Toolkit", "System", "Framework", "Platform", "Program", "Programme", "Paper",
            "Model", "Data", "Challenge", "Task", "Initiative", "Agenda", "Article");

    /** Whether every word in [from, to) is an ordinary English word (or a connector). */
    private static boolean onlyCommonWords(String[] w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!CONNECTORS.contains(w[k]) && !CommonWords.isCommon(w[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title: capitalised words and no lower-case content words, only short function words ("for", "with",
     * "from"). A sentence full of names still has lower-case verbs and nouns ("developed by the ...").
     */
    static boolean titleCase(String[] w) {
        int capitalised = 0;
        int lowerContent = 0;
        for (String word : w) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) continue;
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            } else if (word.length() >= 4 && !TITLE_FUNCTION_WORDS.contains(word)) {
                lowerContent++;
            }
        }
        return capitalised >= 3 && lowerContent <= 1;
    }

    /** Longer function words that titles keep in lower case. */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("with", "from", "into", "over", "onto", "upon",
            "than", "that", "this", "what", "when", "where", "which", "without", "within", "through", "towards",
            "toward", "across", "beyond", "under", "about", "using", "versus", "between", "via");

    /**
     * The length of a final head that opens {@code word} and is glued to a capitalised word
     * ("UniversityContact"), or 0. A second capital right after the head's lower-case end cannot be one
     * word; the glued part must read as a word (capital then lower case), not a suffix like "LabX".
     */
    static int gluedHeadLength(String word) {
        for (String head : FINAL_HEADS) {
            if (head.endsWith(".") || !word.startsWith(head) || word.length() < head.length() + 3) continue;
            char next = word.charAt(head.length());
            char after = word.charAt(head.length() + 1);
            if (Character.isUpperCase(next) && Character.isLowerCase(after)
                    && Character.isLowerCase(head.charAt(head.length() - 1))) {
                return head.length();
            }
        }
        return 0;
    }

    private static boolean followedByNonName(String[] w, int head) {
        return head + 1 < w.length && NOT_AFTER_HEAD.contains(w[head + 1].toLowerCase(java.util.Locale.ROOT));
    }

    /** A word that can be part of a proper name: it starts with a capital letter. */
    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    @Override
    public String name() {
        return "org-shapes";
    }
}
