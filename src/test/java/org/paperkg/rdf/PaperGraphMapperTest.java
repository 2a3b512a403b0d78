package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.PaperFacts;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.PaperDate;
import org.paperkg.store.PaperGraph;

/** The named graph of one real seed paper, checked triple by triple and parsed back. */
class PaperGraphMapperTest {
    private static final String TITLE = "Improving language models by retrieving from trillions of tokens";
    private static final String ABSTRACT = "We enhance auto-regressive language models by conditioning on document chunks "
            + "retrieved from a large corpus, based on local similarity with preceding tokens. With a 2 trillion token "
            + "database, our Retrieval-Enhanced Transformer (RETRO) obtains comparable performance to GPT-3 and Jurassic-1 "
            + "on the Pile, despite using 25times fewer parameters. After fine-tuning, RETRO performance translates to "
            + "downstream knowledge-intensive tasks such as question answering.";

    static Model model;
    static PaperFacts facts;

    @BeforeAll
    static void map() {
        Paper paper = new Paper(null, TITLE, ABSTRACT, new Paper.Organization("deepmind", "DeepMind"), 6, List.of(),
                new PaperDate(null, 12, 8, "Dec 8"), 11, null, null, List.of("001.txt", "002.txt"));
        facts = Extractor.standard().extract(paper);
        PaperGraph graph = new PaperGraphMapper(Iris.standard(), Instant.parse("2026-01-01T00:00:00Z")).map(facts);
        model = graph.model();
    }

    @Test
    void thePaperCarriesItsMetadata() {
        Resource paper = model.listSubjectsWithProperty(RDF.type, PKG.Paper).next();
        assertEquals(TITLE, paper.getProperty(DCTerms.title).getString());
        assertEquals(ABSTRACT, paper.getProperty(PKG.abstractText).getString());
        Literal date = paper.getProperty(PKG.publicationDate).getLiteral();
        assertEquals(XSDDatatype.XSDgMonthDay.getURI(), date.getDatatypeURI(), "no year is invented");
        assertEquals("--12-08", date.getLexicalForm());
        assertEquals(6, paper.getProperty(PKG.authorCount).getInt());
        assertEquals(XSDDatatype.XSDinteger.getURI(), paper.getProperty(PKG.authorCount).getLiteral().getDatatypeURI());
        assertEquals(2, paper.listProperties(PKG.sourceFile).toList().size());
        assertTrue(paper.getURI().startsWith(Iris.DEFAULT_BASE + "paper/"));
    }

    @Test
    void aPaperDatedByYearOrMonthAloneConformsToTheShapes() {
        // corpora such as the ACL Anthology give only a year; that date must not be rejected by the shapes
        for (PaperDate date : List.of(new PaperDate(1963, null, null, "1963"), new PaperDate(2024, 3, null, "2024-03"))) {
            Paper paper = new Paper("P63-1001", "A year-dated paper", "We study parsing.", null, null, List.of(), date,
                    null, null, null, List.of("acl.jsonl"));
            PaperGraph graph = new PaperGraphMapper(Iris.standard(), Instant.parse("2026-01-01T00:00:00Z"))
                    .map(Extractor.standard().extract(paper));
            GraphValidator.Checked checked = GraphValidator.checkPaperGraph(graph);
            assertEquals(List.of(), checked.rejects(), "no fact rejected for the date " + date.text());
            Literal stored = checked.graph().model().listObjectsOfProperty(PKG.publicationDate).next().asLiteral();
            assertEquals(date.text(), stored.getLexicalForm());
        }
    }

    @Test
    void anAbbreviationDefinedInTheTextNamesTheEntity() {
        Resource retro = model.createResource(Iris.DEFAULT_BASE + "model/retro");
        assertTrue(model.contains(retro, RDF.type, PKG.Model), "RETRO is a model under its short form's IRI");
        List<String> labels = retro.listProperties(SKOS.altLabel).mapWith(Statement::getString).toList();
        assertTrue(labels.contains("RETRO") && labels.contains("Retrieval-Enhanced Transformer"), labels.toString());
    }

    @Test
    void everyQuantityHasValueUnitTextAndEvidenceFromItsSentence() {
        List<Resource> quantities = model.listSubjectsWithProperty(RDF.type, PKG.Quantity).toList();
        assertFalse(quantities.isEmpty());
        for (Resource q : quantities) {
            assertEquals(XSDDatatype.XSDdouble.getURI(), q.getProperty(PKG.numericValue).getLiteral().getDatatypeURI());
            assertTrue(q.hasProperty(PKG.unit));
            String raw = q.getProperty(PKG.rawText).getString();
            Resource ev = q.getPropertyResourceValue(PKG.evidence);
            String sentence = ev.getProperty(PKG.sentence).getString();
            assertTrue(sentence.contains(raw), raw + " is in its evidence sentence: " + sentence);
            int start = ev.getProperty(PKG.startOffset).getInt();
            int end = ev.getProperty(PKG.endOffset).getInt();
            assertEquals(sentence, facts.text().text().substring(start, end), "offsets point at the sentence");
        }
        Resource trillion = quantities.stream()
                .filter(q -> q.getProperty(PKG.numericValue).getDouble() == 2e12).findFirst().orElseThrow();
        assertEquals(PKG.unitResource("token"), trillion.getPropertyResourceValue(PKG.unit));
    }

    @Test
    void theListingOrganisationIsAnOrganizationEntity() {
        Resource org = model.createResource(Iris.DEFAULT_BASE + "org/deepmind");
        assertTrue(model.contains(org, RDF.type, PKG.Organization));
        Resource paper = model.listSubjectsWithProperty(RDF.type, PKG.Paper).next();
        assertTrue(model.contains(paper, PKG.listedBy, org));
    }

    @Test
    void theGraphRoundTripsThroughTurtle() {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new StringReader(out.toString()), null, Lang.TURTLE);
        assertTrue(back.isIsomorphicWith(model));
    }

    @Test
    void theGraphNamesItsProvenance() {
        Resource graph = model.listSubjectsWithProperty(RDF.type, PKG.PaperGraph).next();
        assertEquals(Extractor.VERSION, graph.getProperty(PKG.extractorVersion).getString());
        RDFNode derived = graph.getProperty(model.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom")).getObject();
        assertTrue(model.contains(derived.asResource(), RDF.type, PKG.Paper));
    }
}
