package org.paperkg.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Runs queries against a local dataset (inside a read transaction) or a remote SPARQL endpoint, with a
 * timeout on every execution so a runaway query cannot hold the store or the terminal.
 */
public final class QueryRunner {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Exactly one of the two is set. */
    private final Dataset dataset;
    private final String endpoint;
    private final Duration timeout;

    private QueryRunner(Dataset dataset, String endpoint, Duration timeout) {
        this.dataset = dataset;
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /** Queries {@code dataset} in this JVM (its union default graph setting applies). */
    public static QueryRunner local(Dataset dataset) {
        return new QueryRunner(Objects.requireNonNull(dataset, "dataset"), null, DEFAULT_TIMEOUT);
    }

    /** Queries a SPARQL endpoint over HTTP, e.g. {@code http://localhost:3030/kg/sparql}. */
    public static QueryRunner remote(String endpointUrl) {
        return new QueryRunner(null, Objects.requireNonNull(endpointUrl, "endpointUrl"), DEFAULT_TIMEOUT);
    }

    /** The same runner with another time limit per execution. */
    public QueryRunner withTimeout(Duration limit) {
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, not " + limit);
        }
        return new QueryRunner(dataset, endpoint, limit);
    }

    /**
     * The library query with its parameters bound: given values first, declared defaults otherwise.
     * Values are inserted as RDF terms, never as text (see {@link ParameterBinder}).
     *
     * @throws QueryInputException for an undeclared parameter, a non-number where a number is expected,
     *                             a malformed IRI, or a query that does not parse
     */
    public static Query prepare(NamedQuery query, Map<String, String> parameterValues) {
        return ParameterBinder.bind(query, parameterValues);
    }

    /** SELECT rows, copied so they outlive the transaction or HTTP response. */
    public ResultSetRewindable select(Query query) {
        requireType(query, query.isSelectType(), "SELECT");
        return execute(query, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    public boolean ask(Query query) {
        requireType(query, query.isAskType(), "ASK");
        return execute(query, QueryExecution::execAsk);
    }

    /** The graph a CONSTRUCT or DESCRIBE query builds. */
    public Model graph(Query query) {
        requireType(query, query.isConstructType() || query.isDescribeType(), "CONSTRUCT or DESCRIBE");
        return execute(query, qe -> query.isConstructType() ? qe.execConstruct() : qe.execDescribe());
    }

    /** Runs any query form and writes its results to {@code out} in {@code format}. */
    public void run(Query query, OutputFormat format, OutputStream out) {
        if (query.isSelectType() || query.isAskType()) {
            if (!format.isTabular()) {
                throw new QueryInputException("format " + format.name().toLowerCase() + " is for CONSTRUCT and DESCRIBE "
                        + "results; a " + (query.isSelectType() ? "SELECT" : "ASK") + " query writes table, csv, tsv or json");
            }
            execute(query, qe -> {
                if (query.isSelectType()) writeRows(qe.execSelect(), query, format, out);
                else writeAnswer(qe.execAsk(), format, out);
                return null;
            });
        } else if (query.isConstructType() || query.isDescribeType()) {
            if (format == OutputFormat.CSV || format == OutputFormat.TSV) {
                throw new QueryInputException("format " + format.name().toLowerCase()
                        + " is for SELECT results; a graph is written as ttl, nt, jsonld, rdfxml or trig");
            }
            RDFDataMgr.write(out, graph(query), format.graphFormat());
        } else {
            throw new QueryInputException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
        }
    }

    private static void writeRows(ResultSet rows, Query query, OutputFormat format, OutputStream out) {
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
            default -> ResultSetFormatter.out(out, rows, query);   // aligned table; IRIs shortened with the query's prefixes
        }
    }

    private static void writeAnswer(boolean answer, OutputFormat format, OutputStream out) {
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            default -> ResultSetFormatter.out(out, answer);
        }
    }

    /** Opens the execution, applies the result function, closes; locally, all inside one read transaction. */
    private <T> T execute(Query query, Function<QueryExecution, T> useResults) {
        if (dataset == null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return useResults.apply(qe);
            }
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return useResults.apply(qe);
            }
        });
    }

    private static void requireType(Query query, boolean matches, String expected) {
        if (!matches) {
            throw new QueryInputException("expected a " + expected + " query");
        }
    }
}
