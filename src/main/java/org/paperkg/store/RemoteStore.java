package org.paperkg.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.paperkg.rdf.PKG;

/**
 * A Fuseki dataset reached over HTTP, e.g. {@code http://localhost:3030/kg}: a stock Fuseki server (with
 * {@code config/fuseki-kg.ttl}, or {@code --tdb2 --loc DIR --update /kg}) or {@code paperkg serve
 * --password-file}. It uses the dataset's standard endpoints: SPARQL query at {@code /query}, SPARQL
 * Update at {@code /update}, and the Graph Store Protocol at {@code /data}.
 *
 * <p>Paper graphs are written with Graph Store Protocol {@code PUT} (replacing the graph), removals and
 * the entities graph's changes with SPARQL Update. The entities graph is derived exactly as in the local
 * store, from aggregate queries sent to the server (paged, so a server's result-size limit cannot cut
 * them short unnoticed). Each request is one transaction on the server; a batch as a whole is not, so a
 * build interrupted half way is finished by running it again (unchanged papers are skipped, and the
 * entities graph is recomputed at the end of every build).
 */
public final class RemoteStore implements PaperStore {

    /** Rows per query page. */
    static final int PAGE_SIZE = 5000;

    private final String datasetUrl;
    private final String queryUrl;
    private final String updateUrl;
    private final String dataUrl;
    private final boolean authenticated;

    private RemoteStore(String datasetUrl, boolean authenticated) {
        this.datasetUrl = datasetUrl;
        this.queryUrl = datasetUrl + "/query";
        this.updateUrl = datasetUrl + "/update";
        this.dataUrl = datasetUrl + "/data";
        this.authenticated = authenticated;
    }

    /**
     * Connects to the dataset at {@code datasetUrl}, checking that it answers queries and accepts
     * updates with the given credentials ({@code user} null: no credentials).
     *
     * @throws RemoteStoreException with a message for the user if either check fails
     */
    public static RemoteStore connect(String datasetUrl, String user, String password) {
        String url = normalise(datasetUrl);
        if (user != null) {
            AuthEnv.get().registerUsernamePassword(URI.create(url), user, Objects.requireNonNull(password, "password"));
        }
        RemoteStore store = new RemoteStore(url, user != null);
        try {
            store.checkAccess();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The dataset URL without a trailing slash; only http and https. */
    static String normalise(String datasetUrl) {
        String url = datasetUrl == null ? "" : datasetUrl.strip();
        while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new RemoteStoreException("not a URL: " + datasetUrl);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                || uri.getPath() == null || uri.getPath().isEmpty() || uri.getQuery() != null) {
            throw new RemoteStoreException("expected the URL of a Fuseki dataset, like http://localhost:3030/kg, not " + datasetUrl);
        }
        return url;
    }

    private void checkAccess() {
        try (QueryExec qe = QueryExecHTTP.service(queryUrl).query("ASK {}").build()) {
            qe.ask();
        } catch (HttpException e) {
            throw problem("cannot query " + queryUrl, e);
        }
        try {
            // a no-op update: fails early, before any extraction work, if the credentials are wrong
            UpdateExecHTTP.service(updateUrl).update("INSERT DATA {}").execute();
        } catch (HttpException e) {
            throw problem("cannot update " + updateUrl, e);
        }
    }

    private RemoteStoreException problem(String what, HttpException e) {
        int status = e.getStatusCode();
        String why;
        if (status == 401 || status == 403) {
            why = authenticated ? "HTTP " + status + ": the server refused the user and password (--user, --password-file)"
                    : "HTTP " + status + ": the server wants a user and password (--user, --password-file)";
        } else if (status == 404 || status == 405) {
            why = "HTTP " + status + ": no such endpoint; is " + datasetUrl + " a Fuseki dataset with query, update and data endpoints?";
        } else if (status > 0) {
            why = "HTTP " + status + " " + oneLine(e.getMessage());
        } else {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            why = "cannot connect (" + oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())
                    + "); is the server running?";
        }
        return new RemoteStoreException(what + ": " + why, e);
    }

    private static String oneLine(String s) {
        String x = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return x.length() > 200 ? x.substring(0, 200) + "..." : x;
    }

    @Override
    public String location() {
        return datasetUrl;
    }

    @Override
    public Map<String, StoredPaper> storedPapers() {
        StoreQueries.PaperStates states = new StoreQueries.PaperStates();
        select(StoreQueries.PAPER_STATES, states::add);
        return states.result();
    }

    @Override
    public void loadBatch(List<PaperGraph> graphs) {
        for (PaperGraph paper : graphs) {
            KnowledgeStore.paperGraphNode(paper.graphIri());   // the same checks as the local store
            if (paper.model() == null) throw new IllegalArgumentException("paper graph " + paper.graphIri() + " has no model");
        }
        for (PaperGraph paper : graphs) {
            try {
                GSP.service(dataUrl).graphName(paper.graphIri()).PUT(paper.model().getGraph());
            } catch (HttpException e) {
                throw problem("cannot store " + paper.graphIri() + " at " + dataUrl, e);
            }
        }
        recomputeEntities();
    }

    @Override
    public SourceRemoval removeSource(String sourceFile) {
        UpdateRequest request = new UpdateRequest();
        int removed = 0;
        int rewritten = 0;
        for (StoredPaper paper : storedPapers().values()) {
            if (!paper.sources().contains(sourceFile)) continue;
            if (paper.sources().size() == 1) {
                request.add(new UpdateDrop(paper.graphIri(), true));
                removed++;
            } else {
                request.add(UpdateFactory.create("DELETE { GRAPH <" + paper.graphIri() + "> { ?x <" + PKG.sourceFile.getURI() + "> ?s } }"
                        + " WHERE { GRAPH <" + paper.graphIri() + "> { ?x <" + PKG.sourceFile.getURI() + "> ?s"
                        + " FILTER(STR(?s) = " + stringLiteral(sourceFile) + ") } }").getOperations().get(0));
                rewritten++;
            }
        }
        if (!request.getOperations().isEmpty()) {
            update(request, "cannot remove " + sourceFile);
        }
        recomputeEntities();
        return new SourceRemoval(sourceFile, removed, rewritten);
    }

    private static String stringLiteral(String s) {
        return NodeFactory.createLiteralString(s).toString();
    }

    /** Brings the server's entities graph in step with its paper graphs. */
    public void recomputeEntities() {
        Graph stored = entitiesGraph();
        Graph wanted = EntitiesGraph.derive(this::select, stored);
        EntitiesGraph.Diff diff = EntitiesGraph.diff(stored, wanted);
        if (diff.isEmpty()) return;
        if (diff.obsolete().size() + diff.missing().size() > wanted.size()) {
            // mostly new: replacing the whole graph is one smaller request
            try {
                GSP.service(dataUrl).graphName(EntitiesGraph.IRI).PUT(wanted);
            } catch (HttpException e) {
                throw problem("cannot store the entities graph at " + dataUrl, e);
            }
            return;
        }
        UpdateRequest request = new UpdateRequest();
        if (!diff.obsolete().isEmpty()) request.add(new UpdateDataDelete(quads(diff.obsolete())));
        if (!diff.missing().isEmpty()) request.add(new UpdateDataInsert(quads(diff.missing())));
        update(request, "cannot update the entities graph");
    }

    private static QuadDataAcc quads(List<Triple> triples) {
        List<Quad> quads = new ArrayList<>(triples.size());
        for (Triple t : triples) quads.add(new Quad(EntitiesGraph.NODE, t));
        return new QuadDataAcc(quads);
    }

    private Graph entitiesGraph() {
        try {
            return GSP.service(dataUrl).graphName(EntitiesGraph.IRI).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) return GraphFactory.createDefaultGraph();
            throw problem("cannot read the entities graph from " + dataUrl, e);
        }
    }

    private void update(UpdateRequest request, String what) {
        try {
            UpdateExecHTTP.service(updateUrl).update(request).execute();
        } catch (HttpException e) {
            throw problem(what + " at " + updateUrl, e);
        }
    }

    @Override
    public long tripleCount() {
        return count(StoreQueries.TRIPLE_COUNT);
    }

    @Override
    public long paperCount() {
        return count(StoreQueries.PAPER_COUNT);
    }

    private long count(Query countQuery) {
        try (QueryExec qe = QueryExecHTTP.service(queryUrl).query(countQuery).build()) {
            RowSet rows = qe.select();
            Node n = rows.next().get(Var.alloc("n"));
            return ((Number) n.getLiteralValue()).longValue();
        } catch (HttpException e) {
            throw problem("cannot query " + queryUrl, e);
        }
    }

    /**
     * Runs a SELECT in pages (ordered by every projected variable, so pages neither overlap nor miss
     * rows), then checks the number of rows against a COUNT of the same query: a server that caps result
     * sizes below the page size returns short pages, which would end the paging early. If that happened,
     * the query is paged again by the server's cap (the size of its first, short page).
     */
    void select(Query query, Consumer<Binding> onRow) {
        try {
            List<Binding> rows = new ArrayList<>();
            int firstPage = fetch(query, PAGE_SIZE, rows);
            long expected = count(countOf(query));
            if (rows.size() != expected && firstPage > 0 && firstPage < PAGE_SIZE) {
                rows.clear();
                fetch(query, firstPage, rows);
            }
            if (rows.size() != expected) {
                throw new RemoteStoreException("the server at " + queryUrl + " returned " + rows.size() + " of " + expected
                        + " result rows of a paged query");
            }
            rows.forEach(onRow);
        } catch (HttpException e) {
            throw problem("cannot query " + queryUrl, e);
        }
    }

    /** All pages of {@code query} into {@code rows}; returns the size of the first page. */
    private int fetch(Query query, int pageSize, List<Binding> rows) {
        int first = -1;
        for (long offset = 0; ; offset += pageSize) {
            Query page = query.cloneQuery();
            if (!page.hasOrderBy()) {
                for (Var v : page.getProjectVars()) page.addOrderBy(v, Query.ORDER_ASCENDING);
            }
            page.setLimit(pageSize);
            page.setOffset(offset);
            int n = 0;
            try (QueryExec qe = QueryExecHTTP.service(queryUrl).query(page).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    rows.add(rs.next());
                    n++;
                }
            }
            if (first < 0) first = n;
            if (n < pageSize) return first;
        }
    }

    /** {@code SELECT (COUNT(*) AS ?n) { query }}. */
    private static Query countOf(Query query) {
        Query inner = query.cloneQuery();
        inner.setPrefixMapping(PrefixMapping.Factory.create());
        return QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { { " + inner.serialize() + " } }");
    }

    @Override
    public void close() {
        if (authenticated) AuthEnv.get().unregisterUsernamePassword(URI.create(datasetUrl));
    }

    /** A remote failure, with a message meant for the user. */
    public static final class RemoteStoreException extends RuntimeException {
        RemoteStoreException(String message) {
            super(message);
        }

        RemoteStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
