package org.paperkg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.store.PaperGraph;

/**
 * Checks graphs against {@code ontology/shapes.ttl}. Before a paper graph is stored, the facts that
 * break a shape are cut out of it (with their evidence) and returned as rejects, so that a batch
 * never commits data that does not conform, and nothing is dropped silently.
 */
public final class GraphValidator {

    /** One violation, as people read it. */
    public record Violation(String focusNode, String path, String value, String message) {
        @Override
        public String toString() {
            return focusNode + (path == null ? "" : "  " + path) + (value == null ? "" : "  value " + value) + "\n    " + message;
        }
    }

    /** A fact taken out of a paper graph because it broke a shape. */
    public record Reject(String graph, Violation violation, List<String> removedTriples) {}

    /** A paper graph as it may be stored, and what was cut out of it. */
    public record Checked(PaperGraph graph, List<Reject> rejects) {}

    private GraphValidator() {}

    public static List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() == Severity.Violation) {
                out.add(new Violation(str(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                        e.value() == null ? null : str(e.value()), e.message()));
            }
        }
        return out;
    }

    /**
     * Validates one paper graph together with the labels the store will give its entities, removes
     * the facts that break a shape, and validates again until it conforms.
     */
    public static Checked checkPaperGraph(PaperGraph pg) {
        Model model = pg.model();
        List<Reject> rejects = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            Model withLabels = ModelFactory.createDefaultModel().add(model).add(provisionalLabels(model));
            ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), withLabels.getGraph());
            if (report.conforms()) {
                return new Checked(new PaperGraph(pg.graphIri(), model), rejects);
            }
            for (ReportEntry e : report.getEntries()) {
                Violation v = new Violation(str(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                        e.value() == null ? null : str(e.value()), e.message());
                rejects.add(new Reject(pg.graphIri(), v, removeFact(model, e)));
            }
        }
        // Last resort, so that one odd paper never stops a build: keep the paper's own description and
        // drop every extracted fact, with one reject saying so.
        Model bare = paperDescriptionOnly(model);
        List<String> dropped = new ArrayList<>();
        model.listStatements().filterDrop(bare::contains).forEachRemaining(st ->
                dropped.add(str(st.getSubject().asNode()) + " " + str(st.getPredicate().asNode()) + " " + str(st.getObject().asNode()) + " ."));
        rejects.add(new Reject(pg.graphIri(), new Violation(pg.graphIri(), null, null,
                "the facts of this paper still broke the shapes after removing the offending ones; all extracted facts were dropped"),
                dropped));
        return new Checked(new PaperGraph(pg.graphIri(), bare), rejects);
    }

    /** The paper node's and the graph node's own statements, minus the links to entities. */
    private static Model paperDescriptionOnly(Model m) {
        Model bare = ModelFactory.createDefaultModel();
        for (Resource node : m.listSubjectsWithProperty(RDF.type, PKG.Paper).andThen(
                m.listSubjectsWithProperty(RDF.type, PKG.PaperGraph)).toList()) {
            m.listStatements(node, null, (RDFNode) null)
                    .filterDrop(st -> st.getPredicate().equals(PKG.mentions) || st.getPredicate().equals(PKG.introduces))
                    .forEachRemaining(bare::add);
        }
        bare.setNsPrefixes(m.getNsPrefixMap());
        return bare;
    }

    /** The preferred label the store will compute for each entity: here, its first surface form. */
    private static Model provisionalLabels(Model m) {
        Model labels = ModelFactory.createDefaultModel();
        for (Resource type : List.of(PKG.Model, PKG.Dataset, PKG.Benchmark, PKG.Organization, PKG.ModelFamily)) {
            m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(e -> {
                if (!labels.contains(e, SKOS.prefLabel)) {
                    Statement alt = e.getProperty(SKOS.altLabel);
                    labels.add(e, SKOS.prefLabel, alt == null ? e.getURI() : alt.getString());
                }
            });
        }
        return labels;
    }

    /**
     * Removes what the violation is about: a whole node when it is a quantity, evaluation result or
     * evidence record (they exist only for one fact), else the offending triple and the evidence that
     * reifies it. Returns the removed triples as N-Triples-like lines for the rejects file.
     */
    private static List<String> removeFact(Model m, ReportEntry e) {
        Resource focus = m.wrapAsResource(e.focusNode());
        Set<Statement> doomed = new HashSet<>();
        boolean factNode = m.contains(focus, RDF.type, PKG.Quantity) || m.contains(focus, RDF.type, PKG.EvaluationResult)
                || m.contains(focus, RDF.type, PKG.Evidence);
        if (factNode) {
            doomed.addAll(m.listStatements(focus, null, (RDFNode) null).toList());
            doomed.addAll(m.listStatements(null, null, focus).toList());
            for (Resource ev : m.listSubjectsWithProperty(RDF.object, focus).toList()) {
                doomed.addAll(m.listStatements(ev, null, (RDFNode) null).toList());
                doomed.addAll(m.listStatements(null, null, ev).toList());
            }
        } else if (e.resultPath() == null && e.source() != null && !targetProperties(e.source()).isEmpty()) {
            // a node shape on the subjects of some properties ("the subject of trainedOn must be a model"):
            // the focus node's statements with those properties are the bad facts, with their evidence
            for (Node p : targetProperties(e.source())) {
                for (Statement bad : m.listStatements(focus, m.createProperty(p.getURI()), (RDFNode) null).toList()) {
                    doomed.add(bad);
                    doomed.addAll(evidenceOf(m, bad));
                }
            }
        } else if (e.resultPath() != null && e.value() != null) {
            Node p = pathProperty(e);
            if (p != null) {
                Statement bad = m.createStatement(focus, m.createProperty(p.getURI()), m.asRDFNode(e.value()));
                doomed.add(bad);
                doomed.addAll(evidenceOf(m, bad));
            }
        }
        List<String> lines = new ArrayList<>();
        for (Statement s : doomed) {
            lines.add(str(s.getSubject().asNode()) + " " + str(s.getPredicate().asNode()) + " " + str(s.getObject().asNode()) + " .");
        }
        m.remove(new ArrayList<>(doomed));
        return lines;
    }

    /** The statements of the evidence records that reify {@code fact}. */
    private static List<Statement> evidenceOf(Model m, Statement fact) {
        List<Statement> out = new ArrayList<>();
        for (Resource ev : m.listSubjectsWithProperty(RDF.subject, fact.getSubject()).toList()) {
            if (ev.hasProperty(RDF.predicate, fact.getPredicate()) && ev.hasProperty(RDF.object, fact.getObject())) {
                out.addAll(m.listStatements(ev, null, (RDFNode) null).toList());
                out.addAll(m.listStatements(null, null, ev).toList());
            }
        }
        return out;
    }

    /** The properties whose subjects a shape targets ({@code sh:targetSubjectsOf}). */
    private static List<Node> targetProperties(Node shape) {
        return Ontology.shapes().getGraph()
                .find(shape, org.apache.jena.shacl.vocabulary.SHACL.targetSubjectsOf, Node.ANY)
                .mapWith(org.apache.jena.graph.Triple::getObject).filterKeep(Node::isURI).toList();
    }

    private static Node pathProperty(ReportEntry e) {
        String p = e.resultPath().toString();
        if (p.startsWith("<") && p.endsWith(">")) {
            return org.apache.jena.graph.NodeFactory.createURI(p.substring(1, p.length() - 1));
        }
        return null;
    }

    private static String str(Node n) {
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            return "\"" + n.getLiteralLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                    + (n.getLiteralLanguage().isEmpty() ? (n.getLiteralDatatypeURI().endsWith("#string") ? "" : "^^<" + n.getLiteralDatatypeURI() + ">") : "@" + n.getLiteralLanguage());
        }
        return n.toString();
    }
}
