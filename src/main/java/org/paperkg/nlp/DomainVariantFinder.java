package org.paperkg.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known model with a word put before it by a hyphen: "Tamil-BERT", "Legal-BERT", "Clinical-T5",
 * "Video-LLaMA". Such a compound names a variant of the model (for a language, domain or modality),
 * and is a model itself. The classifier reads the first part as an ordinary word ("Tamil" is a
 * language) and often misses it. Only a capitalised word before a name that other papers call a model
 * counts: not "non-BERT", not an architecture ("Pre-Transformer"), not an English word ("Turn-Based").
 */
public final class DomainVariantFinder extends HyphenatedNameFinder {
    /** A capitalised word, a hyphen, then the rest: "Tamil" and "BERT" of "Tamil-BERT". */
    private static final Pattern VARIANT = Pattern.compile("(\\p{Lu}\\p{Ll}+)-(\\p{L}[\\p{L}\\d.\\-]*)");

    public DomainVariantFinder(NameDictionary dictionary) {
        super(dictionary);
    }

    /** The whole token: "Tamil-BERT" names the variant. */
    @Override
    int nameLength(String word) {
        Matcher m = VARIANT.matcher(word);
        return m.matches() && isModel(m.group(2)) ? word.length() : -1;
    }

    private boolean isModel(String base) {
        String key = NameKey.of(base);
        // an English word is read as one ("Turn-Based", "Skip-Clip"), even where a model has its name ("Based", "CLIP")
        return base.length() >= 2 && Character.isUpperCase(base.charAt(0)) && !GenericClasses.ARCHITECTURES.contains(key)
                && !CommonWords.isCommon(base) && dictionary.typeOf(key, null) == MentionType.MODEL;
    }

    @Override
    public String name() {
        return "domain-variant";
    }
}
