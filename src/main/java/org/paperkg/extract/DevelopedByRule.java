package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.MentionType;
import org.paperkg.nlp.NameKey;

/**
 * developedBy (model or dataset → organisation): "OpenAI's o1", "the OpenAI GPT-3 model", a model named
 * after its maker ("Meta WikiExpert-8B"), "X, developed/released/trained by O", "Models by 01.AI",
 * "O introduces/releases X", "X from O"; and the listing page's organisation for everything the paper
 * introduces, as the guidelines ask.
 */
final class DevelopedByRule {

    private static final Predicate<Slot> ARTEFACT = s -> s.isModel() || s.isDataset();

    /** Participles before "by O". */
    private static final Set<String> MADE = Set.of("developed", "released", "created", "trained", "built", "introduced",
            "proposed", "made", "designed", "published", "pre-trained", "pretrained", "fine-tuned", "finetuned",
            "open-sourced", "provided", "maintained", "curated", "collected", "produced", "launched", "constructed");

    /** Verbs with the organisation as subject: "BigCode introduces StarCoder". */
    private static final Set<String> MAKES = Set.of("introduces", "introduced", "releases", "released", "presents",
            "presented", "develops", "developed", "open-sources", "open-sourced", "announces", "announced", "launches",
            "launched", "proposes", "trains", "trained", "builds", "built", "created", "creates", "publishes");

    /**
     * The same verbs after "we (O)" or "researchers at O"; not after "O1 and O2", where which of them made
     * which model is not said.
     */
    private static final Set<String> AGENTS_MAKE = Set.of("introduce", "release", "present", "develop",
            "open-source", "propose", "train", "build", "create");

    /** People of an organisation whose work is the organisation's: "researchers at NVIDIA trained X". */
    private static final Set<String> AGENTS = Set.of("researchers", "scientists", "engineers", "team", "teams",
            "group", "lab", "authors");

    List<ExtractedRelation> find(RelationContext ctx) {
        List<ExtractedRelation> out = new ArrayList<>();
        for (RelationSentence s : ctx.sentences) {
            for (Slot slot : s.slots()) {
                if (slot.isOrganization()) {
                    possessiveOrModifier(ctx, s, slot, out);
                    relativeMaker(ctx, s, slot, out);
                } else if (ARTEFACT.test(slot) && describedFrom(ctx, s, slot, out)) {
                    continue;
                } else if (ARTEFACT.test(slot) && s.word(slot.last() + 1).equals("(")) {
                    bracketedMaker(ctx, s, slot, out);
                } else if (s.word(slot.last() + 1).equals("from")) {
                    Slot org = s.slotAt(slot.last() + 2) != null ? s.slotAt(slot.last() + 2) : s.slotAt(slot.last() + 3);
                    if (org != null && org.isOrganization() && (org.first() == slot.last() + 2
                            || s.word(slot.last() + 2).equals("the"))) {
                        out.add(ctx.relation(slot.entity(), "developedBy", org.entity(), null, s, 0.7, "developedBy-from"));
                    }
                }
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.slotAt(i) != null) {
                    continue;
                }
                if (s.word(i).equals("by") || s.word(i).equals("at") && MADE.contains(s.word(i - 1))
                        && TrainedOnRule.opensSentence(s, i - 1)) {
                    // "Developed at Stanford University, Alpaca-7B ..." opens as "Developed by" does
                    madeBy(ctx, s, i, out);
                } else if (MAKES.contains(s.word(i)) || AGENTS_MAKE.contains(s.word(i))) {
                    orgMakes(ctx, s, i, out);
                }
            }
        }
        namedAfterMaker(ctx, out);
        listingOrganisation(ctx, out);
        return out;
    }

    /** "OpenAI's o1", "NASA's Harmonized Landsat and Sentinel-2", "the OpenAI code-cushman-001 model". */
    private static void possessiveOrModifier(RelationContext ctx, RelationSentence s, Slot org, List<ExtractedRelation> out) {
        String after = s.textAfter(org, 3);
        int t = org.last() + 1;
        boolean possessive = after.startsWith("'s") || after.startsWith("’s") || after.startsWith("'");
        if (possessive && (s.word(t).equals("'s") || s.word(t).equals("’s") || s.word(t).equals("'"))) {
            t++;
        }
        if (modelsListedAfter(ctx, s, org, t, out)) {
            return;
        }
        if (!possessive && s.slotAt(t) == null) {
            return;
        }
        for (int k = t; k < Math.min(s.size(), t + 3); k++) {
            Slot next = s.slotAt(k);
            if (next != null) {
                if (ARTEFACT.test(next)) {
                    // "Meta's Llama 3.2 1B and Llama 3.2 3B": the possessive covers the coordinated members
                    // of the same family; "Google's Gemini and Claude" does not reach Claude
                    List<Slot> made = new java.util.ArrayList<>(List.of(next));
                    if (possessive) {
                        Slot previous = next;
                        for (Slot m : RelationLists.after(s, next.first(), ARTEFACT, 0, false)) {
                            if (m == next) {
                                continue;
                            }
                            if (!onlyGlueBetween(s, previous, m) || !sameFamilyWord(next, m)) {
                                break; // "Alibaba's Qwen3 family spans ..., including Qwen3-32B": members, not co-names
                            }
                            made.add(m);
                            previous = m;
                        }
                    }
                    for (Slot m : made) {
                        out.add(ctx.relation(m.entity(), "developedBy", org.entity(), null, s, 0.8,
                                possessive ? "developedBy-possessive" : "developedBy-modifier"));
                    }
                }
                return;
            }
            Slot abbreviated = possessive && k == t ? abbreviationAfterLongForm(s, k) : null;
            if (abbreviated != null) {
                // "Meta AI's No Language Left Behind, NLLB-200": the long form nobody found, then its short name
                out.add(ctx.relation(abbreviated.entity(), "developedBy", org.entity(), null, s, 0.75, "developedBy-possessive"));
                return;
            }
            if (possessive && k == t && appositionOfKind(s, org, k)) {
                // "We present Granite 3.0, IBM's family of enterprise language models": the possessive
                // apposition says who made the name before the comma
                Slot named = s.slotAt(org.first() - 2);
                out.add(ctx.relation(named.entity(), "developedBy", org.entity(), null, s, 0.75, "developedBy-possessive-apposition"));
                return;
            }
            if (!possessive || !(s.tagIs(k, "ADJ") || s.tagIs(k, "NOUN") && k == t)) {
                return;
            }
        }
    }

    /**
     * "No Language Left Behind, NLLB-200", "Large Language Model Meta AI (LLaMA)": capitalised words from
     * {@code from} that no finder took, a comma or bracket, then a model or dataset whose name starts with
     * their initials. That name, or null.
     */
    private static Slot abbreviationAfterLongForm(RelationSentence s, int from) {
        StringBuilder initials = new StringBuilder();
        int k = from;
        while (k < Math.min(s.size(), from + 8) && s.slotAt(k) == null && s.capitalised(k)) {
            initials.append(Character.toUpperCase(s.word(k).charAt(0)));
            k++;
        }
        if (initials.length() < 2 || !(s.word(k).equals(",") || s.word(k).equals("("))) {
            return null;
        }
        Slot next = s.slotAt(k + 1);
        if (next == null || !ARTEFACT.test(next)) {
            return null;
        }
        String capitals = next.entity().name().replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return capitals.startsWith(initials.toString()) ? next : null;
    }

    /** Whether only commas and conjunctions stand between two names: "A and B", "A, B". */
    private static boolean onlyGlueBetween(RelationSentence s, Slot a, Slot b) {
        for (int k = a.last() + 1; k < b.first(); k++) {
            if (!RelationWords.GLUE.contains(s.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two names open with the same word ("Llama 3.2 1B", "Llama 3.2 3B"; "Qwen2-7B", "Qwen2-72B"). */
    private static boolean sameFamilyWord(Slot a, Slot b) {
        String x = a.entity().name().split("[\\s-]")[0].toLowerCase(java.util.Locale.ROOT);
        String y = b.entity().name().split("[\\s-]")[0].toLowerCase(java.util.Locale.ROOT);
        return x.equals(y);
    }

    /** Nouns that an apposition uses for what a maker released: "IBM's family of ...", "Google's Japanese variant of". */
    private static final Set<String> RELEASE_KINDS = Set.of("family", "series", "suite", "collection", "model", "models",
            "llm", "variant", "version", "release", "dataset", "corpus", "benchmark");

    /**
     * Whether the possessive organisation opens an apposition to the artefact right before it ("Granite
     * 3.0, IBM's family of ...", "Gemma-2-JPN, Google's Japanese variant of Gemma 2 2B"): a comma, then
     * the organisation, then at most two adjectives and a release noun.
     */
    private static boolean appositionOfKind(RelationSentence s, Slot org, int from) {
        Slot named = s.slotAt(org.first() - 2);
        if (!s.word(org.first() - 1).equals(",") || named == null || !ARTEFACT.test(named)) {
            return false;
        }
        for (int k = from; k < Math.min(s.size(), from + 3); k++) {
            if (RELEASE_KINDS.contains(s.word(k))) {
                return true;
            }
            if (s.slotAt(k) != null || !s.tagIs(k, "ADJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "its successor OpenAI models, including ChatGPT and GPT4", "Google's models such as Gemini": the
     * organisation names the maker of a class of models, and the list gives its members. True if found.
     */
    private static boolean modelsListedAfter(RelationContext ctx, RelationSentence s, Slot org, int t,
                                             List<ExtractedRelation> out) {
        // "OpenAI models", "OpenAI generative pre-trained transformers": a few modifiers may come first
        while (t < org.last() + 4 && s.slotAt(t) == null && !RelationWords.MODEL_PLURALS.contains(s.word(t))
                && (s.tagIs(t, "ADJ") || s.tagIs(t, "NOUN") || s.tagIs(t, "VERB") && s.word(t).endsWith("ed"))) {
            t++;
        }
        if (s.slotAt(t) != null || !RelationWords.MODEL_PLURALS.contains(s.word(t))) {
            return false;
        }
        int k = t + 1;
        if (s.word(k).equals(",") || s.word(k).equals("(")) {
            k++;
        }
        String w = s.word(k);
        if (!(w.equals("including") || w.equals("like") || w.equals("e.g.") || w.equals("e.g")
                || w.equals("such") && s.word(k + 1).equals("as"))) {
            return false;
        }
        List<Slot> members = RelationLists.after(s, k + (w.equals("such") ? 2 : 1), Slot::isModel, 1, false);
        for (Slot m : members) {
            out.add(ctx.relation(m.entity(), "developedBy", org.entity(), null, s, 0.7, "developedBy-org-models-list"));
        }
        return !members.isEmpty();
    }

    /**
     * "X, developed by O", "Open Foundation Models by 01.AI", "fine-tuned by and for O", "trained by
     * researchers at O", "Developed at O, X ...".
     */
    private static void madeBy(RelationContext ctx, RelationSentence s, int by, List<ExtractedRelation> out) {
        int t = by + 1;
        if (s.word(t).equals("and") && s.word(t + 1).equals("for")) {
            t += 2;
        }
        if (s.word(t).equals("the")) {
            t++;
        }
        if (AGENTS.contains(s.word(t)) && (s.word(t + 1).equals("at") || s.word(t + 1).equals("from"))) {
            t += s.word(t + 2).equals("the") ? 3 : 2; // "trained by researchers at Microsoft Research"
        }
        List<Slot> orgs = RelationLists.after(s, t, Slot::isOrganization, 0, false);
        if (orgs.isEmpty()) {
            return;
        }
        boolean made = MADE.contains(s.word(by - 1)) || MADE.contains(s.word(by - 2));
        boolean afterArtefact = s.slotAt(by - 1) != null || s.word(by - 1).startsWith("model");
        if (!made && !afterArtefact) {
            return;
        }
        // "GPT-3.5 by OpenAI": the name right before "by" is what the organisation made, whatever the
        // clause is about; after a participle ("X, developed by O") the participle's subject is
        Slot named = s.slotAt(by - 1);
        List<Slot> subjects = !made && named != null && ARTEFACT.test(named) ? List.of(named)
                : RelationSubjects.before(s, by, ARTEFACT);
        int participle = MADE.contains(s.word(by - 1)) ? by - 1 : by - 2;
        if (subjects.isEmpty() && made && TrainedOnRule.opensSentence(s, participle)) {
            // "Developed jointly by NVIDIA and Georgia Tech, Eagle-X5-13B is ...": the subject follows the phrase
            int comma = orgs.get(orgs.size() - 1).last() + 1;
            while (comma < s.size() && comma <= orgs.get(orgs.size() - 1).last() + 5 && !s.word(comma).equals(",")) {
                comma++; // the rest of a maker's name that no finder marked ("and Georgia Tech")
            }
            if (s.word(comma).equals(",")) {
                subjects = RelationSubjects.after(s, comma, ARTEFACT);
            }
        }
        for (Slot subject : subjects) {
            for (Slot org : orgs) {
                out.add(ctx.relation(subject.entity(), "developedBy", org.entity(), null, s, 0.8, "developedBy-by"));
            }
        }
    }

    /** Nouns for what an organisation makes, in a description of a name: "a family of open models from O". */
    private static final Set<String> MADE_NOUNS = Set.of("model", "models", "family", "series", "suite", "llm", "llms",
            "dataset", "datasets", "corpus", "benchmark", "collection", "checkpoint", "checkpoints");

    /**
     * "Gemma 3, a family of open multimodal models from Google DeepMind", "Yi-Coder-9B, the latest code model
     * from 01.AI", "the SmolLM2 series from Hugging Face": a description after the name, ending in a noun
     * for what is made and "from O". Whether it found one.
     */
    private static boolean describedFrom(RelationContext ctx, RelationSentence s, Slot artefact, List<ExtractedRelation> out) {
        int k = artefact.last() + 1;
        if (s.word(k).equals(",")) {
            k++;
        }
        boolean noun = false;
        for (int end = Math.min(s.size(), k + 10); k < end; k++) {
            if (s.slotAt(k) != null) {
                return false;
            }
            String w = s.word(k);
            if (w.equals("from") && noun) {
                Slot org = s.slotAt(k + 1) != null ? s.slotAt(k + 1) : s.word(k + 1).equals("the") ? s.slotAt(k + 2) : null;
                if (org != null && org.isOrganization()) {
                    out.add(ctx.relation(artefact.entity(), "developedBy", org.entity(), null, s, 0.7, "developedBy-described-from"));
                    return true;
                }
                return false;
            }
            if (w.equals(",") || w.equals(".") || w.equals(";") || s.tagIs(k, "VERB") || s.tagIs(k, "AUX")) {
                return false;
            }
            noun |= MADE_NOUNS.contains(w);
        }
        return false;
    }

    /**
     * "Zyda-2, a 5-trillion-token dataset that Zyphra built", "Phi-4-mini-reasoning, which Microsoft derived
     * from Phi-4-mini": the organisation as the subject of a relative clause on the name before it.
     */
    private static void relativeMaker(RelationContext ctx, RelationSentence s, Slot org, List<ExtractedRelation> out) {
        String pronoun = s.word(org.first() - 1);
        String verb = s.word(org.last() + 1);
        if (!(pronoun.equals("that") || pronoun.equals("which")) || !(MADE.contains(verb) || verb.equals("derived")
                || verb.equals("continued"))) {
            return;
        }
        for (int k = org.first() - 2; k >= Math.max(0, org.first() - 12); k--) {
            Slot before = s.slotAt(k);
            if (before != null && ARTEFACT.test(before)) {
                out.add(ctx.relation(before.entity(), "developedBy", org.entity(), null, s, 0.7, "developedBy-relative"));
                return;
            }
            if (before != null || s.word(k).equals(".") || s.word(k).equals(";")) {
                return;
            }
        }
    }

    /** "GPT-4o (OpenAI)", "Gemini 1.5 Pro (Google, 2024)": the maker in brackets right after the name. */
    private static void bracketedMaker(RelationContext ctx, RelationSentence s, Slot artefact, List<ExtractedRelation> out) {
        int open = artefact.last() + 1;
        Slot org = s.slotAt(open + 1);
        if (!s.word(open).equals("(") || org == null || !org.isOrganization()) {
            return;
        }
        String after = s.word(org.last() + 1);
        boolean closes = after.equals(")") || after.equals(",") && s.word(org.last() + 2).matches("(?:19|20)\\d\\d[a-z]?");
        if (closes) {
            out.add(ctx.relation(artefact.entity(), "developedBy", org.entity(), null, s, 0.75, "developedBy-bracketed"));
        }
    }

    /** "The BigCode community, an open-scientific collaboration ..., introduces StarCoder and StarCoderBase". */
    private static void orgMakes(RelationContext ctx, RelationSentence s, int verb, List<ExtractedRelation> out) {
        List<Slot> subjects = AGENTS_MAKE.contains(s.word(verb)) ? List.of() : RelationSubjects.before(s, verb, Slot::isOrganization);
        List<Slot> orgs = subjects.isEmpty() ? agentOrganisation(s, verb) : subjects;
        if (orgs.isEmpty() || RelationSubjects.before(s, verb, ARTEFACT).stream()
                .anyMatch(a -> a.first() > orgs.get(orgs.size() - 1).first())) {
            return;
        }
        for (Slot made : RelationLists.after(s, verb + 1, ARTEFACT, 4, false)) {
            for (Slot org : orgs) {
                out.add(ctx.relation(made.entity(), "developedBy", org.entity(), null, s, 0.75, "developedBy-org-makes"));
            }
        }
    }

    /**
     * "Researchers at NVIDIA trained X", "the Qwen team at Alibaba Cloud presents X", "we (Microsoft
     * Research) introduce X": the organisation of the people who do what the verb says, right before it.
     */
    private static List<Slot> agentOrganisation(RelationSentence s, int verb) {
        int k = verb - 1;
        boolean bracketed = s.word(k).equals(")");
        if (bracketed) {
            k--;
        }
        Slot org = s.slotAt(k);
        if (org == null || !org.isOrganization()) {
            return List.of();
        }
        String link = s.word(org.first() - 1);
        String agent = s.word(org.first() - 2);
        boolean ofAgent = !bracketed && (link.equals("at") || link.equals("from") || link.equals("of"))
                && AGENTS.contains(agent);
        boolean ofWe = bracketed && link.equals("(") && agent.equals("we");
        return ofAgent || ofWe ? List.of(org) : List.of();
    }

    /** "OpenAI o1-mini", "Meta WikiExpert-8B": a model whose name starts with an organisation's name. */
    private static void namedAfterMaker(RelationContext ctx, List<ExtractedRelation> out) {
        for (ExtractedEntity org : ctx.entities) {
            if (org.type() != MentionType.ORGANIZATION) {
                continue;
            }
            List<String> orgNames = new ArrayList<>(org.aliases());
            orgNames.add(org.name());
            for (ExtractedEntity e : ctx.entities) {
                if (e.type() == MentionType.ORGANIZATION) {
                    continue;
                }
                String name = e.name().toLowerCase(Locale.ROOT);
                for (String n : orgNames) {
                    if (name.startsWith(n.toLowerCase(Locale.ROOT) + " ")) {
                        out.add(ctx.relation(e, "developedBy", org, null, null, 0.7, "developedBy-name-prefix"));
                    }
                }
            }
        }
    }

    /** The listing page's organisation made what the paper introduces. */
    private static void listingOrganisation(RelationContext ctx, List<ExtractedRelation> out) {
        if (ctx.paper.organization() == null) {
            return;
        }
        String key = NameKey.of(ctx.paper.organization().displayName());
        ExtractedEntity org = null;
        for (ExtractedEntity e : ctx.entities) {
            if (e.type() == MentionType.ORGANIZATION && e.isCalled(key)) {
                org = e;
                break;
            }
        }
        if (org == null) {
            return;
        }
        for (ExtractedEntity own : ctx.own.all()) {
            out.add(ctx.relation(own, "developedBy", org, null, null, 0.7, "developedBy-listing-organisation"));
        }
    }
}
