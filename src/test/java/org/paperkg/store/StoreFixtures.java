package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The store fixture (src/test/resources/fixtures/store/*.trig): two papers from Mistral AI, three models
 * with parameter counts, one organisation and one benchmark, in the paper-graph layout of
 * ontology/README.md. Shared by the store, publish and query tests.
 */
public final class StoreFixtures {

    public static final String MIXTRAL_PAPER_GRAPH = "https://w3id.org/paperkg/graph/paper/2401.04088";
    public static final String MISTRAL_PAPER_GRAPH = "https://w3id.org/paperkg/graph/paper/2310.06825";

    private StoreFixtures() {}

    /** Every named graph of every fixture file, as the builder would hand them to the store. */
    public static List<PaperGraph> paperGraphs() {
        List<PaperGraph> graphs = new ArrayList<>();
        for (Path file : trigFiles()) {
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, file.toString());
            ds.listNames().forEachRemaining(name -> {
                Model copy = ModelFactory.createDefaultModel().add(ds.getNamedModel(name));
                graphs.add(new PaperGraph(name, copy));
            });
        }
        return graphs;
    }

    /** An in-memory store holding the fixture. */
    public static KnowledgeStore loadedStore() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        store.loadBatch(paperGraphs());
        return store;
    }

    private static List<Path> trigFiles() {
        URL folder = StoreFixtures.class.getResource("/fixtures/store");
        if (folder == null) throw new IllegalStateException("fixtures/store is not on the test class path");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".trig")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
