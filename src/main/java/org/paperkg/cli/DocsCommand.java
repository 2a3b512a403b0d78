package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.paperkg.rdf.Ontology;
import org.paperkg.report.OntologyDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperkg docs}: a static documentation website (index.html, diagram.svg) for the OWL ontology. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write a documentation website for the ontology: index.html (metadata, classes, properties, named individuals) and diagram.svg (class diagram). No scripts, nothing fetched.")
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs",
            description = "Folder to write index.html and diagram.svg into; created if missing (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--ontology", paramLabel = "FILE",
            description = "Ontology file to document, in any RDF syntax Jena reads (by file extension; Turtle otherwise). Default: the bundled ontology/paperkg.ttl.")
    Path ontology;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserErrors.CliException("--out " + out + " is a file, not a folder");
        }
        Model model = ontology == null ? Ontology.model() : read(ontology);
        OntologyDocs.Summary s;
        try {
            s = OntologyDocs.write(model, out);
        } catch (IllegalArgumentException e) {
            throw new UserErrors.CliException((ontology == null ? "the bundled ontology" : ontology.toString()) + ": " + e.getMessage());
        }
        System.err.println("docs: " + s.classes() + " classes, " + s.properties() + " properties, " + s.individuals()
                + " individuals; wrote " + s.index() + " and " + s.diagram());
        return 0;
    }

    /** Parses a user's file; a syntax error is the user's to fix, so it becomes one line, not a stack trace. */
    private static Model read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserErrors.CliException("--ontology " + file + ": no such file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString(), Lang.TURTLE);
        Model model = ModelFactory.createDefaultModel();
        try {
            // No logging: the exception's message is reported as the one line, not also as a log record.
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(model);
        } catch (RiotException e) {
            throw new UserErrors.CliException("cannot read " + file + " as " + lang.getLabel() + ": " + oneLine(e.getMessage()));
        }
        return model;
    }

    private static String oneLine(String message) {
        return message == null ? "syntax error" : message.replaceAll("\\s+", " ").strip();
    }
}
