package org.paperkg.extract;

import java.util.Set;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.Sentence;

/**
 * The paper's own models and datasets as the referents of "it", "our model", "we train ...": a
 * sentence that speaks of the authors' artefact without naming it means the introduced entity the
 * text last named.
 */
final class OwnArtefacts {
    /** Subject pronouns that stand for the authors or their artefact ("It features ...", "We train ..."). */
    private static final Set<String> PRONOUNS = Set.of("we", "it", "they", "this");

    /** Nouns that, after "our", "this", "the" or "these", mean the artefact ("our model", "this dataset"). */
    private static final Set<String> ARTEFACT_NOUNS = Set.of("model", "models", "dataset", "datasets", "corpus",
            "collection", "family", "series", "suite", "benchmark", "system", "variant", "variants", "version",
            "project", "resource", "resources", "llm", "llms", "checkpoint", "checkpoints");

    /**
     * What "our ...", "the ..." may be besides an artefact noun when it stands for the paper's own artefact: "Our
     * data comprises 430K instructions", "The current release comprises 87 210 364 words" (the artefact the paper
     * introduces, of the kind the measure needs; only a measure's owner, never an apposition's head).
     */
    private static final Set<String> SELF_NOUNS = Set.of("data", "release");

    /** Participles between "the" and the noun that still point at the paper's own artefact: "The resulting dataset". */
    private static final Set<String> OWN_PARTICIPLES = Set.of("resulting");

    private final EntityLocations where;

    OwnArtefacts(EntityLocations where) {
        this.where = where;
    }

    /**
     * The introduced entity of a type that the text named last before a token: the first one named in
     * the latest sentence that names any (so "We introduce the X series, including X-A and X-B. It ..."
     * means the series), else the first one the text names; null when the paper introduces none.
     */
    ExtractedEntity latest(MentionType type, int sentence, int beforeToken) {
        ExtractedEntity latest = null;
        ExtractedEntity first = null;
        for (int si = 0; si <= sentence && si < where.sentenceCount(); si++) {
            ExtractedEntity firstHere = null;
            for (Located l : where.in(si)) {
                if (l.entity().introduced() && l.entity().type() == type && (si < sentence || l.last() < beforeToken)) {
                    firstHere = l.entity();
                    break;
                }
            }
            if (firstHere != null) {
                latest = firstHere;
            }
        }
        if (latest != null) {
            return latest;
        }
        for (int si = 0; si < where.sentenceCount() && first == null; si++) {
            for (Located l : where.in(si)) {
                if (l.entity().introduced() && l.entity().type() == type) {
                    first = l.entity();
                    break;
                }
            }
        }
        return first;
    }

    /** A noun that names an artefact: "model", "dataset", "series", ... */
    boolean isArtefactNoun(Sentence s, int i) {
        return ARTEFACT_NOUNS.contains(Words.lower(s, i));
    }

    /**
     * Whether token i refers to the authors or their artefact: a subject pronoun ("It features",
     * "we utilize", "this is") or the head of "our model", "the model", "these models".
     */
    boolean isSelfReference(int sentence, int i) {
        Sentence s = where.sentence(sentence);
        String w = Words.lower(s, i);
        if (PRONOUNS.contains(w) && Words.tag(s, i).equals("PRON")) {
            return true;
        }
        if (w.equals("our")) {
            for (int j = i + 1; j <= i + 3; j++) {
                if (where.at(sentence, j) != null) {
                    return false;
                }
                if (selfNoun(Words.lower(s, j))) {
                    return true;
                }
            }
            return false;
        }
        if (!selfNoun(w)) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (where.at(sentence, j) != null) {
                return false;
            }
            if (Words.is(s, j, "our", "this", "these", "the")) {
                return true;
            }
            String tag = Words.tag(s, j);
            if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM") || Words.lower(s, j).contains("-")
                    || Words.lower(s, j).endsWith("ed") || OWN_PARTICIPLES.contains(Words.lower(s, j)))) {
                return false;
            }
        }
        return false;
    }

    private static boolean selfNoun(String w) {
        return ARTEFACT_NOUNS.contains(w) || SELF_NOUNS.contains(w);
    }

    /**
     * The paper's own artefact of the kind the measure needs. Tokens go to a model only when the
     * sentence speaks of training, else to the paper's corpus; a benchmark is not measured in tokens.
     */
    SubjectFinder.Found artefactFor(QuantityPlace p, Measure m, double confidence) {
        MentionType type;
        if (m == Measure.DATA_SIZE) {
            type = MentionType.DATASET;
        } else if (m == Measure.TOKENS) {
            type = Measure.trainingCue(p, where.sentence(p.sentence())) ? MentionType.MODEL : MentionType.DATASET;
        } else {
            type = MentionType.MODEL;
        }
        ExtractedEntity e = latest(type, p.sentence(), p.first());
        if (e == null || m == Measure.TOKENS && e.benchmark()) {
            return null;
        }
        return new SubjectFinder.Found(e, null, confidence);
    }
}
