package org.paperkg.publish;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Refuses regular expressions that can run for ever. A query timeout cannot stop a regex: Java evaluates
 * one match without looking at the clock, so one {@code REGEX("aaaa…!", "(.*a){25}")} keeps a server thread
 * busy long after the timeout, and a few dozen of them stop the server. So the patterns of {@code REGEX},
 * {@code REPLACE} and {@code fn:matches / fn:replace / fn:tokenize} must be constants, at most
 * {@value #MAX_PATTERN} characters, without a repeated group that itself repeats ({@code (a+)+},
 * {@code (.*a){25}}, {@code (\w+\s?)*}): the shapes that make backtracking explode.
 */
final class RegexGuard {
    static final int MAX_PATTERN = 500;
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private RegexGuard() {}

    /** Why the query is refused, or null when its patterns are safe. */
    static String check(Query query) {
        Op op = Algebra.compile(query);
        String[] refusal = new String[1];
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN f) {
                if (refusal[0] != null || !isRegexFunction(f) || f.numArgs() < 2) return;
                Expr pattern = f.getArg(2);
                if (!pattern.isConstant() || !pattern.getConstant().isString()) {
                    refusal[0] = "a regular expression pattern must be a constant string here";
                } else {
                    refusal[0] = checkPattern(pattern.getConstant().getString());
                }
            }
        });
        return refusal[0];
    }

    private static boolean isRegexFunction(ExprFunctionN f) {
        if (f instanceof E_Regex || f instanceof E_StrReplace) return true;
        if (f instanceof E_Function fn) {
            String iri = fn.getFunctionIRI();
            return iri.equals(FN + "matches") || iri.equals(FN + "replace") || iri.equals(FN + "tokenize");
        }
        return false;
    }

    /** Why the pattern is refused, or null. */
    static String checkPattern(String pattern) {
        if (pattern.length() > MAX_PATTERN) {
            return "regular expression longer than " + MAX_PATTERN + " characters";
        }
        // depth-indexed: does the group open at this depth contain a repetition?
        boolean[] repeats = new boolean[pattern.length() + 2];
        int depth = 0;
        boolean lastWasGroupWithRepetition = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean groupJustClosed = false;
            switch (c) {
                case '\\' -> i++;
                case '[' -> i = endOfClass(pattern, i);
                case '(' -> repeats[++depth] = false;
                case ')' -> {
                    if (depth > 0) {
                        lastWasGroupWithRepetition = repeats[depth];
                        depth--;
                        if (lastWasGroupWithRepetition) repeats[depth] = true;
                        groupJustClosed = true;
                    }
                }
                case '*', '+', '{' -> {
                    int max = c == '{' ? maxOfBounds(pattern, i) : Integer.MAX_VALUE;
                    if (max > 1) {
                        if (i > 0 && pattern.charAt(i - 1) == ')' && lastWasGroupWithRepetition) {
                            // ASCII only, and without echoing the pattern: Fuseki sends error messages with a
                            // content length counted in characters
                            return "regular expression with a repeated group that itself repeats inside"
                                    + " (like (a+)+ or (.*a){25}): it can run for ever";
                        }
                        repeats[depth] = true;
                    }
                }
                default -> { }
            }
            if (!groupJustClosed && c != '*' && c != '+' && c != '{' && c != '?' && c != '}') {
                lastWasGroupWithRepetition = false;
            }
        }
        return null;
    }

    private static int endOfClass(String p, int open) {
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') i++;
        if (i < p.length() && p.charAt(i) == ']') i++;
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = endOfClass(p, i);
            else if (c == ']') return i;
        }
        return p.length();
    }

    /** The upper bound of {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code i}; unbounded is MAX_VALUE. */
    private static int maxOfBounds(String p, int i) {
        int close = p.indexOf('}', i);
        if (close < 0) return 1;   // a literal brace
        String[] parts = p.substring(i + 1, close).split(",", -1);
        try {
            if (parts.length == 1) return Integer.parseInt(parts[0].strip());
            return parts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
