package org.paperkg.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code paperkg} command: one subcommand per pipeline stage. */
@Command(name = "paperkg", mixinStandardHelpOptions = true, version = "paperkg 0.1.0",
        description = "Builds a knowledge graph of ML papers (models, datasets, organisations, quantities) and serves it with Apache Jena Fuseki.",
        subcommands = {
            ExtractCommand.class,
            BuildCommand.class,
            RemoveCommand.class,
            CompactCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            EvaluateCommand.class,
            TrainCommand.class,
            BenchCommand.class,
            LoadTestCommand.class,
            ValidateCommand.class,
            DocsCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PaperKg implements Runnable {

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log what Jena, Fuseki and Jetty do (quiet by default).")
    void setVerbose(boolean verbose) {
        Configurator.setRootLevel(verbose ? Level.INFO : Level.WARN);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PaperKg());
        cl.setExecutionExceptionHandler(new UserErrors());
        return cl;
    }
}
