package org.paperkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.ExtractedQuantity;
import org.paperkg.extract.ExtractedRelation;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.PaperFacts;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.TitleKey;
import org.paperkg.nlp.NameKey;
import org.paperkg.store.PaperGraph;

/**
 * Turns one paper's facts into the triples of its named graph, under the paperkg ontology: the paper
 * and its page metadata, the entities it mentions with their surface forms, quantities as typed
 * values with units, relations as direct triples, and for every fact an evidence record with the
 * sentence, its offsets, the extractor and a confidence. Labels that depend on all papers (the
 * preferred label, mention counts) are the store's to compute.
 */
public final class PaperGraphMapper {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final Iris iris;
    private final Instant buildTime;

    public PaperGraphMapper(Iris iris, Instant buildTime) {
        this.iris = iris;
        this.buildTime = buildTime;
    }

    public PaperGraph map(PaperFacts facts) {
        Paper p = facts.paper();
        String key = TitleKey.hash(p.title());
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(PKG.PREFIX, PKG.NS);
        Resource paper = m.createResource(iris.paper(key), PKG.Paper);
        describePaper(m, paper, p);

        Map<String, Resource> entityByName = new HashMap<>();
        for (ExtractedEntity e : facts.entities()) {
            Resource r = entity(m, e);
            for (String form : e.surfaceForms()) {
                entityByName.put(form, r);
            }
            paper.addProperty(e.introduced() ? PKG.introduces : PKG.mentions, r);
        }
        if (p.organization() != null) {
            Resource org = entityByName.get(p.organization().displayName());
            if (org != null) {
                paper.addProperty(PKG.listedBy, org);
            }
        }
        Evidence evidence = new Evidence(m, facts, paper, key);
        int q = 0;
        for (ExtractedQuantity quantity : facts.quantities()) {
            addQuantity(m, facts, paper, entityByName, evidence, quantity, iris.quantity(key, q++));
        }
        int n = 0;
        for (ExtractedRelation rel : facts.relations()) {
            Resource s = entityByName.get(rel.subject());
            Resource o = entityByName.get(rel.object());
            if (s == null || o == null) {
                continue;
            }
            Property predicate = m.createProperty(PKG.NS + rel.predicate());
            s.addProperty(predicate, o);
            Resource ev = evidence.add(s, predicate, o, rel.start(), rel.end(), rel.rule(), rel.confidence());
            if (rel.predicate().equals("evaluatedOn")) {
                Resource result = m.createResource(iris.evaluation(key, n++), PKG.EvaluationResult)
                        .addProperty(PKG.evaluatedModel, s)
                        .addProperty(PKG.benchmark, o)
                        .addProperty(PKG.evidence, ev);
                s.addProperty(PKG.hasEvaluationResult, result);
                if (rel.score() != null) {
                    Resource score = m.createResource(iris.quantity(key, q++), PKG.Quantity)
                            .addLiteral(PKG.numericValue, m.createTypedLiteral(rel.score(), XSDDatatype.XSDdouble))
                            .addProperty(PKG.unit, m.createResource(PKG.unitResource("score").getURI()))
                            .addProperty(PKG.rawText, formatScore(rel.score()))
                            .addProperty(PKG.measures, PKG.score)
                            .addProperty(PKG.evidence, ev);
                    result.addProperty(PKG.score, score);
                }
            }
        }
        describeGraph(m, paper, p, key);
        return new PaperGraph(iris.paperGraph(key), m);
    }

    private void describePaper(Model m, Resource paper, Paper p) {
        paper.addProperty(DCTerms.title, p.title());
        paper.addProperty(PKG.abstractText, p.abstractText());
        if (p.id() != null) {
            paper.addProperty(DCTerms.identifier, p.id());
        }
        if (p.arxivId() != null) {
            paper.addProperty(PKG.arxivId, p.arxivId());
        }
        if (p.date() != null) {
            if (p.date().isComplete()) {
                paper.addLiteral(PKG.publicationDate, m.createTypedLiteral(p.date().toLocalDate().toString(), XSDDatatype.XSDdate));
            } else if (p.date().monthDayLexical() != null) {
                paper.addLiteral(PKG.publicationDate, m.createTypedLiteral(p.date().monthDayLexical(), XSDDatatype.XSDgMonthDay));
            } else if (p.date().year() != null && p.date().month() != null) {
                paper.addLiteral(PKG.publicationDate, m.createTypedLiteral(
                        String.format("%04d-%02d", p.date().year(), p.date().month()), XSDDatatype.XSDgYearMonth));
            } else if (p.date().year() != null) {
                paper.addLiteral(PKG.publicationDate, m.createTypedLiteral(String.format("%04d", p.date().year()), XSDDatatype.XSDgYear));
            }
            paper.addProperty(PKG.dateText, p.date().text());
        }
        if (p.authorCount() != null) {
            paper.addLiteral(PKG.authorCount, integer(m, p.authorCount()));
        }
        if (p.upvotes() != null) {
            paper.addLiteral(PKG.upvotes, integer(m, p.upvotes()));
        }
        for (String source : p.sources()) {
            paper.addProperty(PKG.sourceFile, source);
        }
        paper.addProperty(PKG.contentHash, contentHash(p));
    }

    private void describeGraph(Model m, Resource paper, Paper p, String key) {
        Resource graph = m.createResource(iris.paperGraph(key), PKG.PaperGraph);
        graph.addProperty(m.createProperty(PROV, "wasDerivedFrom"), paper);
        for (String source : p.sources()) {
            graph.addProperty(PKG.sourceFile, source);
        }
        graph.addProperty(PKG.extractorVersion, Extractor.VERSION);
        graph.addLiteral(m.createProperty(PROV, "generatedAtTime"),
                m.createTypedLiteral(buildTime.toString(), XSDDatatype.XSDdateTime));
    }

    private Resource entity(Model m, ExtractedEntity e) {
        Resource r = m.createResource(iris.entity(e.type(), iriKey(e)));
        r.addProperty(RDF.type, switch (e.type()) {
            case MODEL -> PKG.Model;
            case DATASET -> e.benchmark() ? PKG.Benchmark : PKG.Dataset;
            case ORGANIZATION -> PKG.Organization;
        });
        for (String form : e.surfaceForms()) {
            r.addProperty(SKOS.altLabel, form);
        }
        r.addProperty(PKG.normalizedKey, iriKey(e));
        return r;
    }

    private void addQuantity(Model m, PaperFacts facts, Resource paper, Map<String, Resource> entities,
                             Evidence evidence, ExtractedQuantity quantity, String iri) {
        Resource q = m.createResource(iri, PKG.Quantity)
                .addLiteral(PKG.numericValue, m.createTypedLiteral(quantity.value(), XSDDatatype.XSDdouble))
                .addProperty(PKG.unit, PKG.unitResource(quantity.unit()).inModel(m))
                .addProperty(PKG.rawText, quantity.text());
        Resource subject = quantity.subject() == null ? null : entities.get(quantity.subject());
        Property link;
        if (subject == null) {
            subject = paper;
            link = PKG.reportsQuantity;
        } else if (quantity.property() == null || quantity.property().equals("score")) {
            link = PKG.quantity;
        } else {
            link = m.createProperty(PKG.NS + quantity.property());
            q.addProperty(PKG.measures, link);
        }
        subject.addProperty(link, q);
        Resource ev = evidence.add(subject, link, q, quantity.start(), quantity.end(), "quantity-grammar", quantity.confidence());
        q.addProperty(PKG.evidence, ev);
    }

    /**
     * The key an entity's IRI is made from. When the paper defines a short form ("Retrieval-Enhanced
     * Transformer (RETRO)"), the short form names the entity: other papers mostly use it alone, and
     * so they reach the same IRI. Otherwise the name's own key.
     */
    static String iriKey(ExtractedEntity e) {
        String best = e.key();
        for (String alias : e.aliases()) {
            if (looksLikeShortForm(alias) && NameKey.of(alias).length() >= 2 && NameKey.of(alias).length() < best.length()) {
                best = NameKey.of(alias);
            }
        }
        return best;
    }

    private static boolean looksLikeShortForm(String s) {
        long capitals = s.chars().filter(Character::isUpperCase).count();
        return s.length() <= 15 && capitals >= 2 && !s.contains(" ");
    }

    /** xsd:integer, not xsd:long: the type the shapes and the SPARQL users expect for counts. */
    static Literal integer(Model m, long value) {
        return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    private static String formatScore(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A hash of the text facts are read from: a changed abstract means the paper's graph is rebuilt. */
    public static String contentHash(Paper p) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(p.title().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(p.abstractText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Evidence records of one paper graph, numbered in the order facts are added. */
    private final class Evidence {
        private final Model m;
        private final PaperFacts facts;
        private final Resource paper;
        private final String key;
        private int next;

        Evidence(Model m, PaperFacts facts, Resource paper, String key) {
            this.m = m;
            this.facts = facts;
            this.paper = paper;
            this.key = key;
        }

        Resource add(Resource s, Property p, Resource o, int start, int end, String extractor, double confidence) {
            var sentence = facts.text().sentenceAt(Math.max(0, start));
            int sStart = sentence == null ? 0 : sentence.start();
            int sEnd = sentence == null ? facts.text().text().length() : sentence.end();
            Literal conf = m.createTypedLiteral(Math.max(0, Math.min(1, confidence)), XSDDatatype.XSDdouble);
            return m.createResource(iris.evidence(key, next++), PKG.Evidence)
                    .addProperty(RDF.subject, s)
                    .addProperty(RDF.predicate, p)
                    .addProperty(RDF.object, o)
                    .addProperty(PKG.fromPaper, paper)
                    .addProperty(PKG.sentence, facts.text().covered(sStart, sEnd))
                    .addLiteral(PKG.startOffset, integer(m, sStart))
                    .addLiteral(PKG.endOffset, integer(m, sEnd))
                    .addProperty(PKG.extractor, extractor)
                    .addLiteral(PKG.confidence, conf);
        }
    }
}
