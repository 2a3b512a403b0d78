package org.paperkg.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

/** Every read of the report is a SPARQL SELECT: the named queries of {@code queries/}, or the report's own. */
final class ReportSparql {
    static final String PREFIXES = """
            PREFIX pkg:     <https://w3id.org/paperkg/ontology#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            """;

    private final QueryRunner runner;
    private final QueryLibrary library;

    ReportSparql(Dataset dataset) {
        this.runner = QueryRunner.local(dataset).withTimeout(java.time.Duration.ofMinutes(5));
        this.library = QueryLibrary.bundled();
    }

    /** A query of the library, with its parameters bound (defaults for those not given). */
    List<QuerySolution> named(String name, Map<String, String> parameters) {
        return rows(runner.select(QueryRunner.prepare(library.get(name), parameters)));
    }

    /** The report's own query; {@link #PREFIXES} are added. */
    List<QuerySolution> select(String sparql) {
        return rows(runner.select(QueryFactory.create(PREFIXES + sparql)));
    }

    /** A single number: the first column of the first row. */
    long count(String sparql) {
        List<QuerySolution> rows = select(sparql);
        if (rows.isEmpty()) return 0;
        QuerySolution row = rows.get(0);
        RDFNode n = row.get(row.varNames().next());
        return n == null ? 0 : n.asLiteral().getLong();
    }

    private static List<QuerySolution> rows(ResultSetRewindable rs) {
        List<QuerySolution> out = new ArrayList<>();
        while (rs.hasNext()) out.add(rs.next());
        return out;
    }

    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    static Double num(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) return null;
        try {
            return n.asLiteral().getDouble();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static long longOf(QuerySolution row, String var) {
        Double d = num(row, var);
        return d == null ? 0 : d.longValue();
    }
}
