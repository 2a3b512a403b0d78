package org.paperkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/** Test access to {@link EntitiesGraph#derive(DatasetGraph)} for tests outside this package. */
public final class EntitiesGraphAccess {
    private EntitiesGraphAccess() {}

    /** The entities graph as the stored paper graphs say it should be (call inside a transaction). */
    public static Graph derive(DatasetGraph dsg) {
        return EntitiesGraph.derive(dsg);
    }
}
