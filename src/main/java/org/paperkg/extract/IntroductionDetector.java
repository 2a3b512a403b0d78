package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.ingest.Paper;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.DictionaryMentionFinder;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameKey;
import org.paperkg.nlp.QuestionWords;
import org.paperkg.nlp.Sentence;

/**
 * Decides which entities the paper presents as its own contribution ("we introduce X"): the objects
 * of first-person contribution verbs, names the paper gives ("a datastore named X"), "our X", the
 * artefact the title names, and the members and sized variants of an introduced family.
 */
final class IntroductionDetector {
    /** Titles of overviews: what they name is surveyed, not introduced. */
    private static final Pattern SURVEY_TITLE = Pattern.compile("(?i).*\\b(survey|review|overview)\\b.*");

    /**
     * Titles that question or study ("Can GPT-4 ...?", "Evaluating X on Y"): a name in them is the
     * object of study, so only a name before a colon counts as the paper's artefact.
     */
    private static final Pattern STUDY_TITLE = Pattern.compile(
            "(?i)(.*\\?\\s*|(evaluat|analy[sz]|understand|investigat|prob|revisit|benchmark|examin|measur|explor|assess"
                    + "|rethink|demystif|on the|a study|an empirical).*)");

    /** The entities with their {@code introduced} flag set. */
    List<ExtractedEntity> mark(Paper paper, AnalyzedText text, List<ExtractedEntity> entities) {
        EntityLocations where = new EntityLocations(text, entities);
        Set<ExtractedEntity> introduced = new LinkedHashSet<>();
        introduced.addAll(namedInTitle(where).stream().filter(e -> !wellKnownName(e) || reportOn(where, e)).toList());
        List<ExtractedEntity> titleArtefacts = titlePrefixName(where, entities);
        introduced.addAll(titleArtefacts);
        for (int si = 0; si < where.sentenceCount(); si++) {
            introduced.addAll(ContributionVerbs.objectsOfContributionVerbs(where, si));
            introduced.addAll(namedByAuthors(where, si));
            introduced.addAll(owned(where, si));
        }
        // before the families: "Evaluating GPT Models" introduces no GPT, so no GPT-3.5 as its member either
        introduced.removeIf(IntroductionDetector::wellKnownOnly);
        introduced.removeIf(e -> wellKnownName(e) && !titleArtefacts.contains(e) && !reportOn(where, e)
                && !statedAsNew(where, e));
        introduced.addAll(FamilyMembers.membersOfIntroducedFamilies(where, introduced));
        introduced.addAll(FamilyMembers.coordinatedAfterIntroduced(where, introduced));
        introduced.addAll(FamilyMembers.sizedVariants(entities, introduced));
        // "We present our system in SemEval-2025 Task 9" after "CDHF at SemEval-2025 Task 9: ...": a team's
        // paper takes part in the event its title names, whatever the abstract's verbs say
        introduced.removeAll(venues(where));
        List<ExtractedEntity> out = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            out.add(introduced.contains(e) ? e.withIntroduced(true) : e);
        }
        return out;
    }

    /**
     * The events a paper takes part in: what a title names right after "at" or "@" ("TeamX at BLP-2023 Task 2:
     * ..."), and what any sentence names after a word for taking part ("UvA-MT's Participation in the WMT25
     * ... Shared Task", "presents our submission to the WMT 2025 shared task").
     */
    private static List<ExtractedEntity> venues(EntityLocations where) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (int si = 0; si < where.sentenceCount(); si++) {
            Sentence s = where.sentence(si);
            for (Located l : where.in(si)) {
                int before = l.first() - 1;
                if (Words.is(s, before, "the", "#")) {
                    before--;
                }
                if (si == 0 && Words.is(s, before, "at", "@") || Words.is(s, before, "in", "to", "for")
                        && Words.is(s, before - 1, "participation", "submission", "submissions", "entry", "entries",
                        "contribution", "contributions")) {
                    out.add(l.entity());
                }
            }
        }
        return out;
    }

    /** "Dolma: an Open Corpus ...", "The Falcon Series of ...": a title names the paper's artefact. */
    private static List<ExtractedEntity> namedInTitle(EntityLocations where) {
        List<ExtractedEntity> out = new ArrayList<>();
        if (where.sentenceCount() == 0) {
            return out;
        }
        Sentence title = where.sentence(0);
        String titleText = titleText(where);
        if (SURVEY_TITLE.matcher(titleText).matches()) {
            return out;
        }
        int colon = Words.find(title, 0, title.size(), Set.of(":"));
        boolean study = STUDY_TITLE.matcher(titleText.strip()).matches();
        for (Located l : where.in(0)) {
            // "From X to Y: ...": a source or a comparison is not the artefact, before a colon either
            if ((l.last() < colon || !study) && !afterComparisonOrSource(where, l) && !ContributionVerbs.insideAdjective(l, where)
                    && !subjectOfTitleClaim(title, l, colon) && !inQuestion(title, l, colon)) {
                out.add(l.entity());
            }
        }
        return out;
    }

    /**
     * "Multi-Pooling Feature Fusion with XLM-RoBERTa", "we present three fine-tuning methodologies utilizing MPNet":
     * a model that only the list of well-known models found is one the paper uses, not its new artefact, wherever
     * the title or the abstract names it (a paper that presents one is read by the classifier, which finds the name
     * too).
     */
    private static boolean wellKnownOnly(ExtractedEntity e) {
        return !e.mentions().isEmpty() && e.mentions().stream().allMatch(m -> WELL_KNOWN.contains(m.finder()));
    }

    /**
     * "Dialogue Summarization using BART", "Linguistic Bias in ChatGPT", "Improving BGE-M3 ...": a widely used
     * model or dataset that a title names (not as the name before its colon) is what the paper works with;
     * the paper introduces it only if the abstract says so ("we introduce Llama 3, a herd of ...").
     */
    private static boolean wellKnownName(ExtractedEntity e) {
        DictionaryMentionFinder list = e.type() == MentionType.MODEL ? DictionaryMentionFinder.models()
                : DictionaryMentionFinder.datasets();
        return e.surfaceForms().stream().anyMatch(list::lists);
    }

    /**
     * The words right before a name that present it as the paper's own: "we introduce LLaMA", "our RefinedWeb dataset",
     * "a new language representation model called BERT".
     */
    private static final Set<String> PRESENTING = Set.of("introduce", "introduces", "release", "releases", "present",
            "presents", "unveil", "unveils", "our", "called", "named", "dubbed");

    /**
     * "We introduce the Falcon series", "we publicly release Flan-T5 checkpoints": a widely used name that the
     * paper itself introduces is named right after the verb that presents it. Where it is only fine-tuned,
     * pre-trained again, used or listed ("We pre-train GPT-2 and RoBERTa on ...", "models such as BERT", "our
     * teacher model (GPT-3.5-Turbo)"), the paper's work is something else: on the 50 earlier outside samples 34 of
     * 36 such names marked introduced were not, while every one in the seed gold (LLaMA, Falcon, FineWeb, ...) is
     * named this way or before its title's colon.
     */
    private static boolean statedAsNew(EntityLocations where, ExtractedEntity e) {
        for (org.paperkg.nlp.Mention m : e.mentions()) {
            int si = where.text().sentenceIndexAt(m.start());
            if (si < 0) {
                continue;
            }
            Sentence s = where.sentence(si);
            int k = EntityLocations.tokenFrom(s, m.start()) - 1;
            if (k >= 0 && s.words()[k].equalsIgnoreCase("the")) {
                k--;
            }
            if (k >= 0 && PRESENTING.contains(s.words()[k].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Phi-3 Technical Report: ...", "Qwen2.5 Technical Report": the title of a model's own report. */
    private static final Pattern REPORT = Pattern.compile("\\s+(?:Technical\\s+)?Report\\b.*", Pattern.CASE_INSENSITIVE);

    /** Whether the title opens with the entity's name and "Technical Report": the paper is its report. */
    private static boolean reportOn(EntityLocations where, ExtractedEntity e) {
        String title = titleText(where).strip();
        return e.surfaceForms().stream()
                .anyMatch(n -> title.startsWith(n) && REPORT.matcher(title.substring(n.length())).matches());
    }

    /** The text of the title, the paper's first sentence (there is one: callers check or were handed its names). */
    private static String titleText(EntityLocations where) {
        Sentence title = where.sentence(0);
        return where.text().covered(title.start(), title.end());
    }

    /** The lists of well-known models and datasets ("We present a Universal Dependencies treebank for X" makes X's). */
    private static final Set<String> WELL_KNOWN = Set.of(DictionaryMentionFinder.models().name(),
            DictionaryMentionFinder.datasets().name());

    /**
     * "BERT meets Cranfield: Uncovering ...": a title that opens with a name and its verb (as the tagger
     * reads it; a capitalised "Jailbreaks" it takes for a noun) makes a claim about that model, which the
     * paper studies; it introduces the model only if the abstract says so ("DeepSeek-R1 Incentivizes
     * Reasoning ..." is introduced by its abstract's "we introduce").
     */
    private static boolean subjectOfTitleClaim(Sentence title, Located l, int colon) {
        int next = l.last() + 1;
        return l.first() == 0 && next < title.size() && (colon < 0 || next < colon)
                && Words.tag(title, next).equals("VERB") && Words.lower(title, next).endsWith("s");
    }

    /**
     * "What GPT-4 Knows about Aspectual Coercion", "OSX at Context24: How Well Can GPT Tackle ...": a name in
     * the part of a title that asks a question (with or without its question mark) is what the paper
     * studies.
     */
    private static boolean inQuestion(Sentence title, Located l, int colon) {
        int partStart = colon >= 0 && l.first() > colon ? colon + 1 : 0;
        return partStart < l.first() && QuestionWords.opensQuestion(title.words()[partStart]);
    }

    /**
     * "Agent-FLAN: Designing Data and Methods ...": the name before a title's colon is the artefact even
     * when the finder saw the name only in the abstract.
     */
    private static List<ExtractedEntity> titlePrefixName(EntityLocations where, List<ExtractedEntity> entities) {
        List<ExtractedEntity> out = new ArrayList<>();
        if (where.sentenceCount() == 0) {
            return out;
        }
        String titleText = titleText(where);
        int colon = titleText.indexOf(':');
        if (colon <= 0) {
            return out;
        }
        String prefix = titleText.substring(0, colon);
        out.addAll(artefactsCalled(entities, prefix));
        // "ARBERT & MARBERT: Deep Bidirectional Transformers for Arabic": two names before the colon are both
        // the artefacts, when each part is a name the finders found
        String[] parts = COORDINATION.split(prefix.strip());
        if (parts.length > 1) {
            List<ExtractedEntity> each = new ArrayList<>();
            for (String part : parts) {
                artefactsCalled(entities, part).stream().findFirst().ifPresent(each::add);
            }
            if (each.size() == parts.length) {
                out.addAll(each);
            }
        }
        return out;
    }

    /** The models and datasets (not organisations) called this, compared as normalised names. */
    private static List<ExtractedEntity> artefactsCalled(List<ExtractedEntity> entities, String name) {
        String key = NameKey.of(name);
        return entities.stream().filter(e -> e.isCalled(key) && e.type() != MentionType.ORGANIZATION).toList();
    }

    /** What joins two names before a title's colon: "A & B", "A and B", "A, B". */
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:&|,|\\band\\b)\\s*");

    /**
     * "... for Falcon LLM", "from GLM-130B to ...", "Enhancing Robustness of BERT", "... Cues Estimated by BERT",
     * "Weight Factorization on BERT": a title names other works after these words; "Adapting
     * Whisper for ...", "Leveraging BanglaBert for ...": what a title uses is a tool, not the artefact; "TeamX
     * at BLP-2023 Task 2: ...": a shared task's name after "at" is the venue.
     */
    private static boolean afterComparisonOrSource(EntityLocations where, Located l) {
        Sentence s = where.sentence(l.sentence());
        for (int i = l.first() - 1; i >= 0 && i >= l.first() - 3 && where.at(l.sentence(), i) == null; i--) {
            if (Words.is(s, i, "for", "from", "than", "vs", "vs.", "versus", "against", "beyond", "like", "over", "at", "of",
                    "by", "on", "via", "through")
                    || USING_GERUNDS.contains(Words.lower(s, i))) {
                return true;
            }
        }
        return false;
    }

    /** Gerunds whose object a title uses ("Adapting Whisper", "Fine-Tuning Llama 2"); "Scaling LLaNA" is not one. */
    private static final Set<String> USING_GERUNDS = Set.of("leveraging", "adapting", "using", "applying", "utilizing",
            "utilising", "employing", "exploiting", "prompting", "fine-tuning", "finetuning", "deploying");

    /**
     * "a datastore named MassiveDS", "which we call U-PaLM", "a newly introduced X benchmark": a name the
     * authors give, or one they call new, is their artefact.
     */
    private static List<ExtractedEntity> namedByAuthors(EntityLocations where, int si) {
        List<ExtractedEntity> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        boolean authors = firstPerson(s);
        for (int i = 0; i < s.size(); i++) {
            boolean naming = authors && Words.matches(s, i, Words.NAMING)
                    || Words.is(s, i, "name", "call", "term", "dub") && Words.is(s, i - 1, "we")
                    || Words.is(s, i, "newly") && ContributionVerbs.contributionVerb(s, i + 1);
            if (!naming) {
                continue;
            }
            for (int j = i + 1; j <= i + 4 && j < s.size(); j++) {
                Located l = where.at(si, j);
                if (l != null) {
                    out.add(l.entity());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean firstPerson(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (Words.is(s, i, "we", "our", "us") || ContributionVerbs.SELF_NOUNS.contains(Words.lower(s, i)) && Words.is(s, i - 1, "this")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.tag(s, k).equals("NOUN")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "on a new large dataset, ToShip23", "to distill a novel constrained language planning dataset, Coscript": a
     * name in apposition to a noun phrase that calls its thing new is that new thing, whatever the verb before it.
     * The phrase is read back from the comma before the name, up to eight words, and ends at a verb, a preposition
     * or a mark ("a new corpus of tweets, X" is not read: X may be what the corpus is of).
     */
    private static boolean newThingBefore(Sentence s, int first) {
        if (!Words.is(s, first - 1, ",")) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(1, first - 9); k--) {
            if (Words.is(s, k, "new", "novel")) {
                // "a new", "an entirely new", "a large new"
                boolean modified = Words.tag(s, k - 1).equals("ADV") || Words.tag(s, k - 1).equals("ADJ");
                return Words.is(s, k - 1, "a", "an") || modified && Words.is(s, k - 2, "a", "an");
            }
            // a participle may describe the thing ("a novel constrained language planning dataset"); any other verb
            // ends the phrase
            boolean participle = Words.lower(s, k).endsWith("ed") || Words.lower(s, k).endsWith("ing");
            if (Words.verbal(s, k) && !participle || Words.PHRASE_BREAKS.contains(Words.lower(s, k))
                    || Words.is(s, k, ",", "(", ")", "on", "in", "of", "for", "with", "from", "by")) {
                return false;
            }
        }
        return false;
    }

    /** Roles of others' models in a paper: "our baseline, X", "our teacher, X", "our backbone X", "our judge X". */
    private static final Set<String> ROLES_OF_OTHERS = Set.of("baseline", "baselines", "teacher", "teachers", "backbone",
            "backbones", "judge", "judges", "competitor", "competitors");

    /** Nouns after a name that still name the artefact: "our FooBench benchmark", "our Foo family". */
    private static final Set<String> ARTEFACT_HEADS = Set.of("benchmark", "benchmarks", "dataset", "datasets", "corpus",
            "corpora", "suite", "family", "series", "collection", "leaderboard");

    /**
     * "Our BERT model", "our fine-tuned BERT-based tagger", "our GPT-4 self-instruct data": a name that
     * modifies a common noun after it (a known model the authors trained, a model their data came
     * from) is not what "our" presents; "our FooBench benchmark" still is.
     */
    private static boolean modifiesANoun(Sentence s, int next) {
        String w = Words.lower(s, next);
        if (w.equals("based")) {
            return true; // "our BERT based tagger"; "BERT-based" is insideAdjective's
        }
        String original = next < s.size() ? s.words()[next] : "";
        return !original.isEmpty() && Character.isLowerCase(original.charAt(0)) && Words.tag(s, next).equals("NOUN")
                && !ARTEFACT_HEADS.contains(w);
    }

    /**
     * "our model EEVE-Korean-10.8B", "Our approach, Zebra-Llama", "X (ours)", "X, a novel ...": the
     * authors' possessive or a novelty apposition marks their own artefact.
     */
    private static List<ExtractedEntity> owned(EntityLocations where, int si) {
        List<ExtractedEntity> out = new ArrayList<>();
        Sentence s = where.sentence(si);
        for (int i = 0; i < s.size(); i++) {
            if (Words.is(s, i, "our")) {
                for (int j = i + 1; j <= i + 5 && j < s.size(); j++) {
                    if (ROLES_OF_OTHERS.contains(Words.lower(s, j))) {
                        // "Our best-performing baseline, Gemini Flash", "our teacher model, GPT-4": what the
                        // authors compare with or learn from is theirs to use, not their artefact
                        break;
                    }
                    Located l = where.at(si, j);
                    if (l != null) {
                        // "our model EEVE-Korean-10.8B ranks ...": after "our model" the name is the
                        // artefact itself, whatever follows it
                        boolean apposition = nounBetween(s, i + 1, l.first());
                        if (apposition || !ContributionVerbs.insideAdjective(l, where) && !modifiesANoun(s, l.last() + 1)) {
                            out.add(l.entity());
                        }
                        break;
                    }
                    // "our evaluation of the GPT-4 and Llama series", "our method by fine-tuning BERT": the
                    // name is what "our" noun is of, or what it is done with (a preposition; the tagger
                    // reads "by" before a gerund as a subordinating conjunction)
                    if (Words.verbal(s, j) || Words.PHRASE_BREAKS.contains(Words.lower(s, j)) || Words.tag(s, j).equals("ADP")
                            || Words.tag(s, j).equals("SCONJ")) {
                        break;
                    }
                }
            }
        }
        for (Located l : where.in(si)) {
            int after = l.last() + 1;
            if (Words.is(s, after, "(") && Words.is(s, after + 1, "ours")) {
                out.add(l.entity());
            }
            if (Words.is(s, after, ",") && Words.is(s, after + 1, "a", "an")
                    && (Words.is(s, after + 2, "new", "novel") || Words.is(s, after + 3, "new", "novel"))) {
                out.add(l.entity());
            }
            if (newThingBefore(s, l.first())) {
                out.add(l.entity());
            }
        }
        return out;
    }
}
