package org.paperkg.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;

/**
 * What every page needs about the graph's nodes, read once with a few bulk queries: names, kinds,
 * quantities, the facts with their evidence, and which papers mention which entities.
 */
final class ReportGraph {

    /** A number with its unit, as a quantity node holds it. */
    record Quantity(double value, String unitIri, String raw) {}

    /** One extracted fact and where it came from. */
    record Fact(String evidence, String subject, String predicate, String object, String sentence, String paper, Double confidence) {}

    /** Page kinds: the nodes that get a page of their own, by the class that decides the path. */
    static final Map<String, String> PAGE_KINDS = new LinkedHashMap<>();
    static {
        PAGE_KINDS.put("Paper", "paper");
        PAGE_KINDS.put("Model", "model");
        PAGE_KINDS.put("ModelFamily", "model");
        PAGE_KINDS.put("Dataset", "dataset");
        PAGE_KINDS.put("Benchmark", "dataset");
        PAGE_KINDS.put("Organization", "org");
    }

    final Map<String, String> labels = new HashMap<>();
    final Map<String, Set<String>> altLabels = new HashMap<>();
    /** Node → its classes in the pkg namespace (local names). */
    final Map<String, Set<String>> classes = new HashMap<>();
    final Map<String, Quantity> quantities = new HashMap<>();
    final List<Fact> facts = new ArrayList<>();
    /** Entity → papers that mention or introduce it; paper → entities. */
    final Map<String, Set<String>> papersOf = new HashMap<>();
    final Map<String, Set<String>> entitiesOf = new HashMap<>();
    /** "paper entity" pairs where the paper introduces the entity. */
    final Set<String> introductions = new HashSet<>();

    /** Labels of the ontology's own terms (properties, units), for predicates and units. */
    private final ReportSchema schema;

    private ReportGraph(ReportSchema schema) {
        this.schema = schema;
    }

    static ReportGraph read(ReportSparql sparql, ReportSchema schema) {
        ReportGraph g = new ReportGraph(schema);
        for (QuerySolution r : sparql.select("SELECT ?s ?l WHERE { { ?s skos:prefLabel ?l } UNION { ?s a pkg:Paper ; dcterms:title ?l } }")) {
            g.labels.putIfAbsent(ReportSparql.str(r, "s"), ReportSparql.str(r, "l"));
        }
        // an evaluation result has no name: it is called by its benchmark and score ("MMLU: 76.5 percent")
        for (QuerySolution r : sparql.select("""
                SELECT ?r (SAMPLE(?bl) AS ?b) (SAMPLE(?v) AS ?value) (SAMPLE(?u) AS ?unit) WHERE {
                  ?r a pkg:EvaluationResult ; pkg:benchmark/skos:prefLabel ?bl .
                  OPTIONAL { ?r pkg:score ?q . ?q pkg:numericValue ?v OPTIONAL { ?q pkg:unit ?u } } } GROUP BY ?r""")) {
            Double v = ReportSparql.num(r, "value");
            String unit = ReportSparql.str(r, "unit") == null ? "" : " " + schema.label(ReportSparql.str(r, "unit")).orElse("");
            g.labels.putIfAbsent(ReportSparql.str(r, "r"), ReportSparql.str(r, "b") + (v == null ? "" : ": " + ReportNumbers.plain(v) + unit));
        }
        for (QuerySolution r : sparql.select("SELECT ?s ?l WHERE { ?s skos:altLabel ?l }")) {
            g.altLabels.computeIfAbsent(ReportSparql.str(r, "s"), k -> new TreeSet<>()).add(ReportSparql.str(r, "l"));
        }
        for (QuerySolution r : sparql.select("""
                SELECT DISTINCT ?s ?c WHERE { ?s a ?c FILTER (STRSTARTS(STR(?c), STR(pkg:)))
                  VALUES ?c { pkg:Paper pkg:Model pkg:ModelFamily pkg:Dataset pkg:Benchmark pkg:Organization } }""")) {
            g.classes.computeIfAbsent(ReportSparql.str(r, "s"), k -> new TreeSet<>())
                    .add(ReportSparql.str(r, "c").substring(ReportSparql.str(r, "c").indexOf('#') + 1));
        }
        for (QuerySolution r : sparql.select("SELECT ?q ?v ?u ?raw WHERE { ?q pkg:numericValue ?v OPTIONAL { ?q pkg:unit ?u } OPTIONAL { ?q pkg:rawText ?raw } }")) {
            Double v = ReportSparql.num(r, "v");
            if (v != null) g.quantities.put(ReportSparql.str(r, "q"), new Quantity(v, ReportSparql.str(r, "u"), ReportSparql.str(r, "raw")));
        }
        for (QuerySolution r : sparql.select("""
                SELECT ?ev ?s ?p ?o ?sentence ?paper ?c ?start WHERE {
                  ?ev a pkg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  OPTIONAL { ?ev pkg:sentence ?sentence } OPTIONAL { ?ev pkg:fromPaper ?paper }
                  OPTIONAL { ?ev pkg:confidence ?c } OPTIONAL { ?ev pkg:startOffset ?start }
                } ORDER BY ?paper ?start ?ev""")) {
            g.facts.add(new Fact(ReportSparql.str(r, "ev"), ReportSparql.str(r, "s"), ReportSparql.str(r, "p"),
                    ReportSparql.str(r, "o"), ReportSparql.str(r, "sentence"), ReportSparql.str(r, "paper"), ReportSparql.num(r, "c")));
        }
        for (QuerySolution r : sparql.select("""
                SELECT DISTINCT ?paper ?e ?intro WHERE { { ?paper pkg:mentions ?e } UNION { ?paper pkg:introduces ?e }
                  BIND (EXISTS { ?paper pkg:introduces ?e } AS ?intro) }""")) {
            String paper = ReportSparql.str(r, "paper");
            String e = ReportSparql.str(r, "e");
            g.papersOf.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(paper);
            g.entitiesOf.computeIfAbsent(paper, k -> new LinkedHashSet<>()).add(e);
            if ("true".equals(ReportSparql.str(r, "intro"))) g.introductions.add(paper + " " + e);
        }
        return g;
    }

    String label(String iri) {
        String l = labels.get(iri);
        return l != null ? l : iri == null ? "" : schema.label(iri).orElse(shortName(iri));
    }

    /** The kind of page the node gets ("model", "dataset", "org", "paper"), or null. */
    String pageKind(String iri) {
        Set<String> cs = classes.get(iri);
        if (cs == null) return null;
        for (Map.Entry<String, String> e : PAGE_KINDS.entrySet()) {
            if (cs.contains(e.getKey())) return e.getValue();
        }
        return null;
    }

    /** The most specific class of an entity, for its kind label: Benchmark before Dataset, ModelFamily before Model. */
    String mostSpecificClass(String iri) {
        Set<String> cs = classes.getOrDefault(iri, Set.of());
        for (String c : List.of("Benchmark", "ModelFamily", "Model", "Dataset", "Organization", "Paper")) {
            if (cs.contains(c)) return c;
        }
        return null;
    }

    /** The last two path segments of an IRI without a name ({@code ev/12}), or the local name. */
    static String shortName(String iri) {
        if (iri == null) return "";
        int hash = iri.lastIndexOf('#');
        if (hash >= 0) return iri.substring(hash + 1);
        int last = iri.lastIndexOf('/');
        int before = last > 0 ? iri.lastIndexOf('/', last - 1) : -1;
        return before >= 0 ? iri.substring(before + 1) : iri;
    }
}
