package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Relation phrasing as one table: each case is a text written in the style of an abstract under a
 * title, the relations it states, and the tempting ones it does not state (the rule's guard). The whole
 * standard pipeline runs on each, as the extractor would on a paper.
 */
class RelationPhrasingTest {

    /** The title of a case that does not give its own. */
    private static final String TITLE = "A study of language models";

    /**
     * One text under a title, what it states ("S p O") and what it must not be read as stating. The title
     * matters where it names the paper's own model.
     */
    record Case(String name, String title, String text, List<String> stated, List<String> notStated) {
        /** A case under the plain title "A study of language models", which names no model. */
        Case(String name, String text, List<String> stated, List<String> notStated) {
            this(name, TITLE, text, stated, notStated);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = WrittenAbstracts.extractor();
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a higher score compared to a model is superiority, a higher error is not",
                        "Fine-tuned Llama-7B-Chat achieves 203.4% higher text span IoU compared to 1-shot GPT-4-Turbo. "
                                + "Whisper-small has a 20% higher word error rate compared to Whisper-large.",
                        List.of("Llama-7B-Chat outperforms GPT-4-Turbo"),
                        List.of("Whisper-small outperforms Whisper-large")),
                new Case("adapting a model on data trains it on the data; adapting it to a domain names none",
                        "It is used to adapt LLaMA-2-7B on the Wikipedia corpus. Mistral-7B is adapted to the legal domain "
                                + "and evaluated on LexGLUE.",
                        List.of("LLaMA-2-7B trainedOn Wikipedia"),
                        List.of("Mistral-7B trainedOn LexGLUE")),
                new Case("a size in brackets after the last model of a list between dashes keeps the training data",
                        "Finally, we fine-tune two open-source large language models — Aya-Expanse (8B) and Gemma-3 (12B) — "
                                + "on the multilingual OmniGEC dataset.",
                        List.of("Aya-Expanse trainedOn OmniGEC", "Gemma-3 trainedOn OmniGEC"),
                        List.of()),
                new Case("'underperformed compared to' names the winners",
                        "Despite its capabilities, Gemini underperformed compared to leading models like MedPaLM 2 and GPT-4.",
                        List.of("MedPaLM 2 outperforms Gemini", "GPT-4 outperforms Gemini"),
                        List.of("Gemini outperforms GPT-4")),
                new Case("an apposition between a subject and its verb describes the subject",
                        "Furthermore, Sentence-BERT, a BERT-based classical sentence encoder, outperformed PaLM.",
                        List.of("Sentence-BERT outperforms PaLM", "Sentence-BERT basedOn BERT"),
                        List.of("BERT outperforms PaLM")),
                new Case("'Org's Long Form Name, ABBR' makes the abbreviated model the organisation's",
                        "We evaluated the open (Meta AI's No Language Left Behind, NLLB-200) and the commercial "
                                + "(OpenAI's GPT-4o) systems on the new corpus.",
                        List.of("NLLB-200 developedBy Meta AI", "GPT-4o developedBy OpenAI"),
                        List.of("NLLB-200 developedBy OpenAI")),
                new Case("a paper that names no data but its own new dataset reports its findings on it",
                        "ZorbaViz: Probing Colours of Objects",
                        "We introduce ZorbaViz, a text-only dataset with 2,000 examples of colour questions. "
                                + "Experimental findings include: GPT-4 excels overall but struggles with rare objects.",
                        List.of("GPT-4 evaluatedOn ZorbaViz"),
                        List.of()),
                new Case("the paper's own dataset that it trains on is not where its results were measured",
                        "ZorbaCoder: Intermediate Representations for Code Models",
                        "We first compile ZorbaTrans, a parallel dataset of 4M source files. We then carry out continued "
                                + "training on ZorbaTrans. Our resulting models, dubbed ZorbaCoder, display sizeable gains "
                                + "across various code generation tasks.",
                        List.of(),
                        List.of("ZorbaCoder evaluatedOn ZorbaTrans")),
                new Case("a dash-enclosed list of models and a relative clause about them come between 'fine-tune' and its data",
                        "We fine-tune five small and medium-sized LLMs – Llama-3, Gemma-2, Qwen-2 – which are freely available "
                                + "open-weight models, on the standard PubMedQA and BioASQ datasets.",
                        List.of("Llama-3 trainedOn PubMedQA", "Gemma-2 trainedOn PubMedQA", "Qwen-2 trainedOn BioASQ"),
                        List.of("Llama-3 evaluatedOn PubMedQA")),
                new Case("'fine-tune A and B, which ..., on the benchmark D' trains them on D",
                        "We fine-tune Llama-3 and Gemma-2, which are open models, on the benchmark PubMedQA dataset.",
                        List.of("Llama-3 trainedOn PubMedQA", "Gemma-2 trainedOn PubMedQA"),
                        List.of("Gemma-2 evaluatedOn PubMedQA")),
                new Case("'experiments on D demonstrate its effectiveness' evaluate the paper's own model on D",
                        "We introduce Zorba-7B, a reasoning model trained with reinforcement learning. Extensive "
                                + "experiments on GSM8K and MATH demonstrate its effectiveness.",
                        List.of("Zorba-7B evaluatedOn GSM8K", "Zorba-7B evaluatedOn MATH"),
                        List.of("Zorba-7B trainedOn GSM8K")),
                new Case("'we are able to ... outperform X' reports the paper's own model's result",
                        "LongT5: Efficient Text-To-Text Transformer for Long Sequences",
                        "In this paper, we present LongT5, a new model that explores the effects of scaling the input "
                                + "length. We are able to achieve state-of-the-art results on several summarization tasks, "
                                + "as well as outperform the original T5 models on these tasks.",
                        List.of("LongT5 outperforms T5"),
                        List.of()),
                new Case("'we develop M by fine-tuning N' makes M based on N",
                        "TableLlama: Towards Open Large Generalist Models for Tables",
                        "We construct TableInstruct, a new dataset of realistic tables. We further develop the first "
                                + "open-source generalist model for tables, TableLlama, by fine-tuning Llama 2 (7B) with "
                                + "LongLoRA.",
                        List.of("TableLlama basedOn Llama 2"),
                        List.of("Llama 2 basedOn TableLlama")),
                new Case("'experiments on D demonstrate its effectiveness' needs a model of the paper's own",
                        "We study reasoning with reinforcement learning. Extensive experiments on GSM8K and MATH "
                                + "demonstrate the effectiveness of the method over Llama-2 7B.",
                        List.of(),
                        List.of("Llama-2 7B evaluatedOn GSM8K")),
                new Case("'models based on N: A, B and C' makes the listed models the ones based on N",
                        "We evaluate several models based on T5: mT5, ByT5 and Flan-T5. We also study three models "
                                + "built on LLaMA-2, namely Vicuna, Alpaca and WizardLM.",
                        List.of("mT5 basedOn T5", "ByT5 basedOn T5", "Flan-T5 basedOn T5", "Vicuna basedOn LLaMA-2",
                                "Alpaca basedOn LLaMA-2", "WizardLM basedOn LLaMA-2"),
                        List.of("Vicuna basedOn Alpaca", "ByT5 basedOn mT5")),
                new Case("'X by O' right after a name says who made X, whatever the clause is about",
                        "Our experiments with GPT-3.5 by OpenAI show that it fails on ARC.",
                        List.of("GPT-3.5 developedBy OpenAI"),
                        List.of()),
                new Case("'O <modifiers> models such as A and B' names O the maker of the listed models",
                        "We study OpenAI generative pretrained transformers such as GPT-3 and GPT-4 on reasoning tasks.",
                        List.of("GPT-3 developedBy OpenAI", "GPT-4 developedBy OpenAI"),
                        List.of()),
                new Case("models that give the baseline results on the paper's own dataset are evaluated on it",
                        "MetaMeme: A Dataset for Meme Classification",
                        "This paper introduces a new dataset for classifying memes by their template. YOLOv11 and "
                                + "ChatGPT 4o are used to provide baseline modeling results. We also provide two strong "
                                + "baselines based on T5.",
                        List.of("YOLOv11 evaluatedOn MetaMeme", "ChatGPT 4o evaluatedOn MetaMeme", "T5 evaluatedOn MetaMeme"),
                        List.of("YOLOv11 trainedOn MetaMeme")),
                new Case("baselines on another named dataset are not results on the paper's own",
                        "ZorbaQA: A Dataset for Question Answering",
                        "We present ZorbaQA, a dataset of 5,000 questions. Baselines such as BERT and RoBERTa are "
                                + "strong on SQuAD.",
                        List.of(),
                        List.of("BERT evaluatedOn ZorbaQA", "RoBERTa evaluatedOn ZorbaQA")),
                new Case("a participle after 'the N model' describes N, not the clause's subject",
                        "We also observe that while GPT-4 performs well, it does not outperform the SciBERT model "
                                + "fine-tuned on the CODA-19 dataset, emphasizing the importance of dedicated data.",
                        List.of("SciBERT trainedOn CODA-19"),
                        List.of("GPT-4 trainedOn CODA-19")),
                new Case("a description after the model's comma does not make it an item of the fronted 'On D,'",
                        "We study pronoun resolution. On WinoBias+, GPT-4, the top-performing LLM, achieves an "
                                + "accuracy of 68.7%, significantly below the human benchmark of 95.1%.",
                        List.of("GPT-4 evaluatedOn WinoBias+"),
                        List.of()),
                new Case("'while M excels at' in a paper presenting one benchmark is a result on it",
                        "ProSPer: Probing Human and Neural Network Language Model Understanding of Spatial Perspective",
                        "We propose a probe task that explores how well language models understand spatial perspective. "
                                + "We present a dataset for evaluating perspective inference in English, ProSPer, and use "
                                + "it to explore how humans and Transformer-based language models infer perspective. "
                                + "Although the best bidirectional model performs similarly to humans, they display "
                                + "different strengths: humans outperform neural networks in conversational contexts, "
                                + "while RoBERTa excels at written genres.",
                        List.of("RoBERTa evaluatedOn ProSPer"),
                        List.of()),
                new Case("a ranking after a result on the paper's own benchmark ('followed by') lists models measured on it",
                        "Kenyan-Norms Benchmark: Assessing LLMs on Local Culture",
                        "This study introduces the Kenyan-Norms Benchmark. It consists of 900 curated questions. "
                                + "Qwen2.5-72B achieved the highest accuracy (81.2%), followed by Gemma-2-27B (79.0%) "
                                + "and Mistral-7B (61.5%). Our code uses Llama-3-8B for filtering.",
                        List.of("Qwen2.5-72B evaluatedOn Kenyan-Norms Benchmark", "Gemma-2-27B evaluatedOn Kenyan-Norms Benchmark",
                                "Mistral-7B evaluatedOn Kenyan-Norms Benchmark"),
                        List.of("Llama-3-8B evaluatedOn Kenyan-Norms Benchmark")),
                new Case("a list of models with a size after its last item is the subject of the result on the own dataset",
                        "MotifSet: A Gold Standard for Learning and Evaluation of Motifs",
                        "We present MotifSet, the first dataset annotated for motifs. We demonstrate that the task is "
                                + "hard; recent models such as T5, FLAN-T5, and Llama 2 (7B) achieved 41% accuracy at best.",
                        List.of("T5 evaluatedOn MotifSet", "FLAN-T5 evaluatedOn MotifSet", "Llama 2 evaluatedOn MotifSet"),
                        List.of()),
                new Case("open models that rival closed ones in a paper presenting one benchmark are evaluated on it",
                        "PoemBench: A Benchmark for Evaluating Poetry Generation by LLMs",
                        "By introducing PoemBench, our benchmark dataset of poetry prompts, we analyse LLM performance. "
                                + "Our evaluation highlights that open models like Qwen2.5-72B and Yi-34B strongly rival "
                                + "closed-source counterparts in metre.",
                        List.of("Qwen2.5-72B evaluatedOn PoemBench", "Yi-34B evaluatedOn PoemBench"),
                        List.of()),
                new Case("a comparison of results ('wins against', 'trails') is a result on the benchmark it is on",
                        "We introduce Zorba-7B. On MMLU, Zorba-7B wins against Gemma 2 27B and Llama 3.1 70B. "
                                + "On GSM8K, it trails Qwen2.5-7B by two points.",
                        List.of("Zorba-7B evaluatedOn MMLU", "Zorba-7B outperforms Gemma 2 27B", "Zorba-7B evaluatedOn GSM8K",
                                "Qwen2.5-7B outperforms Zorba-7B"),
                        List.of("Zorba-7B outperforms Qwen2.5-7B")),
                new Case("how the model was trained may stand between the verb and its data",
                        "We introduce Falcon-Edge-3B. Falcon-Edge-3B is trained natively in ternary precision from "
                                + "scratch on RefinedWeb. Zorba-2B is trained from scratch on SlimPajama.",
                        List.of("Falcon-Edge-3B trainedOn RefinedWeb", "Zorba-2B trainedOn SlimPajama"),
                        List.of()),
                new Case("'but is trained on' continues the subject's sentence; 'but' before a new subject does not",
                        "We introduce TinyLlama-1.1B. TinyLlama-1.1B adopts exactly the same architecture as Llama 2, "
                                + "but is trained on SlimPajama. Zorba-7B is trained on C4, but Zorba-13B is trained on "
                                + "The Pile.",
                        List.of("TinyLlama-1.1B trainedOn SlimPajama", "Zorba-13B trainedOn The Pile"),
                        List.of("Llama 2 trainedOn SlimPajama", "Zorba-7B trainedOn The Pile")),
                new Case("', which in turn outperforms' has the model before the comma as subject",
                        "Three large language models are compared, and it is shown that GPT-4 outperforms GPT-3.5, "
                                + "which in turn outperforms Claude v1 on this task.",
                        List.of("GPT-4 outperforms GPT-3.5", "GPT-3.5 outperforms Claude v1"),
                        List.of("GPT-4 outperforms Claude v1")),
                new Case("', which was trained on D' says what the model before it was trained on",
                        "We fine-tune Llama-2, which was trained on RedPajama, on our own instructions.",
                        List.of("Llama-2 trainedOn RedPajama"),
                        List.of()),
                new Case("a name in brackets after 'the best model' is the subject of its clause",
                        "We constructed a dataset (LAR-ECHR) for this task. We found that even the best model (GPT-4o) "
                                + "obtains 75.8% accuracy on LAR-ECHR, leaving room for improvement.",
                        List.of("GPT-4o evaluatedOn LAR-ECHR"),
                        List.of()),
                new Case("an item marker '(c)' starts a clause that nothing before it governs",
                        "We constructed a dataset (LAR-ECHR) for this task. We evaluated seven LLMs on LAR-ECHR and "
                                + "found that (b) LAR-ECHR distinguishes top models more clearly, compared to LegalBench, "
                                + "(c) even the best model (GPT-4o) obtains 75.8% accuracy on LAR-ECHR.",
                        List.of("GPT-4o evaluatedOn LAR-ECHR"),
                        List.of()),
                new Case("a name-shaped word after 'accuracy on' is what the result was measured on",
                        "Notably, Mistral-7B's accuracy on Multi-Arith increased by 20%, and Phi-3's accuracy on "
                                + "HumanEval rose by 34%.",
                        List.of("Mistral-7B evaluatedOn Multi-Arith", "Phi-3 evaluatedOn HumanEval"),
                        List.of()),
                new Case("a plain word after 'results on' is a language, not a benchmark",
                        "GPT-4 reports strong results on English, and its accuracy on Swahili remains low.",
                        List.of(),
                        List.of("GPT-4 evaluatedOn English", "GPT-4 evaluatedOn Swahili")),
                new Case("a bracketed example list after a class noun stays governed",
                        "We study model classes (PaLM, T5) and show that Flan-T5 outperforms them on MMLU.",
                        List.of(),
                        List.of("PaLM evaluatedOn MMLU", "T5 evaluatedOn MMLU")),
                new Case("'..., closely followed by N' after the best result: the leader outperforms N",
                        "For the generation task, LLaMA-3 achieved the best performance with a BERTScore F1 of 77.3%, "
                                + "closely followed by Mistral-7b at 77.1%.",
                        List.of("LLaMA-3 outperforms Mistral-7b"),
                        List.of("Mistral-7b outperforms LLaMA-3")),
                new Case("a model's result after the paper presents its benchmark is a result on that benchmark",
                        "Models such as GPT-3.5 achieve strong results in English. In this work, we introduce IndoMMLU, "
                                + "the first multi-task language understanding benchmark for Indonesian culture. Our "
                                + "evaluations show that GPT-3.5 achieves 53% accuracy, while Falcon performs at even "
                                + "lower levels.",
                        List.of("GPT-3.5 evaluatedOn IndoMMLU", "Falcon evaluatedOn IndoMMLU"),
                        List.of()),
                new Case("examples after 'such as' with a result verb after the own benchmark: results on it",
                        "We introduce ToMBench, a bilingual benchmark for theory of mind. We find that even the most "
                                + "advanced LLMs like GPT-4 lag behind human performance by over 10% points. Smaller "
                                + "models such as BLOOMZ and Falcon perform at even lower levels.",
                        List.of("GPT-4 evaluatedOn ToMBench", "BLOOMZ evaluatedOn ToMBench", "Falcon evaluatedOn ToMBench"),
                        List.of()),
                new Case("'with N achieving 19%' after the own benchmark: a result on it; 'GPT-4 scoring' is a judge",
                        "We introduce TurtleBench, a benchmark of visual programming. Our evaluation reveals that leading "
                                + "LMMs struggle, with GPT-4V achieving only 19% accuracy on the simplest tasks. Human "
                                + "ranking and GPT-4 scoring were employed to compare configurations.",
                        List.of("GPT-4V evaluatedOn TurtleBench"),
                        List.of("GPT-4 evaluatedOn TurtleBench")),
                new Case("'experiments on VLMs, including A and B' after the own benchmark: A and B are tested on it",
                        "We introduce TaiwanVQA, a novel visual question answering benchmark for Taiwanese daily life. "
                                + "We conduct extensive experiments on state-of-the-art VLMs, including GPT-4o, Qwen2-VL, "
                                + "and InternVL2 models. We also run experiments on ScienceQA using LLaVA.",
                        List.of("GPT-4o evaluatedOn TaiwanVQA", "Qwen2-VL evaluatedOn TaiwanVQA", "InternVL2 evaluatedOn TaiwanVQA"),
                        List.of("LLaVA evaluatedOn TaiwanVQA")),
                new Case("a participle after a coordination describes every member; a comma alone does not coordinate",
                        "Experiments on Gemma2-2B and Llama2-7B fine-tuned with the Enron dataset show less leakage. "
                                + "Built on Llama-3.1-70B-Instruct, Nemotron-Reason-70B is fine-tuned on OpenMathReasoning.",
                        List.of("Gemma2-2B trainedOn Enron", "Llama2-7B trainedOn Enron",
                                "Nemotron-Reason-70B trainedOn OpenMathReasoning"),
                        List.of("Llama-3.1-70B-Instruct trainedOn OpenMathReasoning")),
                new Case("'defeat' states superiority, and 'defeated by' from the loser's side",
                        "Our instruction data allowed the LLaMA 13B model to defeat GPT-3.5 with a 54.37% win-rate. "
                                + "In the arena, GPT-4 was defeated by Claude 3 in most rounds.",
                        List.of("LLaMA 13B outperforms GPT-3.5", "Claude 3 outperforms GPT-4"),
                        List.of("GPT-3.5 outperforms LLaMA 13B", "GPT-4 outperforms Claude 3")),
                new Case("'outperformed medical LLMs based on N': the participle describes the class compared with",
                        "We propose MedPhi-2, a new medical model based on Phi-2. The model outperformed medical LLMs "
                                + "based on Llama2-70B in generating explanations.",
                        List.of("MedPhi-2 basedOn Phi-2"),
                        List.of("MedPhi-2 basedOn Llama2-70B")),
                new Case("'compared to M and other models based on N': the participle describes the other models",
                        "We introduce ClinicalMamba, a language model pretrained on clinical notes. ClinicalMamba models, "
                                + "with 130 million and 2.8 billion parameters, demonstrate superior performance across "
                                + "extended text lengths compared to Mamba and other clinical models based on Longformer "
                                + "and Llama.",
                        List.of(),
                        List.of("ClinicalMamba basedOn Llama", "ClinicalMamba basedOn Longformer")),
                new Case("'used M and built a custom model combining A and B': the combination is not M",
                        "For the cascade approach, we used Whisper and SALMONN. In the end-to-end setting, we used SALMONN "
                                + "for speech translation and also built a custom model combining the Whisper encoder and "
                                + "the Qwen2.5 LLM.",
                        List.of(),
                        List.of("SALMONN basedOn Whisper", "SALMONN basedOn Qwen2.5")),
                new Case("a winner that is also among the beaten was found outside the verb's clause",
                        "We set a benchmark using ChatGPT and GPT-4, and demonstrate that even smaller generative models "
                                + "fine-tuned with our framework surpass ChatGPT and GPT-4 by 14.2% and 5.0% respectively.",
                        List.of(),
                        List.of("ChatGPT outperforms GPT-4", "GPT-4 outperforms ChatGPT")),
                new Case("'M is the result of fine-tuning N': M is based on N",
                        "We present FooMT-7B, our translation system. FooMT-7B is the result of fine-tuning Mistral 7B "
                                + "v0.1 for translation, while the baseline is the result of years of rule writing.",
                        List.of("FooMT-7B basedOn Mistral 7B v0.1"),
                        List.of()),
                new Case("a benchmark the title names is presented in the abstract as 'this benchmark'",
                        "Thai Winograd Schemas: A Benchmark for Thai Commonsense Reasoning",
                        "Models like GPT-3.5 achieve high accuracy on English commonsense tests. This research introduces "
                                + "a collection of Winograd Schemas in Thai. We evaluate popular large language models on "
                                + "this benchmark. Results indicate that while models like GPT-4 and Claude-3-Opus achieve "
                                + "high accuracy in English, their performance drops in Thai.",
                        List.of("GPT-4 evaluatedOn Thai Winograd Schemas", "Claude-3-Opus evaluatedOn Thai Winograd Schemas"),
                        List.of("GPT-3.5 evaluatedOn Thai Winograd Schemas")),
                new Case("'our evaluations of N models, including A and B' on the own benchmark",
                        "We propose HalluBench, a novel visual question answering benchmark of hallucination attacks. "
                                + "Finally, our extensive evaluations of eleven LVLMs, including LLaMA-3.2 and DeepSeek-V2, "
                                + "demonstrate that current LVLMs remain susceptible to hallucination attacks.",
                        List.of("LLaMA-3.2 evaluatedOn HalluBench", "DeepSeek-V2 evaluatedOn HalluBench"),
                        List.of()),
                new Case("the list after 'including ... (like' starts at 'like', however long the phrase before it",
                        "We propose HalluBench, a novel visual question answering benchmark of hallucination attacks. "
                                + "Finally, our extensive evaluations of eleven LVLMs, including powerful open-source models "
                                + "(like LLaMA-3.2 and DeepSeek-V2), commercial models like Gemini, and two mitigation "
                                + "strategies, demonstrate that current LVLMs remain susceptible to hallucination attacks.",
                        List.of("LLaMA-3.2 evaluatedOn HalluBench", "DeepSeek-V2 evaluatedOn HalluBench",
                                "Gemini evaluatedOn HalluBench"),
                        List.of()),
                new Case("'M outperforms others' after the paper has evaluated baselines on its own dataset",
                        "K-MHaS: A Multi-label Hate Speech Detection Dataset in Korean Online News Comment",
                        "We introduce K-MHaS, a new multi-label dataset for hate speech detection. The dataset consists "
                                + "of 109k utterances from news comments. We evaluate strong baselines on K-MHaS. KR-BERT "
                                + "with a sub-character tokenizer outperforms others.",
                        List.of("KR-BERT evaluatedOn K-MHaS"),
                        List.of()),
                new Case("'we compare A to B ... on our new dataset' evaluates A on the paper's dataset",
                        "FarExStance: Explainable Stance Detection for Farsi",
                        "We introduce FarExStance, a new dataset for explainable stance detection in Farsi. We compare "
                                + "the performance of a fine-tuned multilingual RoBERTa model to several large language "
                                + "models in zero-shot settings on our new dataset.",
                        List.of("RoBERTa evaluatedOn FarExStance"),
                        List.of()),
                new Case("'we compare A to B' on a dataset that is not the paper's own says nothing of that dataset",
                        "FarExStance: Explainable Stance Detection for Farsi",
                        "We introduce FarExStance, a new dataset for explainable stance detection in Farsi. We compare "
                                + "a fine-tuned multilingual RoBERTa model to several large language "
                                + "models in zero-shot settings.",
                        List.of(),
                        List.of("RoBERTa evaluatedOn FarExStance")),
                new Case("'the performance of A' in a paper whose only data is its own is a result on that data",
                        "FarExStance: Explainable Stance Detection for Farsi",
                        "We introduce FarExStance, a new dataset for explainable stance detection in Farsi. We compare "
                                + "the performance of a fine-tuned multilingual RoBERTa model to several large language "
                                + "models in zero-shot settings.",
                        List.of("RoBERTa evaluatedOn FarExStance"),
                        List.of()),
                new Case("'a LLaMA-2-based PerSE': the model named in the '-based' adjective is the base of the next",
                        "We introduce PerSE, an interpretable evaluation model. Our 13B LLaMA-2-based PerSE shows a 15.8% "
                                + "increase in Kendall correlation compared to GPT-4.",
                        List.of("PerSE basedOn LLaMA-2"),
                        List.of("PerSE basedOn GPT-4", "GPT-4 basedOn LLaMA-2")),
                new Case("'M, a B-based model' with the tokenizer splitting 'T5-based' after the digit; 'its superior "
                                + "performance over N' beats N",
                        "ZorbaT5: A Generative Language Model for Privacy Policies",
                        "To address that, we introduce ZorbaT5, a T5-based model that is further pre-trained on privacy "
                                + "policy text. We evaluate ZorbaT5 over a diverse set of privacy policy tasks and notice its "
                                + "superior performance over T5, showing the utility of continued pre-training.",
                        List.of("ZorbaT5 basedOn T5", "ZorbaT5 outperforms T5"),
                        List.of("T5 outperforms ZorbaT5")),
                new Case("'M, which is a B-based model' defines M as built on B",
                        "MoZIP: A Multilingual Benchmark to Evaluate Large Language Models in Intellectual Property",
                        "We also develop a new multilingual large language model (called MoZi), which is a BLOOMZ-based "
                                + "model that has been fine-tuned with multilingual IP-related text data. We evaluate our proposed MoZi model "
                                + "and four well-known LLMs (i.e., BLOOMZ, BELLE, ChatGLM and ChatGPT) on the benchmark.",
                        List.of("MoZi basedOn BLOOMZ"),
                        List.of()),
                new Case("'more cost-efficient than N' compares cost, not performance; 'more accurate than N' does",
                        "Moreover, Llama 3 offers a substantial cost advantage, being up to 37 times more cost-efficient "
                                + "than GPT-4. Qwen 2.5 is more accurate than Mistral-7B.",
                        List.of("Qwen 2.5 outperforms Mistral-7B"),
                        List.of("Llama 3 outperforms GPT-4")),
                new Case("'models A and B are assessed ... using the D datasets' evaluates them on D",
                        "Four models GPT-4, mBERT, XLM-R, and mT5 are assessed across monolingual, cross-lingual, and "
                                + "mixed-language settings using the UQuAD1.0 and SQuAD2.0 datasets.",
                        List.of("GPT-4 evaluatedOn UQuAD1.0", "mT5 evaluatedOn SQuAD2.0"),
                        List.of("GPT-4 trainedOn UQuAD1.0")),
                new Case("'we evaluate models from the X family' on the paper's benchmark evaluates X",
                        "Inferring Implicit Relations in Complex Questions with Language Models",
                        "We construct a benchmark, IMPLICITRELATIONS, where given a question, a model should output a "
                                + "list of concept-relation pairs. Using IMPLICITRELATIONS, we evaluate models from the "
                                + "GPT-3 family and find that these models struggle on the task.",
                        List.of("GPT-3 evaluatedOn Implicit Relations"), // the title spells it first
                        List.of()),
                new Case("'M, a B-based Natural Language Understanding (NLU) model' defines M as built on B",
                        "NepBERTa: Nepali Language Model Trained in a Large Corpus",
                        "This study presents NepBERTa, a BERT-based Natural Language Understanding (NLU) model trained on "
                                + "the most extensive monolingual Nepali corpus ever.",
                        List.of("NepBERTa basedOn BERT"),
                        List.of()),
                new Case("'This dataset facilitates the analysis of LLMs (A, B, C)' evaluates them on the paper's benchmark",
                        "Bengali ChartSumm: A Benchmark Dataset and study on feasibility of Large Language Models",
                        "This research introduces Bengali ChartSumm, a benchmark dataset with 4,100 Bengali chart images, "
                                + "metadata, and summaries. This dataset facilitates the analysis of LLMs (mT5, BanglaT5, "
                                + "Gemma) in Bengali chart-to-text summarization, offering essential baselines.",
                        List.of("mT5 evaluatedOn Bengali ChartSumm", "Gemma evaluatedOn Bengali ChartSumm"),
                        List.of()),
                new Case("a title's 'Large-Scale' is no second new dataset hiding the own benchmark",
                        "WorldValuesBench: A Large-Scale Benchmark Dataset for Multi-Cultural Value Awareness",
                        "We present WorldValuesBench, a globally diverse benchmark dataset for value prediction. On "
                                + "merely 11.1% and 75.0% of the questions, Alpaca-7B and GPT-3.5 Turbo can respectively "
                                + "achieve a low distance from the human answer distributions.",
                        List.of("Alpaca-7B evaluatedOn WorldValuesBench", "GPT-3.5 Turbo evaluatedOn WorldValuesBench"),
                        List.of()),
                new Case("a result sentence that names another dataset is about that one, not the own benchmark",
                        "In this work, we introduce IndoMMLU, the first multi-task language understanding benchmark "
                                + "for Indonesian culture. Llama-2 achieves 61% accuracy on MMLU but Falcon performs poorly.",
                        List.of("Llama-2 evaluatedOn MMLU"),
                        List.of("Llama-2 evaluatedOn IndoMMLU", "Falcon evaluatedOn IndoMMLU")),
                new Case("'we fine-tuned N' in a paper presenting its own model: the own model is based on N",
                        "We present EconLM, a model for economics research. We fine-tuned Meta AI's LLaMA-2-7B large "
                                + "language model on economics abstracts. EconLM outperforms GPT-4 on title generation.",
                        List.of("EconLM basedOn LLaMA-2-7B", "LLaMA-2-7B developedBy Meta AI"),
                        List.of()),
                new Case("'we train N' may build N from scratch: no base model for the own one",
                        "We present EconLM, a model for economics research. As a baseline, we train GPT-2 on the "
                                + "same abstracts. EconLM outperforms GPT-2 on title generation.",
                        List.of("EconLM outperforms GPT-2"),
                        List.of("EconLM basedOn GPT-2")),
                new Case("further training of a member of the paper's own family is not a new model made from it",
                        "We release OLMo 2, a family of open language models. We continue pre-training OLMo 2 7B on "
                                + "FineWeb-Edu for 50B tokens.",
                        List.of("OLMo 2 7B trainedOn FineWeb-Edu"),
                        List.of("OLMo 2 basedOn OLMo 2 7B")),
                new Case("'upcycle N into M': M is made from N",
                        "We upcycle Hermes-7B into Hermes-MoE-8x7B, an eight-expert model with 46.7B total parameters. "
                                + "Hermes-MoE-8x7B improves over Hermes-7B by 5.4 points on MMLU.",
                        List.of("Hermes-MoE-8x7B basedOn Hermes-7B"),
                        List.of("Hermes-7B basedOn Hermes-MoE-8x7B")),
                new Case("'outperforms existing models ..., even including A and B': the examples are the objects",
                        "We introduce Vera, a verification model. Vera substantially outperforms existing models that "
                                + "can be repurposed for commonsense verification, even including GPT-3.5 and GPT-4.",
                        List.of("Vera outperforms GPT-3.5", "Vera outperforms GPT-4"),
                        List.of()),
                new Case("examples after 'while' belong to another clause",
                        "We introduce Vera, a verification model. Vera outperforms existing open verifiers, while "
                                + "proprietary models like GPT-4 still lead on harder problems.",
                        List.of(),
                        List.of("Vera outperforms GPT-4")),
                new Case("'N serves as the backbone of our model, M': M is built on N",
                        "Llama-3.1-Nemotron-70B-Instruct serves as the backbone of our reward model, Nemotron-RM-70B, "
                                + "which is trained on HelpSteer2.",
                        List.of("Nemotron-RM-70B basedOn Llama-3.1-Nemotron-70B-Instruct", "Nemotron-RM-70B trainedOn HelpSteer2"),
                        List.of()),
                new Case("'serves as the base of' names its product before the next clause",
                        "In our system, Llama-2-7B serves as the base model of the retriever and Mistral-7B acts as "
                                + "the backbone of the reader.",
                        List.of(),
                        List.of("Mistral-7B basedOn Llama-2-7B")),
                new Case("'merging A with B': both go into the merged model",
                        "We present Hermes-Merge-70B, produced by merging Llama-3.1-70B-Instruct with Qwen2-72B using "
                                + "spherical linear interpolation.",
                        List.of("Hermes-Merge-70B basedOn Llama-3.1-70B-Instruct", "Hermes-Merge-70B basedOn Qwen2-72B"),
                        List.of()),
                new Case("a possessive maker covers coordinated members of one family",
                        "Meta's Llama 3.2 1B and Llama 3.2 3B are lightweight members of the Llama 3.2 series.",
                        List.of("Llama 3.2 1B developedBy Meta", "Llama 3.2 3B developedBy Meta"),
                        List.of()),
                new Case("a possessive maker inside a list does not reach the next item",
                        "We compare GPT-4o, Google's Gemini and Claude on long documents.",
                        List.of("Gemini developedBy Google"),
                        List.of("Claude developedBy Google", "GPT-4o developedBy Google")),
                new Case("a possessive apposition names the maker of the name before the comma",
                        "We present Granite 3.0, IBM's family of enterprise language models.",
                        List.of("Granite 3.0 developedBy IBM"),
                        List.of()),
                new Case("'followed by' without a ranking is a sequence, not a comparison",
                        "GPT-4 was used for annotation, followed by Llama-2-70B for verification.",
                        List.of(),
                        List.of("GPT-4 outperforms Llama-2-70B")),
                // the name after the comma is the main clause's subject, not one more item of a list
                new Case("an opening 'building upon N' makes the model after the comma based on N",
                        "Tulu 3: Pushing Frontiers in Open Language Model Post-Training",
                        "We introduce Tulu 3, a family of open post-trained models. Building upon Llama 3, Tulu 3 introduces "
                                + "new post-training recipes and data.",
                        List.of("Tulu 3 basedOn Llama 3"),
                        List.of("Llama 3 basedOn Tulu 3")),
                new Case("a model series 'developed upon' another is based on it",
                        "SPHINX-X: Scaling Data and Parameters for Multi-modal Models",
                        "We propose SPHINX-X, an extensive multimodal large language model series developed upon SPHINX.",
                        List.of("SPHINX-X basedOn SPHINX"),
                        List.of()),
                new Case("'bested' and 'outdid' are outperforming verbs, 'was bested by' their passive",
                        "Graph models for Bangla text classification",
                        "We applied the BERT model and graph-based models including TextGCN. BERT’s model bested the "
                                + "TextGCN and the GAT models by a large difference. RoBERTa was bested by DeBERTa. XLNet "
                                + "outdid ALBERT.",
                        List.of("BERT outperforms TextGCN", "DeBERTa outperforms RoBERTa", "XLNet outperforms ALBERT"),
                        List.of("RoBERTa outperforms DeBERTa", "TextGCN outperforms BERT")),
                new Case("'the superiority / advantages of M over N' and 'M has an edge over N': M outperforms N",
                        "Generative Pretrained Structured Transformers",
                        "We present GPST, an unsupervised syntactic language model. We demonstrate the superiority of GPST "
                                + "over GPT-2 with a comparable size. Results show the advantages of BERT over ELMo on most "
                                + "tasks. On math, LLaMA-70B still has an edge over Mistral-7B. The superiority "
                                + "of large models over T5 is well known.",
                        List.of("GPST outperforms GPT-2", "BERT outperforms ELMo", "LLaMA-70B outperforms Mistral-7B"),
                        List.of("GPT-2 outperforms GPST", "ELMo outperforms BERT", "Mistral-7B outperforms LLaMA-70B")),
                new Case("'worse than', 'inferior to' and 'performed poorly compared to' put the subject behind; 'not worse' does not",
                        "Comparing encoders for Dravidian languages",
                        "InstructGPT even performs worse than T5-small. T5 has performed poorly compared to mBERT. "
                                + "RoBERTa is far inferior to GPT-4. Llama-2 is not worse than GPT-3.5.",
                        List.of("T5-small outperforms InstructGPT", "mBERT outperforms T5", "GPT-4 outperforms RoBERTa"),
                        List.of("GPT-3.5 outperforms Llama-2", "InstructGPT outperforms T5-small")),
                new Case("a model 'developed over' another is based on it, not one developed over a span of time",
                        "ChartGemma: Visual Instruction-tuning for Chart Reasoning",
                        "We introduce ChartGemma, a novel chart reasoning model developed over PaliGemma. Our earlier "
                                + "model ChartPaLI was developed over three years.",
                        List.of("ChartGemma basedOn PaliGemma"),
                        List.of("ChartPaLI basedOn PaliGemma")),
                new Case("a model that inherits the architecture of another is based on it",
                        "Megalodon: Efficient LLM Pretraining with Unlimited Context Length",
                        "We introduce Megalodon, a neural architecture for sequence modeling. Megalodon inherits the "
                                + "architecture of Mega (exponential moving average with gated attention), and further "
                                + "introduces multiple technical components.",
                        List.of("Megalodon basedOn Mega"),
                        List.of()),
                new Case("a model is based on every base model of a list",
                        "Lynx-V: Scaling Multimodal Models across Base LLMs",
                        "We present Lynx-V, a series of multimodal large language models. By training over different base "
                                + "LLMs including TinyLlama-1.1B, InternLM2-7B, and Mistral-7B, we obtain a spectrum of "
                                + "models that vary in parameter size.",
                        List.of("Lynx-V basedOn TinyLlama-1.1B",
                                "Lynx-V basedOn InternLM2-7B",
                                "Lynx-V basedOn Mistral-7B"),
                        List.of()),
                new Case("base models that the model replaces are not its bases",
                        "Wave-VL: A Multimodal State Space Model",
                        "We propose Wave-VL, a multimodal large language model based on state space models. We replace "
                                + "the transformer-based backbone language model such as LLaMA or Vicuna with a pre-trained "
                                + "state space language model.",
                        List.of(),
                        List.of("Wave-VL basedOn LLaMA", "Wave-VL basedOn Vicuna")),
                new Case("every model a method enables is evaluated on the benchmarks of the result",
                        "Guided Decoding for Small Reasoners",
                        "We propose a guided decoding method for small language models. On the MATH500 and GSM8K "
                                + "benchmarks, our method enables Llama-3.2-1B-Instruct to match the performance of much "
                                + "larger models, and allows Qwen3-1.7B to reach o1-like reasoning accuracy.",
                        List.of("Llama-3.2-1B-Instruct evaluatedOn MATH500",
                                "Qwen3-1.7B evaluatedOn MATH500",
                                "Qwen3-1.7B evaluatedOn GSM8K"),
                        List.of()),
                new Case("a result sentence that names no model is a result of the own model",
                        "CTFound: A 3D Vision-Language Foundation Model for Computed Tomography",
                        "We introduce CTFound, a 3D vision-language foundation model for computed tomography. CTFound is "
                                + "trained on paired CT scans and radiology reports. We perform internal validation on a "
                                + "held-out test set, and external validation on two public CT datasets (VerSe and "
                                + "TotalSegmentator), where segmentation accuracy improves over prior methods.",
                        List.of("CTFound evaluatedOn VerSe", "CTFound evaluatedOn TotalSegmentator"),
                        List.of()),
                new Case("a benchmark named in the background before the own model is introduced is not its result",
                        "MediChat: Dynamic Verification for Medical Reasoning",
                        "There is a notable gap between the performance of medical LLMs on static benchmarks such as "
                                + "MedQA and their utility in clinical practice. We introduce MediChat, a 32B-parameter "
                                + "medical reasoning model trained with reinforcement learning.",
                        List.of(),
                        List.of("MediChat evaluatedOn MedQA")),
                new Case("the model a result is measured on is evaluated on the result's benchmark",
                        "StableClip: Adaptive Gradient Clipping for Stable Pre-training",
                        "We propose StableClip, an adaptive gradient clipping method for language model pre-training. "
                                + "On Llama-2 7B, StableClip eliminates loss spikes while reducing WikiText perplexity by 3.5%.",
                        List.of("Llama-2 7B evaluatedOn WikiText"),
                        List.of()),
                new Case("models trained on the outputs of N: N is not the model the result is measured on",
                        "Data Mixing for Small Models",
                        "We study data mixtures for small language models. Models trained on Llama-2 7B outputs reach "
                                + "higher accuracy on GSM8K than models trained on human data.",
                        List.of(),
                        List.of("Llama-2 7B evaluatedOn GSM8K")),
                // "the baseline models" are not the paper's own
                new Case("an opening 'trained on D' about the baseline models does not describe the own model",
                        "Orca-Lite: A Small Reasoning Model",
                        "We present Orca-Lite, a compact reasoning model. Trained only on The Pile, the baseline models "
                                + "struggle on multi-step problems.",
                        List.of(),
                        List.of("Orca-Lite trainedOn The Pile")),
                new Case("'fine-tune N on D to obtain M': the data goes into M, which is based on N",
                        "FooChat: Open Chat Models",
                        "We introduce FooChat-7B, an open chat model. We fine-tune Llama 2 on UltraChat to obtain FooChat-7B.",
                        List.of("FooChat-7B trainedOn UltraChat", "FooChat-7B basedOn Llama 2"),
                        List.of("Llama 2 trainedOn UltraChat")),
                new Case("'starting from N, we continue pre-training on D to obtain M': M is based on N and trained on D",
                        "Llemma: An Open Language Model for Mathematics",
                        "We present Llemma-7B, a language model for mathematics. Starting from Llama 2, we continue "
                                + "pre-training on Proof-Pile-2 to obtain Llemma-7B.",
                        List.of("Llemma-7B trainedOn Proof-Pile-2", "Llemma-7B basedOn Llama 2"),
                        List.of()),
                new Case("'we use D to train M': M is trained on D",
                        "Foo: An Open Model",
                        "We introduce Foo-7B, an open language model. We use SlimPajama to train Foo-7B.",
                        List.of("Foo-7B trainedOn SlimPajama"),
                        List.of()),
                new Case("'M is obtained by fine-tuning N': M is made from N",
                        "Foo: An Open Model",
                        "We introduce Foo-7B, an open language model. Foo-7B is obtained by fine-tuning Mistral 7B on "
                                + "medical question answering data.",
                        List.of("Foo-7B basedOn Mistral 7B"),
                        List.of("Mistral 7B basedOn Foo-7B")),
                new Case("scores marked as 'just' in a comparison: the model with the higher score outperforms the others",
                        "Tiny-R1: Small Reasoners",
                        "We present Tiny-R1, a series of small reasoning models. For example, Tiny-R1-900M achieves an AIME "
                                + "score of 15.5, compared to just 0.6 for Qwen2.5-1.5B and 0.3 for SmolLM2-1.7B.",
                        List.of("Tiny-R1-900M outperforms Qwen2.5-1.5B", "Tiny-R1-900M outperforms SmolLM2-1.7B"),
                        List.of()),
                new Case("without 'just' or 'only' the numbers alone do not say which side is better",
                        "Tiny-R1: Small Reasoners",
                        "We present Tiny-R1, a series of small reasoning models. For example, Tiny-R1-900M achieves an AIME "
                                + "score of 15.5, compared to 16.2 for Qwen2.5-1.5B and 0.3 for SmolLM2-1.7B.",
                        List.of("Qwen2.5-1.5B evaluatedOn AIME"),
                        List.of("Tiny-R1-900M outperforms Qwen2.5-1.5B", "Tiny-R1-900M outperforms SmolLM2-1.7B")),
                new Case("a version suffix of the own family names a member of it",
                        "KoLM: A Family of Korean Language Models",
                        "We present the KoLM family of models, trained for Korean text generation. We publicly release KoLM "
                                + "in two sizes, along with the newer KoLM-v2 model.",
                        List.of("KoLM-v2 partOf KoLM"),
                        List.of()),
                // neither name is the paper's own: a compared model's version says nothing the text states
                new Case("a compared model's version is not stated to be part of it",
                        "Evaluating Summarisation Models",
                        "We evaluate Pegasus, Pegasus-v2 and BART on clinical summarisation and find that all of them "
                                + "struggle with rare terms.",
                        List.of(),
                        List.of("Pegasus-v2 partOf Pegasus")),
                new Case("'outperforming' reaches every bracketed model of a list of model classes",
                        "ClimaX: A Dataset for Climate Extraction",
                        "We introduce ClimaX, a corpus for climate information extraction. Systematic evaluation shows "
                                + "Llama-3.3-70B achieves state-of-the-art performance (F1: 0.378), outperforming larger "
                                + "commercial models (GPT-4o) and domain-adapted baselines (Mistral-7B) by 11-58%.",
                        List.of("Llama-3.3-70B outperforms GPT-4o", "Llama-3.3-70B outperforms Mistral-7B"),
                        List.of()),
                new Case("a new verb phrase after the bracket is not part of the list",
                        "ClimaX: A Dataset for Climate Extraction",
                        "We introduce ClimaX, a corpus for climate information extraction. Systematic evaluation shows "
                                + "Llama-3.3-70B achieves state-of-the-art performance (F1: 0.378), outperforming larger "
                                + "commercial models (GPT-4o) and is trained on far less data than baselines (Mistral-7B).",
                        List.of("Llama-3.3-70B outperforms GPT-4o"),
                        List.of("Llama-3.3-70B outperforms Mistral-7B")),
                new Case("'surpassing the performance of N' outperforms N",
                        "Reasoning models",
                        "The final model, MiMo-7B-RL, achieves superior results on mathematics tasks, surpassing the performance of "
                                + "OpenAI o1-mini.",
                        List.of("MiMo-7B-RL outperforms OpenAI o1-mini"),
                        List.of()),
                // "the release of" says nothing of superiority
                new Case("another noun before 'of' is no measure of the model",
                        "Reasoning models",
                        "The final model, MiMo-7B-RL, surpasses the release of OpenAI o1-mini in coverage.",
                        List.of(),
                        List.of("MiMo-7B-RL outperforms OpenAI o1-mini")),
                new Case("a model defined as a kind of another is based on it",
                        "Bangla sentiment analysis",
                        "Our primary aim was to utilize BanglaBert, a BERT model pre-trained on a large Bangla corpus, with "
                                + "various strategies.",
                        List.of("BanglaBert basedOn BERT"),
                        List.of()),
                new Case("a colon defines as a comma does: 'X: a DeBERTa-large encoder' is based on it",
                        "Luna: a lightweight evaluation model",
                        "We introduce Luna: a DeBERTa-large encoder, fine-tuned for hallucination detection.",
                        List.of("Luna basedOn DeBERTa-large"),
                        List.of()),
                new Case("a model named inside a definition that it does not head is only compared with",
                        "Bangla sentiment analysis",
                        "Our primary aim was to utilize BanglaBert, a model that beats BERT on a large Bangla corpus.",
                        List.of(),
                        List.of("BanglaBert basedOn BERT")),
                // the model the description names is not one of the models tried
                new Case("a bracketed description of a list item neither joins nor ends the list",
                        "STEREO: A Corpus of Stereotypes in Italian",
                        "We present STEREO, a corpus of social media texts annotated for stereotypes. Finally, text "
                                + "classification experiments have been carried out with a fine-tuned version of AlBERTo (a "
                                + "BERT-based model pre-trained on Italian tweets) and mBERT, obtaining good results.",
                        List.of("AlBERTo evaluatedOn STEREO", "mBERT evaluatedOn STEREO"),
                        List.of("BERT evaluatedOn STEREO")),
                new Case("a model compared with on a dataset is evaluated on it",
                        "Foo-VL: Honest Document Reading",
                        "We present Foo-VL, a vision-language model for document reading. Experiments demonstrate that "
                                + "Foo-VL achieves a 22% absolute improvement in accuracy over GPT-4o on DocVQA.",
                        List.of("Foo-VL evaluatedOn DocVQA", "GPT-4o evaluatedOn DocVQA"),
                        List.of()),
                new Case("a model compared with on another dataset than the result's is evaluated on that one only",
                        "Foo-VL: Honest Document Reading",
                        "We present Foo-VL, a vision-language model for document reading. Foo-VL reaches 80.1% on "
                                + "ChartQA, a gain of 5% over GPT-4o on DocVQA.",
                        List.of("GPT-4o evaluatedOn DocVQA"),
                        List.of("GPT-4o evaluatedOn ChartQA")),
                new Case("versions that a list introduces are no versions of the model before",
                        "Bias in Sentiment Analysis Services",
                        "We audit sentiment analysis tools for disability bias. Our study covers DistilBERT, a distilled "
                                + "version of BERT, and two toxicity detection models, namely two versions of Toxic-BERT.",
                        List.of("DistilBERT basedOn BERT"),
                        List.of("DistilBERT basedOn Toxic-BERT")),
                new Case("examples of a noun that achieves a result are its subject",
                        "Judging Step-wise Math Proofs",
                        "We study step-wise grading of math proofs. A systematic evaluation of 29 leading LLMs on GSM8K "
                                + "reveals a surprising reality: even top models like GPT-4o achieve less than 10% overall accuracy.",
                        List.of("GPT-4o evaluatedOn GSM8K"),
                        List.of()),
                new Case("examples that the result verb does not follow stay governed by 'like'",
                        "Judging Step-wise Math Proofs",
                        "We study step-wise grading of math proofs. We compare with models like GPT-4o on GSM8K, where "
                                + "Qwen2.5-7B achieves 80.2% accuracy.",
                        List.of(),
                        List.of("GPT-4o evaluatedOn GSM8K")),
                new Case("a model that lags behind is outperformed by the models after the verb",
                        "Arabic LLMs",
                        "Our study reveals that LLaMA-3-70B lags behind the closed LLMs like ChatGPT in dialectal Arabic. "
                                + "Mistral-7B underperforms GPT-4 and Claude 3 on every task, and falls short of Llama-3-8B.",
                        List.of("ChatGPT outperforms LLaMA-3-70B",
                                "GPT-4 outperforms Mistral-7B",
                                "Claude 3 outperforms Mistral-7B",
                                "Llama-3-8B outperforms Mistral-7B"),
                        List.of("Llama-3-8B outperforms GPT-4", "LLaMA-3-70B outperforms ChatGPT")),
                new Case("a model that does not lag behind is not outperformed",
                        "Small models",
                        "We find that Mistral-7B does not lag behind GPT-4 on MMLU.",
                        List.of(),
                        List.of("GPT-4 outperforms Mistral-7B")),
                new Case("every model of a bracketed list of versioned names is outperformed",
                        "DocCHA: interactive diagnosis",
                        "We propose DocCHA, a diagnosis model. DocCHA consistently outperforms strong prompting-based LLM "
                                + "baselines (GPT-3.5, GPT-4o, LLaMA-3), achieving up to 5.18% higher accuracy.",
                        List.of("DocCHA outperforms GPT-3.5",
                                "DocCHA outperforms GPT-4o",
                                "DocCHA outperforms LLaMA-3"),
                        List.of()),
                new Case("a fronted list of benchmarks shares the subject after it",
                        "DocCHA: interactive diagnosis",
                        "We propose DocCHA, a diagnosis model. Evaluated on two datasets (IMCS21, DX), DocCHA achieves the "
                                + "best accuracy. Evaluated on MMLU, GSM8K and MATH, DocCHA improves further.",
                        List.of("DocCHA evaluatedOn IMCS21",
                                "DocCHA evaluatedOn DX",
                                "DocCHA evaluatedOn MMLU",
                                "DocCHA evaluatedOn GSM8K",
                                "DocCHA evaluatedOn MATH"),
                        List.of()),
                new Case("models we set out to evaluate are evaluated on the own benchmark",
                        "Counting-Stars: a long-context benchmark",
                        "We propose Counting-Stars, a multi-evidence, position-aware, and scalable benchmark designed to "
                                + "evaluate long-context LLMs. Using "
                                + "Counting-Stars, we conducted experiments to evaluate several long-context LLMs, including "
                                + "GPT-4 Turbo, Gemini 1.5 Pro, and Moonshot-v1.",
                        List.of("GPT-4 Turbo evaluatedOn Counting-Stars",
                                "Gemini 1.5 Pro evaluatedOn Counting-Stars",
                                "Moonshot-v1 evaluatedOn Counting-Stars"),
                        List.of()),
                new Case("models the benchmark is only built to evaluate are not evaluated on it",
                        "Counting-Stars: a long-context benchmark",
                        "We propose Counting-Stars, a scalable benchmark. It is built to evaluate GPT-4 Turbo and "
                                + "Moonshot-v1 models that we trained earlier.",
                        List.of(),
                        List.of("GPT-4 Turbo evaluatedOn Counting-Stars")),
                // two makers and two models: which made which is not said
                new Case("the organisation of the people who make a model developed it",
                        "Small models at scale",
                        "Researchers at NVIDIA trained Nemotron-4 340B on 9T tokens. In this work, we (Microsoft Research) "
                                + "introduce Phi-2, a small language model. Google and Meta release Gemma-2B and Llama-3-8B.",
                        List.of("Nemotron-4 340B developedBy NVIDIA", "Phi-2 developedBy Microsoft Research"),
                        List.of("Gemma-2B developedBy Meta", "Llama-3-8B developedBy Google")),
                new Case("a model yielded by adapting another is based on it",
                        "Domain adaptation",
                        "We adapt BERT to the biomedical domain, yielding BioBERT.",
                        List.of("BioBERT basedOn BERT"),
                        List.of()),
                new Case("data used as pretraining data is trained on, not evaluated on",
                        "Web data only",
                        "Using RefinedWeb as pretraining data, Falcon-40B reaches strong results on MMLU.",
                        List.of("Falcon-40B trainedOn RefinedWeb", "Falcon-40B evaluatedOn MMLU"),
                        List.of("Falcon-40B evaluatedOn RefinedWeb", "Falcon-40B trainedOn MMLU")),
                new Case("the data after the base model or the maker of a fine-tuned model is its training data",
                        "Math reasoning",
                        "We present Orca-Math-R, a 7B model fine-tuned from Mistral-7B-v0.3 on MetaMathQA. Built on "
                                + "Llama-3.1-70B-Instruct, Nemotron-Reason-70B is fine-tuned by NVIDIA on OpenMathReasoning and "
                                + "OpenCodeReasoning, two synthetic corpora.",
                        List.of("Orca-Math-R trainedOn MetaMathQA",
                                "Orca-Math-R basedOn Mistral-7B-v0.3",
                                "Nemotron-Reason-70B trainedOn OpenMathReasoning",
                                "Nemotron-Reason-70B trainedOn OpenCodeReasoning",
                                "Nemotron-Reason-70B developedBy NVIDIA"),
                        List.of("Mistral-7B-v0.3 trainedOn MetaMathQA")),
                new Case("a continued pre-training of a model is based on it and trained on the data",
                        "Llemma",
                        "Llemma-34B is a continued pre-training of Code Llama 34B on Proof-Pile-2.",
                        List.of("Llemma-34B basedOn Code Llama 34B", "Llemma-34B trainedOn Proof-Pile-2"),
                        List.of("Code Llama 34B trainedOn Proof-Pile-2")),
                new Case("the same architecture as a model, even through modifiers, makes a model based on it",
                        "Small hybrids",
                        "Zamba-Lite-2B uses the same hybrid Mamba-attention architecture as Zamba2-2.7B. TinyLlama-1.1B adopts "
                                + "exactly the same architecture and tokenizer as Llama 2. Foo-7B uses the same data as Bar-7B.",
                        List.of("Zamba-Lite-2B basedOn Zamba2-2.7B", "TinyLlama-1.1B basedOn Llama 2"),
                        List.of("Foo-7B basedOn Bar-7B")),
                new Case("a maker in brackets or before the comma of an opening participle developed the model",
                        "Frontier models on code",
                        "We benchmark frontier models, namely GPT-4o (OpenAI), Claude 3.5 Sonnet (Anthropic) and Gemini 1.5 "
                                + "Pro (Google), on SciCode-Hard. Developed jointly by NVIDIA and Georgia Tech, Eagle-X5-13B is "
                                + "trained on Cambrian data. We compare LLaMA (Touvron et al., 2023).",
                        List.of("GPT-4o developedBy OpenAI",
                                "Claude 3.5 Sonnet developedBy Anthropic",
                                "Gemini 1.5 Pro developedBy Google",
                                "Eagle-X5-13B developedBy NVIDIA"),
                        List.of()),
                new Case("'ahead of', 'wins against', 'tops' and 'is still behind' rank models",
                        "Theorem proving",
                        "On miniF2F-test, Llemma-2 proves 61.5% of theorems, ahead of DeepSeek-Prover-V1.5-RL at 60.2%. "
                                + "Aya-32B wins against Gemma-2-27B on m-ArenaHard. Tulu-3-405B tops DeepSeek-V3 on GSM8K. "
                                + "Mistral-7B is still behind GPT-4o. We are ahead of schedule with Qwen2-7B.",
                        List.of("Llemma-2 outperforms DeepSeek-Prover-V1.5-RL",
                                "Aya-32B outperforms Gemma-2-27B",
                                "Tulu-3-405B outperforms DeepSeek-V3",
                                "GPT-4o outperforms Mistral-7B"),
                        List.of("Mistral-7B outperforms GPT-4o")),
                new Case("a description from an organisation or a relative clause with it names the maker",
                        "Open models",
                        "We introduce Gemma 3, a family of open multimodal models from Google DeepMind ranging from 1B to "
                                + "27B parameters. Yi-Coder-9B, the latest code model from 01.AI, is strong. We study "
                                + "Phi-4-mini-reasoning, which Microsoft derived from Phi-4-mini through distillation. We compare "
                                + "Llama-2-7B, trained from scratch, with models from Google.",
                        List.of("Gemma 3 developedBy Google DeepMind",
                                "Yi-Coder-9B developedBy 01.AI",
                                "Phi-4-mini-reasoning developedBy Microsoft"),
                        List.of("Llama-2-7B developedBy Google")),
                new Case("a model that ranks above others outperforms them",
                        "Gemma 3",
                        "Gemma 3 27B is evaluated on MMMU and Chatbot Arena, where it ranks above Llama 3.1 405B and DeepSeek-V3.",
                        List.of("Gemma 3 27B outperforms Llama 3.1 405B", "Gemma 3 27B outperforms DeepSeek-V3"),
                        List.of()),
                new Case("a version after a dataset name belongs to the name",
                        "SWE-Fixer",
                        "SWE-Fixer-32B is obtained by continued pre-training on The Stack v2 followed by fine-tuning on SWE-Gym "
                                + "trajectories.",
                        List.of("SWE-Fixer-32B trainedOn Stack v2", "SWE-Fixer-32B trainedOn SWE-Gym"),
                        List.of()),
                // MMMU, a well-known benchmark, is not made a model by the models listed after it
                new Case("the winner of a comparison on a benchmark is evaluated on it",
                        "Gemma 3: Open Multimodal Models from 1B to 27B",
                        "We introduce Gemma 3, a family of open multimodal models from Google DeepMind ranging from 1B to 27B "
                                + "parameters. Gemma 3 27B beats Gemini 1.5 Pro on MMMU and Global-MMLU-Lite, and Gemma 3 4B is "
                                + "competitive with Gemma 2 27B across our text benchmarks. The resulting Tulu 3 405B tops "
                                + "DeepSeek-V3 and GPT-4o on GSM8K (95.5).",
                        List.of("Gemma 3 27B evaluatedOn MMMU",
                                "Tulu 3 405B evaluatedOn GSM8K",
                                "Tulu 3 405B outperforms GPT-4o"),
                        List.of()),
                new Case("'the model' opening a clause is the model the text is about",
                        "SeaLLM-3: Multilingual Models for Southeast Asia",
                        "We introduce SeaLLM-3, a multilingual model. Compared with GPT-4o, the model trails it by a small margin. "
                                + "The model outperforms Llama-3-8B on MMLU.",
                        List.of("SeaLLM-3 evaluatedOn MMLU", "SeaLLM-3 outperforms Llama-3-8B"),
                        List.of()),
                new Case("'the model' opening a clause is the model named last, not the title's",
                        "Granite 3.1: Long-Context Enterprise Language Models",
                        "IBM's Granite-3.1-8B-Instruct extends the context window of Granite-3.0-8B-Instruct to 128K tokens. "
                                + "The model exceeds Llama-3.1-8B-Instruct on RULER.",
                        List.of("Granite-3.1-8B-Instruct outperforms Llama-3.1-8B-Instruct"),
                        List.of("Granite 3.1 outperforms Llama-3.1-8B-Instruct")),
                new Case("'the model' inside a clause is any model, not the paper's",
                        "SeaLLM-3: Multilingual Models for Southeast Asia",
                        "We introduce SeaLLM-3, a multilingual model. We find that GPT-4o beats the model trained on SeaExam.",
                        List.of(),
                        List.of("SeaLLM-3 trainedOn SeaExam")),
                new Case("'Using this dataset, we pre-trained M' trains M on the dataset the sentence before presents",
                        "We present CymruWeb, a Welsh web corpus of 2 billion tokens. Using this dataset, we pre-trained "
                                + "Dyfed-BERT, a compact encoder for Welsh.",
                        List.of("Dyfed-BERT trainedOn CymruWeb"),
                        List.of()),
                new Case("'we leverage this dataset to fine-tune the ... model M' reaches past the model's description",
                        "We release CymruNER, a Welsh named entity dataset. We leverage this dataset to fine-tune the "
                                + "multilingual language model XLM-RoBERTa and report its results.",
                        List.of("XLM-RoBERTa trainedOn CymruNER"),
                        List.of()),
                new Case("the one new model is trained on the new data the paper presents in another sentence",
                        "Small Language Models from Curated Data",
                        "We introduce Finch-1B, a small language model pre-trained on 4T tokens in three stages. "
                                + "For the later stages we also build two new datasets, MathPile-Lite and CodeMix-Edu. "
                                + "Finch-1B outperforms Qwen2.5-1.5B on GSM8K.",
                        List.of("Finch-1B trainedOn MathPile-Lite", "Finch-1B trainedOn CodeMix-Edu"),
                        List.of()),
                new Case("with two new models, which one used the new data is not said",
                        "Finch: Small Language Models from Curated Data",
                        "We introduce Finch-1B and Wren-3B, two small language models pre-trained on 4T tokens. "
                                + "For the later stages we also build a new dataset, MathPile-Lite.",
                        List.of(),
                        List.of("Finch-1B trainedOn MathPile-Lite", "Wren-3B trainedOn MathPile-Lite")),
                new Case("'M, our smallest model, achieves' keeps the name the apposition describes",
                        "Foo: A Family of Small Language Models",
                        "We introduce Foo-7B and Foo-13B. On GSM8K, Foo-7B, our smallest model, achieves 71.2% accuracy.",
                        List.of("Foo-7B evaluatedOn GSM8K"),
                        List.of("Foo evaluatedOn GSM8K")),
                new Case("'surpasses its teacher, N, on D (55.5 vs 53.1)': N is compared, M is the subject with the first score",
                        "Foo: A Family of Small Language Models",
                        "We introduce Foo-7B. Foo-7B surpasses its teacher, DeepSeek-R1-Distill-Qwen-7B, on AIME 2024 "
                                + "(55.5 vs 53.1).",
                        List.of("Foo-7B evaluatedOn AIME 2024", "Foo-7B outperforms DeepSeek-R1-Distill-Qwen-7B"),
                        List.of()),
                new Case("'into a student, M, distilled from N': an apposition after a non-comparing noun is the participle's subject",
                        "We convert it into a dense student, Foo-Dense-22B, distilled from Mixtral 8x22B.",
                        List.of("Foo-Dense-22B basedOn Mixtral 8x22B"),
                        List.of()),
                new Case("'M is a N model fine-tuned on D': the copula defines M as a kind of N, trained on D",
                        "Foo-7B is a Mistral-7B model fine-tuned on UltraFeedback.",
                        List.of("Foo-7B basedOn Mistral-7B", "Foo-7B trainedOn UltraFeedback"),
                        List.of("Mistral-7B trainedOn UltraFeedback")),
                new Case("'train a 1.3B model, M, from scratch on D' reaches the name past its description",
                        "We train a 1.3B model, Foo-1.3B, from scratch on 300B tokens of RedPajama.",
                        List.of("Foo-1.3B trainedOn RedPajama"),
                        List.of()),
                new Case("'instruction-tuned LLMs (e.g., A, B) on D' is an adjective, not training A and B on D",
                        "We evaluate instruction-tuned LLMs (e.g., BLOOMZ, ChatGPT) on MMLU.",
                        List.of("BLOOMZ evaluatedOn MMLU", "ChatGPT evaluatedOn MMLU"),
                        List.of("BLOOMZ trainedOn MMLU", "ChatGPT trainedOn MMLU")),
                new Case("a post-trained checkpoint named as the base with 'RL' or 'Instruct' instead of 'Base' is based on it",
                        "We release MiMo-7B-Base and MiMo-7B-RL. MiMo-7B-RL reaches 55.4 on AIME 2025.",
                        List.of("MiMo-7B-RL basedOn MiMo-7B-Base"),
                        List.of("MiMo-7B-Base basedOn MiMo-7B-RL")),
                new Case("'M is the smallest model in the F family' makes M a member of F",
                        "Phi-4-mini is the smallest model in the Phi-4 family and runs on phones.",
                        List.of("Phi-4-mini partOf Phi-4"),
                        List.of()),
                new Case("'M outperforms all models in the F family' compares M with F, it is no member",
                        "Mistral-7B outperforms all models in the Llama-2 family on GSM8K.",
                        List.of(),
                        List.of("Mistral-7B partOf Llama-2")),
                new Case("'trained by researchers at O' names the maker",
                        "Zeta-7B was trained by researchers at Microsoft Research on synthetic data.",
                        List.of("Zeta-7B developedBy Microsoft Research"),
                        List.of()),
                new Case("'Developed at O, M ...' opens as 'Developed by O' does",
                        "Developed at Stanford University, Alpaca-7B is fine-tuned from LLaMA-7B.",
                        List.of("Alpaca-7B developedBy Stanford University", "Alpaca-7B basedOn LLaMA-7B"),
                        List.of()),
                new Case("'the latest version of the F family' is a member of F, not a model built on F",
                        "The Qwen Team introduces Qwen3, the latest version of the Qwen family.",
                        List.of("Qwen3 partOf Qwen"),
                        List.of("Qwen3 basedOn Qwen")),
                new Case("a participle after 'M, a version of N' describes the version M, not its base N",
                        "We release Foo-7B, an instruction-tuned version of Mistral-7B trained on OpenHermes-2.5.",
                        List.of("Foo-7B trainedOn OpenHermes-2.5", "Foo-7B basedOn Mistral-7B"),
                        List.of("Mistral-7B trainedOn OpenHermes-2.5")),
                new Case("'our study evaluated' models: the paper's own evaluation, on the benchmark it presents",
                        "Med-HALT: Medical Domain Hallucination Test for Large Language Models",
                        "We propose a new benchmark and dataset, Med-HALT (Medical Domain Hallucination Test), designed "
                                + "specifically to evaluate and reduce hallucinations. Our study evaluated leading LLMs, "
                                + "including Text Davinci, GPT-3.5, LlaMa-2, MPT, and Falcon, revealing significant "
                                + "differences in their performance.",
                        List.of("GPT-3.5 evaluatedOn Med-HALT", "Falcon evaluatedOn Med-HALT"),
                        List.of("GPT-3.5 trainedOn Med-HALT")),
                new Case("'our evaluations show that M ...': the results on the paper's own benchmark are about M",
                        "Large Language Models Only Pass Primary School Exams in Indonesia",
                        "In this work, we introduce IndoMMLU, the first multi-task language understanding benchmark for "
                                + "Indonesian culture and languages. Our empirical evaluations show that GPT-3.5 only "
                                + "manages to pass the Indonesian primary school level.",
                        List.of("GPT-3.5 evaluatedOn IndoMMLU"),
                        List.of("GPT-3.5 trainedOn IndoMMLU")),
                new Case("'fine-tune a small, offline model (N) ... to create our model M': the bracket names the model tuned",
                        "CAVE: Controllable Authorship Verification Explanations",
                        "We address these challenges by developing a trained, offline model CAVE. Finally, we fine-tune a "
                                + "small, offline model (Llama-3-8B) with this data to create our model CAVE.",
                        List.of("CAVE basedOn Llama-3-8B"),
                        List.of("Llama-3-8B basedOn CAVE")),
                new Case("models that 'exhibit limited performance' after the paper's benchmark is presented were tested on it",
                        "AlgoPuzzleVQA: Diagnosing Multimodal Reasoning Challenges of Language Models",
                        "We present a new dataset, AlgoPuzzleVQA designed to challenge and evaluate multimodal language "
                                + "models. Our investigation reveals that multimodal language models such as GPT4V and "
                                + "Gemini exhibit limited performance in puzzle-solving tasks.",
                        List.of("GPT4V evaluatedOn AlgoPuzzleVQA", "Gemini evaluatedOn AlgoPuzzleVQA"),
                        List.of("GPT4V trainedOn AlgoPuzzleVQA")),
                new Case("experiments on corpora after a dash evaluate the model the paper defines after a dash",
                        "DocInfer: Document-level Natural Language Inference using Optimal Evidence Selection",
                        "We present DocInfer - a novel, end-to-end Document-level Natural Language Inference model that "
                                + "builds a hierarchical document graph. Extensive experiments on popular corpora - DocNLI, "
                                + "ContractNLI, and ConTRoL datasets demonstrate significant performance gains of 8-12% over "
                                + "SOTA methods.",
                        List.of("DocInfer evaluatedOn DocNLI", "DocInfer evaluatedOn ContractNLI", "DocInfer evaluatedOn ConTRoL"),
                        List.of("DocInfer trainedOn DocNLI")),
                new Case("a bracketed list after a plural model noun stands where the noun stands",
                        "We found that recent correction systems (Zorba-T5 and GECToR) outperform humans by a wide "
                                + "margin on the CoNLL-2014 test set. We then compare the zero-shot performance of three "
                                + "open LLMs (Falcon-180b, Mistral-7B and Qwen2-72B) on the contract subset of the "
                                + "LexGLUE benchmark.",
                        List.of("Zorba-T5 evaluatedOn CoNLL-2014", "GECToR evaluatedOn CoNLL-2014",
                                "Falcon-180b evaluatedOn LexGLUE", "Mistral-7B evaluatedOn LexGLUE",
                                "Qwen2-72B evaluatedOn LexGLUE"),
                        List.of()),
                new Case("'the fine-tuned model' of a paper presenting one is that model, compared with others on D",
                        "Improving ZorbaEmbed for Yoruba retrieval",
                        "We present ZorbaEmbed, an embedding model for Yoruba. On the MIRACL benchmark, the fine-tuned "
                                + "model attains 0.5996 MRR, outperforming ML-E5-large (0.5632) and LaBSE (0.4468).",
                        List.of("ZorbaEmbed evaluatedOn MIRACL", "ML-E5-large evaluatedOn MIRACL", "LaBSE evaluatedOn MIRACL"),
                        List.of()),
                new Case("an example after 'such as' before a modal and a result verb is the subject",
                        "Experimental results on STAC and Molweni datasets show that a sequence-to-sequence model such "
                                + "as T0 can perform reasonably well.",
                        List.of("T0 evaluatedOn STAC", "T0 evaluatedOn Molweni"),
                        List.of()),
                new Case("results on datasets that confirm 'the superiority of M' are M's results",
                        "We propose ZorbaRec, a knowledge-based recommender model. Experimental results on two widely "
                                + "used benchmark datasets, Amazon-book and Yelp2018, confirm the superiority of ZorbaRec.",
                        List.of("ZorbaRec evaluatedOn Amazon-book", "ZorbaRec evaluatedOn Yelp2018"),
                        List.of()),
                new Case("a sentence opening with a training gerund reports the results of the models it trains",
                        "We release the ZorbaCypher dataset. Training open LLMs like Llama-3.1-8B and Mistral-7B on "
                                + "ZorbaCypher results in gains of up to 30% on the SPIDER benchmark.",
                        List.of("Llama-3.1-8B evaluatedOn SPIDER", "Mistral-7B evaluatedOn SPIDER",
                                "Llama-3.1-8B trainedOn ZorbaCypher"),
                        List.of("Llama-3.1-8B evaluatedOn ZorbaCypher")),
                new Case("'with a Large Language Model (LLM) based on N' describes a new unnamed model",
                        "Our proposed model combines an image encoder RAD-DINO with a Large Language Model (LLM) based "
                                + "on Vicuna-7B.",
                        List.of(),
                        List.of("RAD-DINO basedOn Vicuna-7B")),
                new Case("a new benchmark is not the new model's training data",
                        "Finch: Small Language Models from Curated Data",
                        "We introduce Finch-1B, a small language model pre-trained on 4T tokens. We also release "
                                + "FinchBench, a new benchmark of 2,000 math problems. Finch-1B reaches 41.2% on FinchBench.",
                        List.of("Finch-1B evaluatedOn FinchBench"),
                        List.of("Finch-1B trainedOn FinchBench")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statesWhatTheTextStates(Case c) {
        List<String> found = extractor.extract(WrittenAbstracts.paper(c.title(), c.text()))
                .relations().stream()
                .map(r -> r.subject() + " " + r.predicate() + " " + r.object())
                .collect(Collectors.toList());
        for (String expected : c.stated()) {
            assertTrue(found.contains(expected), () -> "'" + expected + "' expected among " + found);
        }
        for (String unexpected : c.notStated()) {
            assertTrue(!found.contains(unexpected), () -> "'" + unexpected + "' not stated, but found in " + found);
        }
    }
}
