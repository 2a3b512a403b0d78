package org.paperkg.report;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out unique HTML ids. Terms claim theirs first, so a term's anchor is its local name
 * ({@code #Paper}) and links people copy from the page keep working; a page section whose id a
 * term already took gets a suffix instead.
 */
final class OntologyAnchors {
    private final Set<String> taken = new HashSet<>();

    String claim(String wanted) {
        // HTML ids may hold anything but whitespace; an empty local name (the namespace IRI itself) needs a stand-in.
        String base = wanted.replaceAll("\\s+", "-");
        if (base.isEmpty()) {
            base = "term";
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
