package org.paperkg.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The instances of one ontology class and, per instance, the values of every column the
 * {@link ReportSchema} gives the class. A value also stated through a sub-property that has its own
 * column (pkg:quantity under pkg:parameterCount, pkg:mentions under pkg:introduces) is shown there only.
 */
record ClassTable(ReportSchema.ReportClass cls, int total, List<Row> rows, Map<String, List<String>> units) {

    /** One value: a link target (an IRI, or null for a literal), the text shown, and a quantity's number. */
    record Cell(String iri, String text, Double value) {}

    record Row(String subject, String label, Map<String, List<Cell>> cells) {}

    static ClassTable load(ReportSparql sparql, ReportGraph graph, ReportSchema schema, ReportSchema.ReportClass cls, int limit) {
        String c = "<" + checkedIri(cls.iri()) + ">";
        List<QuerySolution> instances = sparql.select("""
                SELECT ?s (SAMPLE(?l) AS ?label) (MAX(?mc) AS ?m) WHERE {
                  ?s a %s .
                  OPTIONAL { ?s skos:prefLabel|dcterms:title ?l }
                  OPTIONAL { ?s pkg:mentionCount ?mc }
                } GROUP BY ?s ORDER BY DESC(?m) LCASE(STR(?label)) ?s""".formatted(c));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (QuerySolution r : instances) {
            if (rows.size() >= limit) break;
            String s = ReportSparql.str(r, "s");
            String label = ReportSparql.str(r, "label");
            rows.put(s, new Row(s, label != null ? label : ReportGraph.shortName(s), new LinkedHashMap<>()));
        }
        Map<String, Map<String, Integer>> unitCounts = new HashMap<>();
        if (!cls.columns().isEmpty() && !rows.isEmpty()) {
            String values = cls.columns().stream().map(col -> "<" + checkedIri(col.propertyIri()) + ">").collect(Collectors.joining(" "));
            for (QuerySolution r : sparql.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s a %s . VALUES ?p { %s } ?s ?p ?o } ORDER BY ?s ?p ?o"
                    .formatted(c, values))) {
                Row row = rows.get(ReportSparql.str(r, "s"));
                if (row == null) continue;
                String p = ReportSparql.str(r, "p");
                Cell cell = cell(r.get("o"), graph, schema);
                row.cells().computeIfAbsent(p, k -> new ArrayList<>()).add(cell);
                if (cell.value() != null && cell.iri() != null && graph.quantities.containsKey(cell.iri())) {
                    ReportGraph.Quantity q = graph.quantities.get(cell.iri());
                    String unit = q.unitIri() == null ? null : schema.label(q.unitIri()).orElse(ReportGraph.shortName(q.unitIri()));
                    if (unit != null) unitCounts.computeIfAbsent(p, k -> new HashMap<>()).merge(unit, 1, Integer::sum);
                }
            }
            for (Row row : rows.values()) dropValuesOfSubProperties(cls, row);
        }
        Map<String, List<String>> units = new HashMap<>();
        unitCounts.forEach((p, counts) -> units.put(p, counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList()));
        return new ClassTable(cls, instances.size(), List.copyOf(rows.values()), units);
    }

    private static void dropValuesOfSubProperties(ReportSchema.ReportClass cls, Row row) {
        for (ReportSchema.Column sub : cls.columns()) {
            List<Cell> subValues = row.cells().get(sub.propertyIri());
            if (subValues == null) continue;
            Set<String> shown = new LinkedHashSet<>();
            subValues.forEach(v -> shown.add(v.iri() != null ? v.iri() : v.text()));
            for (String sup : sub.superProperties()) {
                List<Cell> supValues = row.cells().get(sup);
                if (supValues != null) supValues.removeIf(v -> shown.contains(v.iri() != null ? v.iri() : v.text()));
            }
        }
    }

    private static Cell cell(RDFNode o, ReportGraph graph, ReportSchema schema) {
        if (o.isLiteral()) {
            Double number = o.asLiteral().getValue() instanceof Number n ? n.doubleValue() : null;
            return new Cell(null, o.asLiteral().getLexicalForm(), number);
        }
        if (!o.isURIResource()) return new Cell(null, o.toString(), null);
        String iri = o.asResource().getURI();
        ReportGraph.Quantity q = graph.quantities.get(iri);
        if (q != null) {
            String unit = q.unitIri() == null ? "" : schema.label(q.unitIri()).orElse(ReportGraph.shortName(q.unitIri()));
            return new Cell(iri, (ReportNumbers.compact(q.value()) + " " + ReportNumbers.unitPlural(unit, q.value())).strip(), q.value());
        }
        if (graph.labels.containsKey(iri)) return new Cell(iri, graph.labels.get(iri), null);
        return new Cell(iri, schema.label(iri).orElse(ReportGraph.shortName(iri)), null);
    }

    /** The first rows only, for the main page (the units stay those of the whole table). */
    ClassTable head(int n) {
        return new ClassTable(cls, total, rows.subList(0, Math.min(n, rows.size())), units);
    }

    /** IRIs come from the ontology file; one with characters that could end the IRI token is refused. */
    static String checkedIri(String iri) {
        if (!iri.matches("[^\\s<>\"{}|^`\\\\]+")) throw new IllegalArgumentException("not a usable IRI: " + iri);
        return iri;
    }
}
