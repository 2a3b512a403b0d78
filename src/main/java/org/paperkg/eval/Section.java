package org.paperkg.eval;

/** The scored sections, in score.py's SECTIONS order (which is also the table's row order). */
public enum Section {
    MODELS("models"),
    DATASETS("datasets"),
    ORGANIZATIONS("organizations"),
    INTRODUCED("introduced"),
    QUANTITIES("quantities"),
    QUANTITY_FACTS("quantity_facts"),
    RELATIONS("relations");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    /** The name score.py prints and uses as JSON key. */
    public String id() {
        return id;
    }
}
