package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.store.KnowledgeStore;
import org.paperkg.store.PaperStore;
import org.paperkg.store.RemoteStore;
import org.paperkg.store.SourceRemoval;
import org.paperkg.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paperkg remove SOURCE…}: takes input files out of the graph. Papers read only from a removed
 * file are deleted; papers also read from other files stay, without that file among their sources. The
 * entities graph (labels, aliases, mention counts) and the text index follow.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove the papers that came only from the given input files; papers that also came from"
                + " other files stay, without the removed file among their sources.",
                "SOURCE is an input file name as in pkg:sourceFile (a path is reduced to its file name)."})
final class RemoveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Input file names (or paths) to remove.")
    List<String> sources;

    @Option(names = "--store", defaultValue = "kg", paramLabel = "DIR", description = "TDB2 folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--to", paramLabel = "URL", description = "Remove from this Fuseki dataset instead, e.g. http://localhost:3030/kg.")
    String to;

    @Option(names = "--user", paramLabel = "USER", description = "User for --to.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File with the password of --user.")
    Path passwordFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (to != null && spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw new UserErrors.CliException("--store and --to exclude each other");
        }
        try (PaperStore target = to != null ? BuildCommand.connect(to, user, passwordFile) : openLocal()) {
            for (String source : sources) {
                SourceRemoval removal = target.removeSource(fileName(source));
                System.err.println(removal);
            }
            System.err.printf("remove: %d papers, %d triples left in %s%n", target.paperCount(), target.tripleCount(), target.location());
        } catch (RemoteStore.RemoteStoreException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
        return 0;
    }

    private KnowledgeStore openLocal() {
        if (user != null || passwordFile != null) throw new UserErrors.CliException("--user and --password-file go with --to");
        if (!java.nio.file.Files.isDirectory(store)) throw new UserErrors.CliException("no store at " + store);
        try {
            return KnowledgeStore.open(store);
        } catch (StoreLockedException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
    }

    /** Sources are stored as file names: {@code data/seeds/a.txt} means {@code a.txt}. */
    static String fileName(String source) {
        String s = source.strip();
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return slash >= 0 ? s.substring(slash + 1) : s;
    }
}
