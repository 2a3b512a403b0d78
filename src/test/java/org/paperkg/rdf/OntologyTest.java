package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {

    @Test
    void everyTermHasALabelAndAComment() {
        Model m = Ontology.model();
        List<String> missing = new ArrayList<>();
        List<Resource> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, PKG.Unit)) {
            terms.addAll(m.listSubjectsWithProperty(RDF.type, type).filterKeep(r -> r.isURIResource()
                    && r.getURI().startsWith(PKG.NS)).toList());
        }
        assertTrue(terms.size() > 60, "the ontology declares its classes, properties and units: " + terms.size());
        for (Resource t : terms) {
            if (!t.hasProperty(RDFS.label)) {
                missing.add(t.getLocalName() + " has no rdfs:label");
            }
            if (!t.hasProperty(RDFS.comment)) {
                missing.add(t.getLocalName() + " has no rdfs:comment");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyJavaConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        Model m = Ontology.model();
        List<String> undeclared = new ArrayList<>();
        for (Field f : PKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                if (!m.contains(m.createResource(r.getURI()), RDF.type)) {
                    undeclared.add(r.getURI());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void ontologyHeaderCarriesVersionAndLicence() {
        Model m = Ontology.model();
        Resource ont = m.createResource("https://w3id.org/paperkg/ontology");
        assertTrue(ont.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(ont.hasProperty(OWL.versionIRI));
        assertTrue(ont.hasProperty(OWL.versionInfo));
        assertTrue(ont.hasProperty(m.createProperty("http://purl.org/dc/terms/license")));
    }

    @Test
    void shapesParseAndTheValidExampleConforms() {
        assertFalse(Ontology.shapes().getTargetShapes().isEmpty());
        Dataset ds = RDFDataMgr.loadDataset(Path.of("ontology/examples/valid.trig").toString());
        Model union = ModelFactory.createDefaultModel().add(ds.getDefaultModel());
        ds.listModelNames().forEachRemaining(n -> union.add(ds.getNamedModel(n)));
        assertEquals(List.of(), GraphValidator.validate(union.getGraph()));
    }

    @Test
    void aQuantityWithoutValueIsReportedWithItsNode() {
        Model m = RDFDataMgr.loadModel("ontology/examples/invalid-quantity-no-value.ttl");
        List<GraphValidator.Violation> v = GraphValidator.validate(m.getGraph());
        assertEquals(1, v.size(), v.toString());
        assertEquals("<https://w3id.org/paperkg/paper/p1/q/1>", v.get(0).focusNode());
        assertTrue(v.get(0).path().contains("numericValue"));
    }

    @Test
    void aModelWithTwoPreferredLabelsIsReportedWithItsNode() {
        Model m = RDFDataMgr.loadModel("ontology/examples/invalid-two-preflabels.ttl");
        List<GraphValidator.Violation> v = GraphValidator.validate(m.getGraph());
        assertEquals(1, v.size(), v.toString());
        assertEquals("<https://w3id.org/paperkg/model/llama2>", v.get(0).focusNode());
        assertTrue(v.get(0).path().contains("prefLabel"));
    }

    @Test
    void entailmentAddsSuperClassesAndSuperProperties() {
        Model m = ModelFactory.createDefaultModel();
        Resource mmlu = m.createResource("https://w3id.org/paperkg/dataset/mmlu", PKG.Benchmark);
        Resource paper = m.createResource("https://w3id.org/paperkg/paper/x", PKG.Paper);
        paper.addProperty(PKG.introduces, mmlu);
        Entailment.ofOntology().materialise(m);
        assertTrue(m.contains(mmlu, RDF.type, PKG.Dataset), "a benchmark is a dataset");
        assertTrue(m.contains(paper, PKG.mentions, mmlu), "introducing is mentioning");
        assertTrue(!m.contains(paper, RDF.type, m.createResource("http://schema.org/ScholarlyArticle")),
                "alignments to outside vocabularies stay in the ontology");
        m.listStatements().forEachRemaining(st -> {
            String term = st.getPredicate().equals(RDF.type) ? st.getObject().asResource().getURI() : st.getPredicate().getURI();
            assertTrue(term.startsWith(PKG.NS), "only paperkg terms are entailed: " + st);
        });
    }
}
