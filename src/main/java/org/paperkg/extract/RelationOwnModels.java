package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.RelationSentence.Slot;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionType;

/**
 * The paper's own models and datasets, for "it"/"our model" subjects and for the listing page's
 * organisation. They are the entities marked {@code introduced}; when none is marked, a model whose
 * name opens the title ("OPT-IML: ...", "Qwen2.5-Coder Technical Report") or follows "we introduce/
 * present/propose/release" stands in for them.
 */
final class RelationOwnModels {

    private static final Set<String> INTRODUCING = Set.of("introduce", "introduces", "introducing", "present",
            "presents", "presenting", "propose", "proposes", "release", "releases", "releasing", "unveil",
            "unveils", "introduced", "named", "dubbed", "called");

    private final List<ExtractedEntity> own;
    private final RelationTypes types;

    private RelationOwnModels(List<ExtractedEntity> own, RelationTypes types) {
        this.own = List.copyOf(own);
        this.types = types;
    }

    static RelationOwnModels of(List<RelationSentence> sentences, List<ExtractedEntity> entities, RelationTypes types) {
        List<ExtractedEntity> marked = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            if (e.introduced() && e.type() != MentionType.ORGANIZATION) {
                marked.add(e);
            }
        }
        if (!marked.isEmpty()) {
            return new RelationOwnModels(sorted(marked), types);
        }
        List<ExtractedEntity> guessed = new ArrayList<>();
        for (RelationSentence s : sentences) {
            for (Slot slot : s.slots()) {
                if (slot.isOrganization() || guessed.contains(slot.entity())) {
                    continue;
                }
                if (s.index() == 0 && slot.isModel() && headsTitle(s, slot) || introducedAt(s, slot)) {
                    guessed.add(slot.entity());
                }
            }
        }
        return new RelationOwnModels(sorted(guessed), types);
    }

    /** "Qwen2.5-Coder Technical Report", "OPT-IML: Scaling ...": the title opens with the artefact's name. */
    private static boolean headsTitle(RelationSentence title, Slot slot) {
        String next = title.word(slot.last() + 1);
        return slot.first() == 0 && (next.equals(":") || next.equals("technical") || next.isEmpty());
    }

    /** "We introduce X", "this report introduces X, ...", "a model called X". */
    private static boolean introducedAt(RelationSentence s, Slot slot) {
        for (int t = slot.first() - 1; t >= Math.max(0, slot.first() - 6); t--) {
            String w = s.word(t);
            if (INTRODUCING.contains(w)) {
                return RelationLists.after(s, t + 1, x -> !x.isOrganization(), 6, false).contains(slot);
            }
            if (s.slotAt(t) != null && !s.slotAt(t).entity().equals(slot.entity())) {
                continue;
            }
            if (w.equals(".") || w.equals(";")) {
                break;
            }
        }
        return false;
    }

    private static List<ExtractedEntity> sorted(List<ExtractedEntity> list) {
        List<ExtractedEntity> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(e -> {
            Mention m = e.firstMention();
            return m == null ? Integer.MAX_VALUE : m.start();
        }));
        return out;
    }

    /** The paper's main model: the first own model in the text, or null. */
    ExtractedEntity primary() {
        for (ExtractedEntity e : own) {
            if (types.of(e) == MentionType.MODEL) {
                return e;
            }
        }
        return null;
    }

    /**
     * The own model named last before an offset: what "the model" at the start of a sentence refers to
     * when the paper presents a family and a member ("Granite 3.1 ... Granite-3.1-8B-Instruct ... The
     * model exceeds ..."). Null if no own model is named before it.
     */
    ExtractedEntity latestBefore(int offset) {
        ExtractedEntity latest = null;
        int at = -1;
        for (ExtractedEntity e : own) {
            if (types.of(e) != MentionType.MODEL) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= offset && m.start() > at) {
                    at = m.start();
                    latest = e;
                }
            }
        }
        return latest;
    }

    boolean isOwn(ExtractedEntity e) {
        return own.contains(e);
    }

    /** Own models and datasets, in text order. */
    List<ExtractedEntity> all() {
        return own;
    }
}
