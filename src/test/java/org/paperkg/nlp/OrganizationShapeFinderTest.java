package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationShapeFinderTest {

    private static List<String> found(String title, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
        return new OrganizationShapeFinder().find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void namesEndingInAnInstitutionalHeadAreOrganisations() {
        assertEquals(List.of("organization:Stanford University", "organization:Shanghai AI Laboratory"),
                found("A title", "The corpus was collected at Stanford University and cleaned by the Shanghai AI "
                        + "Laboratory before release."));
    }

    @Test
    void aHeadFollowedByOfOrForOpensTheName() {
        assertEquals(List.of("organization:Centre for Natural Language Processing",
                        "organization:National Institute of Technology Silchar",
                        "organization:University of Washington"),
                found("A title", "This system was developed by the Centre for Natural Language Processing at the "
                        + "National Institute of Technology Silchar, with annotators from the University of Washington."));
    }

    @Test
    void onePlaceAfterTheHeadBelongsToTheNameAPersonsNameDoesNot() {
        assertEquals(List.of("organization:Erasmus University Rotterdam", "organization:Rutgers University"),
                found("A title", "The model is fine-tuned for Erasmus University Rotterdam. Naina Chaturvedi, "
                        + "Rutgers University Ananda Gunawardena wrote the guide."));
    }

    @Test
    void titlesFoundationModelsAndLoneHeadsAreNotOrganisations() {
        assertEquals(List.of(),
                found("A Study of University Admissions with Foundation Models",
                        "Foundation models are trained on broad data. A Vision Language Foundation Model is tuned "
                                + "here; every university and institute can reproduce it. The Institute reviewed it."));
    }

    @Test
    void aSystemPapersTeamOfAnOrganisationsShapeIsOneButOtherTitleRunsAreNot() {
        assertEquals(List.of("organization:Saama AI Research"),
                found("Saama AI Research at SemEval-2023 Task 7: Exploring the Capabilities of Flan-T5", "We fine-tune Flan-T5."));
        assertEquals(List.of("organization:Harvey Mudd College"),
                found("Harvey Mudd College at SemEval-2019 Task 4: The Clint Buchanan Hyperpartisan News Detector", "We detect."));
        assertEquals(List.of(), found("A Study of University Admissions at Scale: What Rankings Hide", "We study admissions."));
        assertEquals(List.of(), found("BAMO at SemEval-2024 Task 9: BRAINTEASER", "We solve puzzles."));
        // a team's name of five or six words
        assertEquals(List.of("organization:Rutgers Multimedia Image Processing Lab"),
                found("Rutgers Multimedia Image Processing Lab at SemEval-2023 Task-1: Text Augmentation-based Approach",
                        "We augment text."));
        assertEquals(List.of(), found("A Study of Hyperpartisan News Detection Systems at SemEval-2019 Task 4", "We detect."));
    }

    @Test
    void aCapitalisedArticleAfterOfOpensANewNameAndAnArtefactIsNoPlace() {
        assertEquals(List.of("organization:The University of Edinburgh", "organization:NTU NLP Lab"),
                found("A title", "This article presents the participation of Team SMASH of The University of Edinburgh in "
                        + "the task, and the NTU NLP Lab System as a baseline."));
    }

    @Test
    void aNameCoordinatedBeforeTheOrganisationIsNotPartOfIt() {
        assertEquals(List.of("organization:Stanford University"),
                found("A title", "We compare ChatGPT and Stanford University annotators on the test set."));
    }

    @Test
    void aCapitalisedWordOpeningTheSentenceIsLeftOut() {
        assertEquals(List.of("organization:Tsinghua University"),
                found("A title", "In Tsinghua University, the benchmark was translated by students."));
    }

    @Test
    void aHeadGluedToTheNextLinesWordEndsTheNameInsideTheToken() {
        assertEquals(List.of("organization:Rutgers University", "organization:Rutgers University"),
                found("A title", "Authors - Naina Chaturvedi, Rutgers UniversityAnanda Gunawardena, Rutgers "
                        + "UniversityContact: nc832@cs.rutgers.eduThe rapid advancement of language models has opened new "
                        + "frontiers in educational content creation."));
    }

    @Test
    void aHeadRunningOnInLowerCaseOrIntoCapitalsIsNoGluedHead() {
        assertEquals(0, OrganizationShapeFinder.gluedHeadLength("Laboratory"));
        assertEquals(0, OrganizationShapeFinder.gluedHeadLength("LabGPT"));
        assertEquals(0, OrganizationShapeFinder.gluedHeadLength("Universities"));
        assertEquals(10, OrganizationShapeFinder.gluedHeadLength("UniversityContact"));
    }

    @Test
    void committeesAndCommissionsAreBodies() {
        assertEquals(List.of("organization:Federal Open Market Committee", "organization:European Commission"),
                found("A title", "Monetary policy pronouncements by the Federal Open Market Committee (FOMC) move "
                        + "markets, and the European Commission publishes its rulings."));
    }

    @Test
    void publicBodiesEndInOfficesAuthoritiesBoardsTribunalsHospitalsLibrariesAndServices() {
        assertEquals(List.of("organization:Japanese Patent Office", "organization:Hong Kong Hospital Authority",
                        "organization:UK Employment Tribunal", "organization:National Health Service",
                        "organization:National Library of Medicine", "organization:International Union for Conservation of Nature"),
                found("A title", "Patents come from the Japanese Patent Office and records from the Hong Kong Hospital "
                        + "Authority and the UK Employment Tribunal. The National Health Service and the National Library "
                        + "of Medicine release data, as do researchers for the International Union for Conservation of Nature."));
        // things named with ordinary words, and what a paper presents, are no public bodies
        assertEquals(List.of(), found("A title", "Messages sent by Short Message Service reach the Customer Care "
                + "Service. We present Bloom Library, a set of datasets."));
    }

    @Test
    void courtsAreBodiesButALowerCaseCourtIsNot() {
        assertEquals(List.of("organization:European Court of Human Rights", "organization:Indian Supreme Court"),
                found("A title", "We use cases from the European Court of Human Rights (ECHR) and judgments of the "
                        + "Indian Supreme Court, and a court hearing corpus."));
    }

    @Test
    void researchAndCentreEndANameOnlyWhereTheCapitalisedRunEnds() {
        assertEquals(List.of("organization:Nous Research", "organization:Barcelona Supercomputing Center",
                        "organization:European Holocaust Research Infrastructure"),
                found("A title", "The models were built by Nous Research and tested at the Barcelona Supercomputing "
                        + "Center for the European Holocaust Research Infrastructure. We summarise Biomedical Research "
                        + "Articles for lay readers."));
    }

    @Test
    void aNameEndsAtItsLastHeadAndACoordinationStartsTheNext() {
        assertEquals(List.of("organization:Baidu Research", "organization:Oregon State University",
                        "organization:National Research Council of Canada"),
                found("A title", "The system was developed jointly by Baidu Research and Oregon State University, "
                        + "with data from the National Research Council of Canada."));
    }

    @Test
    void aFieldOfResearchOrAnArtefactNamedAfterResearchIsNoOrganisation() {
        assertEquals(List.of("organization:KPN Research",
                        "organization:Electronics Research & Development Center of India"),
                found("A title", "We build on Translation Process Research and on the COVID-19 Open Research Dataset, "
                        + "with help from KPN Research and the Electronics Research & Development Center of India."));
    }

    @Test
    void aLowerCaseHeadAfterANameWithACapitalInsideEndsAnOrganisation() {
        assertEquals(List.of("organization:ON-TRAC consortium", "organization:L3i laboratory"),
                found("A title", "This paper describes the systems that the ON-TRAC consortium developed, with help from "
                        + "the L3i laboratory in a second phase of the work."));
        // an ordinary name before the lower-case head, or no "the" before the name, is left alone
        assertEquals(List.of(), found("A title", "We thank the Stanford lab and our BERT laboratory for the help they gave."));
    }

    @Test
    void anAgencysHeadNeedsANameBeforeItAndAStatesInitialsMakeAPublicBody() {
        assertEquals(List.of("organization:Korea Meteorological Administration", "organization:US Copyright Office"),
                found("A title", "We deploy the search system at the Korea Meteorological Administration, and the US "
                        + "Copyright Office released a statement about authorship of generated text."));
        assertEquals(List.of(), found("A title", "The texts of the Public Administration domain are long and their "
                + "terms are hard to translate for most of the systems we tried."));
    }
}
