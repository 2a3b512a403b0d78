package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Joins tokens that the general-English tokenizer splits inside ML names and numbers: "Qwen2.5",
 * "-", "Coder-32B" is one name, "7.7" "x" one factor. Pieces are joined only when no white space
 * separates them and the result still has the shape of a name or number.
 */
final class TokenRepair {
    private static final Pattern NAME_LIKE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-_/+×]*[\\p{L}\\p{N}+]|[\\p{L}\\p{N}]");
    private static final int MAX_TOKEN = 80;

    private TokenRepair() {}

    static Span[] mergeNameParts(String s, Span[] raw) {
        Span[] tokens = splitCitationBrackets(s, splitCurlyQuotes(s, splitEmDashes(s, splitPossessives(s, splitFinalPeriod(s, raw)))));
        if (tokens.length < 2) {
            return splitGluedUnits(s, splitMissingSpace(s, splitJoinedNames(s, splitModifierSuffixes(s, tokens))));
        }
        List<Span> out = new ArrayList<>(tokens.length);
        // Pieces with no space between them form a group; a group whose core (without its outer
        // brackets and closing punctuation) has the shape of a name is one token: "Llama2" "-13B-"
        // "Chat" and "MiniMax" "-" "Text-" "01" are split by the tokenizer where no pairwise join helps.
        int g = 0;
        while (g < tokens.length) {
            int h = g + 1;
            while (h < tokens.length && tokens[h].getStart() == tokens[h - 1].getEnd()
                    && !doubleHyphen(s, tokens[h - 1], tokens[h]) && !isEmDash(s, tokens[h]) && !isEmDash(s, tokens[h - 1])) {
                h++;
            }
            if (h - g == 1) {
                out.add(tokens[g]);
            } else {
                mergeGroup(s, tokens, g, h, out);
            }
            g = h;
        }
        return splitGluedUnits(s, splitMissingSpace(s, splitJoinedNames(s, splitModifierSuffixes(s, out.toArray(new Span[0])))));
    }

    /** A number with a scale glued to its unit word: "500Mparameters", "1.5Btokens" (a lost space). */
    private static final Pattern GLUED_UNIT = Pattern.compile(
            "\\d+(?:\\.\\d+)?[KMBT](parameters|params|tokens)", Pattern.CASE_INSENSITIVE);

    /**
     * "a model with 500Mparameters": the number and the unit are two words, so the number is a quantity
     * and the glued word no model's name.
     */
    private static Span[] splitGluedUnits(String s, Span[] tokens) {
        List<Span> out = null;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            java.util.regex.Matcher m = GLUED_UNIT.matcher(s.substring(t.getStart(), t.getEnd()));
            if (m.matches() && out == null) {
                out = new ArrayList<>(java.util.Arrays.asList(tokens).subList(0, i));
            }
            if (m.matches()) {
                int unit = t.getStart() + m.start(1);
                out.add(new Span(t.getStart(), unit));
                out.add(new Span(unit, t.getEnd()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out.toArray(new Span[0]);
    }

    /**
     * "“Subasa-Mistral”," comes out of the tokenizer as "“", "Subasa", "-Mistral”", ",": a curly quote at either
     * end of a word is punctuation, never part of a name, so it is cut off before the pieces of names are joined.
     */
    private static Span[] splitCurlyQuotes(String s, Span[] tokens) {
        return splitAtMarks(tokens, t -> {
            if (t.length() < 2) {
                return List.of();
            }
            List<Integer> at = new ArrayList<>(2);
            if ("“‘".indexOf(s.charAt(t.getStart())) >= 0) {
                at.add(t.getStart());
            }
            if ("”’".indexOf(s.charAt(t.getEnd() - 1)) >= 0) {
                at.add(t.getEnd() - 1);
            }
            return at;
        });
    }

    /**
     * "the CrisisHateMM[4] dataset", "GPT-2[3]": the tokenizer leaves a citation's opening bracket on the word
     * before it ("CrisisHateMM[", "2["), so the name would run on into the reference number. A square bracket
     * glued to the end of a word, or opening a number inside it, is punctuation, never part of a name.
     */
    private static Span[] splitCitationBrackets(String s, Span[] tokens) {
        return splitAtMarks(tokens, t -> {
            for (int i = t.getStart() + 1; i < t.getEnd(); i++) {
                if (s.charAt(i) == '[' && Character.isLetterOrDigit(s.charAt(i - 1))
                        && (i + 1 == t.getEnd() || Character.isDigit(s.charAt(i + 1)))) {
                    return List.of(i);
                }
            }
            return List.of();
        });
    }

    private static boolean isEmDash(String s, Span t) {
        return t.length() == 1 && s.charAt(t.getStart()) == '\u2014';
    }

    /**
     * "models—GPT-3.5, GPT-4", "Zephyr-7B-Alpha—were": an em dash is punctuation between words, never
     * part of a name, though the tokenizer leaves it inside a word when no space surrounds it; split before the
     * pieces of names are joined, and never joined again. (An en dash stays: "Czech–English", "14M–6.9B".)
     */
    private static Span[] splitEmDashes(String s, Span[] tokens) {
        return splitAtMarks(tokens, t -> {
            List<Integer> at = new ArrayList<>();
            for (int i = t.getStart(); i < t.getEnd() && t.length() > 1; i++) {
                if (s.charAt(i) == '\u2014') {
                    at.add(i);
                }
            }
            return at;
        });
    }

    /**
     * A mark with no space before the next word, which is capitalised and ends the token: a full stop or a question
     * mark between two sentences ("negation.We show", "PubMedBERT.The results", "understanding?We present"), or the colon that ends a shared task's name
     * in a system paper's title ("GGNN@Causal News Corpus 2022:Gated Graph ...", "Task 2:Improving"; "2022:Gated"
     * is no name).
     */
    private static final Pattern GLUED_MARK = Pattern.compile(
            "(?:(?<=\\p{L}{2})[.?]|(?<=[\\p{L}\\p{N}]):)(?=\\p{Lu}\\p{Ll}+$)");

    /**
     * A full stop glued to a name that opens the next sentence: "... to communicate.YOLOv11 and ChatGPT 4o
     * are used". The word before is lower case, so the token is no dotted name ("ASP.NET", "Node.JS").
     */
    private static final Pattern GLUED_BEFORE_NAME = Pattern.compile("^\\p{Ll}{3,}(\\.)\\p{Lu}[\\p{L}\\p{N}-]*$");

    /**
     * A comma with no space after it, between two words: "we introduce SwordsmanImp,the first Chinese dataset",
     * "Other models,including GPT3.5". The tokenizer keeps such a token whole, which hides the name in it.
     * Between digits ("1,000", "2,3-dimethyl") a comma is no list mark and stays.
     */
    private static final Pattern GLUED_COMMA = Pattern.compile("(?<=\\p{L}{2}),(?=\\p{L}{2})");

    private static Span[] splitMissingSpace(String s, Span[] tokens) {
        return splitAtMarks(tokens, t -> {
            if (inLink(s, t.getStart())) {
                return List.of();
            }
            String token = s.substring(t.getStart(), t.getEnd());
            java.util.regex.Matcher m = GLUED_MARK.matcher(token);
            if (m.find()) {
                return List.of(t.getStart() + m.start());
            }
            java.util.regex.Matcher n = GLUED_BEFORE_NAME.matcher(token);
            if (n.matches()) {
                return List.of(t.getStart() + n.start(1));
            }
            List<Integer> marks = new ArrayList<>(1);
            java.util.regex.Matcher c = GLUED_COMMA.matcher(token);
            while (c.find()) {
                marks.add(t.getStart() + c.start());
            }
            // the tokenizer may also split at such a comma but keep it with one of the words: "SwordsmanImp,"
            // then "the", or "models" then ",including"
            int last = token.length() - 1;
            if (last > 1 && token.charAt(last) == ',' && Character.isLetter(token.charAt(last - 1))
                    && t.getEnd() < s.length() && Character.isLetter(s.charAt(t.getEnd()))) {
                marks.add(t.getEnd() - 1);
            }
            if (last > 1 && (token.charAt(0) == ',' && Character.isLetter(token.charAt(1))
                    || token.charAt(0) == '?' && Character.isUpperCase(token.charAt(1)))
                    && t.getStart() > 0 && Character.isLetter(s.charAt(t.getStart() - 1))) {
                // ",including", and "?We" in "similar understanding?We present VisArgs"
                marks.add(t.getStart());
            }
            marks.sort(null);
            return marks;
        });
    }

    /**
     * The tokens with each one cut at the one-character marks {@code marks} finds in it (a joining plus,
     * list slashes, a glued full stop), each mark a token of its own; the same array when none has any.
     */
    private static Span[] splitAtMarks(Span[] tokens, java.util.function.Function<Span, List<Integer>> marks) {
        List<Span> out = null;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            List<Integer> at = marks.apply(t);
            if (!at.isEmpty() && out == null) {
                out = new ArrayList<>(java.util.Arrays.asList(tokens).subList(0, i));
            }
            if (!at.isEmpty()) {
                int from = t.getStart();
                for (int mark : at) {
                    if (mark > from) {
                        out.add(new Span(from, mark));
                    }
                    out.add(new Span(mark, mark + 1));
                    from = mark + 1;
                }
                if (t.getEnd() > from) {
                    out.add(new Span(from, t.getEnd()));
                }
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out.toArray(new Span[0]);
    }

    /**
     * "... including mBERT, T5, XLM-R.": the tokenizer keeps a sentence's final period on a last word
     * that looks like an initial ("R."), so the name cannot be rejoined. A final token with one period,
     * at its end, is the word and the period; "e.g." and "U.S." keep theirs.
     */
    private static Span[] splitFinalPeriod(String s, Span[] tokens) {
        if (tokens.length == 0) {
            return tokens;
        }
        Span last = tokens[tokens.length - 1];
        int dot = last.getEnd() - 1;
        if (dot - last.getStart() < 1 || s.charAt(dot) != '.' || !Character.isLetterOrDigit(s.charAt(dot - 1))
                || s.substring(last.getStart(), dot).indexOf('.') >= 0) {
            return tokens;
        }
        Span[] out = java.util.Arrays.copyOf(tokens, tokens.length + 1);
        out[tokens.length - 1] = new Span(last.getStart(), dot);
        out[tokens.length] = new Span(dot, dot + 1);
        return out;
    }

    /**
     * "THOR+Flan-T5", "BERT+CRF": two names joined by a plus sign are two names and the sign. A plus at a
     * name's end ("HumanEval+", "chrF++") belongs to it. "GPT-3.5/ChatGPT/GPT-4": names joined by
     * slashes are a list of names; "Llama-2-7B/13B" and "GPT-3.5/4" (a size or version after the slash)
     * stay one token.
     */
    private static Span[] splitJoinedNames(String s, Span[] tokens) {
        return splitAtMarks(tokens, t -> joints(s, t));
    }

    /** Where a token splits into joined names: its joining plus, or the slashes of a list of names. */
    private static List<Integer> joints(String s, Span t) {
        int plus = joiningPlus(s, t);
        if (plus >= 0) {
            return List.of(plus);
        }
        if (inLink(s, t.getStart()) || afterNumber(s, t.getStart())) {
            // "huggingface.co/LumiOpen/Poro-34B" is a repository path, "40 TFlops/GPU" a unit: no list
            return List.of();
        }
        List<Integer> slashes = new ArrayList<>();
        int from = t.getStart();
        for (int k = t.getStart(); k <= t.getEnd(); k++) {
            if (k == t.getEnd() || s.charAt(k) == '/') {
                if (!capitalisedName(s, from, k)) {
                    return List.of();
                }
                if (k < t.getEnd()) {
                    slashes.add(k);
                }
                from = k + 1;
            }
        }
        return slashes;
    }

    private static boolean afterNumber(String s, int start) {
        int k = start;
        while (k > 0 && Character.isWhitespace(s.charAt(k - 1)) && start - k < 2) {
            k--;
        }
        return k < start && k > 0 && Character.isDigit(s.charAt(k - 1));
    }

    /** Whether the token at {@code start} continues a link: a slash before it, or "://" or "www." earlier in its word. */
    private static boolean inLink(String s, int start) {
        int k = start;
        while (k > 0 && s.charAt(k - 1) == ' ' && start - k < 1) {
            k--;
        }
        if (k > 0 && s.charAt(k - 1) == '/') {
            return true;
        }
        // a link the page broke with a space ("https://github.com/PKU- DAIR/Hetu") is still a link
        String before = s.substring(Math.max(0, start - 40), start);
        int link = Math.max(before.lastIndexOf("://"), before.lastIndexOf("www."));
        return link >= 0 && before.indexOf(". ", link) < 0 && before.substring(link).chars().filter(c -> c == ' ').count() <= 1;
    }

    /** A word of three or more name characters that opens with a capital: "ChatGPT", "GPT-4", not "13B" or "or". */
    private static boolean capitalisedName(String s, int from, int to) {
        return to - from >= 3 && Character.isUpperCase(s.charAt(from)) && wordWithLetter(s, from, to);
    }

    /** The offset of a single plus sign with a word of two or more characters, one a letter, on each side; or -1. */
    private static int joiningPlus(String s, Span t) {
        int plus = s.indexOf('+', t.getStart());
        if (plus < 0 || plus >= t.getEnd() || s.indexOf('+', plus + 1) >= 0 && s.indexOf('+', plus + 1) < t.getEnd()) {
            return -1;
        }
        return wordWithLetter(s, t.getStart(), plus) && wordWithLetter(s, plus + 1, t.getEnd()) ? plus : -1;
    }

    private static boolean wordWithLetter(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        boolean letter = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '_') return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** "BLOOM--the": a double hyphen is a dash between words, never inside a name. */
    private static boolean doubleHyphen(String s, Span left, Span right) {
        return s.charAt(left.getEnd() - 1) == '-' && s.charAt(right.getStart()) == '-';
    }

    private static void mergeGroup(String s, Span[] tokens, int from, int to, List<Span> out) {
        int a = from;
        while (a < to && isOuterPunctuation(s, tokens[a])) {
            a++;
        }
        int b = to;
        while (b > a && (isOuterPunctuation(s, tokens[b - 1]) || isPossessive(s, tokens[b - 1]))) {
            b--;
        }
        if (b - a >= 2 && tokens[b - 1].getEnd() - tokens[a].getStart() <= MAX_TOKEN
                && NAME_LIKE.matcher(s.substring(tokens[a].getStart(), tokens[b - 1].getEnd())).matches()) {
            for (int k = from; k < a; k++) {
                out.add(tokens[k]);
            }
            out.add(new Span(tokens[a].getStart(), tokens[b - 1].getEnd()));
            for (int k = b; k < to; k++) {
                out.add(tokens[k]);
            }
            return;
        }
        joinPairwise(s, tokens, from, to, out);
    }

    /** A token of brackets, quotes and closing punctuation only ("(", "),", "."). */
    private static boolean isOuterPunctuation(String s, Span t) {
        for (int k = t.getStart(); k < t.getEnd(); k++) {
            if ("()[]{}\"'“”‘’,.;:!?".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessive(String s, Span t) {
        return t.getEnd() - t.getStart() == 2 && s.charAt(t.getEnd() - 1) == 's'
                && (s.charAt(t.getStart()) == '\'' || s.charAt(t.getStart()) == '’');
    }

    /** The earlier join, piece by piece, for a group whose whole core is not name-shaped (URLs, "and/or"). */
    private static void joinPairwise(String s, Span[] tokens, int from, int to, List<Span> out) {
        Span current = tokens[from];
        for (int i = from + 1; i < to; i++) {
            Span next = tokens[i];
            // "Qwen2.5" "-" "Coder-32B": a lone joiner between two adjacent pieces joins all three.
            if (i + 1 < to && next.length() == 1 && "-./_".indexOf(s.charAt(next.getStart())) >= 0
                    && current.getEnd() == next.getStart() && next.getEnd() == tokens[i + 1].getStart()
                    && tokens[i + 1].getEnd() - current.getStart() <= MAX_TOKEN
                    && NAME_LIKE.matcher(s.substring(current.getStart(), tokens[i + 1].getEnd())).matches()) {
                current = new Span(current.getStart(), tokens[i + 1].getEnd());
                i++;
                continue;
            }
            if (current.getEnd() == next.getStart() && next.getEnd() - current.getStart() <= MAX_TOKEN
                    && NAME_LIKE.matcher(s.substring(current.getStart(), next.getEnd())).matches()
                    && joinable(s, current, next)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
    }

    /**
     * Words that turn a name into a modifier: "GPT-4-level", "Llama-2-based", "R1-style", "o1-like". */
    private static final java.util.Set<String> MODIFIERS = java.util.Set.of("based", "level", "like", "style",
            "series", "class", "scale", "sized", "size", "grade", "type", "tuned", "trained", "finetuned",
            "distilled", "generated", "powered", "driven", "guided", "augmented", "aligned", "derived",
            "specific", "centric", "equivalent", "comparable", "inspired", "compatible", "only", "initialized");

    /**
     * "GPT-4-level", "Llama-2-based": a versioned name (one with a digit) joined by a hyphen to a
     * modifier word is the name, a hyphen and the word, so the name can be found as itself. A name
     * without a digit stays whole: "GPT-style", "BERT-like" describe a kind of model, not a model.
     */
    private static Span[] splitModifierSuffixes(String s, Span[] tokens) {
        List<Span> out = null;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            int hyphen = t.getEnd() - 2;
            while (hyphen > t.getStart() && s.charAt(hyphen) != '-') {
                hyphen--;
            }
            Span[] parts = null;
            if (hyphen > t.getStart() && MODIFIERS.contains(s.substring(hyphen + 1, t.getEnd()).toLowerCase(java.util.Locale.ROOT))
                    && hasLetterAndDigit(s, t.getStart(), hyphen)) {
                parts = new Span[] {new Span(t.getStart(), hyphen), new Span(hyphen, hyphen + 1), new Span(hyphen + 1, t.getEnd())};
            }
            if (parts != null && out == null) {
                out = new ArrayList<>(tokens.length + 2);
                for (int k = 0; k < i; k++) {
                    out.add(tokens[k]);
                }
            }
            if (parts != null) {
                out.addAll(List.of(parts));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out.toArray(new Span[0]);
    }

    private static boolean hasLetterAndDigit(String s, int from, int to) {
        boolean letter = false;
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit && Character.isLetterOrDigit(s.charAt(to - 1));
    }

    /**
     * "OpenAI's" is the name "OpenAI" and the possessive "'s": names must not carry it. "model--our":
     * a double hyphen is a dash between two words.
     */
    private static Span[] splitPossessives(String s, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 4);
        for (Span t : tokens) {
            int len = t.getEnd() - t.getStart();
            int dash = t.getStart() + 1;
            while (dash + 2 < t.getEnd() && !(s.charAt(dash) == '-' && s.charAt(dash + 1) == '-')) {
                dash++;
            }
            if (dash + 2 < t.getEnd()) {
                out.add(new Span(t.getStart(), dash));
                out.add(new Span(dash, dash + 2));
                out.add(new Span(dash + 2, t.getEnd()));
            } else if (len > 2 && s.charAt(t.getEnd() - 1) == 's'
                    && (s.charAt(t.getEnd() - 2) == '\'' || s.charAt(t.getEnd() - 2) == '\u2019')) {
                out.add(new Span(t.getStart(), t.getEnd() - 2));
                out.add(new Span(t.getEnd() - 2, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** A hyphen or dot at a token's edge joins only when a name continues on its other side. */
    private static boolean joinable(String s, Span left, Span right) {
        char last = s.charAt(left.getEnd() - 1);
        char first = s.charAt(right.getStart());
        if (last == '.' && right.getEnd() == s.length()) {
            return false;
        }
        return Character.isLetterOrDigit(last) || Character.isLetterOrDigit(first) || last == '-' || first == '-'
                || last == '.' || first == '.';
    }
}
