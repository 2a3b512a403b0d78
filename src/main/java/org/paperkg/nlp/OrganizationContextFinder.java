package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organisations recognised by what the sentence says they do: the agent of a making verb ("developed by
 * OrionStar", "curated by NAVER Cloud", "Developed jointly by NVIDIA and Georgia Tech", "Developed at
 * Zyphra"), the place of its people ("the Falcon LLM team at TII"), the subject that opens a sentence
 * presenting something ("MBZUAI introduces K2-Think", "Reka AI presents Reka-Vibe") or the owner of a
 * shared-task submission ("TTIC's Submission to WMT-SLT 23").
 *
 * <p>Why a context finder: labs and companies are an open list whose names look like any other name,
 * and the training abstracts name each one too rarely for the statistical finders. The context alone
 * is not enough either, since people also develop things ("released by Devlin et al."): the name must
 * also look like an organisation's, either in its spelling (capitals inside a word, "OpenBMB",
 * "inclusionAI"; an acronym, "TII") or through a closing word that organisations use ("Sakana AI",
 * "Georgia Tech", "NAVER Cloud"). A single ordinary capitalised word ("Zyphra", "Tomita") stays out.
 * Run last among the finders, so that a model or dataset name another finder sees wins.
 */
public final class OrganizationContextFinder implements MentionFinder {

    /**
     * Participles of making whose agent ("by X") is the maker. Not "proposed", "introduced" or "produced":
     * methods and models propose and produce too ("the technique proposed by ELECTRA").
     */
    private static final Set<String> MAKING = Set.of("developed", "built", "curated", "released", "trained",
            "pretrained", "pre-trained", "created", "maintained", "published", "designed", "open-sourced",
            "made", "constructed", "compiled", "collected", "funded");
    /** Adverbs between the participle and "by": "developed jointly by". */
    private static final Set<String> MANNER = Set.of("jointly", "collaboratively", "independently", "internally",
            "originally", "primarily", "mainly", "publicly", "recently");
    /** Verbs with which an organisation that opens a sentence presents its work. */
    private static final Set<String> PRESENTING = Set.of("presents", "introduces", "releases", "unveils",
            "announces", "open-sources", "proposes");
    /** Words that close an organisation's name: "Sakana AI", "Georgia Tech", "NAVER Cloud". */
    private static final Set<String> CLOSING = Set.of("AI", "Tech", "Cloud", "Labs", "Lab", "Research", "Group",
            "Technologies", "Technology", "Systems", "Robotics", "Intelligence", "Inc.", "Inc", "Ltd.", "Corp.");
    /** Acronyms of ordinary things that appear in the same places ("trained by RL", "built by NLP experts"). */
    private static final Set<String> NOT_MAKERS = Set.of("AI", "NLP", "ML", "RL", "API", "APIs", "GPU", "GPUs",
            "LLM", "LLMs", "SFT", "RLHF", "GPT", "US", "UK", "EU", "IT", "OCR", "ASR", "MT", "NMT", "QA", "I");

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            submitters(s, out);
        }
        for (int n = 1; n < text.sentences().size(); n++) {
            Sentence s = text.sentences().get(n);
            String[] w = s.words();
            for (int i = 0; i < w.length; i++) {
                int from = agentAt(w, i);
                while (from > 0) {
                    int end = nameEnd(s, from);
                    if (end < 0 || namedBefore(text, s, from, end)) {
                        break; // "we propose QuantiDCE ... the model trained by QuantiDCE": the paper's method
                    }
                    out.add(mention(s, from, end));
                    // "by NVIDIA and Georgia Tech": a coordinated second maker
                    from = end < w.length - 1 && (w[end].equals("and") || w[end].equals("&")) ? end + 1 : -1;
                }
            }
            if (w.length > 2) {
                int end = nameEnd(s, 0);
                if (end > 0 && end < w.length && PRESENTING.contains(w[end]) && !namedBefore(text, s, 0, end)) {
                    out.add(mention(s, 0, end));
                }
            }
        }
        return out;
    }

    /** What a team of a shared task hands in: "TTIC's Submission to WMT-SLT 23", "UvA-MT's Participation". */
    private static final Set<String> SUBMISSIONS = Set.of("submission", "submissions", "participation", "entry", "entries");

    /** Small words inside an institution's name: "Instituto de Telecomunicações", "University of Edinburgh". */
    private static final Set<String> NAME_LINKS = Set.of("of", "de", "di", "da", "du", "des", "der", "for", "and", "&");
    /** What a company's name ends with after a comma: "Global Tone Communication Co., Ltd.". */
    private static final Set<String> LEGAL_FORMS = Set.of("Ltd.", "Ltd", "Inc.", "Inc", "LLC");

    /**
     * "TTIC’s Submission to WMT-SLT 23", "the Transn’s submissions to the WMT2022 shared task", "KU X Upstage’s
     * Submission": the owner of a shared-task submission is the institution or company that sent it, in the
     * title as in the abstract. The possessive is the evidence, so any name-like words count, not only names
     * spelled as organisations spell themselves ("Transn", "Williams College"); a lone "X" between two names
     * joins two submitters. Team names ("UvA-MT") come out too; annotators keep them or leave them optional.
     */
    private void submitters(Sentence s, List<Mention> out) {
        String[] w = s.words();
        for (int i = 1; i + 1 < w.length; i++) {
            if (!(w[i].equals("’s") || w[i].equals("'s")) || !SUBMISSIONS.contains(w[i + 1].toLowerCase(Locale.ROOT))) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < 6) {
                if (nameLike(w[from - 1])) {
                    from--;
                } else if (from > 1 && from < i && (NAME_LINKS.contains(w[from - 1]) && nameLike(w[from - 2])
                        || w[from - 1].equals(",") && LEGAL_FORMS.contains(w[from]))) {
                    from -= 2; // "Instituto de Telecomunicações", "Global Tone Communication Co., Ltd."
                } else {
                    break;
                }
            }
            if (from < i && (w[from].equals("Team") || w[from].equals("The"))) {
                from++; // "Team SMASH’s submission": the team's name follows the word
            }
            int start = from;
            for (int k = from; k <= i; k++) {
                if (k == i || w[k].equals("X") || w[k].equals("x")) {
                    if (k > start && !NOT_MAKERS.contains(w[start])) {
                        out.add(mention(s, start, k));
                    }
                    start = k + 1;
                }
            }
        }
    }

    /**
     * Whether the abstract named the candidate in an earlier sentence: "we propose TiKMiX ... TiKMiX
     * introduces Group Influence", "we propose QuantiDCE ... the model trained by QuantiDCE" are the
     * paper's method at work, while the context that shows a maker comes where the abstract first names it.
     */
    private static boolean namedBefore(AnalyzedText text, Sentence s, int from, int end) {
        String name = text.text().substring(s.tokens()[from].getStart(), s.tokens()[end - 1].getEnd());
        int abstractStart = text.sentences().get(1).start();
        return text.text().substring(abstractStart, s.start()).contains(name);
    }

    /** People of an organisation: "the Falcon LLM team at TII", "researchers from MBZUAI". */
    private static final Set<String> PEOPLE = Set.of("team", "researchers", "scientists", "engineers");

    /**
     * The token after "by" (or "at") that follows a making participle at {@code i}, or after "at"/"from"
     * that follows a word for an organisation's people ("team at TII"); -1 if there is none.
     */
    private static int agentAt(String[] w, int i) {
        String word = w[i];
        // lower-cased only when capitalised: this runs on every word of every abstract
        String lower = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) ? word.toLowerCase(Locale.ROOT) : word;
        if (PEOPLE.contains(lower) && i + 2 < w.length && (w[i + 1].equals("at") || w[i + 1].equals("from"))) {
            return i + 2;
        }
        if (!MAKING.contains(lower)) {
            return -1;
        }
        int k = i + 1;
        if (k < w.length && MANNER.contains(w[k])) {
            k++;
        }
        boolean agent = k < w.length && (w[k].equals("by") || w[k].equals("at") && lower.equals("developed"));
        return agent && k + 1 < w.length ? k + 1 : -1;
    }

    /**
     * The end (exclusive) of an organisation's name that starts at token {@code from}, or -1: up to three
     * name-like words that look like an organisation's, not followed by "et al." or by the noun they modify.
     */
    private static int nameEnd(Sentence s, int from) {
        String[] w = s.words();
        int end = from;
        while (end < w.length && end < from + 3 && nameLike(w[end])) {
            end++;
        }
        if (end == from) {
            return -1;
        }
        boolean shaped = end - from == 1 ? organisationSpelling(w[from]) : CLOSING.contains(w[end - 1])
                || organisationSpelling(w[from]);
        if (!shaped || NOT_MAKERS.contains(w[from]) || GenericClasses.isGenericClass(w[from])) {
            return -1;
        }
        if (end < w.length && (w[end].equals("et") || modifiesANoun(s, end))) {
            return -1; // "Devlin et al.", "by NLP experts"
        }
        return end;
    }

    /**
     * A lower-case noun right after the name: the name is a modifier ("NLP experts"), not the agent,
     * unless the noun is the organisation's people ("developed by TII researchers").
     */
    private static boolean modifiesANoun(Sentence s, int k) {
        String word = s.words()[k];
        // "presents" and "releases" are plural nouns to the tagger as often as verbs
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && "NOUN".equals(s.tags()[k])
                && !PRESENTING.contains(word) && !PEOPLE.contains(word);
    }

    /** A word that can be part of a name: it starts with a capital, or has capitals inside ("inclusionAI"). */
    private static boolean nameLike(String word) {
        return !word.isEmpty() && Character.isLetter(word.charAt(0))
                && (Character.isUpperCase(word.charAt(0)) || innerCapital(word));
    }

    /** Spelled as organisations spell themselves: an acronym ("TII"), or capitals inside ("OpenBMB", "inclusionAI"). */
    static boolean organisationSpelling(String word) {
        if (word.length() < 2 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')) {
            return false;
        }
        boolean acronym = word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return acronym && word.chars().filter(Character::isLetter).count() >= 2 || innerCapital(word);
    }

    private static boolean innerCapital(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private Mention mention(Sentence s, int from, int end) {
        return new Mention(s.tokens()[from].getStart(), s.tokens()[end - 1].getEnd(), MentionType.ORGANIZATION, 0.7, name());
    }

    @Override
    public String name() {
        return "org-context";
    }
}
