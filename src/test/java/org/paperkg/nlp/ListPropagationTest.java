package org.paperkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListPropagationTest {
    /** "rivals GPT-4": a comparison names GPT-4 a model even when no finder found it. */
    private static final String ABSTRACT = "GLM-4 closely rivals GPT-4 on general metrics such as MMLU, GSM8K, GPQA, "
            + "and HumanEval, and we release the weights.";

    /** A finder that finds exactly the given names, as datasets. */
    private static MentionFinder finding(String... names) {
        return FixedFinder.of(MentionType.DATASET, names);
    }

    private static List<String> names(MentionFinder f) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", ABSTRACT);
        return f.find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void theMissingItemsOfAListTakeTheTypeOfTheFoundOnes() {
        assertEquals(List.of("model:GPT-4", "dataset:MMLU", "dataset:GSM8K", "dataset:GPQA", "dataset:HumanEval"),
                names(new ListPropagation(finding("MMLU", "GSM8K", "HumanEval"))));
    }

    @Test
    void aLoneItemTypedAgainstTheRestOfItsListTakesTheirType() {
        MentionFinder mixed = new MentionFinder() {
            @Override
            public List<Mention> find(AnalyzedText text) {
                List<Mention> out = new ArrayList<>(finding("MMLU", "GSM8K").find(text));
                int at = text.text().indexOf("GPQA");
                out.add(new Mention(at, at + 4, MentionType.MODEL, 0.6, "fixed"));
                return out;
            }

            @Override
            public String name() {
                return "mixed";
            }
        };
        assertEquals(List.of("model:GPT-4", "dataset:MMLU", "dataset:GSM8K", "dataset:GPQA", "dataset:HumanEval"),
                names(new ListPropagation(mixed)));
    }

    /** A finder that finds exactly the given names, as models. */
    private static MentionFinder models(String... names) {
        return FixedFinder.of(MentionType.MODEL, names);
    }

    private static List<String> names(MentionFinder f, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument("A title", abstractText);
        return f.find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    @Test
    void aMakersNameListedAmongModelsNamesItsModels() {
        MentionFinder found = new MentionMerger(List.of(models("GPT-4", "Gemini", "Mixtral", "mBART", "MT5"),
                FixedFinder.of(MentionType.ORGANIZATION, "DeepSeek", "Google", "Facebook")));
        assertEquals(List.of("model:GPT-4", "model:Gemini", "model:Mixtral", "model:DeepSeek"), names(new ListPropagation(found),
                "We evaluate GPT-4, Gemini, Mixtral and DeepSeek on translation."));
        // a maker with its model after it, and a list that is not surely one of models, keep the maker
        assertEquals(List.of("model:GPT-4", "model:mBART", "organization:Google", "model:MT5"), names(new ListPropagation(found),
                "We fine-tune GPT-4, mBART, and Google's MT5 on the data."));
        assertEquals(List.of("organization:Facebook", "model:Gemini", "model:Mixtral"), names(new ListPropagation(found),
                "We collect posts from platforms like Facebook, Gemini and Mixtral for this study."));
    }

    @Test
    void twoNamesJoinedByAndAreOfOneKind() {
        assertEquals(List.of("model:XLM-R", "model:mT5"), names(new ListPropagation(models("XLM-R")),
                "Our teacher models perform comparably to XLM-R and mT5 when evaluated on the written-form data."));
        assertEquals(List.of("model:DINOv2", "model:ImageBind"), names(new ListPropagation(models("DINOv2")),
                "We add feature maps from recent state of the art models like DINOv2 and ImageBind to the mix."));
    }

    @Test
    void aPluralAbbreviationOrTwoCapitalsJoinedToANameAreNotNames() {
        assertEquals(List.of("model:GPT-4"), names(new ListPropagation(models("GPT-4")),
                "We compare GPT-4 and LLMs of smaller size on the task."));
        assertEquals(List.of("model:GPT-4"), names(new ListPropagation(models("GPT-4")),
                "We report the scores of GPT-4 and EM on the questions."));
    }

    @Test
    void oneFoundItemIsNotEnoughEvidence() {
        String text = "GLM-4 closely rivals GPT-4 on general metrics such as MMLU, GSM8K, GPQA, and BoolQ.";
        assertEquals(List.of("model:GPT-4", "dataset:MMLU"), names(new ListPropagation(finding("MMLU")), "A title", text));
    }

    @Test
    void anItemTheContextRulesFoundCountsForItsList() {
        // HumanEval is found by its shape (a benchmark's "-Eval"); with MMLU, two items of the list are datasets
        assertEquals(List.of("model:GPT-4", "dataset:MMLU", "dataset:GSM8K", "dataset:GPQA", "dataset:HumanEval"),
                names(new ListPropagation(finding("MMLU"))));
    }

    private static List<String> names(MentionFinder f, String title, String abstractText) {
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
        return f.find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
    }

    /** A finder that finds each given name with its type and confidence. */
    /** Mentions of the given names and types, as the named finder would report them (confidence 0.9). */
    private static MentionFinder typedBy(String finder, Object... nameType) {
        Object[] nameTypeConfidence = new Object[nameType.length / 2 * 3];
        for (int k = 0; k < nameType.length / 2; k++) {
            nameTypeConfidence[3 * k] = nameType[2 * k];
            nameTypeConfidence[3 * k + 1] = nameType[2 * k + 1];
            nameTypeConfidence[3 * k + 2] = 0.9;
        }
        return typedWith(finder, nameTypeConfidence);
    }

    private static MentionFinder typed(Object... nameTypeConfidence) {
        return typedWith("fixed", nameTypeConfidence);
    }

    /** Mentions of the given names, types and confidences, reported as found by {@code finder}. */
    private static MentionFinder typedWith(String finder, Object... nameTypeConfidence) {
        return new MentionFinder() {
            @Override
            public List<Mention> find(AnalyzedText text) {
                List<Mention> out = new ArrayList<>();
                for (int k = 0; k < nameTypeConfidence.length; k += 3) {
                    String n = (String) nameTypeConfidence[k];
                    int at = text.text().indexOf(n);
                    out.add(new Mention(at, at + n.length(), (MentionType) nameTypeConfidence[k + 1],
                            (Double) nameTypeConfidence[k + 2], finder));
                }
                out.sort(java.util.Comparator.comparingInt(Mention::start));
                return out;
            }

            @Override
            public String name() {
                return "typed";
            }
        };
    }

    @Test
    void aNameTypedUnsurelyAgainstItsSurePartnerInAPairTakesThePartnersType() {
        String text = "We show strong performance with a prompt tuning approach with BERT and RoBERTa.";
        assertEquals(List.of("model:BERT", "model:RoBERTa"), names(new ListPropagation(
                typed("BERT", MentionType.MODEL, 0.94, "RoBERTa", MentionType.DATASET, 0.62)), text));
        // two sure types stay: the pair is no evidence against either
        assertEquals(List.of("model:BERT", "dataset:RoBERTa"), names(new ListPropagation(
                typed("BERT", MentionType.MODEL, 0.94, "RoBERTa", MentionType.DATASET, 0.9)), text));
    }

    @Test
    void oneFoundItemIsEnoughWhenTheListsNounSaysWhatItsItemsAre() {
        assertEquals(List.of("model:JABER", "model:Char-JABER", "model:SABER"), names(new ListPropagation(models("Char-JABER")),
                "Arabic language models", "As a result, we release three new Arabic BERT-style models ( JABER, "
                        + "Char-JABER, and SABER), and two other models."));
        // without the noun, one found item of three is still not enough
        assertEquals(List.of("model:Char-JABER"), names(new ListPropagation(models("Char-JABER")),
                "Arabic language models", "As a result, we compare JABER, Char-JABER, and SABER on the tasks."));
    }

    @Test
    void aNameShapedWordBeforeAModelNounIsThatModel() {
        assertEquals(List.of("model:M2M100"), names(new ListPropagation(models()), "Neural machine translation",
                "We fine-tune three models. Our experiments show that the M2M100 model outperforms other models."));
        assertEquals(List.of("model:GPT-J"), names(new ListPropagation(models()), "Recipe dialogue",
                "Analyzing the generated output of the GPT-J model, we find errors."));
        // a network class, a translation direction or a class abbreviation before "model" is no name
        assertEquals(List.of(), names(new ListPropagation(models()), "Sequence labelling",
                "We train the BiLSTM-CRF model. The English-ILs models are weaker. The NMT model fails."));
    }

    @Test
    void aNameAfterATrainingParticipleAndBeforeAModelNounIsThatModel() {
        // only a model is pre-trained or fine-tuned: the word between the participle and "model" is its name,
        // whether shaped like one (a digit, an inner capital) or a plain capitalised word
        assertEquals(List.of("model:wav2vec-BERT"), names(new ListPropagation(models()), "Speech translation",
                "We use our corpus to fine-tune a pre-trained wav2vec-BERT model, achieving 21.6 WER."));
        assertEquals(List.of("model:Falcon"), names(new ListPropagation(models()), "Legal classification",
                "Results improve over a fine-tuned Falcon model by two points."));
        // without the participle a plain word after a determiner may be an adjective: left alone
        assertEquals(List.of(), names(new ListPropagation(models()), "Legal classification",
                "Results improve over the Multilingual model by two points."));
    }

    @Test
    void aNameShapedWordAfterADeterminerAndAnAdjectiveBeforeAModelNounIsThatModel() {
        assertEquals(List.of("model:Canine-S"), names(new ListPropagation(models()), "Character-level encoders",
                "The scores of a comparable Canine-S model are lower by 5.7 F1."));
        // a plain capitalised word there is left alone: it may be an adjective
        assertEquals(List.of(), names(new ListPropagation(models()), "Character-level encoders",
                "The scores of a comparable Multilingual model are lower by 5.7 F1."));
    }

    @Test
    void aNameWithItsScaleInLowerCaseAfterAHyphenIsAModel() {
        assertEquals(List.of("model:Falcon-40b"), names(new ListPropagation(models()), "Quantized adaptation",
                "This enables fine-tuning Falcon-40b for ranks 1 to 64 on a single GPU."));
        // a numbered part of a task is not a model
        assertEquals(List.of(), names(new ListPropagation(models()), "Shared task",
                "We submitted systems for Task-1b and Subtask-2b only."));
    }

    @Test
    void capitalisedWordsUpToACapitalisedDataNounNameADataset() {
        assertEquals(List.of("dataset:Arabic Learner Corpus", "dataset:Stanford Sentiment Treebank"),
                names(new ListPropagation(models()), "Investigating Linguistic Features for Arabic NLI",
                        "We investigate native language identification. We use the Arabic Learner Corpus for training "
                                + "and the Stanford Sentiment Treebank for a second study."));
        // a name before the noun is the dataset's name already; a capitalised description is no name
        assertEquals(List.of(), names(new ListPropagation(models()), "Song lyrics",
                "We classify dialects in the SADSLyC Corpus. We construct the first Genre-oriented Corpus of "
                        + "web novels, and the Corpus for Entity Recognition in Chinese Web Novels."));
        // the title capitalises every word, and a lower-case data noun is no part of a name
        assertEquals(List.of(), names(new ListPropagation(models()), "A New Benchmark Dataset for Arabic",
                "We collect a new Arabic corpus for native language identification."));
    }

    @Test
    void aNameTheTextDefinesAsAModelOrDatasetIsOne() {
        assertEquals(List.of("model:PaLI-Y"), names(new ListPropagation(models()), "Scaling up a vision model",
                "We present the training recipe and results of scaling up PaLI-Y, a multilingual vision and "
                        + "language model, both in terms of size of the components and the breadth of its tasks."));
        assertEquals(List.of("dataset:MINT-9T"), names(new ListPropagation(models()), "Open multimodal data",
                "In response, we introduce MINT-9T, the most extensive and diverse open-source multimodal "
                        + "interleaved dataset to date."));
    }

    @Test
    void theNamesListedAfterTheOnOfAnEvaluationOrTrainingVerbAreData() {
        assertEquals(List.of("dataset:SVAMP", "dataset:GeoQA", "dataset:TableMWP"), names(new ListPropagation(models()),
                "A unified math reasoner", "We train and evaluate the model on SVAMP, GeoQA, and TableMWP."));
        // language directions, task names in capitals, and what a bracket after the name shows it modifies
        assertEquals(List.of(), names(new ListPropagation(models()), "Terminology translation",
                "The system is evaluated on English-to-Spanish and English-to-Russian. It was tested on "
                        + "Semantic Analogy Prediction. We evaluate agents on Version Control System (VCS) tasks."));
        // the processor a model was trained or tested on is no data
        assertEquals(List.of(), names(new ListPropagation(models()), "Job titles",
                "The NER approach reaches 0.944 F1 with a transformer model trained on GPU and 0.884 tested on CPU."));
        // a title capitalises every word: "Training on GPU Clusters Using Zorbatron-LM" lists nothing
        assertEquals(List.of(), names(new ListPropagation(models()),
                "Efficient Training on GPU Clusters Using Zorbatron-LM", "We study pipelines."));
    }

    @Test
    void aListAnnouncedByACountAndAPluralNounHasThatManyNamesOfItsKind() {
        assertEquals(List.of("model:Whisper", "model:MMS", "model:Seamless-M4T", "dataset:CORA", "dataset:Arxiv Physics",
                        "dataset:PNAS", "dataset:Citeseer"),
                names(new ListPropagation(models()), "Benchmarking Urdu ASR",
                        "We analyze three ASR model families: Whisper, MMS, and Seamless-M4T. We test on four academic "
                                + "corpora: CORA, Arxiv Physics, PNAS, and Citeseer."));
        // a count that is not the list's length, or a noun of no kind, announces nothing
        assertEquals(List.of(), names(new ListPropagation(models()), "Benchmarking Urdu ASR",
                "We analyze four model families: Whisper, MMS, and Seamless-M4T. We study three families: Mapuche, "
                        + "Quechua, and Aymara."));
    }

    @Test
    void aPhraseAfterTheCountedNounMayStandBeforeTheColon() {
        assertEquals(List.of("dataset:Med-Zorb", "dataset:Sci-Zorb"), names(new ListPropagation(models()), "Fact checking",
                "We generated two large-scale datasets for scientific fact-checking tasks: Med-Zorb and Sci-Zorb for the "
                        + "medical and general science domains."));
        // the phrase must be lower-case words after a preposition, and the count must still match
        assertEquals(List.of(), names(new ListPropagation(models()), "Fact checking",
                "We generated two datasets for Zorbic Tasks: Med-Zorb and Sci-Zorb. We use three datasets for "
                        + "fact-checking: Med-Zorb and Sci-Zorb."));
    }

    @Test
    void aDashOrABracketMayAnnounceACountedListAsAColonDoes() {
        assertEquals(List.of("dataset:SVAMP", "dataset:GeoQA", "dataset:TableMWP", "model:Zorb-7B", "model:Quux"),
                names(new ListPropagation(models()), "Math word problems",
                        // "and" closes the list: the name after the next comma is the clause's subject, no fourth item
                        "By evaluating the model on three diverse datasets - SVAMP, GeoQA, and TableMWP, Zorbath shows gains. "
                                + "We compare two LLMs (Zorb-7B and Quux) to it."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Math word problems",
                "We evaluate on four datasets - SVAMP, GeoQA, and TableMWP."));
    }

    @Test
    void theNamesOfAListThatAPluralDataNounFollowsAreData() {
        assertEquals(List.of("dataset:SQA", "dataset:WTQ", "dataset:TabFact"), names(new ListPropagation(models()),
                "Table encoding", "Our model outperforms strong baselines in all settings on SQA, WTQ and TabFact "
                        + "table reasoning datasets."));
        // data in languages or language pairs, and data for tasks, are no named datasets
        assertEquals(List.of(), names(new ListPropagation(models()), "Code-mixed sentiment",
                "We report results on the Tamil-English and Kannada-English datasets, on the En-De, En-Fr and En-Es "
                        + "datasets, and on the NER and POS datasets."));
        // a list without "and"/"or" before its last item is not closed: the noun may head the last item only
        assertEquals(List.of(), names(new ListPropagation(models()), "Table encoding",
                "We compare Zorblat, Quux performance across datasets."));
    }

    @Test
    void aNameDescribedByHowManyItemsItHoldsIsADataset() {
        assertEquals(List.of("dataset:EusReading", "dataset:EusTrivia"), names(new ListPropagation(models()),
                "Basque language models", "We further introduce new evaluation datasets: EusReading, comprising 352 "
                        + "reading comprehension questions; and EusTrivia, which consists of 1,715 trivia questions."));
        // the clause describes the corpus, not the source named before its comma
        assertEquals(List.of(), names(new ListPropagation(models()), "Arabic sentiment",
                "In this paper, we present a sentiment corpus collected from Twitter, which contains 36K tweets."));
        // a holding verb needs a count: "which contains" alone says nothing of data
        assertEquals(List.of(), names(new ListPropagation(models()), "Arabic sentiment",
                "We study Zorblat, which contains many ideas about sentiment."));
    }

    @Test
    void aNameASentenceOpensWithOnIsWhatItsResultIsMeasuredOn() {
        assertEquals(List.of("dataset:HLGD"), names(new ListPropagation(models()), "Headline generation",
                "We study headline generation. On HLGD, human annotators achieve high performance of around 0.9."));
        // without a result the sentence may open with anything; a processor is never data
        assertEquals(List.of(), names(new ListPropagation(models()), "Headline generation",
                "We study headline generation. On HLGD, we used 16-bit floating-point tensor cores."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Headline generation",
                "We study headline generation. On GPU, we also achieve up to 12x speed-ups."));
    }

    @Test
    void aNameAfterTheOnOfAScoreIsWhatTheScoreWasMeasuredOn() {
        assertEquals(List.of("dataset:IEMOCAP", "dataset:MELD"), names(new ListPropagation(models()), "Emotion recognition",
                "Our method shows gains of 4.67%-4.98% on IEMOCAP and 5.52% on MELD, outperforming earlier approaches."));
        assertEquals(List.of("dataset:Zorb-QA"), names(new ListPropagation(models()), "Question answering",
                "The model scores 82.3 on Zorb-QA."));
        // a year or a count is no score, and a direction of translation is no test set
        assertEquals(List.of(), names(new ListPropagation(models()), "Translation",
                "We report results from 2023 on WMT-X and BLEU gains of 1.2 on English-to-German."));
    }

    @Test
    void aNameShapedWordInBracketsAfterADataNounIsThatDatasetsShortName() {
        assertEquals(List.of("dataset:HMWP", "dataset:Romanian NLI", "dataset:RoNLI", "dataset:JACK"), names(new ListPropagation(models()), "Math",
                "We introduce a new challenging Hybrid Math Word Problems dataset (HMWP) and the first Romanian NLI corpus "
                        + "(RoNLI), and we measure the reliability of a test set (JACK)."));
        // a set is data only as a split, and a bare noun opening a list item names a kind of resource
        assertEquals(List.of(), names(new ListPropagation(models()), "Annotation",
                "Those readings are termed Independent Set (IS) readings. We annotate layers including Treebank (TB), "
                        + "word alignment (WA), and co-reference."));
    }

    @Test
    void aPluralDataNounRetypesTheNamesOfItsListThatAFinderTookForModels() {
        assertEquals(List.of("dataset:ZorbMT-22", "dataset:FLORB-101"), names(new ListPropagation(typed("ZorbMT-22", MentionType.MODEL,
                0.6, "FLORB-101", MentionType.MODEL, 0.76)), "Distillation",
                "The method outperforms earlier ones on both ZorbMT-22 and FLORB-101 test sets."));
        // a model that only the list of well-known models found stays a model: the data is that model's
        assertEquals(List.of("model:BERT", "model:RoBERTa"), names(new ListPropagation(typedBy("model-dictionary",
                "BERT", MentionType.MODEL, "RoBERTa", MentionType.MODEL)), "Pre-training",
                "We compare the BERT and RoBERTa pre-training corpora."));
    }

    @Test
    void aBracketOfScoresAfterEachItemKeepsTheListTogether() {
        assertEquals(List.of("dataset:GSM8K", "dataset:MATH", "dataset:ZorbQA", "dataset:StrategyQA"),
                names(new ListPropagation(finding("GSM8K", "MATH", "StrategyQA")), "Verifiers",
                        "Our verifier achieved gains over the baseline on GSM8K (67.55% → 82.79%), MATH (17.00 % → 26.80 %), "
                                + "ZorbQA (68.14 % → 72.97 %), and StrategyQA (82.86% → 83.25%)."));
    }

    @Test
    void aShortFormInBracketsBeforeADataNounNamesThatDataset() {
        assertEquals(List.of("dataset:MMToM-QA", "dataset:DivED", "dataset:KVL"), names(new ListPropagation(models()), "Theory of mind",
                "We introduce a multimodal Theory of Mind question answering (MMToM-QA) benchmark. We construct an "
                        + "automatically generated Diverse Event Definition (DivED) dataset and a new "
                        + "Knowledge-based Vocabulary Lists (KVL) dataset."));
        // capitals alone may abbreviate a task, a language or nothing before them (a citation placeholder)
        assertEquals(List.of(), names(new ListPropagation(models()), "Annotation",
                "We build a Named Entity Recognition (NER) dataset and a new Hong Kong sign language (HKSL) dataset, "
                        + "and test on the standard SemEval Restaurant (CITATION) dataset."));
    }

    @Test
    void aCamelCaseNameRightBeforeADataNounIsThatDatasetWithoutAnArticle() {
        assertEquals(List.of("dataset:AdvisorQA", "dataset:Ted-59"), names(new ListPropagation(models()), "Advice",
                "Models aligned with AdvisorQA dataset improve, and our method wins on Ted-59 dataset."));
        // with an indefinite article the noun is described, not named
        assertEquals(List.of(), names(new ListPropagation(models()), "Dialogue",
                "We collect a new MultiTurn dataset of dialogues."));
    }

    @Test
    void aNamedArchitectureIsAModel() {
        assertEquals(List.of("model:MoBa"), names(new ListPropagation(models()), "Early-fusion pre-training",
                "We introduce MoBa, a novel modality-aware mixture-of-experts (MoE) architecture designed for "
                        + "pre-training mixed-modal, early-fusion language models."));
    }

    @Test
    void aNameAfterAKindNounIsOfThatKind() {
        assertEquals(List.of("model:METRO"), names(new ListPropagation(models()), "Bridges between encoders",
                "It reaches 78.73% accuracy, outperforming the previous state-of-the-art model METRO by 1.09% with "
                        + "the same pre-training data."));
        assertEquals(List.of("dataset:WIKIMEM"), names(new ListPropagation(models()), "Detecting pretraining data",
                "To facilitate this study, we introduce a dynamic benchmark WIKIMEM that uses data created before "
                        + "and after model training."));
        assertEquals(List.of("model:GLaX"), names(new ListPropagation(models()), "Efficient scaling",
                "In this paper, we propose and develop a family of language models named GLaX, which uses a "
                        + "sparsely activated mixture-of-experts architecture."));
    }

    @Test
    void aNameWithAParameterCountInsideIsAModel() {
        assertEquals(List.of("model:Llama-3.1-70B"), names(new ListPropagation(models()), "Code pretraining",
                "We add 5B synthetic data created by Llama-3.1-70B using phase two data as seeds, and show gains "
                        + "among sub-200M parameter models."));
    }

    @Test
    void aTitleHeadBeforeAnActivityIsNotDefinedByIt() {
        assertEquals(List.of(), names(new ListPropagation(models()),
                "Cramming: Training a Language Model on a Single GPU in One Day",
                "We investigate how far one can get with a single GPU in one day."));
    }

    @Test
    void namesInTheBracketsAfterTheTasksOfOneSentenceAreOfOneKind() {
        assertEquals(List.of("dataset:ImageNet", "dataset:ADE20K", "dataset:AudioCaps", "dataset:Clotho",
                        "dataset:ESC-50", "dataset:FSD50K", "dataset:VGGSound"),
                names(new ListPropagation(finding("ImageNet", "ADE20K", "ESC-50")),
                        "It leads on image classification (ImageNet), semantic segmentation (ADE20K), audio-text "
                                + "retrieval (AudioCaps, Clotho) and audio classification (ESC-50, FSD50K, VGGSound)."));
    }

    @Test
    void oneBracketOrAnAbbreviationIsNoListOfTasks() {
        assertEquals(List.of("dataset:ImageNet"), names(new ListPropagation(finding("ImageNet")),
                "It leads on image classification (ImageNet, ADE20K, COCO) with a Mixture-of-Experts (MoE) layer."));
    }

    @Test
    void aListFillingABracketNeedsOneFoundItemForEveryTwoMissing() {
        String text = "Our method improves translation quality when applied to large language models used for "
                + "translation (PolyLM, XGLM, Llama2, Mistral, ALMA, and Tower).";
        assertEquals(List.of("model:PolyLM", "model:XGLM", "model:Llama2", "model:Mistral", "model:ALMA", "model:Tower"),
                names(new ListPropagation(models("Llama2", "Mistral")), text));
        // the same list outside brackets needs as many found items as missing ones
        assertEquals(List.of("model:Llama2", "model:Mistral"), names(new ListPropagation(models("Llama2", "Mistral")),
                text.replace("(", "such as ").replace(")", "")));
    }

    @Test
    void anItemTypedAgainstTheItemsTheContextFoundTakesTheirType() {
        // ARBERT and MARBERT are found only by "compare", after the list pass; QARiB was typed as data before it
        assertEquals(List.of("model:ARBERT", "model:MARBERT", "model:QARiB"),
                names(new ListPropagation(typed("QARiB", MentionType.DATASET, 0.55)),
                        "We introduce a new dataset. We compare ARBERT, MARBERT, and QARiB."));
    }

    @Test
    void aSizeInBracketsAfterAnItemDoesNotBreakItsList() {
        assertEquals(List.of("model:Gopher", "model:GPT-3", "model:Jurassic-1", "model:Megatron-Turing NLG"),
                names(new ListPropagation(models("Gopher", "GPT-3", "Jurassic-1")),
                        "Our model consistently outperforms Gopher (280B), GPT-3 (175B), Jurassic-1 (178B), and "
                                + "Megatron-Turing NLG (530B) on a wide range of evaluation tasks."));
    }

    @Test
    void aCapitalisedModelTermThePaperCallsItsOwnIsAModelName() {
        assertEquals(List.of("model:RETRO", "model:GPT-3"), names(new ListPropagation(models("GPT-3")),
                "With a 2 trillion token database, our Retrieval-Enhanced Transformer (RETRO) matches GPT-3."));
        assertEquals(List.of("model:PBM"), names(new ListPropagation(models()),
                "We train a verifier, called the Process Belief Model (PBM), to score each step."));
        assertEquals(List.of(), names(new ListPropagation(models()),
                "Large Language Models (LLMs) and the Vision Transformer (ViT) have changed the field."));
        // an apposition to the model the paper presents, with a participle inside the long form
        assertEquals(List.of("model:CAGK"), names(new ListPropagation(models()),
                "We propose a new model, Collaborative Aspect Graph enhanced Knowledge-based Network (CAGK)."));
        // the same apposition to a model the paper only uses is no name of its own
        assertEquals(List.of(), names(new ListPropagation(models()),
                "We rely on a strong model, Collaborative Aspect Graph enhanced Knowledge-based Network (CAGK)."));
    }

    @Test
    void aModelShapedNameThePaperComparesWithIsAModel() {
        assertEquals(List.of("model:OpenELM", "model:OLMo"), names(new ListPropagation(models("OpenELM")),
                "With about one billion parameters, OpenELM shows a 2.36% accuracy gain compared to OLMo while "
                        + "needing fewer tokens."));
        assertEquals(List.of("model:ModernBERT"), names(new ListPropagation(models()),
                "The paired recipe yields strong encoders, beating ModernBERT as an encoder on retrieval."));
    }

    @Test
    void formatsAbbreviationsAndSystemsComparedOnSpeedAreNotModels() {
        assertEquals(List.of(), names(new ListPropagation(models()),
                "Our FP4 recipe reaches accuracy comparable to BF16, improves over SFT, and is 2.1x faster than "
                        + "Megatron-LM."));
    }

    @Test
    void aNameWithASizeTierIsAModel() {
        assertEquals(List.of("model:Qilin-Small", "model:Qilin-Large"), names(new ListPropagation(models()),
                "Drafting improves decoding speed by up to 91% on Qilin-Small and 146% on Qilin-Large, respectively."));
        assertEquals(List.of(), names(new ListPropagation(models()),
                "Accuracy drops sharply on the harder split, GPQA-Hard, in every setting."));
    }

    @Test
    void aNameGivenAsAnExampleOfModelsIsAModel() {
        assertEquals(List.of("model:OpenFlamingo"), names(new ListPropagation(models()),
                "Performance drops most for the largest auto-regressively trained VLMs like OpenFlamingo."));
        assertEquals(List.of("model:LongWriter"), names(new ListPropagation(models()),
                "A small-scale model (e.g., LongWriter), well trained on long texts, performs comparably."));
        assertEquals(List.of(), names(new ListPropagation(models()),
                "Recurrent models like LSTMs and methods such as DoReMi scale poorly."));
    }

    @Test
    void aPairTakesTheKindOfANameFoundByTheTextAlone() {
        // XLM-R is found only because the text compares with it; mT5 then by the pair
        assertEquals(List.of("model:XLM-R", "model:mT5"), names(new ListPropagation(models()),
                "Our teacher encoders perform comparably to XLM-R and mT5 on the written-form test sets."));
        // a size in brackets after the first name does not part the pair
        assertEquals(List.of("model:XLM-R Base", "model:DistilBERT"), names(new ListPropagation(models("XLM-R Base")),
                "Our 17M-parameter student beats XLM-R Base (85M params) and DistilBERT (66M params) on intents."));
    }

    @Test
    void aNameAfterNamelyNamesWhatTheSentenceProposes() {
        assertEquals(List.of("model:GraLTR"), names(new ListPropagation(models()), "Temporal graphs",
                "To address this, we propose a novel latent relation learning method for graph reasoning, namely "
                        + "GraLTR. It encodes entities at each step."));
    }

    @Test
    void namelyWithoutAProposedModelOrMethodAddsNothing() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Temporal graphs",
                "We study two settings, namely Zorvex. Results are mixed."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Temporal graphs",
                "We propose to study one setting, namely Zorvex, in depth."));
    }

    @Test
    void aDefinitionInBracketsAfterANameSaysWhatItIs() {
        assertEquals(List.of("model:ItaBERTino"), names(new ListPropagation(models()), "Detecting stereotypes",
                "Finally, we fine-tune ItaBERTino (a RoBERTa-style model pre-trained on Italian posts) on the task."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Detecting stereotypes",
                "Finally, we report on HateVal (a subset of posts from forums) with care."));
    }

    @Test
    void theSubjectOfEmergesAsAModelIsAModel() {
        assertEquals(List.of("model:XenoBERT"), names(new ListPropagation(models()), "Evaluating metrics",
                "Overall, XenoBERT emerges as the most promising model for this setting."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Evaluating metrics",
                "Overall, XenoBERT emerges as the most promising approach for this setting."));
    }

    @Test
    void aNameInBracketsAfterAModelNounIsAModel() {
        assertEquals(List.of("model:GPT-4o", "model:TerraGPT"), names(new ListPropagation(models("GPT-4o")),
                "Information extraction",
                "It outperforms larger commercial models (GPT-4o) and domain-adapted baselines (TerraGPT) by 11%."));
    }

    @Test
    void anAbbreviationInBracketsAfterAModelNounIsNoName() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Information extraction",
                "We combine taxonomy-guided large language model (LLM) annotation with expert validation."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Information extraction",
                "It outperforms the strongest baselines (Table 3) on every task."));
    }

    @Test
    void aCapitalisedNameBeforeAModelNounIsAModel() {
        assertEquals(List.of("model:Tortuga"), names(new ListPropagation(models()), "Translation models",
                "We present an improved iteration of Tortuga LLMs specifically trained for translation."));
    }

    @Test
    void anOrdinaryWordOrAnAdjectiveBeforeAModelNounIsNoName() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Translation models",
                "We present an improved iteration of Multilingual LLMs specifically trained for translation."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Translation models",
                "We train several RoBERTa-based models for the task."));
    }

    @Test
    void aShapedNameBeforeArchitectureIsAModel() {
        assertEquals(List.of("model:DeBERTo-V3"), names(new ListPropagation(models()), "Tagging",
                "We combine it with the advantages of the DeBERTo-V3 architecture, enabling our models to learn."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Tagging",
                "We combine it with the advantages of the Transformer architecture, enabling our models to learn."));
    }

    @Test
    void anArchitectureClassOrATitleWordBeforeAModelNounIsNoName() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Hybrid models",
                "Recurrent architectures can be competitive with Transformer models in language modeling."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Scaling Omnivore LLMs to Long Speech",
                "We study long speech generation."));
    }

    @Test
    void theShortFormOfAnAbbreviationInBracketsIsNoNewName() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Speech-text pre-training",
                "We align the speech-language model (SpeechLM) component with human preferences."));
    }

    @Test
    void aNameWithoutADigitOrInATitleBeforeArchitectureIsNoModel() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Representation learning",
                "Models with the Two-Tower architecture have dominated the field."));
        assertEquals(List.of(), names(new ListPropagation(models()), "A Hybrid Mamba2 Architecture for DNA",
                "We model long DNA sequences."));
    }

    @Test
    void aNameAfterAnAdjectiveOrWithInnerCapitalsBeforeAModelNounIsLeftToTheClassifier() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Speech",
                "We present a unified Omnivore LLM for understanding and speech generation."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Speech",
                "We also study the role of synthetic data and of TextLM model families in this."));
    }

    @Test
    void aHybridOfArchitectureClassesOrASingleBaselineInBracketsIsNoModel() {
        assertEquals(List.of(), names(new ListPropagation(models()), "DNA models",
                "It incorporates a hybrid Transformer-Mamba2 architecture for long sequences."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Sparse attention",
                "It is faster than the trainable sparse attention baseline (SparseAttn-V2)."));
    }

    @Test
    void aNameBetweenTheAndASingularDataNounIsADataset() {
        assertEquals(List.of("dataset:PLABA"), names(new ListPropagation(models()), "Medical text simplification",
                "After reproducing the results, we extend the evaluation to the PLABA dataset and find modest gains."));
        assertEquals(List.of("dataset:ECB+"), names(new ListPropagation(models()), "Event coreference",
                "We augment the popular ECB+ dataset with event-centric images."));
        // "data set" and "challenge set" name data as "dataset" does
        assertEquals(List.of("dataset:Social IQa"), names(new ListPropagation(models()), "Social reasoning",
                "Derived from the Social IQa data set, our benchmark modifies context-question-answer triples."));
        assertEquals(List.of("dataset:AfriMTE"), names(new ListPropagation(models()), "Metrics",
                "The AfriMTE challenge set from WMT 2024 aims to evaluate metrics."));
        // the short form, and the defined long form ("Meaning" is no gerund that ends it); the assembler joins them
        assertEquals(List.of("dataset:Parallel Meaning Bank", "dataset:PMB"), names(new ListPropagation(models()),
                "DRS parsing", "Using the Parallel Meaning Bank (PMB) dataset, we demonstrate our methodology."));
        assertEquals(List.of("dataset:Spider"), names(new ListPropagation(models()), "Text-to-SQL",
                "It brings 5.2 point absolute gains on the Spider development set over standard prompting."));
        // a hyphenated modifier, which the tagger reads as a noun, may stand between "the" and the name
        assertEquals(List.of("dataset:StockNet"), names(new ListPropagation(models()), "Stock movement prediction",
                "We perform extensive experiments on the real-world StockNet dataset and the results are good."));
    }

    @Test
    void aDefinedLongFormMayHoldAGerundAfterItsFirstWord() {
        assertEquals(List.of("dataset:Sentences Involving Complex Compositional Knowledge"),
                names(new ListPropagation(models()), "Compositional NLI",
                        "We introduce a synthetic dataset called Sentences Involving Complex Compositional Knowledge "
                                + "(SICCK) for inference."));
        // without a defined abbreviation the gerund still ends the name
        assertEquals(List.of(), names(new ListPropagation(models()), "Compositional NLI",
                "We introduce a synthetic dataset called Sentences Involving Complex Compositional Knowledge for inference."));
    }

    @Test
    void aNounPhraseAndACommaBeforeANameDefineIt() {
        assertEquals(List.of("dataset:MCS-350"), names(new ListPropagation(models()), "Language identification",
                "To tackle this bottleneck, we first compile a corpus, MCS-350, of 50K stories in 350 languages."));
        assertEquals(List.of("dataset:UberText"), names(new ListPropagation(models()), "Ukrainian models",
                "We pretrain models on tokens from the largest curated corpus of Ukrainian, UberText."));
        assertEquals(List.of("model:ERRA"), names(new ListPropagation(models()), "Explainable recommendation",
                "To address this issue, we propose a novel model, ERRA, for explanations."));
        // a name that goes on to a verb starts a clause after an adverbial: the noun before is no definition
        assertEquals(List.of(), names(new ListPropagation(models()), "Parsing",
                "On this corpus, Zorbatron achieves the best results."));
        // a plural noun before a comma opens a list
        assertEquals(List.of(), names(new ListPropagation(models()), "Parsing",
                "We rely on two strong parsers, Zorbatron and Kappatron, for the analysis."));
    }

    @Test
    void aBracketInsideTheNamedPhraseIsSkipped() {
        assertEquals(List.of("dataset:FairytaleQA"), names(new ListPropagation(models()), "Storybook QA",
                "We generate QA pairs from a dataset with storybooks for early education (kindergarten up to middle "
                        + "school) called FairytaleQA."));
    }

    @Test
    void aDatasetShapedNameThenWhatTheDataIsThenADataNounIsADataset() {
        assertEquals(List.of("dataset:MASSIVE"), names(new ListPropagation(models()), "Semantic parsing",
                "We evaluate a byte-level model on the 51 languages in the MASSIVE multilingual semantic parsing dataset."));
        assertEquals(List.of("dataset:Long-LinkedIn"), names(new ListPropagation(models()), "Post generation",
                "Our method is assessed using the Long-LinkedIn evaluation dataset designed for long-form posts."));
        // a character set, a language pair's corpus and a described new kind of data are no named dataset
        assertEquals(List.of(), names(new ListPropagation(models()), "Transliteration",
                "We map the text to the ASCII character set and add the En-Mr parallel corpus to the training data."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Bangla summaries",
                "This paper presents the first CHQ summarization dataset for the Bangla language."));
    }

    @Test
    void aDatasetShapedNameThatHoldsACountOfItemsIsADatasetButOneThatHoldsParametersIsNot() {
        assertEquals(List.of("dataset:SIGHAN15"), names(new ListPropagation(models()), "Spelling correction",
                "Training data is scarce (e.g., SIGHAN15 only contains 2339 samples for training)."));
        assertEquals(List.of("dataset:VlogQA"), names(new ListPropagation(models()), "Vietnamese QA",
                "In contrast, the VlogQA consists of 10,076 question-answer pairs based on transcripts."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Small models",
                "In contrast, TinyNet-2 comprises 7 layers and runs on a phone."));
    }

    @Test
    void aNamingWordAfterANounPhraseNamesWhatItsHeadNounSays() {
        assertEquals(List.of("dataset:ExFunTube"), names(new ListPropagation(models()), "Video humour",
                "We curate a user-generated dataset of 10K multimodal funny videos from YouTube, called ExFunTube."));
        assertEquals(List.of("dataset:ViMath-InstructCode"), names(new ListPropagation(models()), "Vietnamese maths",
                "We first introduce a trainable Vietnamese math reasoning dataset, which is named ViMath-InstructCode."));
        // a noun for a method is the head: the name is no model's or dataset's
        assertEquals(List.of(), names(new ListPropagation(models()), "Entity insertion",
                "We release a benchmark dataset in 105 languages and develop a framework for entity insertion called LocEI."));
    }

    @Test
    void anAdverbMayQualifyTheAdjectiveBetweenTheAndTheName() {
        assertEquals(List.of("dataset:CUAD"), names(new ListPropagation(models()), "Contract ambiguity",
                "Experiments conducted on contracts sourced from the publicly available CUAD dataset show gains."));
        assertEquals(List.of("dataset:AnnoMI"), names(new ListPropagation(models()), "Counselling dialogue",
                "We outperform the state of the art on the recently introduced AnnoMI dataset."));
    }

    @Test
    void aNameAfterAnIndefiniteArticleOrBeforeAPluralOrADescribingCompoundIsNoDataset() {
        assertEquals(List.of(), names(new ListPropagation(models()), "Legal NLP",
                "We construct a large SFT dataset of legal questions."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Medical QA",
                "The questions come from the Medline datasets of five hospitals."));
        assertEquals(List.of(), names(new ListPropagation(models()), "3D language",
                "We build the first large-scale NeRF-language dataset for this task."));
    }

    @Test
    void aWordEndingInEvalOrBenchIsABenchmarkUnlessAYearMakesItAnEvent() {
        assertEquals(List.of("dataset:DSEval"), names(new ListPropagation(models()), "Data science agents",
                "We test twelve agents on DSEval and find large gaps across the data science lifecycle."));
        assertEquals(List.of("dataset:DevEval"), names(new ListPropagation(models()), "Software development",
                "Current LLMs fail to solve the challenges presented within DevEval across all stages."));
        assertEquals(List.of(), names(new ListPropagation(models()), "Hallucination detection",
                "We present our approach to SemEval 2024 for hallucination detection."));
    }

    @Test
    void aCapitalisedModelTermThePaperProposesIsAModelName() {
        assertEquals(List.of("model:PESC"), names(new ListPropagation(models()),
                "To handle pinyin errors, we propose Pinyin-Enhanced Spell Checker (PESC), which fixes misspellings."));
        assertEquals(List.of(), names(new ListPropagation(models()),
                "To handle pinyin errors, prior work used Pinyin-Enhanced Spell Checker (PESC), which fixes misspellings."));
        // an article and describing words may stand between the verb and the long form, whose head may come
        // before "for"
        assertEquals(List.of("model:MGNet"), names(new ListPropagation(models()),
                "Specifically, we construct a Multi-granularity Inference Network (MGNet) that encodes each sentence."));
        assertEquals(List.of("model:KCN"), names(new ListPropagation(models()),
                "In this paper, we propose a simple yet effective Knowledge Consolidation Network (KCN) for event detection."));
        assertEquals(List.of("model:DETER"), names(new ListPropagation(models()),
                "We present the Dual Encoder for Threshold-Based Re-Classification (DETER) to address these challenges."));
        // describing words without an article are the field's term, and a method is no model
        assertEquals(List.of(), names(new ListPropagation(models()),
                "We propose novel Graph Attention Networks (GATs) and a Trusted Self-reflexion Approach (TSA)."));
    }

    @Test
    void anAbbreviationAfterADataResourcesNameInTheTitleIsThatResource() {
        String abstractText = "We present it and describe how it was built.";
        for (String title : List.of("Turkish Emotion Voice Database (TurEV-DB)",
                "A Contemporary News Corpus of Ukrainian (CNC-UA): Compilation, Annotation, Publication")) {
            AnalyzedText t = TextAnalyzer.get().analyzeDocument(title, abstractText);
            List<String> found = new ListPropagation(finding()).find(t).stream().map(m -> m.type().tag() + ":" + m.text(t)).toList();
            assertEquals(List.of("dataset:" + title.substring(title.indexOf('(') + 1, title.indexOf(')'))), found, title);
        }
        // an abbreviation of the language after "for" is not the corpus's
        AnalyzedText t = TextAnalyzer.get().analyzeDocument(
                "The Creagest Project: a Digitized and Annotated Corpus for French Sign Language (LSF)", abstractText);
        assertEquals(List.of(), new ListPropagation(finding()).find(t).stream().filter(m -> m.text(t).equals("LSF")).toList());
    }

    @Test
    void aNameDefinedAsARetrieverOrAdapterIsAModel() {
        assertEquals(List.of("model:RelAdapter"), names(new ListPropagation(models()),
                "To address the limitation, we propose RelAdapter, a context-aware adapter for few-shot relation learning."));
        assertEquals(List.of("model:Silver Retriever"), names(new ListPropagation(models()),
                "In this work, we present Silver Retriever, a neural retriever for Polish trained on many datasets."));
        assertEquals(List.of(), names(new ListPropagation(models()),
                "To address the limitation, we propose RelAdapter, a context-aware module for few-shot relation learning."));
    }

    @Test
    void aNameBuiltOnAModelFamilyIsAModelAndSoIsItsPartner() {
        assertEquals(List.of("model:InstructGPT", "model:PEER"), names(new ListPropagation(models()),
                "We evaluate several systems, which shows that InstructGPT and PEER on average perform the best."));
        assertEquals(List.of(), names(new ListPropagation(models()),
                "We evaluate several systems, which shows that InstructGPT-style and SciBERT-based tagging perform the best."));
    }

    @Test
    void aNameWhoseLongFormInBracketsEndsOnAModelNounIsAModel() {
        assertEquals(List.of("model:EYEGLAXS"), names(new ListPropagation(models()),
                "This paper introduces EYEGLAXS (Easy Yet Efficient larGe LAnguage model for eXtractive "
                        + "Summarization), a framework that leverages long documents."));
        assertEquals(List.of(), names(new ListPropagation(models()),
                "This paper introduces STAND (STochastic Adaptive N-gram Drafting), a framework that leverages "
                        + "long documents."));
    }

    @Test
    void aPairBeforeAPluralDataNounIsAPairOfDatasets() {
        assertEquals(List.of("dataset:Zorbex", "dataset:Quantal Set"),
                names(new ListPropagation(finding()), "We report results on the Zorbex and Quantal Set benchmarks, "
                        + "and on the Aranese and Aragonese datasets."));
    }

    @Test
    void aLanguageAmongTheItemsMakesTheOthersNoDatasetNames() {
        assertEquals(List.of(), names(new ListPropagation(finding()),
                "Existing Arabic and Saudi benchmarks are limited, and so are the Welsh and Patagonian corpora."));
        assertEquals(List.of("dataset:Spider"), names(new ListPropagation(finding()),
                "Results on the Spider and Chinese Spider datasets are reported."));
    }
}
