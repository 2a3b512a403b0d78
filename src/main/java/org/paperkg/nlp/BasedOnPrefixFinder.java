package org.paperkg.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model named before "-based" in one hyphenated word: "a fine-tuned DeBERTa-based AES model",
 * "AlBERTo (a BERT-based model ...)", "a Llama-2-based assistant", "A GujiRoBERTa-Enhanced Approach". The
 * word is an adjective, so no candidate covers the name inside it. Only "-based" (and "-enhanced",
 * "-powered", "-driven") counts ("GPT-style", "BERT-like" describe a kind,
 * not the model a new one is built on), and only a name that is a model: one the dictionary of other
 * papers knows as a model, or one spelled with a capital after lower-case letters inside it ("DeBERTa",
 * "RoBERTa"), a spelling ordinary words and methods ("Transformer-based", "RL-based", "GRPO-based") lack.
 */
public final class BasedOnPrefixFinder extends HyphenatedNameFinder {
    /** "-based", and in the same sense "-enhanced", "-powered", "-driven", in any case ("A BERT-Based Approach"). */
    static final String ADJECTIVE_SUFFIX = "(?i:based|enhanced|powered|driven)";
    private static final Pattern BASED = Pattern.compile("(\\p{L}[\\p{L}\\d.\\-]*?)-" + ADJECTIVE_SUFFIX);
    private static final Pattern SUFFIX = Pattern.compile(ADJECTIVE_SUFFIX);
    private static final Pattern ANY_BASED = Pattern.compile(".+-" + ADJECTIVE_SUFFIX);

    /** The name inside a "-based" adjective ("BLOOMZ" of "BLOOMZ-based", "BERT" of "BERT-powered"), or null. */
    public static String basedPrefix(String word) {
        Matcher m = BASED.matcher(word);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The token after a name used as a "-based" adjective, given the token the name ends on ("PerSE" after
     * "LLaMA-2-based PerSE", whether the word is whole or split as "LLaMA-2", "-", "based"); -1 when the
     * name is no such adjective.
     */
    public static int afterBasedAdjective(java.util.function.IntFunction<String> word, int last) {
        if (ANY_BASED.matcher(word.apply(last)).matches()) {
            return last + 1;
        }
        return word.apply(last + 1).equals("-") && SUFFIX.matcher(word.apply(last + 2)).matches() ? last + 3 : -1;
    }
    /**
     * A lower-case letter later followed by a capital in one part of the name: "DeBERTa", "RoBERTa",
     * "AlBERTo"; not a phrase of capitalised words ("Large-Language-Model-based").
     */
    private static final Pattern INNER_CAPITAL = Pattern.compile(".*\\p{Ll}.*\\p{Lu}.*");

    public BasedOnPrefixFinder(NameDictionary dictionary) {
        super(dictionary);
    }

    /** The name before "-based": "DeBERTa" of "DeBERTa-based". */
    @Override
    int nameLength(String word) {
        Matcher m = BASED.matcher(word);
        return m.matches() && isModel(m.group(1)) ? m.end(1) : -1;
    }

    private boolean isModel(String prefix) {
        String key = NameKey.of(prefix);
        if (prefix.length() < 3 || GenericClasses.ARCHITECTURES.contains(key)) {
            return false;
        }
        return dictionary.typeOf(key, null) == MentionType.MODEL
                || Character.isUpperCase(prefix.charAt(0)) && java.util.Arrays.stream(prefix.split("-"))
                        .anyMatch(part -> INNER_CAPITAL.matcher(part).matches());
    }

    @Override
    public String name() {
        return "based-on-prefix";
    }
}
