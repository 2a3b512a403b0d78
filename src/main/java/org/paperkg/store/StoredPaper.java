package org.paperkg.store;

import java.util.Set;

/**
 * What the store holds about one paper graph, enough to tell whether a newly read paper changes it.
 *
 * @param graphIri         the paper's named graph
 * @param contentHash      {@code pkg:contentHash} of the paper (title and abstract)
 * @param sources          its {@code pkg:sourceFile} names
 * @param extractorVersion {@code pkg:extractorVersion} of the graph, or null
 */
public record StoredPaper(String graphIri, String contentHash, Set<String> sources, String extractorVersion) {
    public StoredPaper {
        sources = Set.copyOf(sources);
    }
}
