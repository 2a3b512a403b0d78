package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.paperkg.publish.KgServer;
import org.paperkg.publish.ServerOptions;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperkg serve}: the TDB2 store as a read-only SPARQL endpoint, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph read-only over SPARQL (Apache Jena Fuseki) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--build", description = "First build the bundled sample corpus into the store.")
    boolean build;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = new ServerOptions(port, ServerOptions.DEFAULT_DATASET, Verbosity.isVerbose(spec));
        if (build) {
            System.err.println(BuildCommand.buildSample(store));
        } else if (!Files.isDirectory(store)) {
            throw new UserErrors.CliException("no store at " + store
                    + "; build one with 'paperkg build', or run 'paperkg serve --build' for the sample corpus");
        }
        KnowledgeStore kg = StoreAccess.openExisting(store);
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

        System.out.println("paperkg: serving " + kg.paperCount() + " papers at " + server.sparqlUrl());
        System.out.flush();
        server.join();
        shutdown.run();
        return 0;
    }

    private static Runnable closeOnce(KgServer server, KnowledgeStore kg) {
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                server.close();
                kg.close();
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
