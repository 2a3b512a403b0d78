package org.paperkg.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an entity or paper links to: its page in the static site ({@code e/model-llama2.html}, relative
 * to the site root), or, when the report is served, the server's linked-data page ({@code /model/llama2}).
 */
abstract class ReportLinks {

    /** The href of the node's page, or null when it has none. Relative hrefs are relative to the site root. */
    abstract String href(String iri);

    /** Whether the report writes a page per entity (static site) or links to pages served elsewhere. */
    abstract boolean writesEntityPages();

    /** Links to the per-entity pages of the static site. */
    static ReportLinks staticSite(ReportGraph graph) {
        return new StaticSite(graph);
    }

    /** Links to the linked-data pages a server answers for IRIs under {@code base}. */
    static ReportLinks served(String base) {
        return new Served(base);
    }

    private static final class StaticSite extends ReportLinks {
        private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}");
        private final ReportGraph graph;
        private final Map<String, String> files = new HashMap<>();
        private final Set<String> taken = new HashSet<>();

        StaticSite(ReportGraph graph) {
            this.graph = graph;
        }

        @Override
        synchronized String href(String iri) {
            if (iri == null) return null;
            String kind = graph.pageKind(iri);
            if (kind == null) return null;
            return files.computeIfAbsent(iri, k -> {
                String tail = iri.substring(iri.lastIndexOf('/') + 1).toLowerCase();
                String key = SAFE.matcher(tail).matches() ? tail : Integer.toHexString(iri.hashCode());
                String file = "e/" + kind + "-" + key + ".html";
                for (int n = 2; !taken.add(file); n++) file = "e/" + kind + "-" + key + "-" + n + ".html";
                return file;
            });
        }

        @Override
        boolean writesEntityPages() {
            return true;
        }
    }

    private static final class Served extends ReportLinks {
        /** The paths the linked-data servlet answers (see publish.LinkedDataServlet). */
        private static final Pattern ENTITY = Pattern.compile("(model|dataset|org)/[a-z0-9]+|paper/[a-z0-9]+(?:\\.[a-z0-9]+)*");
        private final String base;

        Served(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
        }

        @Override
        String href(String iri) {
            if (iri == null || !iri.startsWith(base)) return null;
            String rest = iri.substring(base.length());
            return ENTITY.matcher(rest).matches() ? "/" + rest : null;
        }

        @Override
        boolean writesEntityPages() {
            return false;
        }
    }
}
