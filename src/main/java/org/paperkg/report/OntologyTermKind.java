package org.paperkg.report;

/** The groups the page documents terms in; each is one section (properties share a parent section). */
enum OntologyTermKind {
    CLASS("classes", "Classes", "class"),
    OBJECT_PROPERTY("object-properties", "Object properties", "object property"),
    DATATYPE_PROPERTY("datatype-properties", "Datatype properties", "datatype property"),
    ANNOTATION_PROPERTY("annotation-properties", "Annotation properties", "annotation property"),
    /** Declared only as rdf:Property or by a characteristic such as owl:FunctionalProperty. */
    OTHER_PROPERTY("other-properties", "Other properties", "property"),
    INDIVIDUAL("individuals", "Named individuals", "named individual");

    final String sectionId;
    final String heading;
    final String singular;

    OntologyTermKind(String sectionId, String heading, String singular) {
        this.sectionId = sectionId;
        this.heading = heading;
        this.singular = singular;
    }

    boolean isProperty() {
        return this != CLASS && this != INDIVIDUAL;
    }
}
