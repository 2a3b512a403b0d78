package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.extract.RelationSentence.Slot;

/**
 * partOf (model → model family) from the text: "the X series includes A, B and C", "X family,
 * including A and B", "The series includes three models - A, B and C" ("the series" being the paper's
 * own), "A, a member of the X family" / "A is part of X", and "A is the smallest model in the X
 * family". Family names made of the family name plus a size ("Llama 2 70B") are {@link NameVariantRule}'s.
 */
final class PartOfRule {

    private static final Predicate<Slot> MODEL = Slot::isModel;

    private static final Set<String> FAMILY = Set.of("series", "family", "families", "suite", "collection", "line-up",
            "lineup", "herd", "zoo");

    private static final Set<String> INCLUDES = Set.of("includes", "include", "including", "included", "comprises",
            "comprise", "comprising", "consists", "consisting", "contains", "containing", ":", "namely", "spans",
            "spanning", "features", "featuring", "covers", "covering");

    private static final Set<String> MEMBER = Set.of("member", "part", "one", "members");

    List<ExtractedRelation> find(RelationContext ctx) {
        return ctx.scanCues(this::cue);
    }

    private void cue(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        String w = s.word(i);
        if (FAMILY.contains(w)) {
            familyIncludes(ctx, s, i, out);
        } else if (MEMBER.contains(w) && s.word(i + 1).equals("of")) {
            memberOf(ctx, s, i, out);
        } else if (w.equals("in") || w.equals("of")) {
            inFamily(ctx, s, i, out);
        }
    }

    /** Words allowed between a member and "in the X family": a copula or a comma, and a describing noun phrase. */
    private static final Set<String> DESCRIBING = Set.of("is", "was", "are", ",", "the", "a", "an", "one", "our");

    /**
     * "Phi-4-mini is the smallest model in the Phi-4 family", "Qwen2.5-72B, the flagship of the Qwen2.5
     * series": a model the clause describes, through a copula or an apposition, as a model of a named
     * family. Only describing words may stand between them, so "outperforms all models in the X family"
     * (a comparison) does not count.
     */
    private static void inFamily(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        Slot family = namedFamilyAt(s, i + 1);
        if (family == null) {
            return;
        }
        int k = i - 1;
        while (k >= 0 && s.slotAt(k) == null && (DESCRIBING.contains(s.word(k)) || s.tagIs(k, "ADJ")
                || s.tagIs(k, "NOUN"))) {
            k--;
        }
        Slot member = k >= 0 ? s.slotAt(k) : null;
        if (member == null || !member.isModel() || member.entity().equals(family.entity()) || k == i - 1) {
            return;
        }
        out.add(ctx.relation(member.entity(), "partOf", family.entity(), null, s, 0.7, "partOf-in-family"));
    }

    /** "the GLM-4 language series, which includes GLM-4, GLM-4-Air, and GLM-4-9B". */
    private static void familyIncludes(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        ExtractedEntity family = familyName(ctx, s, i);
        if (family == null) {
            return;
        }
        int t = i + 1;
        int limit = Math.min(s.size(), i + 5);
        while (t < limit && !INCLUDES.contains(s.word(t))) {
            if (s.slotAt(t) != null || s.word(t).equals(".")) {
                return;
            }
            t++;
        }
        if (t >= limit) {
            return;
        }
        List<Slot> members = RelationLists.after(s, t + 1, MODEL, 8, false);
        for (Slot m : members) {
            if (!m.entity().equals(family)) {
                out.add(ctx.relation(m.entity(), "partOf", family, null, s, 0.8, "partOf-series-includes"));
            }
        }
    }

    /** The family a "series" word names: a model right before it, or the paper's own for "the/this/our series". */
    private static ExtractedEntity familyName(RelationContext ctx, RelationSentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Slot slot = s.slotAt(k);
            if (slot != null) {
                return slot.isModel() ? slot.entity() : null;
            }
            if (!s.tagIs(k, "NOUN") && !s.tagIs(k, "ADJ")) {
                String w = s.word(k);
                if ((w.equals("the") || w.equals("this") || w.equals("our")) && k == i - 1) {
                    return ctx.own.primary();
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "[the] Qwen family", "the Phi-4 series" starting at {@code from}: the model that names a family, or
     * null. {@link BasedOnRule} asks it too, so that "a version of the Qwen family" is membership, not a base.
     */
    static Slot namedFamilyAt(RelationSentence s, int from) {
        int t = s.word(from).equals("the") ? from + 1 : from;
        Slot family = s.slotAt(t);
        return family != null && family.isModel() && FAMILY.contains(s.word(family.last() + 1)) ? family : null;
    }

    /** "A, a member of the X family", "A is part of the X series", "A, one of the X models". */
    private static void memberOf(RelationContext ctx, RelationSentence s, int i, List<ExtractedRelation> out) {
        List<Slot> family = RelationLists.after(s, i + 2, MODEL, 2, false);
        if (family.size() != 1) {
            return;
        }
        int after = family.get(0).last() + 1;
        boolean familyWord = FAMILY.contains(s.word(after)) || FAMILY.contains(s.word(after + 1))
                || s.word(after).startsWith("model");
        if (!familyWord && !s.word(i).equals("part")) {
            return;
        }
        for (Slot member : RelationSubjects.before(s, i, MODEL)) {
            if (!member.entity().equals(family.get(0).entity())) {
                out.add(ctx.relation(member.entity(), "partOf", family.get(0).entity(), null, s, 0.75, "partOf-member-of"));
            }
        }
    }
}
