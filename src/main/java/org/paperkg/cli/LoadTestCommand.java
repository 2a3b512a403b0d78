package org.paperkg.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperkg.query.NamedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paperkg loadtest}: many concurrent clients run the library queries against a running server for a
 * fixed time; prints requests, errors and latency percentiles per query and in total. Exit code 1 when any
 * request failed.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load a running SPARQL endpoint with concurrent clients running the library queries (default"
                + " parameters) for a fixed time; print latency percentiles (p50, p90, p99, max) and errors per query.",
                "Exit code 1 if any request failed. Meant for a server on loopback."})
final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:3030/kg/sparql", paramLabel = "URL",
            description = "SPARQL query endpoint (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--clients", defaultValue = "50", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "S", description = "How long to run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--query", paramLabel = "NAME", description = "Run only these library queries (repeatable; default: all).")
    List<String> only;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "S",
            description = "A request with no complete answer after this many seconds is an error (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() throws Exception {
        if (seconds <= 0 || timeout <= 0) throw new UserErrors.CliException("--seconds and --timeout must be positive");
        QueryLibrary library = QueryLibrary.bundled();
        List<NamedQuery> chosen = only == null ? library.all() : only.stream().map(library::get).toList();
        Map<String, String> queries = new LinkedHashMap<>();
        for (NamedQuery q : chosen) {
            queries.put(q.name(), QueryRunner.prepare(q, Map.of()).serialize());
        }
        PrintStream out = System.out;
        out.printf("loadtest: %d clients, %d s, %d queries against %s%n", clients, seconds, queries.size(), url);
        LoadTest.Result result = new LoadTest(url, queries, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(timeout)).run();
        out.print(table(result));
        Latencies.Summary total = result.total();
        if (total.errors() > 0) {
            System.err.println("loadtest: " + total.errors() + " requests failed; first: " + result.firstError());
            return 1;
        }
        return 0;
    }

    static String table(LoadTest.Result result) {
        StringBuilder sb = new StringBuilder();
        String row = "%-32s %8s %7s %9s %9s %9s %9s%n";
        sb.append(String.format(row, "query", "requests", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        result.byQuery().forEach((name, latencies) -> sb.append(line(row, name, latencies.summary())));
        Latencies.Summary total = result.total();
        sb.append(line(row, "all", total));
        sb.append(String.format("loadtest: %d requests in %.1f s (%.0f a second), %d errors%n",
                total.requests() + total.errors(), result.seconds(), (total.requests() + total.errors()) / result.seconds(), total.errors()));
        return sb.toString();
    }

    private static String line(String row, String name, Latencies.Summary s) {
        return String.format(row, name, s.requests() + s.errors(), s.errors(), ms(s.p50()), ms(s.p90()), ms(s.p99()), ms(s.max()));
    }

    private static String ms(double v) {
        return String.format("%.1f", v);
    }
}
