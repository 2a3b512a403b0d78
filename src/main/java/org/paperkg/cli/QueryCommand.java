package org.paperkg.cli;

import org.paperkg.rdf.NonClosingOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.paperkg.query.NamedQuery;
import org.paperkg.query.OutputFormat;
import org.paperkg.query.QueryInputException;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperkg query NAME|FILE.rq}: a library query (or any .rq file) against the store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a named query from the library, or a .rq file, against the local store or a SPARQL endpoint.",
                "Without a query, list the library."})
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1",
            description = "A library query name (e.g. paper-count) or the path of a .rq file.")
    String queryName;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source = new Source();

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: kg).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint, e.g. http://localhost:3030/kg/sparql.")
        String endpoint;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Set a query parameter; repeatable. Write IRIs as <...>.")
    List<String> params = List.of();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json (SELECT/ASK); ttl, nt, jsonld, rdfxml, trig (CONSTRUCT/DESCRIBE). Default: table (Turtle for graphs).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        try {
            QueryLibrary library = QueryLibrary.bundled();
            if (queryName == null) {
                listQueries(library);
                return 0;
            }
            NamedQuery named = library.get(queryName);
            Query query = QueryRunner.prepare(named, parseParams(params));
            OutputFormat outputFormat = OutputFormat.parse(format);
            if (timeoutSeconds <= 0) {
                throw new UserErrors.CliException("--timeout must be a positive number of seconds");
            }
            run(query, outputFormat, Duration.ofSeconds(timeoutSeconds));
            return 0;
        } catch (QueryInputException e) {
            throw new UserErrors.CliException(e.getMessage());
        }
    }

    private void run(Query query, OutputFormat outputFormat, Duration timeout) {
        OutputStream out = new BufferedOutputStream(new NonClosingOutputStream(System.out));
        try {
            if (source.endpoint != null) {
                QueryRunner.remote(source.endpoint).withTimeout(timeout).run(query, outputFormat, out);
            } else {
                try (KnowledgeStore kg = ServeCommand.StoreAccess.openExisting(
                        source.store == null ? Path.of("kg") : source.store)) {
                    QueryRunner.local(kg.dataset()).withTimeout(timeout).run(query, outputFormat, out);
                }
            }
            out.flush();
        } catch (QueryCancelledException e) {
            throw new UserErrors.CliException("the query took longer than " + timeout.toSeconds() + " s and was stopped (see --timeout)");
        } catch (QueryExceptionHTTP e) {
            throw new UserErrors.CliException("endpoint " + source.endpoint + ": " + httpProblem(e.getStatusCode(), e));
        } catch (HttpException e) {
            throw new UserErrors.CliException("endpoint " + source.endpoint + ": " + httpProblem(e.getStatusCode(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name=value} pairs; the value may contain '=' and may be empty. */
    static Map<String, String> parseParams(List<String> pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UserErrors.CliException("--param expects NAME=VALUE, not '" + pair + "'");
            }
            String name = pair.substring(0, eq).strip();
            if (values.put(name, pair.substring(eq + 1)) != null) {
                throw new UserErrors.CliException("--param " + name + " is given twice");
            }
        }
        return values;
    }

    private static void listQueries(QueryLibrary library) {
        PrintStream out = System.out;
        for (NamedQuery q : library.all()) {
            out.println(q.name() + " \u2014 " + q.title());
            if (!q.question().isEmpty()) out.println("    " + q.question());
            q.parameterDefaults().forEach((name, dflt) -> out.println("    --param " + name + "=" + dflt));
        }
    }

    /** The HTTP status if there was an answer, else the network failure (the query URL would drown it). */
    private static String httpProblem(int status, RuntimeException e) {
        if (status > 0) {
            String detail = e.getMessage() == null ? "" : oneLine(e.getMessage());
            return "HTTP " + status + (detail.isEmpty() ? "" : " " + detail.substring(0, Math.min(200, detail.length())));
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "cannot connect (" + oneLine(reason) + "); is the server running?";
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s+", " ").strip();
    }

}
