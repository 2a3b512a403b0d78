package org.paperkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.extract.quantity.Unit.BYTE;
import static org.paperkg.extract.quantity.Unit.DOCUMENT;
import static org.paperkg.extract.quantity.Unit.EXAMPLE;
import static org.paperkg.extract.quantity.Unit.FACTOR;
import static org.paperkg.extract.quantity.Unit.FLOP;
import static org.paperkg.extract.quantity.Unit.FLOP_PER_S;
import static org.paperkg.extract.quantity.Unit.GPU;
import static org.paperkg.extract.quantity.Unit.IMAGE;
import static org.paperkg.extract.quantity.Unit.LANGUAGE;
import static org.paperkg.extract.quantity.Unit.OTHER;
import static org.paperkg.extract.quantity.Unit.PARAMETER;
import static org.paperkg.extract.quantity.Unit.PERCENT;
import static org.paperkg.extract.quantity.Unit.PERCENTAGE_POINT;
import static org.paperkg.extract.quantity.Unit.SCORE;
import static org.paperkg.extract.quantity.Unit.SECOND;
import static org.paperkg.extract.quantity.Unit.TOKEN;
import static org.paperkg.extract.quantity.Unit.WORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    /** What one mention must look like; the sentence must produce exactly these, in this order. */
    private record Expected(String text, double value, Unit unit) {
        @Override
        public String toString() {
            return "'" + text + "' " + value + " " + unit.id();
        }
    }

    private static Expected q(String text, double value, Unit unit) {
        return new Expected(text, value, unit);
    }

    private static Arguments sentence(String label, String text, Expected... expected) {
        return Arguments.of(label, text, List.of(expected));
    }

    /** Real sentences from the seed abstracts in data/seeds, with every quantity they contain. */
    static Stream<Arguments> seedSentences() {
        return Stream.of(
                sentence("range sharing a unit, -fold",
                        "The series includes three non-thinking (instruct) models - Ling-mini-2.0, Ling-flash-2.0, "
                                + "and Ling-1T - ranging from 16B to 1T total parameters and achieving up to 7-fold "
                                + "active-compute efficiency compared with dense counterparts.",
                        q("16B", 16e9, PARAMETER), q("1T total parameters", 1e12, PARAMETER), q("7-fold", 7, FACTOR)),
                sentence("scale word, bare count of active parameters",
                        "It features 1 trillion total parameters and activates approximately 50 billion per token.",
                        q("1 trillion total parameters", 1e12, PARAMETER), q("50 billion", 50e9, PARAMETER)),
                sentence("scores before 'on <benchmark>', year-like score",
                        "Ring-1T delivers breakthrough results across critical benchmarks: 93.4 on AIME-2025, 86.72 on "
                                + "HMMT-2025, 2088 on CodeForces, and 55.94 on ARC-AGI-v1.",
                        q("93.4", 93.4, SCORE), q("86.72", 86.72, SCORE), q("2088", 2088, SCORE),
                        q("55.94", 55.94, SCORE)),
                sentence("factors with x",
                        "It delivers up to 7.7x faster training than open web data and 2.7x faster than Nemotron-Synth.",
                        q("7.7x", 7.7, FACTOR), q("2.7x", 2.7, FACTOR)),
                sentence("percentage points spelled out and as pp",
                        "BeyondWeb significantly extends the capabilities of traditional web-scale datasets, "
                                + "outperforming state-of-the-art synthetic pretraining datasets such as Cosmopedia and "
                                + "Nemotron-CC's high-quality synthetic subset (Nemotron-Synth) by up to 5.1 percentage "
                                + "points (pp) and 2.6pp, respectively, when averaged across a suite of 14 benchmark "
                                + "evaluations.",
                        q("5.1 percentage points", 5.1, PERCENTAGE_POINT), q("2.6pp", 2.6, PERCENTAGE_POINT),
                        q("14 benchmark evaluations", 14, OTHER)),
                sentence("trillion parameters and terabytes",
                        "For example, the SwitchTransformer-c2048 model has 1.6 trillion parameters, requiring 3.2TB of "
                                + "accelerator memory to run efficiently, which makes practical deployment challenging "
                                + "and expensive.",
                        q("1.6 trillion parameters", 1.6e12, PARAMETER), q("3.2TB", 3.2e12, BYTE)),
                sentence("gigabytes, factor, bits per parameter; 'less than a day' is a duration, single GPU",
                        "Concretely, QMoE can compress the 1.6 trillion parameter SwitchTransformer-c2048 model to less "
                                + "than 160GB (20x compression, 0.8 bits per parameter) at only minor accuracy loss, in "
                                + "less than a day on a single GPU.",
                        q("1.6 trillion parameter", 1.6e12, PARAMETER), q("160GB", 160e9, BYTE), q("20x", 20, FACTOR),
                        q("0.8 bits per parameter", 0.8, OTHER), q("a day", 86400, SECOND), q("single GPU", 1, GPU)),
                sentence("a bound before 'an hour' makes the article a count of one",
                        "Our adapter can be fine-tuned on a single GPU within an hour, while full fine-tuning takes "
                                + "more than a week on 64 GPUs.",
                        q("single GPU", 1, GPU), q("an hour", 3600, SECOND), q("a week", 604800, SECOND),
                        q("64 GPUs", 64, GPU)),
                sentence("the metric named after the number makes it a score",
                        "Our best model achieves a 29.61 length-controlled win rate on AlpacaEval 2 and a 35.7 average "
                                + "score across 10 benchmarks; the optimal version improved 29.07 in F1 score.",
                        q("29.61", 29.61, SCORE), q("35.7", 35.7, SCORE), q("10 benchmarks", 10, OTHER),
                        q("29.07", 29.07, SCORE)),
                sentence("a score compared to another for a named model; metric abbreviated in parentheses",
                        "MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for OLMo-2-1.48B, and "
                                + "a mean intersection over union (mIOU) of 0.46 with a learning rate of 0.5 for the "
                                + "adapter.",
                        q("15.5", 15.5, SCORE), q("0.6", 0.6, SCORE), q("0.46", 0.46, SCORE)),
                sentence("'a thousand' is a scaled count of one; 'a trillion-parameter' names a scale only",
                        "We simulate more than a thousand agents in one sandbox, a step towards a "
                                + "trillion-parameter model trained on a million tokens.",
                        q("a thousand agents", 1000, OTHER), q("a million tokens", 1e6, TOKEN)),
                sentence("a loss is a measurement, not a score",
                        "Megalodon reaches a training loss of 1.70 at the scale of 7 billion parameters.",
                        q("1.70", 1.70, OTHER), q("7 billion parameters", 7e9, PARAMETER)),
                sentence("a result owned by a model; a comparison opened after a benchmark name",
                        "On LiveCodeBench V6, it scores 51.1, outperforming Magistral Medium's 50.3 and its base "
                                + "model's 0.0. We achieve SOTA results on the WikiText103 (10.8 compared to SOTA "
                                + "perplexity of 15.8) and AIME24 (80.3 vs. 79.8).",
                        q("51.1", 51.1, SCORE), q("50.3", 50.3, SCORE), q("0.0", 0, SCORE), q("10.8", 10.8, SCORE),
                        q("15.8", 15.8, SCORE), q("80.3", 80.3, SCORE), q("79.8", 79.8, SCORE)),
                sentence("a simple fraction of something is a factor",
                        "It consumes only 1/3 of the energy used to train GPT-3 and needs 2/5 of the memory; MoEs "
                                + "with a few (4/8) experts are the most serving efficient.",
                        q("1/3", 1.0 / 3, FACTOR), q("2/5", 0.4, FACTOR)),
                sentence("Nx before accelerators counts them; trillion-parameter has no number",
                        "This enables, for the first time, the execution of a trillion-parameter model on affordable "
                                + "commodity hardware, like a single server with 4x NVIDIA A6000 or 8x NVIDIA 3090 GPUs, "
                                + "at less than 5% runtime overhead relative to ideal uncompressed inference.",
                        q("4x NVIDIA A6000", 4, GPU), q("8x NVIDIA 3090 GPUs", 8, GPU), q("5%", 5, PERCENT)),
                sentence("GPUs and petaflops",
                        "We implement and evaluate ZeRO: it trains large models of over 100B parameter with "
                                + "super-linear speedup on 400 GPUs, achieving throughput of 15 Petaflops.",
                        q("100B parameter", 100e9, PARAMETER), q("400 GPUs", 400, GPU),
                        q("15 Petaflops", 1.5e16, FLOP_PER_S)),
                sentence("token database, glued 'times'",
                        "With a 2 trillion token database, our Retrieval-Enhanced Transformer (RETRO) obtains comparable "
                                + "performance to GPT-3 and Jurassic-1 on the Pile, despite using 25times fewer "
                                + "parameters.",
                        q("2 trillion token database", 2e12, TOKEN), q("25times", 25, FACTOR)),
                sentence("FLOP rates, scaling efficiency, peak FLOPs",
                        "We sustain 15.1 PetaFLOPs across the entire application with 76% scaling efficiency when "
                                + "compared to a strong single GPU baseline that sustains 39 TeraFLOPs, which is 30% of "
                                + "peak FLOPs.",
                        q("15.1 PetaFLOPs", 1.51e16, FLOP_PER_S), q("76%", 76, PERCENT), q("single GPU", 1, GPU),
                        q("39 TeraFLOPs", 3.9e13, FLOP_PER_S), q("30%", 30, PERCENT)),
                sentence("range 7B to 65B parameters",
                        "We introduce LLaMA, a collection of foundation language models ranging from 7B to 65B "
                                + "parameters.",
                        q("7B", 7e9, PARAMETER), q("65B parameters", 65e9, PARAMETER)),
                sentence("size in parentheses; sizes glued to names are not quantities",
                        "In particular, LLaMA-13B outperforms GPT-3 (175B) on most benchmarks, and LLaMA-65B is "
                                + "competitive with the best models, Chinchilla-70B and PaLM-540B.",
                        q("175B", 175e9, PARAMETER)),
                sentence("list sharing a unit, range sharing a scale",
                        "We train StarCoder2 models with 3B, 7B, and 15B parameters on 3.3 to 4.3 trillion tokens and "
                                + "thoroughly evaluate them on a comprehensive set of Code LLM benchmarks.",
                        q("3B", 3e9, PARAMETER), q("7B", 7e9, PARAMETER), q("15B parameters", 15e9, PARAMETER),
                        q("3.3", 3.3e12, TOKEN), q("4.3 trillion tokens", 4.3e12, TOKEN)),
                sentence("pp with a space, 'trillion (T) tokens'",
                        "This simple technique allows us to improve up to 6.90 pp on MMLU, 8.26 pp on GSM8K, and 6.17 pp "
                                + "on HumanEval relative to the base data mix for a 7B model trained for 1 trillion (T) "
                                + "tokens, thus rivaling Llama-2 (7B)x2014a model trained for twice as long.",
                        q("6.90 pp", 6.9, PERCENTAGE_POINT), q("8.26 pp", 8.26, PERCENTAGE_POINT),
                        q("6.17 pp", 6.17, PERCENTAGE_POINT), q("7B model", 7e9, PARAMETER),
                        q("1 trillion (T) tokens", 1e12, TOKEN), q("7B", 7e9, PARAMETER)),
                sentence("'%p' is a percentage point, a plain '%' a percent",
                        "IM-BERT exhibits a performance improvement of approximately 8.3%p on the AdvGLUE dataset and "
                                + "reaches 5.9%p higher accuracy, with 4% fewer steps.",
                        q("8.3%p", 8.3, PERCENTAGE_POINT), q("5.9%p", 5.9, PERCENTAGE_POINT), q("4%", 4, PERCENT)),
                sentence("spelled-out 'ten trillions of tokens'",
                        "To date, the GLM-4 models are pre-trained on ten trillions of tokens mostly in Chinese and "
                                + "English, along with a small set of corpus from 24 languages, and aligned primarily "
                                + "for Chinese and English usage.",
                        q("ten trillions of tokens", 1e13, TOKEN), q("24 languages", 24, LANGUAGE)),
                sentence("modifiers joined by 'and' before the unit noun",
                        "During post-training, we curate a dataset of 130K verifiable mathematics and programming "
                                + "problems for reinforcement learning, integrating a test-difficulty-driven code-reward "
                                + "scheme to alleviate sparse-reward issues and employing strategic data resampling to "
                                + "stabilize training.",
                        q("130K verifiable mathematics and programming problems", 130e3, EXAMPLE)),
                sentence("Mixtral 8x7B and GPT-3.5 are names; score on MT-bench",
                        "We introduce phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion "
                                + "tokens, whose overall performance, as measured by both academic benchmarks and "
                                + "internal testing, rivals that of models such as Mixtral 8x7B and GPT-3.5 (e.g., "
                                + "phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench), despite being small enough to "
                                + "be deployed on a phone.",
                        q("3.8 billion parameter", 3.8e9, PARAMETER), q("3.3 trillion tokens", 3.3e12, TOKEN),
                        q("69%", 69, PERCENT), q("8.38", 8.38, SCORE)),
                sentence("hours converted to seconds",
                        "It consists of 342 hours of human-labelled data (PSC-Base) and 2427 hours of automatically "
                                + "annotated data (PSC-Scaled).",
                        q("342 hours", 342 * 3600.0, SECOND), q("2427 hours", 2427 * 3600.0, SECOND)),
                sentence("signed scores sharing 'on <benchmark>', Elo",
                        "In self-play, applying PromptCoT 2.0 to Qwen3-30B-A3B-Thinking-2507 sets new state-of-the-art "
                                + "results at the 30B scale, with +4.4, +4.8, and +5.3 on AIME 24/25 and HMMT 25, +6.1 "
                                + "and +5.0 on LiveCodeBench v5/v6, and +35 Elo on Codeforces.",
                        q("30B scale", 30e9, PARAMETER), q("+4.4", 4.4, SCORE), q("+4.8", 4.8, SCORE),
                        q("+5.3", 5.3, SCORE), q("+6.1", 6.1, SCORE), q("+5.0", 5.0, SCORE),
                        q("+35 Elo", 35, SCORE)),
                sentence("context lengths and glued seconds",
                        "Particularly, our method achieves 1M context prefill with Llama3 405B model in 77s (93% "
                                + "parallelization efficiency, 63% FLOPS utilization) and 128K context prefill in 3.8s.",
                        q("1M context", 1e6, TOKEN), q("77s", 77, SECOND), q("93%", 93, PERCENT), q("63%", 63, PERCENT),
                        q("128K context", 128e3, TOKEN), q("3.8s", 3.8, SECOND)),
                sentence("'and' pair sharing a unit after a name with a size",
                        "We demonstrate the efficacy of our approach by presenting the Sheared-LLaMA series, pruning the "
                                + "LLaMA2-7B model down to 1.3B and 2.7B parameters.",
                        q("1.3B", 1.3e9, PARAMETER), q("2.7B parameters", 2.7e9, PARAMETER)),
                sentence("list of three sizes",
                        "We introduce the Falcon series: 7B, 40B, and 180B parameters causal decoder-only models trained "
                                + "on a diverse high-quality corpora predominantly assembled from web data.",
                        q("7B", 7e9, PARAMETER), q("40B", 40e9, PARAMETER), q("180B parameters", 180e9, PARAMETER)),
                sentence("unit named before the range",
                        "Additionally, DeepSeek-Coder-V2 expands its support for programming languages from 86 to 338, "
                                + "while extending the context length from 16K to 128K.",
                        q("86", 86, LANGUAGE), q("338", 338, LANGUAGE), q("16K", 16e3, TOKEN), q("128K", 128e3, TOKEN)),
                sentence("'one day' is a duration",
                        "How far can we get with a single GPU in just one day?",
                        q("single GPU", 1, GPU), q("one day", 86400, SECOND)),
                sentence("hyphenated accelerator counts; Llama 3.1 8B is a name",
                        "By stacking training optimizations, we demonstrate accelerations of 65.08% with 1D parallelism "
                                + "at the 128-GPU scale (Llama 3.1 8B), an additional 12.59% with 2D parallelism at the "
                                + "256-GPU scale (Llama 3.1 70B), and an additional 30% with 3D parallelism at the "
                                + "512-GPU scale (Llama 3.1 405B) on NVIDIA H100 GPUs over optimized baselines.",
                        q("65.08%", 65.08, PERCENT), q("128-GPU", 128, GPU), q("12.59%", 12.59, PERCENT),
                        q("256-GPU", 256, GPU), q("30%", 30, PERCENT), q("512-GPU", 512, GPU)),
                sentence("'a factor of', score range, context length",
                        "The full-stack solution extends the feasible frame number of VILA by a factor of 128 (from 8 to "
                                + "1024 frames) and improves long video captioning score from 2.00 to 3.26 (1.6x), "
                                + "achieving 99.5% accuracy in 1400-frames video (274k context length) needle in a "
                                + "haystack.",
                        q("factor of 128", 128, FACTOR), q("8", 8, OTHER), q("1024 frames", 1024, OTHER),
                        q("2.00", 2.0, SCORE), q("3.26", 3.26, SCORE), q("1.6x", 1.6, FACTOR),
                        q("99.5%", 99.5, PERCENT), q("274k context length", 274e3, TOKEN)),
                sentence("scientific notation",
                        "At this scale, we observe a break of the power law for compute-optimal models and show that the "
                                + "MLM loss does not scale smoothly with compute-cost (FLOPs) below 2.2 times 10^{15} "
                                + "FLOPs.",
                        q("2.2 times 10^{15} FLOPs", 2.2e15, FLOP)),
                sentence("exaflops as an amount of compute",
                        "For example, training a one trillion parameter GPT-style model on 20 trillion tokens requires "
                                + "a staggering 120 million exaflops of computation.",
                        q("one trillion parameter", 1e12, PARAMETER), q("20 trillion tokens", 20e12, TOKEN),
                        q("120 million exaflops", 1.2e26, FLOP)),
                sentence("petaFLOP/s and GPU count",
                        "Our approach allows us to perform training iterations on a model with 1 trillion parameters at "
                                + "502 petaFLOP/s on 3072 GPUs with achieved per-GPU throughput of 52% of theoretical "
                                + "peak.",
                        q("1 trillion parameters", 1e12, PARAMETER), q("502 petaFLOP/s", 5.02e17, FLOP_PER_S),
                        q("3072 GPUs", 3072, GPU), q("52%", 52, PERCENT)),
                sentence("hyphenated billion-parameter; Xmodel-2 is a name",
                        "Xmodel-2 is a 1.2-billion-parameter large language model designed specifically for reasoning "
                                + "tasks.",
                        q("1.2-billion-parameter", 1.2e9, PARAMETER)),
                sentence("LaTeX percent, accelerator hours, dollars",
                        "Combined with optimized data mixtures, language-specific filtering, and tailored tokenizer "
                                + "construction, Trillion-7B achieves competitive performance while dedicating only "
                                + "10\\% of its 2T training tokens to multilingual data and requiring just 59.4K H100 "
                                + "GPU hours (\\$148K) for full training.",
                        q("10\\%", 10, PERCENT), q("2T training tokens", 2e12, TOKEN),
                        q("59.4K H100 GPU hours", 59.4e3, OTHER), q("\\$148K", 148e3, OTHER)),
                sentence("context lengths in a list; year 2023 is no quantity",
                        "Over the course, we have open-sourced a series of models, including ChatGLM-6B (three "
                                + "generations), GLM-4-9B (128K, 1M), GLM-4V-9B, WebGLM, and CodeGeeX, attracting over 10 "
                                + "million downloads on Hugging face in the year 2023 alone.",
                        q("128K", 128e3, TOKEN), q("1M", 1e6, TOKEN), q("10 million downloads", 1e7, OTHER)),
                sentence("modifiers before tokens; context length",
                        "Pre-trained on 16T high-quality tokens, it supports a 256K context length and is the first "
                                + "industry-deployed large-scale Mamba model.",
                        q("16T high-quality tokens", 16e12, TOKEN), q("256K context length", 256e3, TOKEN)),
                sentence("range after 'parameter counts', hyphen range",
                        "We present results from a large-scale experiment on pretraining encoders with non-embedding "
                                + "parameter counts ranging from 700M to 9.3B, their subsequent distillation into smaller "
                                + "models ranging from 17M-170M parameters, and their application to the Natural "
                                + "Language Understanding (NLU) component of a virtual assistant system.",
                        q("700M", 700e6, PARAMETER), q("9.3B", 9.3e9, PARAMETER), q("17M", 17e6, PARAMETER),
                        q("170M parameters", 170e6, PARAMETER)),
                sentence("percent ranges",
                        "We experiment with ablating the duration of domain upsampling from 5% to 30% of training and "
                                + "find that 10% to 20% percent is optimal for navigating the tradeoff between general "
                                + "language modeling capabilities and targeted benchmarks.",
                        q("5%", 5, PERCENT), q("30%", 30, PERCENT), q("10%", 10, PERCENT), q("20%", 20, PERCENT)),
                sentence("documents and 'percent' spelled out",
                        "We demonstrate that AdaParse, when compared to state-of-the-art parsers, improves throughput by "
                                + "17times while still achieving comparable accuracy (0.2 percent better) on a benchmark "
                                + "set of 1000 scientific documents.",
                        q("17times", 17, FACTOR), q("0.2 percent", 0.2, PERCENT),
                        q("1000 scientific documents", 1000, DOCUMENT)),
                sentence("thousands separator; 'five medical QA datasets' is a list count",
                        "To systematically evaluate such systems, we propose the Medical Information Retrieval-Augmented "
                                + "Generation Evaluation (MIRAGE), a first-of-its-kind benchmark including 7,663 questions "
                                + "from five medical QA datasets.",
                        q("7,663 questions", 7663, EXAMPLE)),
                sentence("documents, a count in digits; 'trillions of tokens' is vague",
                        "The foundation of this project is a corpus of over 132 million documents and trillions of "
                                + "tokens spanning 16 different sources that have been verified to meet the strict "
                                + "copyright and licensing protocol detailed herein.",
                        q("132 million documents", 132e6, DOCUMENT), q("16 different sources", 16, OTHER)),
                sentence("spelled-out tokens and images",
                        "MINT-1T comprises one trillion text tokens and three billion images, a 10x scale-up from "
                                + "existing open-source datasets.",
                        q("one trillion text tokens", 1e12, TOKEN), q("three billion images", 3e9, IMAGE),
                        q("10x", 10, FACTOR)),
                sentence("examples with k, spelled-out languages",
                        "Specifically, we calibrate LLM-based evaluation against 20k human judgments of five metrics "
                                + "across three text-generation tasks in eight languages.",
                        q("20k human judgments", 20e3, EXAMPLE), q("eight languages", 8, LANGUAGE)),
                sentence("words",
                        "In this study, we develop from scratch a large clinical language model - GatorTron - using >90 "
                                + "billion words of text (including >82 billion words of de-identified clinical text) "
                                + "and systematically evaluate it on 5 clinical NLP tasks including clinical concept "
                                + "extraction, medical relation extraction, semantic textual similarity, natural language "
                                + "inference (NLI), and medical question answering (MQA).",
                        q("90 billion words", 90e9, WORD), q("82 billion words", 82e9, WORD)),
                sentence("hyphenated word scale",
                        "Building on this, we develop SpeechGPT-Gen, an 8-billion-parameter SLLM efficient in semantic "
                                + "and perceptual information modeling.",
                        q("8-billion-parameter", 8e9, PARAMETER)),
                sentence("hyphenated suffix scale",
                        "We find that even a 170M-parameter model distilled from our Stage 2 teacher model has 2.88% "
                                + "better intent classification and 7.69% better slot filling error rates when compared "
                                + "to the 2.3B-parameter teacher trained only on public data (Stage 1), emphasizing the "
                                + "importance of in-domain data for pretraining.",
                        q("170M-parameter", 170e6, PARAMETER), q("2.88%", 2.88, PERCENT), q("7.69%", 7.69, PERCENT),
                        q("2.3B-parameter", 2.3e9, PARAMETER)),
                sentence("accelerator model names as units",
                        "Notably, we report on our custom distributed training codebase, allowing us to efficiently "
                                + "pretrain these models on up to 4,096 A100s on cloud AWS infrastructure with limited "
                                + "interconnect.",
                        q("4,096 A100s", 4096, GPU)),
                sentence("title with 1,000+",
                        "Scaling Speech Technology to 1,000+ Languages",
                        q("1,000+ Languages", 1000, LANGUAGE)),
                sentence("data counts and word ranges",
                        "Leveraging AgentWrite, we construct LongWriter-6k, a dataset containing 6,000 SFT data with "
                                + "output lengths ranging from 2k to 32k words.",
                        q("6,000 SFT data", 6000, EXAMPLE), q("2k", 2e3, WORD), q("32k words", 32e3, WORD)),
                sentence("sizes inside model names are no quantities",
                        "Comparative evaluations show that SOLAR 10.7B outperforms existing open-source pretrained LLMs, "
                                + "such as Llama 2 and Mistral 7B."),
                sentence("name versions and chat sizes",
                        "Furthermore, open-ended evaluations reveal that DeepSeek LLM 67B Chat exhibits superior "
                                + "performance compared to GPT-3.5."),
                sentence("names with sizes glued by hyphens",
                        "Notably, our Skywork-SWE model achieves 38.0% pass@1 accuracy on the SWE-bench Verified "
                                + "benchmark without using verifiers or multiple rollouts, establishing a new "
                                + "state-of-the-art (SOTA) among the Qwen2.5-Coder-32B-based LLMs built on the OpenHands "
                                + "agent framework.",
                        q("38.0%", 38, PERCENT)),
                sentence("list markers are no quantities",
                        "To address these, we pioneer three interconnected innovations: (1) IcePop stabilizes RL "
                                + "training via token-level discrepancy masking and clipping, resolving instability from "
                                + "training-inference mismatches; (2) C3PO++ improves resource utilization for long "
                                + "rollouts under a token budget by dynamically partitioning them, thereby obtaining high "
                                + "time efficiency; and (3) ASystem, a high-performance RL framework designed to overcome "
                                + "the systemic bottlenecks that impede trillion-parameter model training."),
                sentence("publications, posts and reviews are documents",
                        "The corpus gathers 500 climate publications, 2.1 million forum posts and 40,000 product reviews.",
                        q("500 climate publications", 500, DOCUMENT), q("2.1 million forum posts", 2.1e6, DOCUMENT),
                        q("40,000 product reviews", 40000, DOCUMENT)),
                sentence("a decimal comma before a percent sign, and bare scores after 'accuracies of'",
                        "Our system achieved 77,9% accuracy (Tasks 1,2 and 3), and accuracies of 0.71 and 0.66 on the "
                                + "two sets.",
                        q("77,9%", 77.9, PERCENT), q("0.71", 0.71, SCORE), q("0.66", 0.66, SCORE)),
                sentence("precision, recall, kappa and a macro F1 name the bare number after them",
                        "The best results were an F1-score of 0.878, a Precision of 0.899, and a Recall of 0.858, "
                                + "with a kappa value of 0.73, where F1-macro is 0.08175 and the average F1 score is "
                                + "approx. 0.86.",
                        q("0.878", 0.878, SCORE), q("0.899", 0.899, SCORE), q("0.858", 0.858, SCORE),
                        q("0.73", 0.73, SCORE), q("0.08175", 0.08175, SCORE), q("0.86", 0.86, SCORE)),
                sentence("a unit glued to the scale, and a singular word before a corpus",
                        "We train a model with fewer than 500Mparameters, matching a GPT-2 small (124Mparameter) model, "
                                + "on a 10 million word corpus.",
                        q("500Mparameters", 500e6, PARAMETER), q("124Mparameter", 124e6, PARAMETER),
                        q("10 million word", 10e6, WORD)),
                sentence("a bare decimal in parallel with a score is a score",
                        "Our framework achieves validation F1-scores of 0.4218 for Tamil and 0.3935 for Tulu, with an F1 "
                                + "macro score of 0.536 on the validation dataset and 0.486 on the test dataset.",
                        q("0.4218", 0.4218, SCORE), q("0.3935", 0.3935, SCORE), q("0.536", 0.536, SCORE),
                        q("0.486", 0.486, SCORE)),
                sentence("a rank between two parallel results, and a result compared with another, keep both scores",
                        "We achieved a macro F1 score of 0.2005 for Malayalam, ranking 15th in this task, 0.1356 for "
                                + "Tamil and 0.1465 for Telugu. It achieves an F1 of 0.874, ranking 6th in binary "
                                + "classification, and 0.628, securing 1st position. Synthetic data gives an F-score 0.686 "
                                + "compared to 0.703 on real data, and a BLEU of 31.2 compared to 2 runs.",
                        q("0.2005", 0.2005, SCORE), q("15th", 15, OTHER), q("0.1356", 0.1356, SCORE),
                        q("0.1465", 0.1465, SCORE), q("0.874", 0.874, SCORE), q("6th", 6, OTHER), q("0.628", 0.628, SCORE),
                        q("1st position", 1, OTHER), q("0.686", 0.686, SCORE),
                        q("0.703", 0.703, SCORE), q("31.2", 31.2, SCORE)),
                sentence("a metric's hyphenated score word names the number after it, not a model",
                        "The models attained F1-scores 0.77 and 0.88, respectively. The best macro average F1-score "
                                + "achieved was 0.82, with a weighted f1-score (0.52) and an F1-score (2^{st} rank).",
                        q("0.77", 0.77, SCORE), q("0.88", 0.88, SCORE), q("0.82", 0.82, SCORE), q("0.52", 0.52, SCORE)),
                sentence("an absolute percent is a difference in percentage points",
                        "It improves accuracy by up to 9 % absolute, and F1 by 21.3% absolute points, to 84.5%.",
                        q("9 % absolute", 9, PERCENTAGE_POINT), q("21.3% absolute points", 21.3, PERCENTAGE_POINT),
                        q("84.5%", 84.5, PERCENT)),
                sentence("a year before a capitalised word names an event, not a count",
                        "Stance Detection on Nigerian 2023 Election Tweets Using BERT, with 2,100 annotated tweets.",
                        q("2,100 annotated tweets", 2100, DOCUMENT)),
                sentence("answers and dialogue turns are examples",
                        "FocusQA holds 109,940 answers, and the interviews total around 1.4k turns of utterances.",
                        q("109,940 answers", 109940, EXAMPLE), q("1.4k turns", 1400, EXAMPLE)),
                sentence("'recall at 1' is a rank cut-off, not a result",
                        "Experimental results show gains in recall at 1 and other evaluation metrics."),
                sentence("compute-hours budget",
                        "What Language Model to Train if You Have One Million GPU Hours?",
                        q("One Million GPU Hours", 1e6, OTHER)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("seedSentences")
    void findsEveryQuantityOfSeedSentence(String label, String text, List<Expected> expected) {
        List<QuantityMention> found = finder.find(text);
        assertEquals(describe(expected), describeFound(found), label);
        for (int i = 0; i < expected.size(); i++) {
            assertClose(expected.get(i).value(), found.get(i).value(), expected.get(i).text());
        }
        assertWellFormed(text, found);
    }

    @Test
    void guidelineExampleHasOffsetsAndTexts() {
        String text = "We introduce Mixtral 8x7B, a Sparse Mixture of Experts (SMoE) language model. It has 47B "
                + "parameters but only uses 13B active parameters during inference, with a context size of 32k tokens.";
        List<QuantityMention> found = finder.find(text);
        assertEquals(List.of("47B parameters", "13B active parameters", "32k tokens"), texts(found));
        QuantityMention first = found.get(0);
        assertEquals(text.indexOf("47B"), first.start());
        assertEquals(text.indexOf("47B") + "47B parameters".length(), first.end());
        assertClose(47e9, first.value(), "47B");
        assertClose(13e9, found.get(1).value(), "13B");
        assertClose(32_000, found.get(2).value(), "32k");
        assertEquals(List.of(PARAMETER, PARAMETER, TOKEN), found.stream().map(QuantityMention::unit).toList());
    }

    @Test
    void unitBorrowedFromALaterNumberIsMarked() {
        List<QuantityMention> found = finder.find("We train StarCoder2 models with 3B, 7B, and 15B parameters on 3.3 "
                + "to 4.3 trillion tokens.");
        assertEquals(List.of(true, true, false, true, false),
                found.stream().map(QuantityMention::unitFromContext).toList());
        List<QuantityMention> range = finder.find("ranging from 16B to 1T total parameters");
        assertEquals(List.of(true, false), range.stream().map(QuantityMention::unitFromContext).toList());
    }

    @Test
    void aMetricRightBeforeANumberIsNoModelNameAndItsNumberIsAScore() {
        List<QuantityMention> found = finder.find("for all ROUGE scores (ROUGE-1 49.17, ROUGE-2 27.20, ROUGE-L 40.98)");
        assertEquals(List.of("49.17", "27.20", "40.98"), texts(found));
        assertEquals(List.of(SCORE, SCORE, SCORE), found.stream().map(QuantityMention::unit).toList());
        assertSingle("a Matthews correlation coefficient (MCC) of 0.76 on the test set", "0.76", 0.76, SCORE);
        // a model's version stays part of its name
        assertNoQuantity("we compare Llama 2 with Mistral.");
    }

    @Test
    void aBracketedWordAfterEachNumberDoesNotBreakTheirList() {
        List<QuantityMention> found = finder.find("macro F1-scores of 0.4444 (text), 0.3559 (audio), and 0.4403 (multimodal)");
        assertEquals(List.of("0.4444", "0.3559", "0.4403"), texts(found));
        assertEquals(List.of(SCORE, SCORE, SCORE), found.stream().map(QuantityMention::unit).toList());
    }

    @Test
    void commasAloneDoNotShareAUnit() {
        List<QuantityMention> found = finder.find("sizes from 700M to 9.3B, 10% to 20% of the data");
        assertEquals(List.of(PARAMETER, PARAMETER, PERCENT, PERCENT),
                found.stream().map(QuantityMention::unit).toList());
    }

    @Test
    void anApproximationSignBetweenAMetricAndItsNumberKeepsItAScore() {
        assertSingle("we report an F1 score of \u223C 0.8 for the positive class", "0.8", 0.8, SCORE);
        assertSingle("achieving F1 scores of \u223C0.7.", "0.7", 0.7, SCORE);
        assertSingle("with an accuracy of ~0.91 overall", "0.91", 0.91, SCORE);
        assertNoQuantity("a gap of ~0.8 between the two runs");
    }

    @Test
    void aNumberOpeningABracketRightAfterItsMetricIsAScore() {
        assertSingle("achieved the highest F1 score (0.944 using a transformer model)", "0.944", 0.944, SCORE);
        assertNoQuantity("ranked first among the systems (0.944 of the runs agree)");
    }

    @Test
    void aSpaceAfterAThousandsCommaBeforeThreeZerosIsOneNumber() {
        // the messages of a dataset are its examples, as its comments and rows are
        assertSingle("We use a dataset of \u223C4, 000 messages collected online.", "4, 000 messages", 4000, EXAMPLE);
        List<QuantityMention> list = finder.find("layers 4, 100 and 200 were probed");
        assertFalse(texts(list).contains("4, 100"), texts(list).toString());
    }

    @Test
    void scaleSuffixesAndWords() {
        assertSingle("a 32K window", "32K", 32e3, TOKEN);
        assertSingle("a 1.6T model", "1.6T model", 1.6e12, PARAMETER);
        assertSingle("beats the 1.6T.", "1.6T", 1.6e12, PARAMETER);
        assertSingle("a 600M model", "600M model", 600e6, PARAMETER);
        assertSingle("10,000 examples", "10,000 examples", 1e4, EXAMPLE);
        assertSingle("three trillion tokens", "three trillion tokens", 3e12, TOKEN);
        assertSingle("one hundred languages", "one hundred languages", 100, LANGUAGE);
        assertSingle("a 7B-scale run", "7B-scale", 7e9, PARAMETER);
        assertSingle("trained on 2T.", "2T", 2e12, TOKEN);
        assertSingle("It has 1.5 PB of text.", "1.5 PB", 1.5e15, BYTE);
        assertSingle("running at 312 TFLOPS", "312 TFLOPS", 3.12e14, FLOP_PER_S);
    }

    @Test
    void compactForms() {
        List<QuantityMention> moe = finder.find("DeepSeek-V3 (671B total, 37B activated) supports 8xA100 and 4 x A100.");
        assertEquals(List.of("671B total", "37B activated", "8xA100", "4 x A100"), texts(moe));
        assertEquals(List.of(PARAMETER, PARAMETER, GPU, GPU), moe.stream().map(QuantityMention::unit).toList());
        assertSingle("We collect 300K videos.", "300K videos", 3e5, OTHER);
        assertSingle("reduces latency by 40 ms", "40 ms", 0.04, SECOND);
        assertSingle("in 4K HD and 128K tokens", "128K tokens", 128e3, TOKEN);
        assertSingle("a cost of $7,800", "$7,800", 7800, OTHER);
        assertSingle("the 1T-token corpus", "1T-token corpus", 1e12, TOKEN);
    }

    @Test
    void durationsAreInSecondsButPeriodsAndHorizonsAreNot() {
        assertSingle("finishes in 5 minutes", "5 minutes", 300, SECOND);
        assertSingle("trained for two weeks", "two weeks", 2 * 604800, SECOND);
        assertSingle("a 10-second video", "10-second", 10, SECOND);
        assertNoQuantity("over the past two years, methods emerged");
        assertNoQuantity("a 5-year disease prediction task");
        assertNoQuantity("trained in a day");
        assertNoQuantity("the model is queried once a day");
        assertNoQuantity("released more than a year ago");
        assertNoQuantity("since the 1990s");
        assertNoQuantity("first proposed two years ago");
    }

    @Test
    void settingsOfAnExperimentAreNoAmounts() {
        assertNoQuantity("performed by means of 5-fold cross-validation experiments");
        assertNoQuantity("irony likelihood using a 7-point Likert scale");
        assertSingle("a 3-fold speedup", "3-fold", 3, FACTOR);
        assertSingle("achieving a 3.7-point improvement", "3.7-point", 3.7, PERCENTAGE_POINT);
    }

    @Test
    void aPlaceInARankingIsAResultWhereTheWordsAroundMakeItOne() {
        assertSingle("Our system ranked 7th in the task.", "7th", 7, OTHER);
        assertSingle("The team secured the 1st rank in Tamil.", "1st rank", 1, OTHER);
        assertSingle("We achieved 13th place on the leaderboard.", "13th place", 13, OTHER);
        assertSingle("It obtains the 2nd-best result in this subtask.", "2nd-best", 2, OTHER);
        assertSingle("Evaluations show an overall top 7 rank on LMSYS Chatbot Arena.", "7 rank", 7, OTHER);
        // an ordinal that is no place, a suffix that is no ordinal, a cut-off of a metric, a place in words
        assertNoQuantity("Language models of the 21st century use the 4th layer.");
        assertNoQuantity("The 62nd Annual Meeting was held.");
        assertNoQuantity("It ranked 2th.");
        assertNoQuantity("We report top-5 retrieval.");
        assertNoQuantity("Our system ranked first.");
    }

    @Test
    void thousandsSetApartBySpacesAreOneNumber() {
        assertSingle("The corpus gathers 55 329 documents.", "55 329 documents", 55329, DOCUMENT);
        assertSingle("It holds 87 210 364 words in all.", "87 210 364 words", 87210364, WORD);
        assertSingle("Un corpus de 80 000 articles de presse.", "80 000 articles", 80000, DOCUMENT);
        // a list of sizes is no number, and neither is a group of three before a hyphenated unit
        assertNoQuantity("with batch sizes 128 256 and 512");
    }

    @Test
    void aDecimalWrittenWithoutItsZeroIsRead() {
        assertSingle("our model achieves an F1 score of .704 overall", ".704", 0.704, SCORE);
        assertSingle("the best results (r = .66) came from it", ".66", 0.66, SCORE);
        // a full stop before digits is none, and a p-value has no unit
        assertNoQuantity("as shown in Table 2.5 runs later");
        assertNoQuantity("only a tendency (p=.067), maybe");
        // a second point or a spaced group after the digits makes no decimal (and no crash)
        assertNoQuantity("an odd value of .12.5 here");
    }

    @Test
    void aCorrelationSymbolBeforeEqualsOrApproximatelyNamesAScore() {
        assertSingle("ALBA agrees with Pearson r \u2248 0.93 to humans", "0.93", 0.93, SCORE);
        assertSingle("a Spearman \u03C1 = 0.62 with human rankings", "0.62", 0.62, SCORE);
        assertSingle("an agreement of \u03BA = 0.71 between annotators", "0.71", 0.71, SCORE);
        // a symbol that names no correlation does not
        assertNoQuantity("the ratio x \u2248 0.93 of the two");
    }

    @Test
    void passagesNotesPoemsAndEssaysAreDocuments() {
        assertSingle("It has 87,525 manually labeled evidence passages.", "87,525 manually labeled evidence passages",
                87525, DOCUMENT);
        assertSingle("The corpus holds 1,260 clinical notes.", "1,260 clinical notes", 1260, DOCUMENT);
        assertSingle("It gathers 62 thousand poems.", "62 thousand poems", 62000, DOCUMENT);
        assertSingle("We score 1,320 essays.", "1,320 essays", 1320, DOCUMENT);
    }

    @Test
    void aScaledNumberBeforeAPluralOffTheListCountsItNoParameters() {
        assertSingle("Swahili is a lingua franca for over 100 million people.", "100 million people", 1e8, OTHER);
        // a bare size still reads as a model's parameters
        assertSingle("Llama 2 comes in 7B, and it is open.", "7B", 7e9, PARAMETER);
    }

    @Test
    void itemsClausesMorphemesAndDialectsAreCounted() {
        assertSingle("PLAtE holds 52,898 items in all.", "52,898 items", 52898, EXAMPLE);
        assertSingle("The atlas has 41,715 labeled clauses.", "41,715 labeled clauses", 41715, EXAMPLE);
        assertSingle("The corpus has 129,784 morphemes.", "129,784 morphemes", 129784, TOKEN);
        assertSingle("The benchmark covers 281 varieties.", "281 varieties", 281, LANGUAGE);
        assertSingle("PanLex covers 9,000 language varieties.", "9,000 language varieties", 9000, LANGUAGE);
        assertSingle("We study 84 dialects.", "84 dialects", 84, LANGUAGE);
    }

    @Test
    void itemsOfADatasetThatAreNoDocumentsAreExamples() {
        assertSingle("The corpus holds 7,706 comments.", "7,706 comments", 7706, EXAMPLE);
        assertSingle("We release 32.9k rows.", "32.9k rows", 32900, EXAMPLE);
        assertSingle("It has 750K pairwise preferences.", "750K pairwise preferences", 750000, EXAMPLE);
        assertSingle("We collect 12K human ratings.", "12K human ratings", 12000, EXAMPLE);
        // cards are accelerators only as GPU cards
        assertSingle("We train on 8 GPU cards.", "8 GPU cards", 8, GPU);
        assertTrue(finder.find("We release 2,801 role-playing cards.").stream().noneMatch(m -> m.unit() == GPU));
    }

    @Test
    void metricsNamedWithAnEqualsSignOrEqualTo() {
        assertSingle("very good results (F1=0.8) were obtained", "0.8", 0.8, SCORE);
        assertSingle("the best system reaches COMET = 0.589 on the test set", "0.589", 0.589, SCORE);
        assertSingle("our submission reaches an accuracy equal to 0.754 in the competition", "0.754", 0.754, SCORE);
        // an equals sign after a word that is no metric
        assertNoQuantity("we set k = 0.5 for the threshold");
        // a correlation's symbol names the number only before "="
        assertSingle("GPT-4 achieves a Pearson correlation of r=0.59 with the average rating", "0.59", 0.59, SCORE);
        assertSingle("higher than the median annotator (r = 0.51).", "0.51", 0.51, SCORE);
        assertNoQuantity("the vector r 0.5 is longer");
    }

    @Test
    void correlationsCoefficientsAndAgreementNameTheirNumber() {
        assertSingle("we obtain a Pearson’s correlation of 0.6241 overall", "0.6241", 0.6241, SCORE);
        assertSingle("our approach reaches a Spearman correlation of 0.4983 with human judgments", "0.4983", 0.4983, SCORE);
        assertSingle("the scheme achieves a Cohen’s kappa agreement of 0.63 on the test set", "0.63", 0.63, SCORE);
        assertSingle("the inter-annotator agreement is 0.95 overall", "0.95", 0.95, SCORE);
        // a colon after a space, as tables written inline have it
        assertSingle("Random Forest (macro average F1 score : 0.35) is weaker", "0.35", 0.35, SCORE);
        assertSingle("translations are an average of almost 8 spBLEU better", "8", 8, SCORE);
    }

    @Test
    void pointsOfAScoreThatIsNoPercentageAreThatScore() {
        assertSingle("fine-tuning gains 2.2 BLEU points over the baseline", "2.2 BLEU points", 2.2, SCORE);
        assertSingle("an improvement of approximately 1.4 SacreBLEU points", "1.4 SacreBLEU points", 1.4, SCORE);
        // accuracy and F1 are percentages: their points are percentage points
        assertSingle("it improves by 6.22 accuracy points", "6.22 accuracy points", 6.22, PERCENTAGE_POINT);
        assertSingle("a gain of more than 16 F1 points", "16 F1 points", 16, PERCENTAGE_POINT);
        // the metric may follow the points in the same phrase, not after a clause's end or another number
        assertSingle("translations improve by up to over 6 points BLEU", "6 points", 6, SCORE);
        assertSingle("it is approximately 10 points above on the BLEU score", "10 points", 10, SCORE);
        assertSingle("accuracy rose by 3 points, and BLEU stayed flat", "3 points", 3, PERCENTAGE_POINT);
        // a percentage metric between a percentage and its points: a difference of percentages
        assertSingle("it improves by 8.0% F1 points over BERT", "8.0% F1 points", 8.0, PERCENTAGE_POINT);
        assertSingle("a gain of 6% absolute F1 points", "6% absolute F1 points", 6, PERCENTAGE_POINT);
        assertSingle("since 30% data points are noisy", "30%", 30, PERCENT);
    }

    @Test
    void rankingMetricsCutOffsMovesAndRangesNameTheirNumber() {
        assertSingle("cosine similarity achieved a Recall@10 of 0.34 overall", "0.34", 0.34, SCORE);
        assertSingle("for relevant segments nDCG@10 rose to 0.27 overall", "0.27", 0.27, SCORE);
        assertSingle("it reaches a mean reciprocal rank of 65.69 on the test set", "65.69", 65.69, SCORE);
        assertSingle("the model achieved a COMET score gain of around 0.04 on Wikipedia", "0.04", 0.04, SCORE);
        assertSingle("no model reaches an accuracy of more than 25 points in total", "25 points", 25, PERCENTAGE_POINT);
        assertEquals(List.of(82.89, 88.54), finder.find("document-level LAS ranging from 82.89 to 88.54 on modern texts")
                .stream().map(QuantityMention::value).toList());
        // a similarity without a link word is no result
        assertNoQuantity("we rank pairs by similarity 4 and then filter them");
    }

    @Test
    void aListOfParallelResultsSeparatedByCommas() {
        List<String> found = texts(finder.find("It raises mean reciprocal rank (MRR) to 0.9201 for Yoruba, 0.8638 for "
                + "Igbo, 0.9230 for Hausa, and 0.8617 for English queries."));
        assertEquals(List.of("0.9201", "0.8638", "0.9230", "0.8617"), found);
    }

    @Test
    void metricsNamedAcrossAColonAfterAnAcronymOrBeforeExceeding() {
        assertSingle("achieves state-of-the-art performance (strict F1: 0.378 NER)", "0.378", 0.378, SCORE);
        assertSingle("systems achieving F1 scores exceeding 0.98 for both languages", "0.98", 0.98, SCORE);
        assertSingle("establish an upper limit (91.9 CoNLL F1) on ECB+", "91.9", 91.9, SCORE);
        // a colon after a word that is no metric, an acronym with no metric after it
        assertNoQuantity("see the ratio in Table: 0.378 for the first");
        assertNoQuantity("the upper limit (91.9 CoNLL) is reached");
    }

    @Test
    void hyphenatedCountsOfSentencesAreExamplesFromAHundredUp() {
        assertSingle("providing a 1200-sentence MQM evaluation benchmark", "1200-sentence", 1200, EXAMPLE);
        assertNoQuantity("we generate 3-sentence summaries");
    }

    @Test
    void coordinatedCountsWithTheirOwnModifiersShareTheNoun() {
        List<QuantityMention> found = finder.find("we study ICL on 25 low-resource and 7 relatively higher-resource "
                + "languages");
        assertEquals(List.of("25", "7 relatively higher-resource languages"), texts(found));
        assertEquals(LANGUAGE, found.get(0).unit());
        assertEquals(LANGUAGE, found.get(1).unit());
        // a plural noun before "and" is a head of its own: "3 models" counts models, not languages
        assertEquals(List.of("12 languages"), texts(finder.find("we use 3 models and 12 languages")));
    }

    @Test
    void countsWithThousandsSeparatorsMeasureACollection() {
        assertSingle("a benchmark which features over 25,000 entities", "25,000 entities", 25000, OTHER);
        assertSingle("the corpus covers 1200 entities", "1200 entities", 1200, OTHER);
        // a decimal before a noun off the unit list is no count of anything
        assertNoQuantity("an average of 1,234.5 entities");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mixtral outperforms Llama 2 70B and GPT-3.5 on most benchmarks.",
        "Compared to Llama-2-7B, Qwen2.5-Coder-32B, StarCoder2-15B and Mixtral 8x7B.",
        "In 2023 and since 2019 the field moved fast.",
        "See Section 3, Table 2 and Eq. 4 for details.",
        "We propose three approaches and two factors.",
        "The 1st and 2nd runs were discarded.",
        "Code is at https://github.com/org/model-7B and arXiv:2401.12345.",
        "Released on Oct 24, 2025.",
        "as shown in \\cite{smith2023} and \\ref{sec:3}",
        "3-shot prompting with 4-bit weights and a 5-layer MLP",
        "We use top-1 routing and pass@1.",
        "images of 1500 x 1500 pixels",
        "Llama 1 and 2 7B",
        "a learning rate of 1e-4 and version 1.2.3"})
    void notQuantities(String text) {
        assertNoQuantity(text);
    }

    @Test
    void unitIdsRoundTrip() {
        for (Unit unit : Unit.values()) {
            assertEquals(unit, Unit.fromId(unit.id()));
        }
        assertEquals("flop_per_s", FLOP_PER_S.id());
        assertEquals("percentage_point", PERCENTAGE_POINT.id());
        assertEquals(Unit.PERCENT, Unit.fromId(" Percent "));
        assertThrows(IllegalArgumentException.class, () -> Unit.fromId("furlong"));
        assertThrows(IllegalArgumentException.class, () -> Unit.fromId(null));
    }

    @Test
    void emptyAndNullInputsGiveNothing() {
        assertTrue(finder.find(null).isEmpty());
        assertTrue(finder.find("").isEmpty());
        assertTrue(finder.find("no numbers here").isEmpty());
    }

    /** A hang guard: each input is linear work, so the whole set must finish far inside the limit. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void adversarialInputsReturnWithoutException() {
        List<String> inputs = List.of(
                "7".repeat(100_000),
                "1e".repeat(10_000),
                "1,".repeat(50_000),
                "1,000".repeat(20_000),
                "1.".repeat(50_000),
                "1-".repeat(50_000),
                "1+".repeat(50_000),
                "2x".repeat(50_000),
                "5%".repeat(50_000),
                "$1$".repeat(30_000),
                "\\frac{".repeat(5_000) + "3" + "}".repeat(5_000),
                "\\textbf{3}^{2}_{1}".repeat(5_000),
                "7B big " + "and ".repeat(50_000) + "tokens",
                "three ".repeat(30_000),
                "7B, ".repeat(30_000) + "and 8B parameters",
                "5" + " ".repeat(100_000) + "tokens",
                "http://" + "a1".repeat(50_000),
                "7-" + "a-".repeat(50_000),
                "1 x 10^{".repeat(20_000),
                "the 7B model on 2T tokens with 512 GPUs, 93.4 on AIME, ".repeat(2_000));
        for (String input : inputs) {
            assertWellFormed(input, finder.find(input));
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void randomGarbageReturnsWellFormedMentions() {
        String[] pieces = {"1", "7", "12", "1,000", "3.5", ".", ",", "-", "/", "x", "\u00D7", "\\times", "\\(",
            "\\)", "$", "\\$", "%", "\\%", "+", " ", "\n", "B", "M", "K", "k", "T", "b", "m", "e", "tokens",
            "parameters", "GPUs", "hours", "A100", "NVIDIA", "times", "-fold", "trillion", "hundred", "s of", "three",
            "twenty", "-five", "single", "day", "Llama", "GPT-", "on", "AIME", "(", ")", "{", "}", "^", "_", "10^{",
            "and", "to", "from", "vs.", "pp", "points", "Elo", "FLOPs", "Peta", "FLOP/s", "TB", "GiB", "/s",
            "http://", "\\cite{", "score of", "trained on", "factor of", "past", "sub-", "context length", "data",
            "model", "\u2212", "\u00A0", "Table", "2023", "1990s", "3-shot", "8x7B", "4x ", "\\sim"};
        Random random = new Random(20240531L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder input = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(8) == 0) {
                    input.append((char) random.nextInt(0x3000));
                } else {
                    input.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String text = input.toString();
            assertWellFormed(text, finder.find(text));
        }
    }

    /** Every seed abstract, as a realistic corpus: mentions must be sorted, disjoint and consistent. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void seedCorpusGivesWellFormedMentions() throws IOException {
        Path seeds = Path.of("data", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "run from the project directory");
        List<Path> files;
        try (Stream<Path> listing = Files.list(seeds)) {
            files = listing.filter(path -> path.toString().endsWith(".txt")).toList();
        }
        int mentions = 0;
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                List<QuantityMention> found = finder.find(line);
                assertWellFormed(line, found);
                mentions += found.size();
            }
        }
        assertTrue(mentions > 0 || files.isEmpty());
    }

    /** Written sentences with one quantity each: what the sentence shows, the text, the mention, value and unit. */
    static Stream<Arguments> singleQuantities() {
        return Stream.of(
                Arguments.of("a small integer before a metric acronym is a score",
                        "it outperforms supervised prompting by up to 3 chrF++ in many languages", "3", 3, SCORE),
                Arguments.of("a small integer before a metric acronym is a score",
                        "it gains 2 METEOR over the baseline", "2", 2, SCORE),
                Arguments.of("a parsing metric joined to its number by '=' makes it a score",
                        "The parser reached F1 scores of UPOS=86.2 on the test set.", "86.2", 86.2, SCORE),
                Arguments.of("a metric acronym before the number makes it a score in any case",
                        "it reaches a macro f1 of 0.5036 on the test set", "0.5036", 0.5036, SCORE),
                Arguments.of("a plural scale word still scales",
                        "a corpus of about 4 millions tokens", "4 millions tokens", 4e6, TOKEN),
                Arguments.of("a plural scale word still scales",
                        "with 2 thousands documents", "2 thousands documents", 2e3, DOCUMENT),
                Arguments.of("a written minus makes a change negative",
                        "The attack success rate changed by -48.2% after the patch.", "-48.2%", -48.2, PERCENT),
                Arguments.of("a written minus sign makes a change negative",
                        "The attack success rate changed by \u221248.2% after the patch.", "\u221248.2%", -48.2, PERCENT),
                Arguments.of("stories are documents",
                        "The corpus holds 2,208 Instagram stories.", "2,208 Instagram stories", 2208, DOCUMENT),
                Arguments.of("texts are documents", "We collected 1000 texts from forums.", "1000 texts", 1000, DOCUMENT),
                Arguments.of("statements are examples",
                        "Vera is trained on 7M commonsense statements.", "7M commonsense statements", 7e6, EXAMPLE),
                Arguments.of("interviews are examples", "It draws on 411 clinician-administered diagnostic interviews.",
                        "411 clinician-administered diagnostic interviews", 411, EXAMPLE),
                Arguments.of("a signed number is a difference of scores",
                        "Bifrost-8B scores well, a gain of +12.3 over the base model", "+12.3", 12.3, SCORE),
                Arguments.of("a score before 'on' and a hyphenated benchmark name",
                        "Kestrel-2-72B reaches 85.9 on C-Eval", "85.9", 85.9, SCORE),
                Arguments.of("a bare power of ten", "a compute budget of 10^24 FLOPs", "10^24 FLOPs", 1e24, FLOP),
                Arguments.of("a LaTeX times sign", "it compresses the cache by 8$\\times$ with no loss", "8$\\times$", 8, FACTOR),
                Arguments.of("a count per unit of time is a rate",
                        "it processes 1,800 sentences per second", "1,800 sentences per second", 1800, OTHER),
                Arguments.of("a count per unit of time after a slash is a rate",
                        "the system processes 1,150 sentences/second", "1,150 sentences/second", 1150, OTHER),
                Arguments.of("'per the recipe' is no rate", "trained on 2T tokens per the recipe", "2T tokens", 2e12, TOKEN),
                Arguments.of("a count per item stays a count",
                        "it reads 2,880 visual tokens per image", "2,880 visual tokens", 2880, TOKEN));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("singleQuantities")
    void oneQuantity(String shows, String text, String mention, double value, Unit unit) {
        assertSingle(text, mention, value, unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we report top 5 accuracy for every model", // before "accuracy" a small integer may be a rank
            "ranked first in 2010^5 of them"})          // a year with an exponent is no power of ten
    void noQuantityIn(String text) {
        assertEquals(List.of(), texts(finder.find(text)));
    }

    @Test
    void aHyphenInARangeIsNoMinus() {
        List<QuantityMention> range = finder.find("Scores range from 10-20% on the hard split.");
        assertFalse(range.isEmpty());
        assertTrue(range.stream().allMatch(m -> m.value() > 0), describeFound(range).toString());
    }

    private void assertSingle(String text, String mention, double value, Unit unit) {
        List<QuantityMention> found = finder.find(text);
        assertEquals(List.of(mention), texts(found), text);
        assertEquals(unit, found.get(0).unit(), text);
        assertClose(value, found.get(0).value(), text);
    }

    private void assertNoQuantity(String text) {
        assertEquals(List.of(), describeFound(finder.find(text)), text);
    }

    private static void assertWellFormed(String text, List<QuantityMention> found) {
        int previousEnd = 0;
        for (QuantityMention mention : found) {
            assertTrue(mention.start() >= previousEnd, () -> "overlap or disorder at " + mention);
            assertTrue(mention.end() > mention.start(), () -> "empty mention " + mention);
            assertEquals(text.substring(mention.start(), mention.end()), mention.text());
            assertFalse(Double.isNaN(mention.value()) || Double.isInfinite(mention.value()), mention::toString);
            // only a change written with a minus is negative: "-39% token reduction"
            boolean change = mention.unit() == PERCENT || mention.unit() == PERCENTAGE_POINT || mention.unit() == SCORE;
            assertTrue(mention.value() >= 0 || change && mention.text().matches("[-\u2212].*"), mention::toString);
            previousEnd = mention.end();
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        double tolerance = 1e-9 * Math.max(1, Math.abs(expected));
        assertEquals(expected, actual, tolerance, what);
    }

    private static List<String> texts(List<QuantityMention> found) {
        return found.stream().map(QuantityMention::text).toList();
    }

    private static List<String> describe(List<Expected> expected) {
        return expected.stream().map(e -> "'" + e.text() + "' " + e.unit().id()).collect(Collectors.toList());
    }

    private static List<String> describeFound(List<QuantityMention> found) {
        List<String> described = new ArrayList<>();
        for (QuantityMention mention : found) {
            described.add("'" + mention.text() + "' " + mention.unit().id());
        }
        return described;
    }
}
