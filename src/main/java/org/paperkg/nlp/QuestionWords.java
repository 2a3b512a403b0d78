package org.paperkg.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Words a question opens with: "Can LLMs ...?", "How Well Can GPT Tackle ...", "What GPT-4 Knows about ...".
 * A title (or the part of it after its colon) that asks a question studies what it names rather than
 * presenting it; the name rules here (a question after "X:" defines nothing) and the introduction rules in
 * extract (a name in a question is not the paper's artefact) share this one list.
 */
public final class QuestionWords {

    private QuestionWords() {}

    private static final Set<String> OPENERS = Set.of("are", "is", "can", "could", "do", "does", "did", "how",
            "what", "why", "when", "where", "which", "who", "should", "will", "would");

    /** Whether {@code word} (any case) can open a question. */
    public static boolean opensQuestion(String word) {
        return OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
