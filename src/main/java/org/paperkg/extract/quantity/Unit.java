package org.paperkg.extract.quantity;

import java.util.Locale;

/** The closed unit list of the annotation guidelines (section "quantities"). */
public enum Unit {
    PARAMETER("parameter"),
    TOKEN("token"),
    FLOP("flop"),
    FLOP_PER_S("flop_per_s"),
    GPU("gpu"),
    BYTE("byte"),
    DOCUMENT("document"),
    EXAMPLE("example"),
    LANGUAGE("language"),
    WORD("word"),
    IMAGE("image"),
    PERCENT("percent"),
    PERCENTAGE_POINT("percentage_point"),
    FACTOR("factor"),
    SCORE("score"),
    SECOND("second"),
    OTHER("other");

    private final String id;

    Unit(String id) {
        this.id = id;
    }

    /** The guideline's spelling, as written in gold files ("flop_per_s"). */
    public String id() {
        return id;
    }

    /**
     * The unit with this guideline id.
     *
     * @throws IllegalArgumentException for null or an id outside the closed list, because a silent
     *                                  fallback would hide a misspelt gold file
     */
    public static Unit fromId(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (Unit unit : values()) {
                if (unit.id.equals(wanted)) {
                    return unit;
                }
            }
        }
        throw new IllegalArgumentException("not a unit id of the guidelines: " + id);
    }
}
