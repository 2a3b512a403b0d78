package org.paperkg.extract.quantity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares units across lists and ranges ("3B, 7B, and 15B parameters", "3.3 to 4.3 trillion tokens")
 * and then gives scaled numbers without any unit their default ("a 7B model" is a parameter count).
 */
final class ListResolver {
    /** What may stand between two numbers of one range or list. */
    enum Link { RANGE, AND, COMMA, VERSUS, NONE }

    private static final int MAX_GAP = 16;
    private static final Pattern RANGE = Pattern.compile(
            "\\h{0,2}(?:-{1,2}|\u2013|\u2014|~|/)\\h{0,2}|\\h{1,2}(?i:to|through)\\h{1,2}");
    private static final Pattern AND = Pattern.compile(",?\\h{1,2}(?i:and|or|&)\\h{1,2}");
    private static final Pattern COMMA = Pattern.compile("\\h{0,2},\\h{0,2}");
    private static final Pattern VERSUS = Pattern.compile("\\h{1,2}(?i:vs\\.?|versus)\\h{1,2}");
    /** A bracketed word or two right after a number: "(text)", "(exact)", "(audio)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\h{0,2}\\([A-Za-z][A-Za-z\\- ]{0,20}\\)");
    /** "25 low-resource and 7 higher-resource languages": each number has its own modifiers, the noun is shared. */
    private static final Pattern MODIFIED_AND = Pattern.compile(
            "(?:\\h{1,2}(?!(?i:of|in|on|for|to|from|with|by|at|as|than|the|a|an|and|or|times|per|each|all)\\b)"
                    + "[A-Za-z]+(?:-[A-Za-z]+)*){1,2}(?<![^s]s),?\\h{1,2}(?i:and|or)\\h{1,2}");
    /** How long the modifiers of such a coordination may be. */
    private static final int MAX_MODIFIED_GAP = 40;
    /** Count nouns such a coordination may share. */
    private static final Set<Unit> SHARED_COUNTS = EnumSet.of(Unit.LANGUAGE, Unit.EXAMPLE,
            Unit.DOCUMENT, Unit.IMAGE, Unit.WORD);

    private final TextCursor cursor;
    private final List<Atom> atoms;
    private final Matcher range;
    private final Matcher and;
    private final Matcher comma;
    private final Matcher versus;
    private final Matcher modifiedAnd;
    private final Matcher qualifier;

    ListResolver(TextCursor cursor, List<Atom> atoms) {
        this.cursor = cursor;
        this.atoms = atoms;
        range = cursor.matcher(RANGE);
        and = cursor.matcher(AND);
        comma = cursor.matcher(COMMA);
        versus = cursor.matcher(VERSUS);
        modifiedAnd = cursor.matcher(MODIFIED_AND);
        qualifier = cursor.matcher(QUALIFIER);
    }

    void resolve() {
        Link[] links = new Link[atoms.size()];
        for (int i = 0; i + 1 < atoms.size(); i++) {
            links[i] = link(atoms.get(i), atoms.get(i + 1));
        }
        if (!atoms.isEmpty()) {
            links[atoms.size() - 1] = Link.NONE;
        }
        int groupStart = 0;
        while (groupStart < atoms.size()) {
            int groupEnd = groupStart + 1;
            while (links[groupEnd - 1] != Link.NONE) {
                groupEnd++;
            }
            resolveGroup(groupStart, groupEnd, links);
            groupStart = groupEnd;
        }
    }

    private Link link(Atom before, Atom after) {
        int gapStart = before.end;
        int gapEnd = after.start;
        // "0.4444 (text), 0.3559 (audio), and 0.4403 (multimodal)": a bracketed word that says what a number
        // was measured on stays with that number; the link is what follows it
        int qualified = cursor.matchAt(qualifier, gapStart);
        if (qualified > 0 && qualified < gapEnd) {
            gapStart = qualified;
        }
        if (gapEnd < gapStart || gapEnd - gapStart > MAX_MODIFIED_GAP) {
            return Link.NONE;
        }
        if (gapEnd - gapStart > MAX_GAP) {
            return coordinatedCounts(before, after) && matchesGap(modifiedAnd, gapStart, gapEnd) ? Link.AND : Link.NONE;
        }
        if (matchesGap(range, gapStart, gapEnd)) {
            return Link.RANGE;
        }
        if (matchesGap(and, gapStart, gapEnd)) {
            return Link.AND;
        }
        if (matchesGap(comma, gapStart, gapEnd)) {
            return Link.COMMA;
        }
        if (matchesGap(versus, gapStart, gapEnd)) {
            return Link.VERSUS;
        }
        return coordinatedCounts(before, after) && matchesGap(modifiedAnd, gapStart, gapEnd) ? Link.AND : Link.NONE;
    }

    /** A bare whole number before a count whose noun is written: "25 low-resource and 7 ... languages". */
    private static boolean coordinatedCounts(Atom before, Atom after) {
        return before.unit == null && before.bareInteger && !before.scaled() && !before.spelledOut && !before.year
                && after.unitWritten && SHARED_COUNTS.contains(after.unit) && !after.scaled();
    }

    private boolean matchesGap(Matcher matcher, int gapStart, int gapEnd) {
        return cursor.matchAt(matcher, gapStart) == gapEnd;
    }

    private void resolveGroup(int from, int to, Link[] links) {
        borrowFromTheRight(from, to, links);
        spreadLeftCuesToTheRight(from, to, links);
        boolean comparison = false;
        for (int i = from; i < to - 1; i++) {
            comparison |= links[i] == Link.VERSUS;
        }
        if (comparison) {
            scoreComparedResults(from, to);
        }
        applyDefaults(from, to);
    }

    /**
     * A unit written after the last number holds for the earlier ones: "from 16B to 1T total
     * parameters", "3B, 7B, and 15B parameters". Commas alone ("9.3B, 10%") do not make a list
     * that shares a unit; an "and" or "or" before the last item does.
     */
    private void borrowFromTheRight(int from, int to, Link[] links) {
        Atom carrier = null;
        boolean conjunctionSeen = false;
        for (int i = to - 1; i >= from; i--) {
            Atom atom = atoms.get(i);
            if (i < to - 1) {
                Link link = links[i];
                conjunctionSeen |= link == Link.AND;
                boolean joined = link == Link.RANGE || link == Link.AND || (link == Link.COMMA && conjunctionSeen);
                if (!joined) {
                    carrier = null;
                    conjunctionSeen = false;
                }
            }
            if (atom.unit != null) {
                carrier = atom;
                conjunctionSeen = false;
            } else if (carrier != null && canBorrow(atom, carrier.unit)) {
                borrow(atom, carrier);
            }
        }
    }

    /** Names, years, and scaled sizes next to percentages or factors ("9.3B, 10%") keep to themselves. */
    private static boolean canBorrow(Atom atom, Unit unit) {
        if (atom.nameBound || atom.year) {
            return false;
        }
        boolean relative = unit == Unit.PERCENT || unit == Unit.PERCENTAGE_POINT || unit == Unit.FACTOR
                || unit == Unit.SCORE;
        return !(relative && atom.scaled());
    }

    private static void borrow(Atom atom, Atom carrier) {
        atom.unit = carrier.unit;
        atom.unitFactor = carrier.unitFactor;
        atom.unitFromContext = true;
        // "3.3 to 4.3 trillion tokens": the first number is in trillions too.
        if (!atom.scaled() && carrier.scaled()) {
            atom.scale *= carrier.scale;
            atom.scaleKind = carrier.scaleKind;
        }
    }

    /** "its score from 0.572 to 0.708", "context length from 16K to 128K": a cue before the first number. */
    private void spreadLeftCuesToTheRight(int from, int to, Link[] links) {
        for (int i = from + 1; i < to; i++) {
            Atom previous = atoms.get(i - 1);
            Atom atom = atoms.get(i);
            boolean joined = links[i - 1] == Link.RANGE || links[i - 1] == Link.AND
                    || (links[i - 1] == Link.COMMA && listEndsWithConjunction(i - 1, to, links));
            if (joined && previous.unitFromLeftCue && atom.unit == null && canBorrow(atom, previous.unit)) {
                atom.unit = previous.unit;
                atom.unitFromContext = true;
                atom.unitFromLeftCue = true;
            }
        }
    }

    /** "3 billion, 7 billion and 12 billion": the commas belong to a list closed by "and". */
    private static boolean listEndsWithConjunction(int link, int to, Link[] links) {
        for (int i = link; i < to - 1; i++) {
            if (links[i] != Link.COMMA) {
                return links[i] == Link.AND;
            }
        }
        return false;
    }

    /** "AIME24 (80.3 vs. 79.8)": decimals compared with each other are results. */
    private void scoreComparedResults(int from, int to) {
        for (int i = from; i < to; i++) {
            Atom atom = atoms.get(i);
            boolean decimal = cursor.decimal(atom);
            // one side may already be a score ("WikiText103 (10.8 vs. ..." reads as one by itself)
            if ((atom.unit != null && atom.unit != Unit.SCORE) || atom.scaled() || !decimal || atom.nameBound) {
                return;
            }
        }
        for (int i = from; i < to; i++) {
            atoms.get(i).unit = Unit.SCORE;
        }
    }

    /**
     * Bare scaled numbers: "32k" and "128K" are context lengths, "7B" and "600M" model sizes; a list
     * of only thousands and millions with a thousands member ("(128K, 1M)") is a list of context lengths.
     */
    private void applyDefaults(int from, int to) {
        boolean thousands = false;
        boolean billions = false;
        for (int i = from; i < to; i++) {
            Atom atom = atoms.get(i);
            if (atom.unit == null) {
                thousands |= atom.scaleKind == Atom.Scale.SUFFIX_K;
                billions |= atom.scaleKind == Atom.Scale.SUFFIX_B || atom.scaleKind == Atom.Scale.SUFFIX_T
                        || atom.scaleKind == Atom.Scale.WORD_LARGE;
            }
        }
        thousands &= !billions;
        for (int i = from; i < to; i++) {
            Atom atom = atoms.get(i);
            if (atom.unit == null && !atom.spelledOut && !atom.nameBound) {
                atom.unit = defaultUnit(atom, thousands);
            }
        }
    }

    private static Unit defaultUnit(Atom atom, boolean groupInThousands) {
        if (atom.scaleKind == Atom.Scale.WEAK_SUFFIX || atom.scaleKind == Atom.Scale.WORD_SMALL
                || atom.scaleKind == Atom.Scale.NONE) {
            return null;
        }
        if (atom.scaleKind == Atom.Scale.SUFFIX_K || groupInThousands) {
            return Unit.TOKEN;
        }
        boolean billionsOrMore = atom.scale >= 1e9;
        return atom.trainingAmountContext && billionsOrMore ? Unit.TOKEN : Unit.PARAMETER;
    }
}
