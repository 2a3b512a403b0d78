package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationContextFinderTest {

    private static List<String> found(String title, String text) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, text);
        return new OrganizationContextFinder().find(t).stream().map(m -> m.text(t)).toList();
    }

    @Test
    void theAgentOfAMakingVerbIsTheMakerWhenItIsSpelledLikeAnOrganisation() {
        assertEquals(List.of("OrionStar", "NAVER Cloud", "NVIDIA", "Georgia Tech", "TII"),
                found("A title", "Orion-14B, developed by OrionStar, is trained on a new corpus curated by NAVER Cloud. "
                        + "Developed jointly by NVIDIA and Georgia Tech, the encoder was later released by TII."));
    }

    @Test
    void theOrganisationOfThePeopleWhoMadeItIsTheMaker() {
        assertEquals(List.of("TII", "MBZUAI"),
                found("A title", "The model was developed by TII researchers and released by MBZUAI engineers."));
    }

    @Test
    void anOrganisationOpeningASentenceThatPresentsWorkIsTheMaker() {
        assertEquals(List.of("OpenBMB", "Reka AI"),
                found("A title", "OpenBMB presents MiniCPM4-8B, a small model. Reka AI introduces Reka-Vibe, a voice "
                        + "assistant."));
    }

    @Test
    void thePlaceOfAnOrganisationsPeopleIsTheOrganisation() {
        assertEquals(List.of("TII", "MBZUAI"),
                found("A title", "We, the Falcon LLM team at TII, release Falcon-180B. Researchers from MBZUAI "
                        + "helped, as did a team at Home."));
    }

    @Test
    void theOwnerOfASharedTaskSubmissionIsAnOrganisationInTheTitleAsInTheAbstract() {
        assertEquals(List.of("Williams College", "Transn", "KU", "Upstage", "Global Tone Communication Co., Ltd.",
                        "University of Edinburgh"),
                found("Williams College’s Submission for the Coco4MT 2023 Shared Task",
                        "This paper describes the Transn’s submissions to the WMT2022 task, and KU X Upstage's submission "
                                + "to WMT22. We compare it with the Global Tone Communication Co., Ltd.’s submission. "
                                + "The University of Edinburgh's entry won."));
        // the possessive must own a submission
        assertEquals(List.of(), found("Transn’s Methods for Translation", "We follow Zorbat’s approach."));
    }

    @Test
    void peopleOrdinaryWordsAndThePapersOwnMethodAreNotMakers() {
        assertEquals(List.of(),
                found("A title", "The weights were trained by SGD updates. The tagger released by Devlin et al. "
                        + "was built by NLP experts and developed by "
                        + "Tomita. We use the technique proposed by ELECTRA. We propose TiKMiX, a data mixing method. "
                        + "TiKMiX introduces Group Influence, a new estimator. We propose QuantiDCE, a framework. The "
                        + "model trained by QuantiDCE correlates better with people."));
    }

    @Test
    void anOrganisationIsSpelledAsAnAcronymOrWithCapitalsInside() {
        assertTrue(OrganizationContextFinder.organisationSpelling("MBZUAI"));
        assertTrue(OrganizationContextFinder.organisationSpelling("inclusionAI"));
        assertTrue(OrganizationContextFinder.organisationSpelling("OpenBMB"));
        assertFalse(OrganizationContextFinder.organisationSpelling("Zyphra"));
        assertFalse(OrganizationContextFinder.organisationSpelling("A"));
    }
}
