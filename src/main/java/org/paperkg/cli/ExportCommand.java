package org.paperkg.cli;

import org.paperkg.rdf.NonClosingOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.paperkg.rdf.ExportFormat;
import org.paperkg.rdf.ExportJsonLd;
import org.paperkg.rdf.Exporter;
import org.paperkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperkg export}: the store, or one named graph, as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the knowledge graph, or one named graph, as RDF.",
                "nq and trig keep the named graphs (every paper graph and the entities graph). ttl, nt, jsonld and "
                        + "rdfxml hold one graph: without --graph, the union of all named graphs (what SPARQL queries "
                        + "see as the default graph; a triple stated in several graphs is written once).",
                "ttl, nt, nq and trig are streamed from the store in constant memory; jsonld and rdfxml suit single "
                        + "graphs and small stores better (JSON-LD is compacted in memory).",
                "JSON-LD is compacted under the paperkg context (ontology/context.jsonld), embedded unless "
                        + "--context-url; nothing is fetched from the network."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, nt, nq, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Export only this named graph, e.g. https://w3id.org/paperkg/graph/paper/KEY "
                    + "or https://w3id.org/paperkg/graph/entities (default: the whole store).")
    String graph;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--context-url",
            description = "JSON-LD: refer to the context by its URL (" + ExportJsonLd.CONTEXT_URL + ") instead of embedding it.")
    boolean contextUrl;

    @Override
    public Integer call() {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
        if (contextUrl && exportFormat != ExportFormat.JSONLD) {
            throw new UserErrors.CliException("--context-url is for --format jsonld");
        }
        try (KnowledgeStore kg = ServeCommand.StoreAccess.openExisting(store)) {
            Exporter.Summary summary = out == null ? toStdout(kg, exportFormat) : toFile(kg, exportFormat, out);
            System.err.println("export: " + summary + (out == null ? "" : " to " + out));
            return 0;
        }
    }

    private Exporter.Summary toStdout(KnowledgeStore kg, ExportFormat exportFormat) {
        OutputStream stdout = new BufferedOutputStream(new NonClosingOutputStream(System.out), 1 << 16);
        Exporter.Summary summary = Exporter.export(kg.dataset().asDatasetGraph(), exportFormat, graph, contextUrl, stdout);
        flush(stdout);
        return summary;
    }

    /** Writes next to FILE and renames at the end, so a failed export leaves no half-written file. */
    private Exporter.Summary toFile(KnowledgeStore kg, ExportFormat exportFormat, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Exporter.Summary summary;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                summary = Exporter.export(kg.dataset().asDatasetGraph(), exportFormat, graph, contextUrl, os);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    private static void flush(OutputStream os) {
        try {
            os.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
