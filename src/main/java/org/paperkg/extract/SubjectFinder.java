package org.paperkg.extract;

import java.util.Locale;
import java.util.function.Predicate;
import org.paperkg.extract.EntityLocations.Located;

/**
 * Finds the model or dataset a size, length or count belongs to, from the syntax around the number,
 * tightest tie first: the name the number is part of or whose name carries the size ({@link SizeNames}),
 * a name right around the number ({@link AdjacentNames}), then the subject of its clause or the
 * paper's own artefact ({@link ClauseSubjects}). Numbers that belong to nothing named are screened out
 * first ({@link QuantityScope}).
 */
final class SubjectFinder {
    /**
     * A subject and how it was found.
     *
     * @param mention     the mention that carries it, or null for the paper's own artefact
     * @param confidence  how sure the rule is
     * @param partOfName  the number is written inside the name ("Poro 34B"): it names, it does not measure
     */
    record Found(ExtractedEntity entity, Located mention, double confidence, boolean partOfName) {
        Found(ExtractedEntity entity, Located mention, double confidence) {
            this(entity, mention, confidence, false);
        }
    }

    private final EntityLocations where;
    private final QuantityScope scope;
    private final SizeNames sizes;
    private final AdjacentNames adjacent;
    private final ClauseSubjects clause;

    SubjectFinder(EntityLocations where) {
        OwnArtefacts own = new OwnArtefacts(where);
        this.where = where;
        this.scope = new QuantityScope(where);
        this.sizes = new SizeNames(where);
        this.adjacent = new AdjacentNames(where, own);
        this.clause = new ClauseSubjects(where, own, scope);
    }

    /** The subject of a non-score quantity, or null. */
    Found find(QuantityPlace p, Measure m) {
        if (scope.notATotal(p, m) || scope.startOfGrowth(p)) {
            return null;
        }
        Predicate<Located> accepts = accepted(m);
        Found f = sizes.inside(p);
        if (f == null && sized(m)) {
            f = sizes.sizeInNameNearby(p);
        }
        if (f == null && (m == Measure.DATA_SIZE || m == Measure.TOKENS && !training(p))) {
            f = sizes.datasetNamedForItsSize(p);
        }
        if (f == null) {
            f = adjacent.possessive(p, accepts);
        }
        if (f == null) {
            f = adjacent.parenthesisAfterName(p, accepts);
        }
        if (f == null) {
            f = adjacent.nameInParenthesisAfter(p, accepts);
        }
        if (f == null) {
            f = adjacent.modifiedName(p, accepts);
        }
        if (f == null) {
            f = adjacent.namedAfter(p, accepts);
        }
        if (f == null && sized(m)) {
            f = sizes.siblingOfSizedName(p);
        }
        if (f == null) {
            f = adjacent.dataSource(p, m);
        }
        if (f == null) {
            f = adjacent.ownModifiedNoun(p, m);
        }
        if (f == null && looseRulesApply(p)) {
            f = clause.leftInClause(p, accepts, m);
            if (f == null) {
                f = clause.afterIntroductoryPhrase(p, accepts, m);
            }
        }
        if (f != null && sized(m) && !f.partOfName() && (p.groupSize() >= 2 || f.mention() == null)) {
            f = sizes.familyMemberOfThatSize(f, p.quantity().value());
        }
        return f;
    }

    /** Durations belong to a dataset only when tied to it closely; hours of recorded data are the exception. */
    private static boolean looseRulesApply(QuantityPlace p) {
        return switch (p.quantity().unit()) {
            case SECOND -> p.quantity().text().toLowerCase(Locale.ROOT).contains("hour");
            default -> true;
        };
    }

    private boolean training(QuantityPlace p) {
        return Measure.trainingCue(p, where.sentence(p.sentence()));
    }

    static boolean sized(Measure m) {
        return m == Measure.PARAMETERS || m == Measure.ACTIVE_PARAMETERS;
    }

    private static Predicate<Located> accepted(Measure m) {
        return switch (m) {
            case PARAMETERS, ACTIVE_PARAMETERS, CONTEXT, ACCELERATORS, RESULT -> Located::isModel;
            case DATA_SIZE -> Located::isDataset;
            case TOKENS -> l -> l.isModel() || !l.entity().benchmark();
            default -> l -> true;
        };
    }
}
