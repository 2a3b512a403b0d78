package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ingest.InputProblems;
import org.paperkg.rdf.GraphValidator;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KnowledgeStore;

/** The graph of the bundled seed corpus, built once, as the ontology issue defines "done". */
class SeedGraphTest {
    @TempDir
    static Path dir;
    static Path store;
    static BuildCommand.BuildSummary first;

    @BeforeAll
    static void buildSeeds() throws Exception {
        store = dir.resolve("kg");
        first = build();
    }

    private static BuildCommand.BuildSummary build() throws Exception {
        return BuildCommand.build(List.of(Path.of("data/seeds")), store, dir.resolve("rejects.jsonl"), new InputOptions(),
                Iris.standard(), 200, InputProblems.quiet());
    }

    @Test
    void theSeedGraphHas427PapersAndConformsToTheShapes() {
        assertEquals(427, first.papers());
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            List<GraphValidator.Violation> v = Txn.calculateRead(kg.dataset(),
                    () -> GraphValidator.validate(kg.dataset().getUnionModel().getGraph()));
            assertEquals(List.of(), v);
        }
    }

    @Test
    void aQueryForDatasetsAlsoFindsBenchmarks() {
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            long benchmarks = count(kg, "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a pkg:Benchmark }");
            long benchmarksAsDatasets = count(kg, "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a pkg:Benchmark, pkg:Dataset }");
            assertTrue(benchmarks > 10, "the seeds name many benchmarks: " + benchmarks);
            assertEquals(benchmarks, benchmarksAsDatasets, "every benchmark is found by a query for datasets");
        }
    }

    @Test
    void rebuildingTheSeedCorpusGivesTheSameNumberOfTriples() throws Exception {
        BuildCommand.BuildSummary again = build();
        assertEquals(first.triples(), again.triples());
    }

    @Test
    void everyFactCanBeTracedToItsPaperAndSentence() {
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            long untraced = count(kg, """
                    SELECT (COUNT(*) AS ?n) WHERE {
                      ?s ?p ?o .
                      VALUES ?p { pkg:trainedOn pkg:evaluatedOn pkg:outperforms pkg:basedOn pkg:partOf pkg:developedBy
                                  pkg:parameterCount pkg:trainingTokens pkg:datasetSize pkg:reportsQuantity }
                      FILTER NOT EXISTS { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                              pkg:fromPaper ?paper ; pkg:sentence ?sentence }
                    }""");
            assertEquals(0, untraced);
        }
    }

    static long count(KnowledgeStore kg, String select) {
        String q = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> " + select;
        return Txn.calculateRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(q).build()) {
                QuerySolution row = qe.execSelect().next();
                return row.getLiteral("n").getLong();
            }
        });
    }
}
