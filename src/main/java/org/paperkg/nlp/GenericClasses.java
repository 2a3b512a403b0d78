package org.paperkg.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the guidelines count as neither a model nor data however it is capitalised: classes of
 * architecture ("Transformer", "LSTM", "MoE"), classical learners ("SVM", "Random Forest"), training
 * and prompting methods ("LoRA", "DPO", "CoT") and weighting schemes ("TF-IDF"). One vocabulary for
 * the name rules ({@link ContextNames}, {@link BasedOnPrefixFinder}) and the final filter
 * ({@link NonNameFilter}).
 */
final class GenericClasses {
    private GenericClasses() {}

    /**
     * Classes of architecture, in lower case, singular and plural ("Transformer models", "MoE-based").
     * "Mamba" is here for the name rules, which must not take "Mamba-based" for a new model's base; on its
     * own it is a named architecture, which the guidelines count as a model.
     */
    static final Set<String> ARCHITECTURES = Set.of("transformer", "transformers",
            "moe", "rnn", "rnns", "lstm", "lstms", "bilstm", "bilstms", "cnn", "cnns", "gnn", "gnns", "mlp", "mlps",
            "ssm", "ssms", "mamba");

    /** Further classes and methods that are never a name of their own, compared without spaces and hyphens. */
    private static final Set<String> NEVER_NAMES = Set.of("gru", "bigru", "crf", "svm", "seq2seq", "tfidf", "hmm",
            "randomforest", "randomforestclassifier", "naivebayes", "logisticregression", "decisiontree", "knn",
            "maxent", "mixtureofexperts",
            // the architectures and learners above spelled out ("Convolutional Neural Networks (CNN)", "a
            // Bidirectional Long Short-Term Memory"), and the classical learners annotators leave out alike
            "neuralnetwork", "deepneuralnetwork", "artificialneuralnetwork", "feedforwardneuralnetwork",
            "convolutionalneuralnetwork", "recurrentneuralnetwork", "graphneuralnetwork", "longshorttermmemory",
            "bidirectionallongshorttermmemory", "gatedrecurrentunit", "multilayerperceptron", "supportvectormachine",
            "conditionalrandomfield", "bilstmcrf", "linearregression", "ridgeclassifier", "gradientboosting",
            "xgboost", "lightgbm", "adaboost", "catboost", "knearestneighbor", "knearestneighbour",
            // the abbreviations of model classes, which name no model however capitalised ("LLMs", "an LVLM")
            "llm", "llms", "plm", "plms", "mllm", "mllms", "vlm", "vlms", "lvlm", "lvlms", "lmm", "lmms", "slm", "slms",
            // and the same classes spelled out ("Generative models such as Large Language Models (LLM)")
            "languagemodel", "largelanguagemodel", "pretrainedlanguagemodel",
            "multimodallargelanguagemodel", "visionlanguagemodel", "largevisionlanguagemodel", "smalllanguagemodel",
            "largemultimodalmodel", "foundationmodel",
            "lora", "qlora", "rlhf", "dpo", "ppo", "grpo", "sft", "cot", "chainofthought", "flashattention",
            // a disease that names a paper's topic ("COVID-19 tweets") is no model or dataset either
            "covid19", "covid", "sarscov2");

    /**
     * Whether a whole mention is such a class: compared without case, spaces and hyphens, a plural
     * included ("Bi-LSTM", "Random Forests"). A qualified name ("Differential Transformer", "O-LoRA") is not.
     */
    /** Compiled once: the filter asks this of every mention. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_]");

    static boolean isGenericClass(String name) {
        String key = SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
        return !key.equals("mamba") && (ARCHITECTURES.contains(key) || NEVER_NAMES.contains(key) || NEVER_NAMES.contains(singular));
    }
}
