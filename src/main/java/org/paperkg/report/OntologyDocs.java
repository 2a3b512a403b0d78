package org.paperkg.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes a documentation website for an OWL ontology, from the ontology alone: {@code index.html}
 * (metadata, contents, every class, property and named individual with its axioms) and
 * {@code diagram.svg} (the classes and object properties, drawn by {@link ClassDiagram}). The site is
 * static: no scripts, nothing fetched from the network.
 */
public final class OntologyDocs {
    public static final String INDEX = "index.html";
    public static final String DIAGRAM = "diagram.svg";

    /** What was written, for the command's one-line report. */
    public record Summary(Path index, Path diagram, int classes, int properties, int individuals) {}

    private OntologyDocs() {}

    /**
     * Documents {@code ontology} into {@code outDir} (created if needed; the two files are replaced).
     *
     * @throws IllegalArgumentException when the model declares no terms in a namespace of its own
     */
    public static Summary write(Model ontology, Path outDir) throws IOException {
        OntologyCatalog catalog = OntologyCatalog.of(ontology);
        if (catalog.size() == 0) {
            throw new IllegalArgumentException("the ontology declares no classes, properties or individuals of its own"
                    + (catalog.namespace().isEmpty() ? "" : " in " + catalog.namespace()));
        }
        String title = catalog.header() == null ? "the ontology"
                : OntologyText.preferred(catalog.header(), DCTerms.title, DC_11.title, RDFS.label).orElse("the ontology");
        ClassDiagram.Svg svg = ClassDiagram.of(catalog, title).render();
        String html = OntologyDocsPage.render(catalog, svg, DIAGRAM);

        Files.createDirectories(outDir);
        Path index = outDir.resolve(INDEX);
        Path diagram = outDir.resolve(DIAGRAM);
        Files.writeString(diagram, svg.markup(), StandardCharsets.UTF_8);
        Files.writeString(index, html, StandardCharsets.UTF_8);
        return new Summary(index, diagram, catalog.terms(OntologyTermKind.CLASS).size(),
                catalog.properties().size(), catalog.terms(OntologyTermKind.INDIVIDUAL).size());
    }
}
