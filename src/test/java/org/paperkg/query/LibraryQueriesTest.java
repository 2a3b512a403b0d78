package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.publish.KgServer;
import org.paperkg.publish.ServerOptions;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreFixtures;

/** The bundled queries against the store fixture: two papers, three models with sizes, one organisation. */
class LibraryQueriesTest {

    private static final String MODEL = "https://w3id.org/paperkg/model/";
    private static final String PAPER = "https://w3id.org/paperkg/paper/";

    private static KnowledgeStore store;
    private static QueryRunner local;
    private static final QueryLibrary library = QueryLibrary.bundled();

    @BeforeAll
    static void load() {
        store = StoreFixtures.loadedStore();
        local = QueryRunner.local(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void paperCount() {
        List<QuerySolution> rows = rows(local, "paper-count", Map.of());
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).getLiteral("papers").getLong());
    }

    @Test
    void modelParametersLargestFirst() {
        List<QuerySolution> rows = rows(local, "model-parameters", Map.of());
        assertEquals(List.of(MODEL + "mixtral8x7b", MODEL + "llama2-13b", MODEL + "mistral7b"), iris(rows, "model"));
        assertEquals(List.of(4.7e10, 1.3e10, 7.3e9), rows.stream().map(r -> r.getLiteral("parameters").getDouble()).toList());
        assertEquals(List.of(PAPER + "2401.04088", PAPER + "2310.06825", PAPER + "2310.06825"), iris(rows, "paper"));
        assertEquals(List.of("Mixtral", "Llama 2 13B", "Mistral 7B"), rows.stream().map(r -> r.getLiteral("label").getString()).toList());
        assertEquals("Mistral 7B", rows.get(2).getLiteral("title").getString());
        assertEquals("47B parameters", rows.get(0).getLiteral("rawText").getString());
    }

    @Test
    void modelParametersAboveAThreshold() {
        assertEquals(List.of(MODEL + "mixtral8x7b", MODEL + "llama2-13b"),
                iris(rows(local, "model-parameters", Map.of("minParams", "1e10")), "model"));
        assertEquals(List.of(MODEL + "mixtral8x7b"),
                iris(rows(local, "model-parameters", Map.of("minParams", "20000000000")), "model"));
    }

    @Test
    void organizationPapers() {
        List<QuerySolution> rows = rows(local, "organization-papers", Map.of());
        assertEquals(1, rows.size());
        QuerySolution mistral = rows.get(0);
        assertEquals("https://w3id.org/paperkg/org/mistralai", mistral.getResource("organization").getURI());
        assertEquals("Mistral AI", mistral.getLiteral("label").getString());
        assertEquals(2, mistral.getLiteral("papers").getLong());
        assertEquals(2, mistral.getLiteral("listedPapers").getLong());
        assertEquals(2, mistral.getLiteral("mentioningPapers").getLong());
        assertEquals(List.of("Mistral 7B", "Mixtral of Experts"),
                List.of(mistral.getLiteral("titles").getString().split(" \\| ")).stream().sorted().toList());
    }

    @Test
    void theSameQueriesAnswerTheSameOverHttp() {
        try (KgServer server = KgServer.start(store.dataset(), ServerOptions.onPort(0))) {
            QueryRunner remote = QueryRunner.remote(server.sparqlUrl());
            assertEquals(2, rows(remote, "paper-count", Map.of()).get(0).getLiteral("papers").getLong());
            assertEquals(iris(rows(local, "model-parameters", Map.of("minParams", "1e10")), "model"),
                    iris(rows(remote, "model-parameters", Map.of("minParams", "1e10")), "model"));
        }
        assertEquals(2, rows(local, "paper-count", Map.of()).get(0).getLiteral("papers").getLong(),
                "stopping the server leaves the store open");
    }

    private static List<QuerySolution> rows(QueryRunner runner, String name, Map<String, String> params) {
        ResultSetRewindable rs = runner.select(QueryRunner.prepare(library.get(name), params));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static List<String> iris(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.getResource(var).getURI()).toList();
    }
}
