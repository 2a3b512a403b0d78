package org.paperkg.publish;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with a cap on SELECT results: a query without {@code LIMIT}, or with a
 * larger one, runs with {@code LIMIT max}, and the response says so in the header
 * {@value #LIMIT_HEADER}. Queries that ask for fewer rows, and ASK, CONSTRUCT and DESCRIBE, run as sent.
 * Clients page through larger results with {@code ORDER BY}, {@code LIMIT} and {@code OFFSET}.
 */
final class LimitedQuery extends SPARQL_QueryDataset {

    static final String LIMIT_HEADER = "Paperkg-Result-Limit";
    /**
     * Longest query text accepted. The SPARQL parser copies its buffer as one token grows, so a 20 MB comment
     * or string takes minutes to parse; a megabyte is far beyond any real query and parses in a blink.
     */
    static final int MAX_QUERY_CHARS = 1 << 20;

    private final long maxResults;

    LimitedQuery(long maxResults) {
        this.maxResults = maxResults;
    }

    /** A body larger than any accepted query is refused before it is read. */
    @Override
    protected void validateRequest(HttpAction action) {
        if (action.getRequest().getContentLengthLong() > 4L * MAX_QUERY_CHARS) {
            ServletOps.error(413, "query larger than " + MAX_QUERY_CHARS + " characters");
        }
        super.validateRequest(action);
    }

    /**
     * Refuses overlong queries before parsing, and turns a query nested too deeply for the parser or the
     * evaluator (a stack overflow, which unwinds cleanly) into a 400 instead of a 500.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > MAX_QUERY_CHARS) {
            ServletOps.error(413, "query longer than " + MAX_QUERY_CHARS + " characters");
        }
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query nested too deeply for this server");
        }
    }

    /** Refuses regular expressions that a timeout could not stop ({@link RegexGuard}). */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = RegexGuard.check(query);
        if (refusal != null) ServletOps.errorBadRequest(refusal);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query limited = limited(query, maxResults);
        if (limited != query) action.setResponseHeader(LIMIT_HEADER, Long.toString(maxResults));
        return super.createQueryExec(action, limited, dataset);
    }

    /** The query itself, or a copy with {@code LIMIT max} when it is a SELECT that could return more. */
    static Query limited(Query query, long max) {
        if (max <= 0 || !query.isSelectType()) return query;
        if (query.hasLimit() && query.getLimit() <= max) return query;
        Query copy = query.cloneQuery();
        copy.setLimit(max);
        return copy;
    }
}
