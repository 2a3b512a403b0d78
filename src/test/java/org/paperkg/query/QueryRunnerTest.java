package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreFixtures;

class QueryRunnerTest {

    private static final NamedQuery BY_LABEL = NamedQuery.parse("by-label", """
            # title: Entity by label
            # question: Which entity has this preferred label?
            # param: label = Mistral 7B
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?e WHERE { ?e skos:prefLabel ?l FILTER(STR(?l) = ?label) }
            """);

    /** Echoes each parameter's value back as a result, so a test sees the exact term that was bound. */
    private static final NamedQuery TYPED = NamedQuery.parse("typed", """
            # param: n = 0
            # param: who = <https://w3id.org/paperkg/org/mistralai>
            # param: text = hello
            # param: free =
            SELECT ?boundN ?boundWho ?boundText ?boundFree
            WHERE { BIND(?n AS ?boundN) BIND(?who AS ?boundWho) BIND(?text AS ?boundText) BIND(?free AS ?boundFree) }
            """);

    private static KnowledgeStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = StoreFixtures.loadedStore();
        runner = QueryRunner.local(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void defaultsApplyAndGivenValuesOverrideThem() {
        assertEquals(List.of("https://w3id.org/paperkg/model/mistral7b"), column(runner.select(QueryRunner.prepare(BY_LABEL, Map.of())), "e"));
        assertEquals(List.of("https://w3id.org/paperkg/org/mistralai"),
                column(runner.select(QueryRunner.prepare(BY_LABEL, Map.of("label", "Mistral AI"))), "e"));
    }

    @Test
    void valuesBecomeTypedTerms() {
        assertEquals(XSDDatatype.XSDinteger.getURI(), boundTerm("n", "42").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDdecimal.getURI(), boundTerm("n", "4.5").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDdouble.getURI(), boundTerm("n", "1e10").getLiteralDatatypeURI());
        assertEquals("https://example.org/x", boundTerm("who", "<https://example.org/x>").getURI());
        Node text = boundTerm("text", "42");
        assertEquals(XSDDatatype.XSDstring.getURI(), text.getLiteralDatatypeURI(), "a string parameter stays a string");
        assertEquals("42", text.getLiteralLexicalForm());
    }

    @Test
    void aParameterWithoutValueOrDefaultStaysAVariable() {
        ResultSetRewindable rows = runner.select(QueryRunner.prepare(TYPED, Map.of()));
        assertTrue(rows.next().get("boundFree") == null);
        assertEquals("free", boundTerm("free", "free").getLiteralLexicalForm(), "a given value binds it");
    }

    @Test
    void badValuesAreUserErrors() {
        assertThrows(QueryInputException.class, () -> QueryRunner.prepare(TYPED, Map.of("n", "ten")));
        assertThrows(QueryInputException.class, () -> QueryRunner.prepare(TYPED, Map.of("nope", "1")));
        assertThrows(QueryInputException.class, () -> QueryRunner.prepare(TYPED, Map.of("who", "<not absolute>")));
        assertThrows(QueryInputException.class,
                () -> QueryRunner.prepare(TYPED, Map.of("who", "<http://x.org/> } ; DROP ALL ; #>")));
    }

    /** The value stays inside its literal: the query is still the same SELECT, and nothing is dropped. */
    @Test
    void aHostileValueCannotChangeTheQuery() {
        String hostile = "x\" } ; DROP ALL ; #";
        long triplesBefore = store.tripleCount();

        Query q = QueryRunner.prepare(BY_LABEL, Map.of("label", hostile));
        assertTrue(q.isSelectType());
        assertEquals(hostile, comparedConstant(q), "the whole value is one string constant in the FILTER");
        ResultSetRewindable rows = runner.select(q);
        assertEquals(0, rows.size());
        assertEquals(triplesBefore, store.tripleCount());
        assertEquals(2, store.paperCount());
    }

    @Test
    void writesTablesCsvTsvAndSparqlJson() throws Exception {
        Query q = QueryRunner.prepare(BY_LABEL, Map.of());
        String table = run(q, OutputFormat.TABLE);
        assertTrue(table.contains("| e ") && table.contains("mistral7b") && table.contains("===="), table);
        assertEquals("e\r\nhttps://w3id.org/paperkg/model/mistral7b\r\n", run(q, OutputFormat.CSV));
        assertTrue(run(q, OutputFormat.TSV).startsWith("?e\n<https://w3id.org/paperkg/model/mistral7b>"));
        JsonNode json = new ObjectMapper().readTree(run(q, OutputFormat.JSON));
        assertEquals("https://w3id.org/paperkg/model/mistral7b", json.at("/results/bindings/0/e/value").asText());
    }

    @Test
    void writesGraphResultsAsRdf() {
        Query describe = QueryRunner.prepare(NamedQuery.parse("d", """
                CONSTRUCT { ?m <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }
                WHERE { ?m a <https://w3id.org/paperkg/ontology#Model> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"""), Map.of());
        Model graph = runner.graph(describe);
        assertEquals(3, graph.size());
        assertTrue(run(describe, OutputFormat.TABLE).contains("\"Mistral 7B\""), "Turtle by default");
        assertTrue(run(describe, OutputFormat.NTRIPLES).contains("<https://w3id.org/paperkg/model/mistral7b> "));
        assertTrue(run(describe, OutputFormat.JSONLD).contains("Mistral 7B"));
        assertThrows(QueryInputException.class, () -> run(describe, OutputFormat.CSV));
        assertThrows(QueryInputException.class, () -> run(QueryRunner.prepare(BY_LABEL, Map.of()), OutputFormat.TURTLE));
    }

    @Test
    void asksAnswerYesOrNo() {
        Query ask = QueryRunner.prepare(NamedQuery.parse("a", "ASK { ?p a <https://w3id.org/paperkg/ontology#Paper> }"), Map.of());
        assertTrue(runner.ask(ask));
        assertTrue(run(ask, OutputFormat.JSON).contains("\"boolean\" : true"));
    }

    @Test
    void everyExecutionHasATimeLimit() {
        Query huge = QueryRunner.prepare(NamedQuery.parse("huge",
                "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), Map.of());
        QueryRunner impatient = runner.withTimeout(Duration.ofMillis(50));
        assertThrows(QueryCancelledException.class, () -> impatient.select(huge));
    }

    /** The term a parameter value became, read back from the query's answer. */
    private static Node boundTerm(String param, String value) {
        ResultSetRewindable rows = runner.select(QueryRunner.prepare(TYPED, Map.of(param, value)));
        String var = "bound" + Character.toUpperCase(param.charAt(0)) + param.substring(1);
        return rows.next().get(var).asNode();
    }

    private static String comparedConstant(Query q) {
        Expr constant = ((ExprFunction) firstFilter(q).getExpr()).getArg(2);
        return ((NodeValue) constant).asNode().getLiteralLexicalForm();
    }

    private static ElementFilter firstFilter(Query q) {
        ElementFilter[] found = new ElementFilter[1];
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter el) {
                if (found[0] == null) found[0] = el;
            }
        });
        return found[0];
    }

    private static List<String> column(ResultSetRewindable rows, String var) {
        List<String> values = new ArrayList<>();
        rows.forEachRemaining(s -> values.add(s.get(var).toString()));
        return values;
    }

    private static String run(Query q, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(q, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
