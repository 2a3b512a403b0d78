package org.paperkg.publish;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Serves a dataset read-only over HTTP with Fuseki main.
 *
 * <p>Endpoints, for dataset name {@code kg}: SPARQL query at {@code /kg/sparql}, {@code /kg/query} and
 * {@code /kg} itself, Graph Store Protocol read at {@code /kg/get}, health at {@code /$/ping} and
 * {@code /health}. There is deliberately no update or upload endpoint: the store changes only through
 * {@code paperkg build}. Queries see the dataset's union default graph, because the union setting lives
 * in the dataset's context and Fuseki executes queries with it.
 *
 * <p>The server does not own the dataset: {@link #close()} stops HTTP, and the caller closes the store.
 */
public final class KgServer implements AutoCloseable {

    private final FusekiServer server;
    private final String datasetName;

    private KgServer(FusekiServer server, String datasetName) {
        this.server = server;
        this.datasetName = datasetName;
    }

    /** Longest a query may run on the server before Fuseki stops it. */
    public static final Duration QUERY_TIME_LIMIT = Duration.ofSeconds(30);

    /**
     * Starts serving {@code ds}; returns once the port is bound. Sets two limits in the dataset's
     * context, since anyone who reaches the port can send queries: a query time limit, and no
     * {@code SERVICE} calls, which would let a query make the server fetch arbitrary URLs.
     */
    public static KgServer start(Dataset ds, ServerOptions options) {
        setLogLevels(options.verbose());
        ds.getContext().set(ARQ.queryTimeout, Long.toString(QUERY_TIME_LIMIT.toMillis()));
        ds.getContext().set(ARQ.httpServiceAllowed, false);
        DataService readOnly = DataService.newBuilder(ds.asDatasetGraph())
                .addEndpoint(Operation.Query)              // POST/GET on /kg itself
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .add("/" + options.datasetName(), readOnly)
                .enablePing(true)
                .addServlet("/health", new HealthServlet())
                .verbose(options.verbose())
                .build();
        server.start();
        return new KgServer(server, options.datasetName());
    }

    /** The bound port (the real one when the options asked for port 0). */
    public int port() {
        return server.getPort();
    }

    /** The SPARQL query endpoint, e.g. {@code http://localhost:3030/kg/sparql}. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The dataset's base URL, e.g. {@code http://localhost:3030/kg}. */
    public String datasetUrl() {
        return "http://localhost:" + port() + "/" + datasetName;
    }

    /** Blocks until the server stops (another thread, or a shutdown hook, calls {@link #close()}). */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * Fuseki logs every request and its start-up banner at INFO, and Jetty its internals: useful with
     * --verbose, noise otherwise.
     */
    private static void setLogLevels(boolean verbose) {
        Level fuseki = verbose ? Level.INFO : Level.WARN;
        Configurator.setLevel("org.apache.jena.fuseki", fuseki);
        Configurator.setLevel("org.eclipse.jetty", Level.WARN);
    }
}
