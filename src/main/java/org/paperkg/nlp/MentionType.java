package org.paperkg.nlp;

import java.util.Locale;

/** The kinds of named entity the mention finders look for. */
public enum MentionType {
    MODEL, DATASET, ORGANIZATION;

    /** The type name used in OpenNLP training data and in the gold layout's section names. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MentionType fromTag(String tag) {
        return valueOf(tag.toUpperCase(Locale.ROOT));
    }
}
