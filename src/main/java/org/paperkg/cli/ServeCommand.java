package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.paperkg.publish.KgServer;
import org.paperkg.publish.PasswordFile;
import org.paperkg.publish.ServerOptions;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paperkg serve}: the TDB2 store as a SPARQL endpoint with Fuseki's query UI, until the process is
 * stopped. Read-only unless a password file names users who may update.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph over SPARQL (Apache Jena Fuseki), with a query page at the server root"
                + " and the report at /report/, until stopped with Ctrl-C or SIGTERM.",
                "Queries are open and read-only; --password-file adds SPARQL Update (/kg/update) and Graph Store"
                + " uploads (/kg/data) for the users in that file."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--build", description = "First build the bundled sample corpus into the store.")
    boolean build;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop queries that run longer (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "Most rows a SELECT returns; 0 for no limit (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Enable updates for the users in FILE ('user: password' lines, Jetty realm format)."
                    + " Without it the server has no update endpoints.")
    Path passwordFile;

    @Option(names = "--auth", paramLabel = "SCHEME", defaultValue = "basic",
            description = "HTTP authentication for updates: basic or digest (default: ${DEFAULT-VALUE}).")
    String auth;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Data namespace of the entity IRIs the server dereferences: {base}model/KEY is answered at"
                    + " /model/KEY (also /dataset/, /org/, /paper/), with content negotiation (default: ${DEFAULT-VALUE}).")
    String base;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = options();
        if (build) {
            System.err.println(BuildCommand.buildSample(store));
        } else if (!Files.isDirectory(store)) {
            throw new UserErrors.CliException("no store at " + store
                    + "; build one with 'paperkg build', or run 'paperkg serve --build' for the sample corpus");
        }
        KnowledgeStore kg = StoreAccess.openExisting(store);
        if (!kg.textIndexWasConsistent()) System.err.println("paperkg serve: " + kg.textIndexAtOpening() + "; repaired");
        KgServer server;
        try {
            server = KgServer.start(kg.dataset(), options);
        } catch (RuntimeException e) {
            kg.close();
            throw new UserErrors.CliException("cannot serve on port " + port + ": " + rootMessage(e)
                    + " (is another server running? choose another with --port)");
        }
        // Ctrl-C and SIGTERM run shutdown hooks: stop taking requests, then release the database
        Runnable shutdown = closeOnce(server, kg);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "paperkg-serve-shutdown"));

        System.out.println("paperkg: serving " + kg.paperCount() + " papers at " + server.sparqlUrl()
                + " (query page at " + server.rootUrl() + "; report at " + server.reportUrl() + "; health at " + server.rootUrl() + "health)");
        System.out.println(options.updatable()
                ? "paperkg: updates at " + server.datasetUrl() + "/update and " + server.datasetUrl() + "/data for the users in " + passwordFile
                : "paperkg: read-only (no update endpoints; see --password-file)");
        System.out.flush();
        server.join();
        shutdown.run();
        return 0;
    }

    private ServerOptions options() throws java.io.IOException {
        if (timeoutSeconds <= 0) throw new UserErrors.CliException("--timeout must be a positive number of seconds");
        if (maxResults < 0) throw new UserErrors.CliException("--max-results must be 0 (no limit) or positive");
        ServerOptions options = new ServerOptions(port, ServerOptions.DEFAULT_DATASET, Verbosity.isVerbose(spec))
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                .withMaxResults(maxResults);
        try {
            options = options.withBase(base);
        } catch (IllegalArgumentException e) {
            throw new UserErrors.CliException("--base: " + e.getMessage());
        }
        if (passwordFile == null) return options;
        List<String> users = PasswordFile.users(passwordFile);
        if (PasswordFile.readableByOthers(passwordFile)) {
            System.err.println("paperkg serve: warning: " + passwordFile + " is readable by other users (chmod 600 it)");
        }
        System.err.println("paperkg serve: " + users.size() + " user(s) may update: " + String.join(", ", users));
        return options.withPasswordFile(passwordFile, auth);
    }

    private static Runnable closeOnce(KgServer server, KnowledgeStore kg) {
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                System.err.println("paperkg serve: stopping (running requests finish first)");
                server.close();
                kg.close();
                System.err.println("paperkg serve: stopped, store closed");
            }
        };
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Opening a store the way both serve and query need it: it must exist, and not be held by another process. */
    static final class StoreAccess {
        private StoreAccess() {}

        static KnowledgeStore openExisting(Path store) {
            if (!Files.isDirectory(store)) {
                throw new UserErrors.CliException("no store at " + store + "; build one with 'paperkg build'");
            }
            try {
                return KnowledgeStore.open(store);
            } catch (StoreLockedException e) {
                throw new UserErrors.CliException(e.getMessage());
            }
        }
    }

    /** Whether --verbose was given, before or after the subcommand name (it is an inherited option). */
    static final class Verbosity {
        private Verbosity() {}

        static boolean isVerbose(CommandLine.Model.CommandSpec spec) {
            for (CommandLine cl = spec.commandLine(); cl != null; cl = cl.getParent()) {
                CommandLine.ParseResult parsed = cl.getParseResult();
                if (parsed != null && parsed.hasMatchedOption("--verbose")) return true;
            }
            return false;
        }
    }
}
