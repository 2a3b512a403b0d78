package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every score the quantity attacher gives a model on a benchmark is carried by an evaluatedOn relation with
 * that number, as the guidelines tie them, on sentences written for the test.
 */
class StatedScoresTest {

    private static PaperFacts facts(String abstractText) {
        return WrittenAbstracts.extract("Multi-agent planning with language models", abstractText);
    }

    private static List<String> scoredEvaluations(PaperFacts f) {
        return f.relations().stream().filter(r -> r.predicate().equals("evaluatedOn") && r.score() != null)
                .map(r -> r.subject() + " on " + r.object() + " " + r.score()).toList();
    }

    @Test
    void aBaselinesScoreInBracketsIsItsResultOnTheBenchmark() {
        // (from a real abstract: TravelPlanner is a benchmark because PMC "was assessed on" it)
        PaperFacts f = facts("This paper introduces Planning with Multi-Constraints (PMC), a zero-shot methodology for "
                + "multi-agent systems. PMC was assessed on two constraint-intensive benchmarks, TravelPlanner and "
                + "API-Bank. Notably, PMC achieved an average 42.68% success rate on TravelPlanner, significantly higher than GPT-4 (2.92%), and outperforming GPT-4 with ReAct on API-Bank by 13.64%.");
        ExtractedQuantity gpt4 = WrittenAbstracts.quantity(f, "2.92%");
        assertEquals("GPT-4", gpt4.subject());
        assertEquals("score", gpt4.property());
        assertTrue(scoredEvaluations(f).contains("GPT-4 on TravelPlanner 2.92"), scoredEvaluations(f)::toString);
    }

    @Test
    void everyScoreHasItsRelation() {
        PaperFacts f = facts("PMC was assessed on two constraint-intensive benchmarks, TravelPlanner and API-Bank. "
                + "Notably, PMC achieved an average 42.68% success rate on TravelPlanner, significantly "
                + "higher than GPT-4 (2.92%). On GSM8K, Llama-2-7B reaches 14.6% accuracy.");
        List<ExtractedQuantity> scores = f.quantities().stream().filter(q -> "score".equals(q.property())).toList();
        assertEquals(List.of("2.92%", "14.6%"), scores.stream().map(ExtractedQuantity::text).toList(),
                "the scores the relations must carry"); // so that the loop below checks something
        for (ExtractedQuantity q : scores) {
            assertTrue(f.relations().stream().anyMatch(r -> r.predicate().equals("evaluatedOn")
                    && r.subject().equals(q.subject()) && r.score() != null && r.score() == q.value()),
                    () -> q + " has no relation in " + f.relations());
        }
    }
}
