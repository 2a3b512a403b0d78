package org.paperkg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.FactsJson;
import org.paperkg.extract.PaperFacts;
import org.paperkg.extract.quantity.QuantityFinder;
import org.paperkg.extract.quantity.QuantityMention;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.TextCleaner;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Mention;
import org.paperkg.nlp.MentionFinder;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PaperGraphMapper;
import org.paperkg.extract.MentionFinders;
import org.paperkg.nlp.TextAnalyzer;
import org.paperkg.store.PaperGraph;

/**
 * The quantity grammar, every mention finder and the whole extractor on random and adversarial text: no
 * exception escapes, each record finishes in bounded time, and what comes out is well-formed (spans inside
 * the text and equal to it, JSON that parses, RDF that parses back to the same graph).
 */
class ExtractionFuzzTest {
    private static final QuantityFinder QUANTITIES = new QuantityFinder();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: a record takes milliseconds; the bound catches a hang or a runaway backtrack, not slowness. */
    private static final Duration PER_RECORD = Duration.ofSeconds(10);

    @Provide
    Arbitrary<String> abstracts() {
        return Adversarial.text(60);
    }

    @Property(tries = 300)
    void quantityGrammarAlwaysAnswersWithSpansOfTheText(@ForAll("abstracts") String text) {
        List<QuantityMention> found = assertTimeoutPreemptively(PER_RECORD, () -> QUANTITIES.find(text));
        int previousEnd = 0;
        for (QuantityMention q : found) {
            assertTrue(q.start() >= previousEnd && q.start() < q.end() && q.end() <= text.length(), q + " in " + text.length());
            assertEquals(text.substring(q.start(), q.end()), q.text());
            assertFalse(Double.isNaN(q.value()), q.toString());
            assertTrue(q.unit() != null, q.toString());
            previousEnd = q.end();
        }
    }

    @Property(tries = 25)
    void everyMentionFinderGivesSpansInsideTheText(@ForAll("abstracts") String raw) {
        String text = TextCleaner.clean(raw);
        AnalyzedText analyzed = assertTimeoutPreemptively(PER_RECORD, () -> TextAnalyzer.get().analyzeDocument("A title", text));
        for (MentionFinder finder : FINDERS) {
            List<Mention> mentions = assertTimeoutPreemptively(PER_RECORD, () -> finder.find(analyzed), finder.name());
            for (Mention m : mentions) {
                assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= analyzed.text().length(), finder.name() + ": " + m);
                assertTrue(m.confidence() >= 0 && m.confidence() <= 1, finder.name() + ": " + m);
            }
        }
    }

    @Property(tries = 40)
    void theExtractorMapsAnyAbstractToJsonAndRdfThatParseBack(@ForAll("abstracts") String raw) throws Exception {
        String abstractText = TextCleaner.clean(raw);
        if (abstractText.isEmpty()) {
            abstractText = "x";
        }
        Paper paper = new Paper(null, "On " + TextCleaner.clean(raw.length() > 80 ? raw.substring(0, 80) : raw) + " models",
                abstractText, null, null, List.of(), null, null, null, null, List.of("fuzz.jsonl"));
        PaperFacts facts = assertTimeoutPreemptively(PER_RECORD, () -> EXTRACTOR.extract(paper));

        assertTrue(JSON.readTree(FactsJson.toLine(facts)).isObject());
        PaperGraph graph = new PaperGraphMapper(Iris.standard(), Instant.EPOCH).map(facts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph.model(), Lang.NTRIPLES);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new java.io.ByteArrayInputStream(out.toByteArray()), Lang.NTRIPLES);
        if (!back.isIsomorphicWith(graph.model())) {
            Model lost = graph.model().difference(back);
            ByteArrayOutputStream diff = new ByteArrayOutputStream();
            RDFDataMgr.write(diff, lost, Lang.NTRIPLES);
            throw new AssertionError("N-Triples round trip loses: " + diff.toString(java.nio.charset.StandardCharsets.UTF_8)
                    + " (abstract, escaped: " + escaped(abstractText) + ")");
        }
    }

    /** Non-ASCII and control characters as \\uXXXX, so a failure message survives any console. */
    static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return sb.toString();
    }

    /** Each standard finder alone, then all of them merged with list propagation, as the extractor runs them. */
    private static final List<MentionFinder> FINDERS = new java.util.ArrayList<>(MentionFinders.standardFinders());

    static {
        FINDERS.add(MentionFinders.standard());
    }

    private static final Extractor EXTRACTOR = Extractor.standard();
}
