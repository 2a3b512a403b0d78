package org.paperkg.extract;

/**
 * A relation the text states between two entities of the paper.
 *
 * @param subject    subject entity name
 * @param predicate  one of trainedOn, evaluatedOn, outperforms, basedOn, partOf, developedBy
 * @param object     object entity name
 * @param score      for evaluatedOn, the number the text gives, else null
 * @param start      start of the evidence (the sentence) in the document text
 * @param end        end of the evidence
 * @param confidence how sure the rule is, in [0, 1]
 * @param rule       which rule found it
 */
public record ExtractedRelation(String subject, String predicate, String object, Double score,
                                int start, int end, double confidence, String rule) {
}
