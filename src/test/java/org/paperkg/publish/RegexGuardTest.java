package org.paperkg.publish;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"^(a+)+$", "(.*a){25}", "^(\\w+\\s?)*$", "((ab)*c)+", "(a{2,})*", "(?:x+y)+", "((a|b)+)*"})
    void nestedRepetitionIsRefused(String pattern) {
        assertNotNull(RegexGuard.checkPattern(pattern), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama", "^GPT-[0-9]+$", "(foo|bar)+", "(a+)?", "[(+)]*x+", "\\(a+\\)+", "(ab){3}", "(a+){1}", "^[a-z]+(-[a-z]+)?$",
            "(\\d+)\\.(\\d+)", "x{2}y*", "[+*]+(a)+"})
    void ordinaryPatternsPass(String pattern) {
        assertNull(RegexGuard.checkPattern(pattern), pattern);
    }
}
