package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.paperkg.rdf.PKG;

/**
 * The full-text index of the store (jena-text over Lucene), searchable from SPARQL with
 * {@code text:query}. One Lucene document per indexed triple, in three fields:
 *
 * <ul>
 *   <li>{@code title}: {@code dcterms:title} of papers;</li>
 *   <li>{@code abstract}: {@code pkg:abstract} of papers (the default field of {@code text:query});</li>
 *   <li>{@code label}: {@code skos:prefLabel} and {@code skos:altLabel} of entities.</li>
 * </ul>
 *
 * <p>Every document carries its graph ({@code graph} field) and a unique id ({@code uid}, a hash of
 * graph, subject, field and value). The uid is what lets jena-text delete a document when its triple
 * is deleted: without {@code text:uidField} jena-text silently keeps documents of deleted triples, so
 * replaced and removed papers would still be found. {@code config/fuseki-kg.ttl} declares the same
 * index for a stock Fuseki server; {@code ConfigFileTest} keeps the two in step.
 */
public final class TextSearch {

    /** The jena-text vocabulary, for {@code PREFIX text: <http://jena.apache.org/text#>}. */
    public static final String NS = "http://jena.apache.org/text#";

    public static final String FIELD_TITLE = "title";
    public static final String FIELD_ABSTRACT = "abstract";
    public static final String FIELD_LABEL = "label";

    static final String ENTITY_FIELD = "uri";
    static final String GRAPH_FIELD = "graph";
    static final String UID_FIELD = "uid";
    static final String LANG_FIELD = "lang";

    /** The index folder inside a store folder. */
    public static final String INDEX_FOLDER = "text";

    private TextSearch() {}

    /** Fields, predicates, graph and uid fields of the index (the same as in config/fuseki-kg.ttl). */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, FIELD_ABSTRACT, GRAPH_FIELD, PKG.abstractText.asNode());
        def.set(FIELD_TITLE, DCTerms.title.asNode());
        def.set(FIELD_LABEL, SKOS.prefLabel.asNode());
        def.set(FIELD_LABEL, SKOS.altLabel.asNode());
        def.setUidField(UID_FIELD);
        def.setLangField(LANG_FIELD);
        return def;
    }

    /** The predicates whose literal objects are indexed. */
    static Node[] indexedPredicates() {
        return new Node[] {DCTerms.title.asNode(), PKG.abstractText.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode()};
    }

    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true);   // so that (?s ?score ?literal) text:query ... returns the matched text
        return config;
    }

    static TextIndexLucene openOnDisk(Path storeDir) {
        try {
            return open(FSDirectory.open(storeDir.resolve(INDEX_FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + storeDir.resolve(INDEX_FOLDER), e);
        }
    }

    static TextIndexLucene inMemory() {
        return open(new ByteBuffersDirectory());
    }

    private static TextIndexLucene open(Directory directory) {
        return new BackgroundTextIndex(directory, config());
    }
}
