package org.paperkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;

/** The ontology, the shapes and the JSON-LD context, as bundled in the jar from {@code ontology/}. */
public final class Ontology {
    public static final String ONTOLOGY = "/ontology/paperkg.ttl";
    public static final String SHAPES = "/ontology/shapes.ttl";
    public static final String CONTEXT = "/ontology/context.jsonld";

    private static volatile Model ontology;
    private static volatile Shapes shapes;

    private Ontology() {}

    public static Model model() {
        Model m = ontology;
        if (m == null) {
            synchronized (Ontology.class) {
                m = ontology;
                if (m == null) {
                    m = ontology = load(ONTOLOGY);
                }
            }
        }
        return m;
    }

    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            synchronized (Ontology.class) {
                s = shapes;
                if (s == null) {
                    s = shapes = Shapes.parse(load(SHAPES).getGraph());
                }
            }
        }
        return s;
    }

    private static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
