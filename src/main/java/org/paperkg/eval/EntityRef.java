package org.paperkg.eval;

/**
 * What score.py's {@code resolve()} turns a name into: the gold entity {@code (kind, index)}
 * it names, or {@code ("?", norm(name))} when no gold entity has that surface form.
 * Relation and fact keys compare these, so equality must follow Python tuple equality.
 */
sealed interface EntityRef permits EntityRef.Known, EntityRef.Unknown {

    /** A gold entity: position {@code index} in the gold record's {@code kind} list. */
    record Known(String kind, int index) implements EntityRef {
    }

    /**
     * A name that matches no gold entity. {@code name} is Java {@code null} exactly when
     * Python's norm() returned None (a missing or null name), which is distinct from the
     * empty string (a name made only of punctuation).
     */
    record Unknown(String name) implements EntityRef {
    }

    /** A resolved name together with whether the gold entity is optional. */
    record Resolved(EntityRef ref, boolean optional) {
    }
}
