package org.paperkg.extract.quantity;

/**
 * One number of the text while the finder is still deciding about it: its literal, scale and unit.
 * Mutable because list and range resolution fills in units borrowed from neighbours.
 */
final class Atom {
    /** How the number was scaled, which decides the unit a bare number defaults to. */
    enum Scale {
        NONE, SUFFIX_K, SUFFIX_M, SUFFIX_B, SUFFIX_T,
        /** lower-case "m" or "b": also metres, bits; only trusted before a unit noun. */
        WEAK_SUFFIX,
        WORD_SMALL, WORD_LARGE
    }

    /** Literal as written, before any scale. */
    final double number;
    final int numberStart;
    final int numberEnd;
    /** Spelled-out numbers ("three") are only quantities before a scale word or a few units. */
    final boolean spelledOut;
    /** A plain integer literal without separators, decimals or sign: a year or list marker candidate. */
    final boolean bareInteger;

    int start;
    int end;
    double scale = 1;
    Scale scaleKind = Scale.NONE;
    Unit unit;
    /** Conversion applied on top of the scale: seconds per hour, FLOP prefix, byte prefix. */
    double unitFactor = 1;
    boolean unitFromContext;
    /** Unit came from a word after the number (not a default, not borrowed). */
    boolean unitWritten;
    /** The written unit is only a model noun ("7B model"), too weak to rescue a name part. */
    boolean modelNoun;
    /** A place in a ranking ("ranked 15th"): results on either side of it may still be parallel. */
    boolean place;
    /** Part of a model name ("Mistral 7B", "Llama 2"): never a quantity of its own, never borrows. */
    boolean nameBound;
    /** A plausible calendar year: never a quantity without a written unit. */
    boolean year;
    /** The unit came from words before the number ("a score of", "tokens from"); it spreads rightwards. */
    boolean unitFromLeftCue;
    /** Left context such as "trained on" makes a bare "2T" a token count. */
    boolean trainingAmountContext;
    /**
     * A minus written before the number ("-48.2%", "-39% token reduction"): a change, negative in value
     * for the units a change is measured in; a count or a factor keeps its size.
     */
    boolean negative;

    Atom(double number, int numberStart, int numberEnd, boolean spelledOut, boolean bareInteger) {
        this.number = number;
        this.numberStart = numberStart;
        this.numberEnd = numberEnd;
        this.spelledOut = spelledOut;
        this.bareInteger = bareInteger;
        this.start = numberStart;
        this.end = numberEnd;
    }

    /** A plain integer between 1900 and 2099, as calendar years are written. */
    boolean yearLike() {
        return bareInteger && scaleKind == Scale.NONE && number >= 1900 && number <= 2099;
    }

    boolean scaled() {
        return scaleKind != Scale.NONE;
    }

    /** Scales that name model sizes and corpus sizes: K/M/B/T suffixes and million and above. */
    boolean largeScale() {
        return switch (scaleKind) {
            case SUFFIX_M, SUFFIX_B, SUFFIX_T, WORD_LARGE, WEAK_SUFFIX -> true;
            default -> false;
        };
    }

    double value() {
        boolean change = unit == Unit.PERCENT || unit == Unit.PERCENTAGE_POINT || unit == Unit.SCORE;
        return (negative && change ? -number : number) * scale * unitFactor;
    }
}
