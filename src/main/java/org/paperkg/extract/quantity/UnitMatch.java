package org.paperkg.extract.quantity;

/**
 * What follows a number: a unit, a reason to drop the number, or nothing.
 *
 * @param unit   the unit, or null for {@link Kind#REJECT} and {@link Kind#NONE}
 * @param end    offset after the unit words (or after a trailing count noun for NONE)
 * @param factor conversion to apply to the value (3600 for hours, 1e15 for peta-FLOP/s)
 * @param kind   how much the unit can be trusted
 */
record UnitMatch(Unit unit, int end, double factor, Kind kind) {
    enum Kind {
        /** A unit word or symbol right after the number. */
        WRITTEN,
        /** "7B model", "30B scale": a parameter count only because the number is scaled. */
        MODEL_NOUN,
        /** "ranked 2nd", "7th place": a place in a ranking ({@link RankPlaces}), unit other. */
        PLACE,
        /** The number is part of something else: "8x7B", "3-shot", "7B-Instruct", "2nd". */
        REJECT,
        /** No unit; end may cover a trailing plural noun ("100K edits") usable for an "other" count. */
        NONE
    }

    static UnitMatch written(Unit unit, int end, double factor) {
        return new UnitMatch(unit, end, factor, Kind.WRITTEN);
    }

    static UnitMatch written(Unit unit, int end) {
        return written(unit, end, 1);
    }

    static UnitMatch place(int end) {
        return new UnitMatch(Unit.OTHER, end, 1, Kind.PLACE);
    }

    static UnitMatch reject() {
        return new UnitMatch(null, -1, 1, Kind.REJECT);
    }

    static UnitMatch none(int nounEnd) {
        return new UnitMatch(null, nounEnd, 1, Kind.NONE);
    }

    boolean isRejected() {
        return kind == Kind.REJECT;
    }

    boolean hasUnit() {
        return unit != null;
    }
}
