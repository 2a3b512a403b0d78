package org.paperkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words that start sentences or title-case phrases without being names ("We",
 * "However", "Language"). A capitalised common word begins a candidate name only together with a
 * word that is name-shaped. The list is general English, not a list of ML names.
 */
final class CommonWords {
    private static final Set<String> WORDS = load();

    private CommonWords() {}

    static boolean isCommon(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A common word written in lower case ("the", "training"): never the start of a name. */
    static boolean isCommonLowerCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 'a' || c > 'z') return false;
        }
        return !word.isEmpty() && WORDS.contains(word);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CommonWords.class.getResourceAsStream("common-words.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("common-words.txt is missing from the class path", e));
        }
        return words;
    }
}
