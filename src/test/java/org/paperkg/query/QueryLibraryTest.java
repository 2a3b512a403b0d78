package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLibraryTest {

    private static final String HEADED = """
            # title: Models by size
            # question: Which models are large?
            # param: minParams = 0  \u2014 only models with at least this many parameters
            # param: org = <https://w3id.org/paperkg/org/mistralai> -- whose models
            # param: label =
            # A note that is not part of the header fields.

            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            # param: notAParam = 1  (after the first SPARQL line: ignored)
            SELECT ?m WHERE { ?m a pkg:Model }
            """;

    @Test
    void parsesTitleQuestionAndParametersInOrder() {
        NamedQuery q = NamedQuery.parse("models", HEADED);
        assertEquals("models", q.name());
        assertEquals("Models by size", q.title());
        assertEquals("Which models are large?", q.question());
        assertEquals(List.of("minParams", "org", "label"), List.copyOf(q.parameterDefaults().keySet()));
        assertEquals(Map.of("minParams", "0", "org", "<https://w3id.org/paperkg/org/mistralai>", "label", ""),
                q.parameterDefaults());
        assertEquals(HEADED, q.sparql());
    }

    @Test
    void aQueryWithoutHeaderIsNamedAfterItsFile() {
        NamedQuery q = NamedQuery.parse("bare", "SELECT * { ?s ?p ?o }");
        assertEquals("bare", q.title());
        assertEquals("", q.question());
        assertTrue(q.parameterDefaults().isEmpty());
    }

    @Test
    void aMalformedParamLineIsReported() {
        QueryInputException e = assertThrows(QueryInputException.class,
                () -> NamedQuery.parse("broken", "# param: 9lives\nSELECT * {}"));
        assertTrue(e.getMessage().contains("broken"), e.getMessage());
    }

    @Test
    void loadsAFolderAndFindsQueriesByNameOrPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("models.rq"), HEADED);
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        QueryLibrary library = QueryLibrary.load(dir);

        assertEquals(List.of("models"), library.all().stream().map(NamedQuery::name).toList());
        assertEquals("Models by size", library.get("models").title());
        assertEquals("Models by size", library.get("models.rq").title());

        Path elsewhere = Files.createDirectory(dir.resolve("mine")).resolve("own.rq");
        Files.writeString(elsewhere, "# title: My own\nSELECT * { ?s ?p ?o }");
        assertEquals("My own", library.get(elsewhere.toString()).title());
    }

    @Test
    void anUnknownNameListsTheKnownOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("models.rq"), HEADED);
        QueryInputException e = assertThrows(QueryInputException.class, () -> QueryLibrary.load(dir).get("modles"));
        assertTrue(e.getMessage().contains("unknown query 'modles'") && e.getMessage().contains("models"), e.getMessage());
    }

    @Test
    void theBundledLibraryHasTheThreeProjectQueries() {
        QueryLibrary bundled = QueryLibrary.bundled();
        List<String> names = bundled.all().stream().map(NamedQuery::name).toList();
        assertTrue(names.containsAll(List.of("paper-count", "model-parameters", "organization-papers")), names.toString());
        for (NamedQuery q : bundled.all()) {
            assertTrue(!q.title().equals(q.name()) && !q.question().isEmpty(), q.name() + " has a title and a question");
        }
        assertEquals(Map.of("minParams", "0"), bundled.get("model-parameters").parameterDefaults());
    }
}
