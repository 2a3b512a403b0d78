package org.paperkg.publish;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
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

    private final long maxResults;

    LimitedQuery(long maxResults) {
        this.maxResults = maxResults;
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
