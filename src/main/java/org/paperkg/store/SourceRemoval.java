package org.paperkg.store;

/**
 * What {@link PaperStore#removeSource} did.
 *
 * @param source    the source file name
 * @param removed   papers deleted (they came only from that source)
 * @param rewritten papers kept without that source (they also came from other files)
 */
public record SourceRemoval(String source, int removed, int rewritten) {
    @Override
    public String toString() {
        return String.format("remove: %s: %d papers removed, %d kept with their other sources", source, removed, rewritten);
    }
}
