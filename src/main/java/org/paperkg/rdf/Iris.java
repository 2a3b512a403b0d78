package org.paperkg.rdf;

import java.util.Locale;
import org.paperkg.nlp.MentionType;

/**
 * How paperkg names things. Every IRI is derived from content (a paper's normalised title, an
 * entity's normalised name), so the same input gives the same IRIs on every run and machine, and
 * two papers naming {@code Llama-2} and {@code LLaMA 2} name one entity.
 *
 * @param base the data namespace, ending in '/'; the default is {@link #DEFAULT_BASE}
 */
public record Iris(String base) {
    public static final String DEFAULT_BASE = "https://w3id.org/paperkg/";

    public Iris {
        if (!base.endsWith("/")) {
            base = base + "/";
        }
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String paper(String paperKey) {
        return base + "paper/" + paperKey;
    }

    public String paperGraph(String paperKey) {
        return base + "graph/paper/" + paperKey;
    }

    public String entitiesGraph() {
        return base + "graph/entities";
    }

    public String entity(MentionType type, String nameKey) {
        return base + switch (type) {
            case MODEL -> "model/";
            case DATASET -> "dataset/";
            case ORGANIZATION -> "org/";
        } + nameKey;
    }

    public String quantity(String paperKey, int n) {
        return paper(paperKey) + "/q/" + n;
    }

    public String evaluation(String paperKey, int n) {
        return paper(paperKey) + "/eval/" + n;
    }

    public String evidence(String paperKey, int n) {
        return paper(paperKey) + "/ev/" + n;
    }

    /** The graph IRI for a paper IRI, and back, for stores that hold both. */
    public String paperKeyOf(String paperOrGraphIri) {
        int slash = paperOrGraphIri.lastIndexOf('/');
        return paperOrGraphIri.substring(slash + 1).toLowerCase(Locale.ROOT);
    }
}
