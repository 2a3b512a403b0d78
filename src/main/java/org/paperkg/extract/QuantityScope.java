package org.paperkg.extract;

import java.util.regex.Pattern;
import org.paperkg.nlp.Sentence;

/**
 * Whether a number can belong to a named entity at all: rates ("every one trillion tokens"), parts
 * ("including 82B words"), rivals' and helpers' sizes ("8B vs. 15B", "an 8B teacher"), the old end of
 * a growth ("from 16K to 128K") and ranges the authors explore ("we vary parameters from 80M to 1B").
 */
final class QuantityScope {
    /** Verbs of growth: in "extends the context from 16K to 128K" only the end of the range is the model's. */
    private static final Pattern GROWTH_VERB = Pattern.compile(
            "(extend|expand|increas|grow|rais|boost|enlarg|push|improv)\\w*|previous|original");

    private final EntityLocations where;

    QuantityScope(EntityLocations where) {
        this.where = where;
    }

    /**
     * "checkpoints at every one trillion tokens", "(including >82 billion words of clinical text)",
     * "(8B vs. 15B)", "an 8B teacher": a rate, a part, a rival's or a helper model's size, not the
     * size of anything named.
     */
    boolean notATotal(QuantityPlace p, Measure m) {
        Sentence s = where.sentence(p.sentence());
        if (Words.is(s, p.groupFirst() - 1, "every", "each", "per", "vs.", "vs", "versus")) {
            return true;
        }
        if (SubjectFinder.sized(m) && Words.is(s, p.groupLast() + 1, "teacher", "teachers", "student", "students", "baseline",
                "baselines", "draft", "judge", "critic", "verifier", "reward")) {
            return true;
        }
        boolean part = Words.is(s, p.groupFirst() - 1, "including") && Words.is(s, p.groupFirst() - 2, "(")
                || Words.is(s, p.groupFirst() - 2, "including") && Words.is(s, p.groupFirst() - 3, "(");
        return (m == Measure.TOKENS || m == Measure.DATA_SIZE) && part;
    }

    /** "extending the context length from 16K to 128K": the old value in a range of growth. */
    boolean startOfGrowth(QuantityPlace p) {
        return p.indexInGroup() == 0 && growth(p);
    }

    boolean endOfGrowth(QuantityPlace p) {
        return p.indexInGroup() == 1 && growth(p);
    }

    private boolean growth(QuantityPlace p) {
        if (p.groupSize() != 2) {
            return false;
        }
        Sentence s = where.sentence(p.sentence());
        if (!Words.is(s, p.groupFirst() - 1, "from") && !Words.is(s, p.groupFirst() - 2, "from")
                && !Words.is(s, p.groupFirst() - 3, "from")) {
            return false;
        }
        for (int i = p.groupFirst() - 1; i >= 0 && i >= p.groupFirst() - 8; i--) {
            if (Words.matches(s, i, GROWTH_VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "We vary model parameters from 80M to 1B": a range the authors explore is not the size of their
     * artefact unless a name ties it to one.
     */
    boolean exploredRange(QuantityPlace p) {
        if (p.groupSize() < 2) {
            return false;
        }
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupFirst() - 2; i <= p.groupLast(); i++) {
            if (Words.is(s, i, "from", "to", "-", "–") && i != p.groupFirst() - 1 || Words.is(s, i, "from")) {
                return true;
            }
        }
        return false;
    }
}
