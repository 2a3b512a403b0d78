package org.paperkg.rdf;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * What the {@linkplain DatasetDescription VoID description} counts, over the union of the named graphs
 * except the description's own graph.
 *
 * @param triples distinct triples
 * @param entities distinct subjects typed as a model, model family, dataset, benchmark or organisation
 * @param classEntities per class IRI, the distinct subjects typed with it
 * @param terms the IRIs used as predicates or as classes (the vocabularies come from their namespaces)
 */
public record GraphCensus(long triples, long entities, SortedMap<String, Long> classEntities, SortedSet<String> terms) {

    /** The classes whose instances {@code void:entities} counts. */
    public static final String[] ENTITY_CLASSES = {
        PKG.NS + "Model", PKG.NS + "ModelFamily", PKG.NS + "Dataset", PKG.NS + "Benchmark", PKG.NS + "Organization"};

    public GraphCensus {
        classEntities = new TreeMap<>(classEntities);
        terms = new TreeSet<>(terms);
    }

    /** Distinct papers: the entities of class {@code pkg:Paper}. */
    public long papers() {
        return classEntities.getOrDefault(PKG.Paper.getURI(), 0L);
    }

    /**
     * The census by SPARQL, for any dataset (a server's, a remote one): five queries, two of which
     * read every triple. {@code KnowledgeStore.census} gives the same figures from one scan of TDB2's
     * index.
     */
    public static GraphCensus bySparql(Dataset ds, String excludedGraph) {
        String notExcluded = " FILTER(?g != <" + excludedGraph + ">) ";
        String pkg = "PREFIX pkg: <" + PKG.NS + ">\n";
        return Txn.calculateRead(ds, () -> {
            // The union graph is read in index order with adjacent duplicates dropped, so memory stays
            // flat; a DISTINCT over all triples held them all (out of memory at 1 GiB for the ACL Anthology).
            long triples = count(ds, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Quad.unionGraph.getURI() + "> { ?s ?p ?o } }")
                    - count(ds, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + excludedGraph + "> { ?s ?p ?o } }");
            StringBuilder values = new StringBuilder();
            for (String c : ENTITY_CLASSES) values.append(" <").append(c).append('>');
            long entities = count(ds, pkg + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c }" + notExcluded
                    + " VALUES ?c {" + values + " } }");
            SortedMap<String, Long> classes = new TreeMap<>();
            forEach(ds, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c }" + notExcluded
                    + " FILTER(isIRI(?c)) } GROUP BY ?c", row -> classes.put(row.getResource("c").getURI(), row.getLiteral("n").getLong()));
            SortedSet<String> terms = new TreeSet<>();
            forEach(ds, "SELECT DISTINCT ?t WHERE { { GRAPH ?g { ?s ?t ?o }" + notExcluded + "} UNION { GRAPH ?g { ?s a ?t }"
                    + notExcluded + " FILTER(isIRI(?t)) } }", row -> terms.add(row.getResource("t").getURI()));
            return new GraphCensus(triples, entities, classes, terms);
        });
    }

    static long count(Dataset ds, String query) {
        long[] n = {0};
        forEach(ds, query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    static void forEach(Dataset ds, String query, java.util.function.Consumer<QuerySolution> action) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) action.accept(rs.next());
        }
    }

    /** For tests and messages: the counts without the term list. */
    @Override
    public String toString() {
        return "triples " + triples + ", entities " + entities + ", classes " + Map.copyOf(classEntities) + ", terms " + terms.size();
    }
}
