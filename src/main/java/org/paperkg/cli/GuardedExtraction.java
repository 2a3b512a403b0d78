package org.paperkg.cli;

import java.util.function.Function;
import org.paperkg.extract.PaperFacts;
import org.paperkg.ingest.InputProblems;
import org.paperkg.ingest.Paper;

/**
 * Extraction that one paper cannot bring down: when the extractor throws on a paper (a bug it meets on some odd
 * text), the paper is reported as skipped, naming it and its source, and the run goes on with the papers around it.
 * Under --strict the report stops the run, as a bad record does.
 */
final class GuardedExtraction {
    private final Function<Paper, PaperFacts> extractor;
    private final InputProblems problems;

    GuardedExtraction(Function<Paper, PaperFacts> extractor, InputProblems problems) {
        this.extractor = extractor;
        this.problems = problems;
    }

    /** The paper's facts, or null when the extractor failed on it (reported). */
    PaperFacts extract(Paper paper) {
        try {
            return extractor.apply(paper);
        } catch (RuntimeException | StackOverflowError e) {
            // a stack overflow (a regular expression backtracking through odd text) is the one Error that stays with
            // the paper that caused it; other Errors (out of memory) still end the run
            String where = (paper.sources().isEmpty() ? "" : paper.sources().get(0) + ": ") + "paper " + paper.id();
            problems.failed(where, "extraction failed", e + " (a bug in the extractor; the paper is left out)");
            return null;
        }
    }
}
