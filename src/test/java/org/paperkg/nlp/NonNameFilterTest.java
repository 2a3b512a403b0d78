package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closed-class tests as one table: each case runs the filter over a fixed finder that proposes
 * the candidates as one type, on a title and an abstract, and lists what the filter keeps.
 */
class NonNameFilterTest {

    private static List<String> kept(MentionFinder inner, String title, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
        return new NonNameFilter(inner).find(t).stream().map(m -> m.text(t)).toList();
    }

    /** Candidates of one type in a title and an abstract, and those the filter keeps, in text order. */
    record Case(String name, List<String> kept, MentionType type, List<String> candidates, String title, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // the opening of a title that asks, acts or announces is a phrase; a name before the colon stays
                new Case("a title opening with a question word, a gerund or 'Overview of' is no name",
                        List.of(), MentionType.DATASET, List.of("How Diplomats Dispute"),
                        "How Diplomats Dispute: The UN Security Council Conflict Corpus", "We present a corpus."),
                new Case("a title opening with a gerund is no name",
                        List.of(), MentionType.DATASET, List.of("Revisiting non-English Text Simplification"),
                        "Revisiting non-English Text Simplification: A Unified Multilingual Benchmark", "We present data."),
                new Case("'Overview of X' is no name, X alone is",
                        List.of("EvaHan2025"), MentionType.DATASET, List.of("Overview of EvaHan2025", "EvaHan2025"),
                        "Overview of EvaHan2025: The First International Evaluation", "EvaHan2025 has two tasks."),
                new Case("a one-word or name-led title opening stays",
                        List.of("ReasoningBank", "Dependency Bank"), MentionType.DATASET,
                        List.of("ReasoningBank", "Dependency Bank"),
                        "ReasoningBank: Scaling Agent Memory", "We build the Dependency Bank."),
                // a title capitalises "large-scale"; the same shape with a name part (Flan-T5, Code-Llama) stays
                new Case("a title case compound of ordinary words is no name but a hyphenated name is",
                        List.of("WorldValuesBench", "Code-Llama", "Multi-Cultural"),
                        MentionType.DATASET, List.of("WorldValuesBench", "Large-Scale", "Multi-Cultural", "Code-Llama"),
                        "WorldValuesBench: A Large-Scale Benchmark Dataset for Code-Llama",
                        "We test Code-Llama on Multi-Cultural prompts."),
                // a class of models spelled out is no name, as its abbreviation is not
                new Case("'Large Language Models' and 'Vision-Language Models' are classes, not models",
                        List.of("Llama-3"),
                        MentionType.MODEL, List.of("Large Language Models", "Vision-Language Models", "Llama-3"),
                        "A study of models",
                        "Generative models such as Large Language Models (LLM) and Vision-Language Models like Llama-3."),
                // the guidelines: architecture classes and training methods are neither models nor data
                new Case("generic architectures and methods are no models but qualified names are",
                        List.of("Differential Transformer", "O-LoRA"),
                        MentionType.MODEL, List.of("BiLSTM", "Random Forests", "LoRA", "Transformer",
                                "Differential Transformer", "O-LoRA", "COVID-19", "MaxEnt", "2x-6x", "LLMs"),
                        "A title",
                        "Unlike BiLSTM, MaxEnt, Random Forests and other LLMs, the Differential Transformer with O-LoRA "
                                + "and plain LoRA classifies COVID-19 tweets 2x-6x faster."),
                // the same classes spelled out, and the classical learners: "Convolutional Neural Networks (CNN)"
                new Case("spelled-out architecture classes and classical learners are no models",
                        List.of("ConvBERT", "Graph Neural Network Transformer"),
                        MentionType.MODEL, List.of("Ridge Classifier", "Convolutional Neural Networks", "XGBoost",
                                "Bidirectional Long Short-Term Memory", "BiLSTM-CRF", "ConvBERT",
                                "Graph Neural Network Transformer"),
                        "A title",
                        "We explored Ridge Classifier, Convolutional Neural Networks, XGBoost, a Bidirectional Long "
                                + "Short-Term Memory, a BiLSTM-CRF, ConvBERT and a Graph Neural Network Transformer."),
                // coreference and parsing scores: "MUC, B3 and CEAF" are metrics, "MUC-6" is the MUC data
                new Case("coreference and parsing metrics are no names but the MUC-6 corpus is",
                        List.of("MUC-6"),
                        MentionType.DATASET, List.of("MUC", "B3", "CEAF", "LAS", "UAS", "MUC-6"),
                        "A title",
                        "The MUC, B3 and CEAF F1 average is 67.58%, LAS and UAS are 90.1 and 92.3 on MUC-6."),
                // an unknown item between metrics is a metric however it is spelled; a model after a metric is not
                new Case("an item of a list of metrics is a metric",
                        List.of("GPT-4", "Llama-3"),
                        MentionType.MODEL, List.of("Q-BLUE-3", "Exact Match", "GPT-4", "Llama-3"),
                        "A title",
                        "We report the Rouge-L, BLEU4, BERTScore, Q-BLUE-3 and F1-scores, as BLEU, ROUGE, Exact Match, "
                                + "and F1 often struggle. In terms of BLEU, GPT-4 and Llama-3 are close."),
                // a missing space glues a preposition, or a word before a decimal, or a month to a number
                new Case("a word glued to a number is no name but a dataset written in lower case is",
                        List.of("banking77"),
                        MentionType.DATASET, List.of("October7", "with2", "score20.37", "banking77"),
                        "A title",
                        "From October7, 2023 we collected 12, 000 posts, with2, 400 per language; a BLEU score20.37 "
                                + "and 93.1 on the banking77 benchmark."),
                new Case("a compound participle and a conference with its year are no names but a cased checkpoint is",
                        List.of("bert-base-uncased"),
                        MentionType.MODEL, List.of("African-accented", "LLM-generated", "RANLP 2023", "bert-base-uncased"),
                        "A title",
                        "For African-accented speech and LLM-generated text, presented at RANLP 2023, we fine-tune "
                                + "bert-base-uncased."),
                new Case("one letter and a metric with F1 as a word or a macro average are no names",
                        List.of("Macro Chinese Discourse Treebank", "F1GPT"),
                        MentionType.MODEL, List.of("A", "macro-F1-score", "Weighted Average F1-Score", "F1=76.3",
                                "MAE Macro Avg 0.101", "Macro Chinese Discourse Treebank", "F1GPT"),
                        "A title",
                        "For sub-task A, the macro-F1-score and Weighted Average F1-Score reach F1=76.3 and MAE Macro "
                                + "Avg 0.101 on the Macro Chinese Discourse Treebank, as F1GPT did."),
                new Case("a one-letter metric or F-1 with its value is no name",
                        List.of("Zorba 0.5"),
                        MentionType.MODEL, List.of("P 0.72", "R 0.68", "F-1 0.70", "Zorba 0.5"),
                        "A title",
                        "The classifier obtained P 0.72, R 0.68, F-1 0.70 on the first class, as Zorba 0.5 did."),
                new Case("a setting the text abbreviates before a model's name is not part of the name",
                        List.of("AraT5", "NLI Shared Task 2017"),
                        MentionType.MODEL, List.of("I-R AraT5", "NLI Shared Task 2017"),
                        "A title",
                        "We train with independent model training for every regional dialect (I-R). Our I-R AraT5 model "
                                + "ranked first. We study native-language identification (NLI) for the NLI Shared Task 2017."),
                new Case("a rank cut-off and the state of the art abbreviated are no names",
                        List.of("IMoJIE", "SOTAGPT"),
                        MentionType.MODEL, List.of("top-1", "SOTA of IMoJIE", "SoTA", "IMoJIE", "SOTAGPT"),
                        "A title",
                        "We beat the SOTA of IMoJIE in top-1 accuracy; IMoJIE was SoTA until SOTAGPT."),
                new Case("the initials of a task are no name but a corpus named by more than its initials is",
                        List.of("CHILDES"),
                        MentionType.DATASET, List.of("IC", "SF", "CHILDES"),
                        "A title",
                        "We study intent classification (IC) and slot filling (SF) on child-directed speech (CHILDES)."),
                new Case("initials that take the letter of 'and' spell a coined name, not a task's initials",
                        List.of("STAIR"),
                        MentionType.MODEL, List.of("STAIR", "POS", "LIiC"),
                        "A title",
                        "We build a sparse text and image representation (STAIR) for part-of-speech (POS) tagging "
                                + "and lexical inference in context (LIiC)."),
                new Case("F1 spelt with a space is a metric",
                        List.of("SciFact"),
                        MentionType.DATASET, List.of("F 1", "SciFact"),
                        "A title",
                        "The data improve the F 1 weighted metric on fact-checking datasets such as SciFact."),
                new Case("a name with based or enhanced is an adjective not a name",
                        List.of("Pinyin-Enhanced Spell Checker"),
                        MentionType.MODEL, List.of("LSTM-based", "Wikipedia-based", "Pinyin-Enhanced Spell Checker"),
                        "A title", "An LSTM-based tagger on Wikipedia-based text, unlike the Pinyin-Enhanced Spell Checker."),
                new Case("a range of sizes after a name is the family's span not a member",
                        List.of("LLaMA", "Pythia 70M", "OLMoE-1B-7B"),
                        MentionType.MODEL, List.of("LLaMA 7B-65B", "Pythia 70M", "OLMoE-1B-7B"),
                        "A title",
                        "We prompt open LLMs (LLaMA 7B-65B), Pythia 70M and OLMoE-1B-7B."),
                new Case("languages on their own are no datasets but names with a language are",
                        List.of("IndicQA", "English Wikipedia"),
                        MentionType.DATASET, List.of("Bengali", "Hindi", "IndicQA", "English Wikipedia"),
                        "A title",
                        "We build IndicQA for two Indic languages, Bengali and Hindi, and pre-train on English Wikipedia."),
                new Case("metrics are neither models nor datasets",
                        List.of("Pegasus", "PubMed"),
                        MentionType.DATASET, List.of("Pegasus", "ROUGE-L F1", "BLEU", "PubMed"),
                        "A title",
                        "Pegasus reaches a ROUGE-L F1 of 0.27 and a BLEU of 31 on PubMed summaries."),
                new Case("a metric qualified by what it counts is a metric",
                        List.of("RoBERTa-EM", "CoNLL-2012"),
                        MentionType.DATASET, List.of("T-F1", "IOU-F1", "CoNLL-2012", "RoBERTa-EM"),
                        "A title",
                        "RoBERTa-EM (an exact-match model) gains 16.7 points on T-F1 and 4.3 on IOU-F1 over CoNLL-2012 systems."),
                new Case("a plural abbreviation of common words is a class not a name",
                        List.of("RETRO", "SmolVLM"),
                        MentionType.MODEL, List.of("MLLMs", "RETRO", "SmolVLM", "SVLMs"),
                        "A title",
                        "Multimodal large language models (MLLMs) convert designs, unlike the Retrieval-Enhanced "
                                + "Transformer (RETRO). We build SmolVLM, a family of small vision-language models (SVLMs)."),
                new Case("a size takes the name before it and a size alone is no model",
                        List.of("Mixtral 8x22B", "Llama-2-70B"),
                        MentionType.MODEL, List.of("8x22B", "7B", "Llama-2-70B"),
                        "A title",
                        "Mixtral 8x22B was trained by Mistral AI. Our 7B model beats Llama-2-70B."),
                new Case("the initials of a task in capitals name no dataset unless a data noun follows",
                        List.of("CoNLL-2003", "VQA", "TCR"),
                        MentionType.DATASET, List.of("NER", "TDT", "VQA", "TCR", "CoNLL-2003"),
                        "A title",
                        "We study Named Entity Recognition (NER) and Topic Detection and Tracking (TDT) on CoNLL-2003. "
                                + "Evaluated on the VQA benchmark and a Temporal and Causal Reasoning (TCR) dataset, "
                                + "our Visual Question Answering (VQA) model does well."),
                new Case("a range of sizes alone is no model",
                        List.of("pythia-1b"),
                        MentionType.MODEL, List.of("14M–6.9B", "pythia-1b"),
                        "A title",
                        "We study the pythia models (14M–6.9B) and trace two phenomena in pythia-1b."),
                new Case("a possessive glued from the sentence before is no part of the name",
                        List.of("MuMath-Code", "MuMath-Code-7B"),
                        MentionType.MODEL, List.of("MuMath-Code", "Our MuMath-Code-7B"),
                        "A title",
                        "We train the resulting MuMath-Code.Our MuMath-Code-7B achieves 83.8% on GSM8K."),
                new Case("addresses and team prefixes are dropped",
                        List.of("XLM-R"),
                        MentionType.MODEL, List.of("DUTh at SemEval-2024 Task 6", "jane.doe@uni.example.edu", "XLM-R"),
                        "DUTh at SemEval-2024 Task 6: Detecting Hallucinations",
                        "Contact: jane.doe@uni.example.edu. We fine-tune XLM-R for the shared task."),
                new Case("a company opening a product name is not the organisation named",
                        List.of("NVIDIA", "Salesforce"),
                        MentionType.ORGANIZATION, List.of("Google", "NVIDIA", "Salesforce"),
                        "A title",
                        "We compare TextBlob, VADER and the Google Cloud Natural Language API on one NVIDIA A100 GPU, "
                                + "following Salesforce Research."),
                new Case("in a title only a company named by an ordinary word opens a term",
                        List.of("OpenAI"),
                        MentionType.ORGANIZATION, List.of("Meta", "OpenAI"),
                        "Scaling Instruction Meta Learning "
                                + "with OpenAI Models", "We study it."),
                new Case("a platform hosting the release at its own address is no maker",
                        List.of("Cerebras"),
                        MentionType.ORGANIZATION, List.of("Cerebras", "HuggingFace"),
                        "A title",
                        "Cerebras-GPT models are available on HuggingFace: https://huggingface.co/cerebras."),
                new Case("a maker with the address of its own site stays",
                        List.of("Meta"),
                        MentionType.ORGANIZATION, List.of("Meta"),
                        "A title",
                        "Llama is released by Meta for research use at https://ai.meta.com/llama today.")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsOnlyWhatCanBeAName(Case c) {
        assertEquals(c.kept(), kept(FixedFinder.of(c.type(), c.candidates().toArray(String[]::new)), c.title(), c.text()));
    }

    @Test
    void aSharedTaskIsDataNotAModelAndATaskNumberAloneIsNoName() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title",
                "We rank second in SemEval-2025 Task 11 and first in Task 3.");
        List<Mention> kept = new NonNameFilter(FixedFinder.of(MentionType.MODEL, "SemEval-2025 Task 11", "Task 3")).find(t);
        assertEquals(List.of("SemEval-2025 Task 11"), kept.stream().map(m -> m.text(t)).toList());
        assertEquals(MentionType.DATASET, kept.get(0).type());
    }

    @Test
    void aLetteredSubtaskOrANumberedTrackIsNoNameButATaskForceIs() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Hate speech detection",
                "We rank third in Subtask B and in Task A, and first in Track-2 and Sub-Task 1; TaskForce and TrackNet help.");
        List<Mention> kept = new NonNameFilter(FixedFinder.of(MentionType.DATASET, "Subtask B", "Task A", "Track-2",
                "Sub-Task 1", "TaskForce", "TrackNet")).find(t);
        assertEquals(List.of("TaskForce", "TrackNet"), kept.stream().map(m -> m.text(t)).toList());
    }

    @Test
    void aLanguagePairIsNoDataset() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Document-level translation",
                "Results on Chinese-English and English-German translation tasks, and on the WMT14 English-German set.");
        List<Mention> kept = new NonNameFilter(FixedFinder.of(MentionType.DATASET, "Chinese-English", "English-German",
                "WMT14 English-German")).find(t);
        assertEquals(List.of("WMT14 English-German"), kept.stream().map(m -> m.text(t)).toList());
    }

    @Test
    void aCountryIsNoNameNorIsTheFirstWordOfOne() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Clinical notes",
                "MIMIC holds records of a hospital in the United States, and CPopQA covers the United Kingdom and Mali; "
                        + "MALI and UNITED are models.");
        List<Mention> kept = new NonNameFilter(FixedFinder.of(MentionType.DATASET, "MIMIC", "United", "CPopQA",
                "United Kingdom", "Mali", "MALI", "UNITED")).find(t);
        assertEquals(List.of("MIMIC", "CPopQA", "MALI", "UNITED"), kept.stream().map(m -> m.text(t)).toList());
    }

    @Test
    void aNameWithAModelSizeTierIsAModelWhateverTheFinderSaid() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("Sentence embeddings",
                "InfoCSE outperforms SimCSE by 2.60% on BERT-base and 1.77% on BERT-large, and gains on STS-B.");
        List<Mention> kept = new NonNameFilter(FixedFinder.of(MentionType.DATASET, "BERT-base", "BERT-large", "STS-B")).find(t);
        assertEquals(List.of(MentionType.MODEL, MentionType.MODEL, MentionType.DATASET),
                kept.stream().map(Mention::type).toList());
    }

    /** What the filter keeps, as "kind:name", of {@code names} that a finder found as models in the text. */
    private static List<String> keptModels(String title, String text, String... names) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, text);
        return new NonNameFilter(FixedFinder.of(MentionType.MODEL, names)).find(t).stream()
                .map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void aNameWhoseHeadIsADataNounIsDataWhateverTheFinderSaid() {
        assertEquals(List.of("dataset:Saudi-Alignment Benchmark", "dataset:Struc-Bench", "model:GPT-4", "model:BenchmarkGPT"),
                keptModels("Saudi-Alignment Benchmark: Assessing LLMs",
                        "We introduce the Saudi-Alignment Benchmark and Struc-Bench, and test GPT-4 and BenchmarkGPT.",
                        "Saudi-Alignment Benchmark", "Struc-Bench", "GPT-4", "BenchmarkGPT"));
    }

    @Test
    void aWordWhoseLastPartIsADataNounIsData() {
        assertEquals(List.of("dataset:L3Cube-MahaCorpus", "dataset:HengamCorpus", "model:MahaBERT", "model:CorpusBERT"),
                keptModels("Marathi resources", "We present L3Cube-MahaCorpus and HengamCorpus, and train MahaBERT and CorpusBERT.",
                        "L3Cube-MahaCorpus", "HengamCorpus", "MahaBERT", "CorpusBERT"));
    }

    /** A name-shaped piece of a web address is part of the address; the same name in the text is a name. */
    @Test
    void aPieceOfAWebAddressIsNoName() {
        assertEquals(List.of("model:LexT5"), keptModels("A title",
                "We release LexT5. Code is at https://github.com/TUMLegalTech/LexSumm-LexT5 and www.ADOROR.org.",
                "LexT5", "LexSumm-LexT5", "ADOROR"));
        // a word with "@" is no address: "mBERT@home" names mBERT
        assertEquals(List.of("model:mBERT"), keptModels("A title", "We fine-tune mBERT@home for the task.", "mBERT"));
    }

    /** A candidate from a metric over "of" into a name is that name's metric: the name is kept, the metric is not. */
    @Test
    void theMetricOfAModelLeavesTheModel() {
        assertEquals(List.of("model:XLM-RoBERTa", "model:mBART"), keptModels("A title",
                "We improve the F1-score of XLM-RoBERTa by 2.7% and the BLEU of mBART by one point; the score of Llama is low.",
                "F1-score of XLM-RoBERTa", "BLEU of mBART", "F1-score"));
    }

    /** Authors in a bracketed citation are no names; a model named in the same bracket before the reference is. */
    @Test
    void theAuthorsOfACitationAreNoNames() {
        assertEquals(List.of("model:Big Five Essay", "model:GPT-3", "dataset:IWSLT 2009"), keptModels("A title",
                "We use the Big Five Essay dataset (Pennebaker and King, 1999), a large model (GPT-3; Brown et al., 2020),"
                        + " rules (Gordon and Schubert, 2010; Sommerville, 2010) and the IWSLT 2009 (Paul, 2009) data.",
                "Big Five Essay", "Pennebaker", "King", "GPT-3", "Brown", "Gordon", "Schubert", "Sommerville", "IWSLT 2009", "Paul"));
    }

    @Test
    void aMonthWithADayOrAYearIsADateNotAModel() {
        assertEquals(List.of("model:Llama 2", "model:Mistral 7B"), keptModels("A title",
                "Our models lead the board since Nov 1, 2022 and since February 27; Llama 2 came in July 2023, Mistral 7B in Sept. 27.",
                "Nov 1", "February 27", "Llama 2", "July 2023", "Mistral 7B", "Sept. 27"));
    }

    @Test
    void aWorkshopWithItsYearIsAnEventAndAConferenceIsNeitherModelNorData() {
        assertEquals(List.of("dataset:SemEval 2020"), keptModels("A title",
                "Our system for SemEval 2020 was presented at ACL-IJCNLP 2021 and EMNLP 2023.",
                "SemEval 2020", "ACL-IJCNLP 2021", "EMNLP 2023"));
    }

    /**
     * Shared tasks are written with hyphens too: "Task-1" alone is a part of some event, no name; "Semeval 2019
     * Task-5" and "BioNLP Open Shared Tasks 2019" are a task's data, never a model.
     */
    @Test
    void hyphenatedTasksAndPluralSharedTasksAreTaskNames() {
        assertEquals(List.of("dataset:Semeval 2019 Task-5", "dataset:BioNLP Open Shared Tasks 2019"), keptModels("A title",
                "We took part in Task-1 of the Semeval 2019 Task-5 competition and the BioNLP Open Shared Tasks 2019.",
                "Task-1", "Semeval 2019 Task-5", "BioNLP Open Shared Tasks 2019"));
    }

    /**
     * A name the sentence makes a shared task, a campaign or a submission's target is the event a paper takes part
     * in; results on it, data after it or a place in a list of data keep it as data.
     */
    @Test
    void aNameTheSentenceMakesAnEventIsNoDataButResultsOnItAre() {
        assertEquals(List.of("model:RoBERTa"), keptModels("A title",
                "We describe our submissions to the ArchEHR-QA 2025 shared task with RoBERTa.",
                "ArchEHR-QA 2025", "RoBERTa"));
        assertEquals(List.of(), keptModels("A title",
                "The TSAR 2025 Shared Task on Readability-Controlled Text Simplification drew ten teams.", "TSAR 2025"));
        assertEquals(List.of(), keptModels("A title",
                "We submitted our systems to the low-resource track of the IWSLT 2024 Speech Translation Campaign.",
                "IWSLT 2024"));
        assertEquals(List.of(), keptModels("A title",
                "Our system was built for the AutoMin 2023 Task A, after the winning solutions at AutoMin 2021.",
                "AutoMin 2023", "AutoMin 2021"));
        assertEquals(List.of("dataset:WMT 2020", "dataset:SemEval 2010"), keptModels("A title",
                "Evaluated on the WMT 2020 English-German APE test dataset, our model outperforms prior work on TACRED and "
                        + "SemEval 2010 Task 8.", "WMT 2020", "SemEval 2010"));
        assertEquals(List.of("model:WMT"), keptModels("A title",
                "ParaBLEU sets new results on the 2017 WMT Metrics Shared Task.", "WMT"));
        // "and" between the submission and the preposition: the name is no longer what was submitted to
        assertEquals(List.of("model:GPT4o"), keptModels("A title",
                "Our results are competitive to other submissions of the shared task and for some languages to GPT4o prompts.",
                "GPT4o"));
    }

    /** The title's shared task and its workshop in the abstract are the venue: neither is kept as a name. */
    @Test
    void theSharedTaskATitleNamesAndItsWorkshopAreTheVenue() {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("TeamX at SemEval-2020 Task 4: Commonsense Validation",
                "This paper describes our system for SemEval 2020. We fine-tune RoBERTa.");
        MentionFinder both = new MentionMerger(List.of(new SharedTaskTitleFinder(),
                FixedFinder.of(MentionType.MODEL, "SemEval 2020", "RoBERTa")));
        List<String> kept = new NonNameFilter(both).find(t).stream().map(m -> m.text(t)).toList();
        assertEquals(List.of("RoBERTa"), kept);
    }

    @Test
    void organisationsAreExemptFromTheTestsForOtherNames() {
        // "X at Y" is a team's prefix when found as a model, but the name of a university as an organisation
        String text = "The corpus was built with the University at Buffalo.";
        assertEquals(List.of("University at Buffalo"),
                kept(FixedFinder.of(MentionType.ORGANIZATION, "University at Buffalo"), "A title", text));
        assertEquals(List.of(), kept(FixedFinder.of(MentionType.MODEL, "University at Buffalo"), "A title", text));
    }
}
