package org.paperkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The paperkg ontology's terms, as Jena constants. {@code ontology/paperkg.ttl} declares, labels and
 * aligns every one of them; a test checks the two stay in step.
 */
public final class PKG {
    public static final String NS = "https://w3id.org/paperkg/ontology#";
    public static final String PREFIX = "pkg";

    private PKG() {}

    // Classes
    public static final Resource Paper = cls("Paper");
    public static final Resource Model = cls("Model");
    public static final Resource ModelFamily = cls("ModelFamily");
    public static final Resource Dataset = cls("Dataset");
    public static final Resource Benchmark = cls("Benchmark");
    public static final Resource Organization = cls("Organization");
    public static final Resource Quantity = cls("Quantity");
    public static final Resource Unit = cls("Unit");
    public static final Resource EvaluationResult = cls("EvaluationResult");
    public static final Resource Evidence = cls("Evidence");
    public static final Resource PaperGraph = cls("PaperGraph");
    public static final Resource SourceFile = cls("SourceFile");

    // Paper metadata
    public static final Property abstractText = prop("abstract");
    public static final Property dateText = prop("dateText");
    public static final Property publicationDate = prop("publicationDate");
    public static final Property authorCount = prop("authorCount");
    public static final Property upvotes = prop("upvotes");
    public static final Property listedBy = prop("listedBy");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property arxivId = prop("arxivId");
    public static final Property contentHash = prop("contentHash");

    // Paper to entity
    public static final Property mentions = prop("mentions");
    public static final Property introduces = prop("introduces");
    public static final Property reportsQuantity = prop("reportsQuantity");

    // Entity bookkeeping (entities graph)
    public static final Property mentionCount = prop("mentionCount");
    public static final Property normalizedKey = prop("normalizedKey");

    // Relations between entities (the guidelines' closed list)
    public static final Property trainedOn = prop("trainedOn");
    public static final Property evaluatedOn = prop("evaluatedOn");
    public static final Property outperforms = prop("outperforms");
    public static final Property basedOn = prop("basedOn");
    public static final Property partOf = prop("partOf");
    public static final Property developedBy = prop("developedBy");

    // Evaluation results
    public static final Property hasEvaluationResult = prop("hasEvaluationResult");
    public static final Property evaluatedModel = prop("evaluatedModel");
    public static final Property benchmark = prop("benchmark");
    public static final Property score = prop("score");
    public static final Property metric = prop("metric");

    // Quantities attached to an entity (the guidelines' properties); all have range Quantity
    public static final Property quantity = prop("quantity");
    public static final Property parameterCount = prop("parameterCount");
    public static final Property activeParameterCount = prop("activeParameterCount");
    public static final Property trainingTokens = prop("trainingTokens");
    public static final Property datasetSize = prop("datasetSize");
    public static final Property contextLength = prop("contextLength");
    public static final Property acceleratorCount = prop("acceleratorCount");

    // Quantity description
    public static final Property numericValue = prop("numericValue");
    public static final Property unit = prop("unit");
    public static final Property rawText = prop("rawText");
    public static final Property measures = prop("measures");

    // Evidence
    public static final Property evidence = prop("evidence");
    public static final Property sentence = prop("sentence");
    public static final Property startOffset = prop("startOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property extractor = prop("extractor");
    public static final Property confidence = prop("confidence");
    public static final Property fromPaper = prop("fromPaper");

    // Graph provenance
    public static final Property extractorVersion = prop("extractorVersion");

    /** Units of the guidelines' closed list, as individuals of pkg:Unit; the ontology aligns them to QUDT. */
    public static Resource unitResource(String unitId) {
        return ResourceFactory.createResource(NS + "unit-" + unitId);
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
