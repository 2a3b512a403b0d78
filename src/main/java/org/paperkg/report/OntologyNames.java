package org.paperkg.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Short names for IRIs. CURIEs use the prefixes declared in the ontology file, so the page speaks
 * the file's own language ({@code qudt:Unit}, {@code mls:Model}); a few standard prefixes fill in
 * when the file declares none (an N-Triples file, say).
 */
final class OntologyNames {
    /** Standard prefixes, used only for namespaces the file does not name itself. */
    private static final Map<String, String> FALLBACK = Map.of(
            "rdf", RDF.uri, "rdfs", RDFS.uri, "owl", OWL.NS, "xsd", XSD.NS,
            "skos", SKOS.uri, "dcterms", DCTerms.NS, "foaf", FOAF.NS);

    /** What may follow the colon for the CURIE to read as a name rather than as a mangled IRI. */
    private static final Pattern LOCAL_PART = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*");

    /** prefix → namespace, file prefixes first, then the fallbacks whose prefix and namespace are both free. */
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    /**
     * @param preferredPrefix the ontology's vann:preferredNamespacePrefix or null; used for its own
     *                        namespace when the file declares no prefix for it (an N-Triples file)
     */
    OntologyNames(PrefixMapping file, String preferredPrefix, String ownNamespace) {
        file.getNsPrefixMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> prefixes.put(e.getKey(), e.getValue()));
        if (preferredPrefix != null && !ownNamespace.isEmpty()
                && !prefixes.containsKey(preferredPrefix) && !prefixes.containsValue(ownNamespace)) {
            prefixes.put(preferredPrefix, ownNamespace);
        }
        FALLBACK.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(e -> !prefixes.containsKey(e.getKey()) && !prefixes.containsValue(e.getValue()))
                .forEach(e -> prefixes.put(e.getKey(), e.getValue()));
    }

    /** prefix → namespace, sorted by prefix: the namespaces table of the page. */
    Map<String, String> prefixes() {
        return prefixes;
    }

    /** {@code pkg:Paper} for a known namespace, otherwise the IRI itself. The longest namespace wins. */
    String curie(String iri) {
        return prefixes.entrySet().stream()
                .filter(e -> iri.startsWith(e.getValue()) && LOCAL_PART.matcher(iri.substring(e.getValue().length())).matches())
                .max(Comparator.comparingInt(e -> e.getValue().length()))
                .map(e -> e.getKey() + ":" + iri.substring(e.getValue().length()))
                .orElse(iri);
    }

    /** The prefix the file gives a namespace, or null. */
    String prefixOf(String namespace) {
        return prefixes.entrySet().stream()
                .filter(e -> e.getValue().equals(namespace))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** The namespace part of an IRI: up to and including its last '#', or else its last '/'. */
    static String namespaceOf(String iri) {
        int hash = iri.lastIndexOf('#');
        int cut = hash >= 0 ? hash : iri.lastIndexOf('/');
        return iri.substring(0, cut + 1);
    }
}
