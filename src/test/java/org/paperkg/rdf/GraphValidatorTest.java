package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Paper;
import org.paperkg.store.PaperGraph;

/** Facts that break a shape are removed one by one, and the rest of the paper is kept. */
class GraphValidatorTest {

    private static PaperGraph plainPaper() {
        Paper paper = new Paper("p1", "A plain paper", "We study parsing.", null, null, List.of(), null, null, null, null,
                List.of("x.jsonl"));
        return new PaperGraphMapper(Iris.standard(), Instant.parse("2026-01-01T00:00:00Z"))
                .map(Extractor.standard().extract(paper));
    }

    @Test
    void aDatasetEvaluatedOnABenchmarkLosesThatFactOnly() {
        // found in the ACL Anthology ("V+L models" read as a dataset): only the shape on the subjects of
        // pkg:evaluatedOn objects, and its violation names no property; the fact must still go
        PaperGraph graph = plainPaper();
        Model m = graph.model();
        Resource vl = m.createResource(Iris.DEFAULT_BASE + "dataset/vl", PKG.Dataset).addProperty(SKOS.altLabel, "V+L");
        Resource travlr = m.createResource(Iris.DEFAULT_BASE + "dataset/travlr", PKG.Benchmark).addProperty(SKOS.altLabel, "TraVLR");
        vl.addProperty(PKG.evaluatedOn, travlr);
        long before = m.size();

        GraphValidator.Checked checked = GraphValidator.checkPaperGraph(graph);

        Model out = checked.graph().model();
        assertFalse(out.contains(vl, PKG.evaluatedOn, travlr));
        assertTrue(out.contains(travlr, RDF.type, PKG.Benchmark), "the benchmark stays");
        assertEquals(before - 1, out.size(), "exactly the bad fact went");
        List<String> removed = checked.rejects().stream().flatMap(r -> r.removedTriples().stream()).toList();
        assertEquals(List.of("<" + vl.getURI() + "> <" + PKG.evaluatedOn.getURI() + "> <" + travlr.getURI() + "> ."), removed);
    }

    @Test
    void aDatasetAsSubjectOfTrainedOnLosesThatFactOnly() {
        PaperGraph graph = plainPaper();
        Model m = graph.model();
        Resource vl = m.createResource(Iris.DEFAULT_BASE + "dataset/vl", PKG.Dataset).addProperty(SKOS.altLabel, "V+L");
        Resource coco = m.createResource(Iris.DEFAULT_BASE + "dataset/coco", PKG.Dataset).addProperty(SKOS.altLabel, "COCO");
        vl.addProperty(PKG.trainedOn, coco);
        long before = m.size();

        GraphValidator.Checked checked = GraphValidator.checkPaperGraph(graph);

        Model out = checked.graph().model();
        assertFalse(out.contains(vl, PKG.trainedOn, coco), "a dataset is trained on nothing");
        assertTrue(out.contains(vl, RDF.type, PKG.Dataset) && out.contains(coco, RDF.type, PKG.Dataset), "both datasets stay");
        assertEquals(before - 1, out.size(), "exactly the bad fact went");
        // two shapes object to the one fact (the property's range and the subject's type): both are
        // reported, the fact is removed once
        List<String> removed = checked.rejects().stream().flatMap(r -> r.removedTriples().stream()).toList();
        assertEquals(1, removed.size(), removed.toString());
        assertTrue(removed.get(0).contains("trainedOn"));
        assertTrue(GraphValidator.validate(out.getGraph()).stream().noneMatch(v -> v.message().contains("subject of trainedOn")));
    }
}
