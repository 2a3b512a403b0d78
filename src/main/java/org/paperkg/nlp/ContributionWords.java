package org.paperkg.nlp;

import java.util.regex.Pattern;

/**
 * Verbs by which authors present or make their own work: "we introduce", "this report presents", "we build",
 * "we curate". One vocabulary for the name rules here (what a paper presents is its work, not an institution)
 * and the relation rules in extract (the objects of these verbs are the paper's own artefacts).
 */
public final class ContributionWords {

    /** Verbs by which authors present their own artefact. */
    private static final Pattern PRESENTING = Pattern.compile(
            "introduc(e|es|ed|ing)|present(s|ed|ing)?|propos(e|es|ed|ing)|releas(e|es|ed|ing)"
                    + "|unveil(s|ed|ing)?|launch(es|ed|ing)?|open-?sourc(e|es|ed|ing)|contribut(e|es|ed|ing)");

    /** Verbs by which authors make something (a known model may be their object too: "we trained a GPT-2 model"). */
    private static final Pattern MAKING = Pattern.compile(
            "buil(d|ds|ding|t)|develop(s|ed|ing)?|(pre-?)?train(s|ed|ing)?|creat(e|es|ed|ing)|construct(s|ed|ing)?"
                    + "|curat(e|es|ed|ing)|collect(s|ed|ing)?|document(s|ed|ing)?|compil(e|es|ed|ing)|produc(e|es|ed|ing)");

    private ContributionWords() {}

    /** Whether the lower-case word {@code w} is a verb of presenting: "introduce", "presents", "released". */
    public static boolean isPresenting(String w) {
        return PRESENTING.matcher(w).matches();
    }

    /** Whether the lower-case word {@code w} is a verb of making: "build", "trained", "curates". */
    public static boolean isMaking(String w) {
        return MAKING.matcher(w).matches();
    }
}
