package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Paper;

/** basedOn from a title that names the new model before its colon and the model it is built from after it. */
class TitleBaseRuleTest {

    private static Extraction extract(String title, String abstractText) {
        Paper paper = WrittenAbstracts.paper(title, abstractText);
        var facts = WrittenAbstracts.extractor().extract(paper);
        return new Extraction(facts.relations(), facts.entities().stream().map(ExtractedEntity::name).toList());
    }

    private record Extraction(List<ExtractedRelation> relations, List<String> names) {
        boolean has(String s, String p, String o) {
            return relations.stream().anyMatch(r -> r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o));
        }
    }

    @Test
    void aSubtitleThatAdaptsTheModelInTheNewNameIsItsBase() {
        Extraction x = extract("AgriCLIP: Adapting CLIP for Agriculture and Livestock",
                "We present AgriCLIP, a vision-language foundation model for agriculture. It outperforms general-domain"
                        + " models by 7.8% in zero-shot classification accuracy.");
        assertTrue(x.has("AgriCLIP", "basedOn", "CLIP"), x.relations()::toString);
    }

    @Test
    void aNewNameEndingInTheBaseNameWorksToo() {
        Extraction x = extract("MoEBERT: from BERT to Mixture-of-Experts via Importance-Guided Adaptation",
                "We propose MoEBERT, which uses a Mixture-of-Experts structure to increase model capacity and inference speed.");
        assertTrue(x.has("MoEBERT", "basedOn", "BERT"), x.relations()::toString);
    }

    @Test
    void aNameThatOnlyContainsAnotherIsNotBuiltOnIt() {
        // the subtitle does not name BERT: a model trained in BERT's manner, not from it
        Extraction x = extract("SwahBERT: Language Model of Swahili",
                "We release SwahBERT, a monolingual model pre-trained from scratch on Swahili text, and compare it with"
                        + " multilingual BERT on four tasks.");
        assertTrue(x.names().contains("SwahBERT") && x.names().stream().anyMatch(n -> n.contains("BERT") && !n.equals("SwahBERT")),
                x.names()::toString);
        assertFalse(x.relations().stream().anyMatch(r -> r.predicate().equals("basedOn") && r.subject().equals("SwahBERT")),
                x.relations()::toString);
    }
}
