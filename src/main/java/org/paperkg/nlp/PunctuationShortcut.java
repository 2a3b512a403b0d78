package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenization with a shortcut for the commonest shapes of text between spaces: a word of letters and
 * digits with opening brackets before it and closing punctuation after it ({@code (BERT}, {@code
 * models,} {@code results);}). Those are split at the punctuation without asking the model, which
 * would evaluate every character position of them and split there anyway; everything else (a full
 * stop, which may end an abbreviation, hyphens, apostrophes, dots inside words) goes to OpenNLP's
 * tokenizer as before. OpenNLP tokenizes each space-separated piece on its own, so handing it the
 * pieces one by one gives the tokens it would give for the whole sentence.
 */
final class PunctuationShortcut {
    private final Tokenizer model;

    PunctuationShortcut(Tokenizer model) {
        this.model = model;
    }

    Span[] tokenizePos(String s) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= n) break;
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end))) end++;
            if (!split(s, i, end, out)) {
                for (Span t : model.tokenizePos(s.substring(i, end))) {
                    out.add(new Span(t.getStart() + i, t.getEnd() + i));
                }
            }
            i = end;
        }
        return out.toArray(new Span[0]);
    }

    /** Splits {@code s[from, to)} if it is brackets, an ASCII word, then closing punctuation; false otherwise. */
    private static boolean split(String s, int from, int to, List<Span> out) {
        int wordFrom = from;
        while (wordFrom < to && isOpening(s.charAt(wordFrom))) wordFrom++;
        int wordTo = wordFrom;
        while (wordTo < to && isAsciiLetterOrDigit(s.charAt(wordTo))) wordTo++;
        int closingTo = wordTo;
        while (closingTo < to && isClosing(s.charAt(closingTo))) closingTo++;
        // a plain word is left to the model's own shortcut; one character alone is a token anyway
        if (closingTo != to || wordTo == wordFrom || (wordFrom == from && wordTo == to)) {
            return false;
        }
        for (int k = from; k < wordFrom; k++) out.add(new Span(k, k + 1));
        out.add(new Span(wordFrom, wordTo));
        for (int k = wordTo; k < to; k++) out.add(new Span(k, k + 1));
        return true;
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[';
    }

    private static boolean isClosing(char c) {
        return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '?' || c == '!';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
