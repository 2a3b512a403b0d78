package org.paperkg.store;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;

/** SPARQL shared by the local and the remote store. */
final class StoreQueries {
    private StoreQueries() {}

    static final String PREFIXES = """
            PREFIX pkg:  <https://w3id.org/paperkg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    /** One row per paper graph, source and version (sources and versions multiply rows; grouped in Java). */
    static final Query PAPER_STATES = QueryFactory.create(PREFIXES + """
            SELECT ?g ?hash ?source ?version WHERE {
              GRAPH ?g {
                ?g a pkg:PaperGraph ; prov:wasDerivedFrom ?p .
                ?p pkg:contentHash ?hash .
                OPTIONAL { ?p pkg:sourceFile ?source }
                OPTIONAL { ?g pkg:extractorVersion ?version }
              }
            }""");

    static final Query TRIPLE_COUNT = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");

    static final Query PAPER_COUNT = QueryFactory.create(PREFIXES
            + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a pkg:Paper } }");

    /** Collects {@link #PAPER_STATES} rows into one {@link StoredPaper} per graph. */
    static final class PaperStates {
        private final Map<String, String> hashes = new HashMap<>();
        private final Map<String, Set<String>> sources = new HashMap<>();
        private final Map<String, String> versions = new HashMap<>();

        void add(org.apache.jena.sparql.engine.binding.Binding row) {
            Node g = row.get(Var.alloc("g"));
            if (g == null || !g.isURI()) return;
            String iri = g.getURI();
            hashes.putIfAbsent(iri, row.get(Var.alloc("hash")).getLiteralLexicalForm());
            Set<String> s = sources.computeIfAbsent(iri, k -> new LinkedHashSet<>());
            Node source = row.get(Var.alloc("source"));
            if (source != null && source.isLiteral()) s.add(source.getLiteralLexicalForm());
            Node version = row.get(Var.alloc("version"));
            if (version != null && version.isLiteral()) versions.putIfAbsent(iri, version.getLiteralLexicalForm());
        }

        Map<String, StoredPaper> result() {
            Map<String, StoredPaper> out = new HashMap<>();
            hashes.forEach((iri, hash) -> out.put(iri, new StoredPaper(iri, hash, sources.get(iri), versions.get(iri))));
            return out;
        }
    }
}
