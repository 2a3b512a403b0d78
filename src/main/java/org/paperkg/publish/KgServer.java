package org.paperkg.publish;

import java.net.URL;
import java.time.Duration;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Serves a dataset over HTTP with Fuseki main.
 *
 * <p>Endpoints, for dataset name {@code kg}: SPARQL query at {@code /kg/sparql}, {@code /kg/query} and
 * {@code /kg} itself, Graph Store Protocol read at {@code /kg/get}, health at {@code /health} and
 * {@code /$/ping}, Fuseki's own query UI at {@code /} (with the read-only {@code /$/server} and
 * {@code /$/stats} it needs). Only with a password file are there update endpoints: SPARQL Update at
 * {@code /kg/update} and the read-write Graph Store Protocol at {@code /kg/data}, both for logged-in users
 * only; queries stay open. Entity IRIs under the options' base are dereferenceable ({@code /model/{key}} etc.,
 * with content negotiation) and the VoID/DCAT description is at {@code /.well-known/void}
 * ({@link LinkedDataServlet}); the report is at {@code /report/} ({@link ReportServlet}). Queries see the
 * dataset's union default graph, because the union setting lives
 * in the dataset's context and Fuseki executes queries with it.
 *
 * <p>Limits, since anyone who reaches the port can send queries: a query timeout, a cap on SELECT rows
 * ({@link LimitedQuery}), and no {@code SERVICE} calls, which would let a query make the server fetch
 * arbitrary URLs. {@link #close()} is graceful: the port stops taking connections, requests already
 * running finish (up to the query timeout and a margin), then the server stops.
 *
 * <p>The server does not own the dataset: the caller closes the store after {@link #close()}.
 */
public final class KgServer implements AutoCloseable {

    /** Longest a query may run on the server by default before Fuseki stops it. */
    public static final Duration QUERY_TIME_LIMIT = ServerOptions.DEFAULT_TIMEOUT;

    /** Time given to running requests on shutdown beyond the query timeout (writing out results). */
    private static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(5);

    private final FusekiServer server;
    private final String datasetName;
    private final HealthServlet health;
    private final ReportServlet report;

    private KgServer(FusekiServer server, String datasetName, HealthServlet health, ReportServlet report) {
        this.server = server;
        this.datasetName = datasetName;
        this.health = health;
        this.report = report;
    }

    /** Starts serving {@code ds}; returns once the port is bound. */
    public static KgServer start(Dataset ds, ServerOptions options) {
        setLogLevels(options.verbose());
        ds.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        ds.getContext().set(ARQ.httpServiceAllowed, false);

        DataService.Builder service = DataService.newBuilder(ds.asDatasetGraph())
                .addEndpoint(Operation.Query)              // POST/GET on /kg itself
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (options.updatable()) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                   .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        HealthServlet health = new HealthServlet(() -> Txn.calculateRead(ds, () -> true));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .add("/" + options.datasetName(), service.build())
                .registerOperation(Operation.Query, new LimitedQuery(options.maxResults()))
                .enablePing(true)
                .addServlet("/health", health)
                .verbose(options.verbose());
        LinkedDataServlet linkedData = new LinkedDataServlet(ds, options.base());
        for (String path : LinkedDataServlet.MAPPINGS) builder.addServlet(path, linkedData);
        ReportServlet report = new ReportServlet(ds, options.base());
        builder.addServlet(ReportServlet.PATH, report).addServlet(ReportServlet.PATH + "/*", report);
        addUi(builder);
        if (options.updatable()) {
            builder.passwordFile(options.passwordFile().toAbsolutePath().toString())
                   .auth(options.auth().equals("digest") ? AuthScheme.DIGEST : AuthScheme.BASIC);
        }
        FusekiServer server = builder.build();
        makeGraceful(server.getJettyServer(), options.queryTimeout().plus(SHUTDOWN_MARGIN));
        server.start();
        return new KgServer(server, options.datasetName(), health, report);
    }

    /**
     * Fuseki's own browser UI, from the jena-fuseki-ui jar on the class path (bundled in paperkg.jar):
     * the same files and read-only endpoints as Fuseki main's UI module, without its admin operations
     * (no dataset creation, deletion, backup or compaction over HTTP).
     */
    private static void addUi(FusekiServer.Builder builder) {
        URL index = KgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) return;   // not on the class path: serve without the UI
        String url = index.toExternalForm();
        String base = url.substring(0, url.length() - "index.html".length());
        if (base.startsWith("file:")) base = java.nio.file.Path.of(java.net.URI.create(base)).toString();
        builder.staticFileBase(base)
               .addFilter("/*", new PagePolicyFilter())
               .addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/validate/query", new QueryValidator())
               .enableStats(true);
    }

    /** Stop: close the port at once, let running requests finish within {@code grace}, then stop. */
    private static void makeGraceful(Server jetty, Duration grace) {
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(jetty.getHandler());
        jetty.setHandler(graceful);
        jetty.setStopTimeout(grace.toMillis());
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

    /** The report on the served graph, written on the first request (see {@link ReportServlet}). */
    public String reportUrl() {
        return rootUrl() + "report/";
    }

    /** The server root, where the query UI is, e.g. {@code http://localhost:3030/}. */
    public String rootUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** Blocks until the server stops (another thread, or a shutdown hook, calls {@link #close()}). */
    public void join() {
        server.join();
    }

    /** Stops gracefully: running requests finish first (see the class comment). */
    @Override
    public void close() {
        health.stopping();
        server.stop();
        report.close();
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
