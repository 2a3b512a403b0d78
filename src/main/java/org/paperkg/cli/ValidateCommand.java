package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;
import org.paperkg.rdf.GraphValidator;
import org.paperkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperkg validate [--store DIR | FILE]}: checks the graph against {@code ontology/shapes.ttl}
 * and prints each violation with its focus node, path and message. Exits 1 on any violation.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a store or an RDF file against the SHACL shapes (exit 1 on violations).")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store to validate (default: ./kg when no FILE is given).")
    Path store;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "An RDF file (Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML); all its graphs are merged.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (file != null && store != null) {
            throw new UserErrors.CliException("give either --store or a FILE, not both");
        }
        List<GraphValidator.Violation> violations;
        String what;
        if (file != null) {
            what = file.toString();
            violations = GraphValidator.validate(readMerged(file));
        } else {
            Path dir = store != null ? store : Path.of("kg");
            if (!Files.isDirectory(dir)) {
                throw new UserErrors.CliException("no store at " + dir + " (build one with 'paperkg build')");
            }
            what = dir.toString();
            try (KnowledgeStore kg = KnowledgeStore.open(dir)) {
                violations = Txn.calculateRead(kg.dataset(), () -> GraphValidator.validate(kg.dataset().getUnionModel().getGraph()));
            }
        }
        if (violations.isEmpty()) {
            System.out.println("validate: " + what + " conforms to the shapes (0 violations)");
            return 0;
        }
        for (GraphValidator.Violation v : violations) {
            System.out.println(v);
        }
        System.out.println("validate: " + what + ": " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
        return 1;
    }

    /** Every graph of the file, default and named, as one graph. */
    private static Graph readMerged(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserErrors.CliException(file + ": no such file");
        }
        Dataset ds = DatasetFactory.create();
        try {
            RDFDataMgr.read(ds, file.toString());
        } catch (RiotException e) {
            throw new UserErrors.CliException(file + ": not valid RDF: " + e.getMessage());
        }
        Model merged = ModelFactory.createDefaultModel().add(ds.getDefaultModel());
        ds.listModelNames().forEachRemaining(n -> merged.add(ds.getNamedModel(n)));
        return merged.getGraph();
    }
}
