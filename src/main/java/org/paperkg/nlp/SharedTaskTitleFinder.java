package org.paperkg.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * The shared task a system paper's title names: "CDHF at SemEval-2025 Task 9: ...", "TLab at #SMM4H
 * 2024: ...", "CUET_Binary_Hackers@DravidianLangTech EACL2024: ...". There the task is the paper's venue:
 * {@link NonNameFilter} keeps no name inside it, the event itself included (annotators list it as a dataset
 * far less often than they leave it out), and drops the workshop the abstract names with the event's year.
 * A pattern finder, because the title's shape says it and the words inside are names no model has seen.
 * About one ACL Anthology title in sixteen has this shape.
 *
 * <p>The event must look like one: a year ("2024", "EACL2024", "GEM'24"), a numbered task ("Task 9"), or
 * a last word "Task" or "Challenge". So "A Look at Transformers: ..." names nothing. The team before "at"
 * is no dataset; whether it is an organisation, annotators disagree, so {@link OrganizationShapeFinder} takes it
 * only when it has an organisation's shape ({@link #teamEnd}).
 */
public final class SharedTaskTitleFinder implements MentionFinder {

    /** The finder's name on its mentions, by which {@link NonNameFilter} knows the title's event. */
    public static final String NAME = "shared-task-title";

    /** Up to four words of team name, "at" or "@", the event up to the colon (or the title's end). */
    private static final Pattern TITLE = Pattern.compile("^(\\S+(?: \\S+){0,5}?)\\s*(?: at |@)\\s*(?:[Tt]he )?([^:]{2,70}?)\\s*(?::|$)");

    private static final Pattern EVENT = Pattern.compile(
            "(?i).*(?:(?:19|20)\\d\\d|['’]\\d\\d\\b|\\btask\\s*\\d+).*|.*\\b(?:task|challenge)");

    /**
     * Where a title without a colon goes on after the event ("NITK NLP at FinCausal-2020 Task 1 Using BERT
     * and Linear models"), and a comma before the subtasks ("UPB at FinCausal-2020, Tasks 1 & 2: ...").
     */
    private static final Pattern EVENT_STOP = Pattern.compile(
            "\\s*,|\\s+[-–—]\\s|\\s+(?i:using|with|for|via|by|through|towards?|from|based|on)\\b");

    /** Trailing words in lower case describe the event ("NADI 2024 shared task"); the name ends before them. */
    private static final Pattern LOWER_TAIL = Pattern.compile("(?:\\s+\\p{Ll}+)+$");

    @Override
    public List<Mention> find(AnalyzedText text) {
        if (text.sentences().isEmpty()) {
            return List.of();
        }
        Sentence title = text.sentences().get(0);
        String words = text.covered(title.start(), title.end());
        Parts parts = parts(words);
        if (parts == null) {
            return List.of();
        }
        int start = title.start() + parts.eventStart();
        int end = title.start() + parts.eventEnd();
        if (words.charAt(parts.eventStart()) == '#' && onTokens(title, start + 1, end)) {
            start++; // "#SMM4H 2024": the hashtag sign is no part of the name, when the tokenizer splits it off
        }
        return onTokens(title, start, end) ? List.of(new Mention(start, end, MentionType.DATASET, 0.9, name())) : List.of();
    }

    /**
     * Where the team of a system paper's title ends (an offset in the text: "Saama AI Research" in "Saama AI
     * Research at SemEval-2023 Task 7: ..."), or -1 when the title is no system paper's.
     */
    static int teamEnd(AnalyzedText text) {
        if (text.sentences().isEmpty()) {
            return -1;
        }
        Sentence title = text.sentences().get(0);
        Parts parts = parts(text.covered(title.start(), title.end()));
        return parts == null ? -1 : title.start() + parts.teamEnd();
    }

    /** A system paper's title in parts, as offsets into it: where the team ends, where the event starts and ends. */
    private record Parts(int teamEnd, int eventStart, int eventEnd) {}

    /** The parts of a system paper's title, or null when the title has not that shape or its event is no event. */
    private static Parts parts(String words) {
        Matcher m = TITLE.matcher(words);
        if (!m.find()) {
            return null;
        }
        String event = m.group(2);
        Matcher stop = EVENT_STOP.matcher(event);
        if (stop.find()) {
            event = event.substring(0, stop.start());
        }
        event = event.replaceAll("[.\\s]+$", "");
        Matcher tail = LOWER_TAIL.matcher(event);
        if (tail.find()) {
            event = event.substring(0, tail.start());
        }
        if (event.isEmpty() || !EVENT.matcher(event).matches() || !Character.isLetterOrDigit(lastChar(event))) {
            return null;
        }
        String[] team = m.group(1).split(" ");
        if (team.length > 4 && CommonWords.isCommon(team[0])) {
            // "Rutgers Multimedia Image Processing Lab at SemEval-2023" is a long team's name; "Why Large Language
            // Models Still Fail at WMT 2024" is a sentence, and opens with an ordinary word
            return null;
        }
        return new Parts(m.end(1), m.start(2), m.start(2) + event.length());
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }

    /** Whether the span starts and ends where tokens do, so that the relation rules can find its words. */
    private static boolean onTokens(Sentence title, int start, int end) {
        boolean starts = false;
        boolean ends = false;
        for (Span t : title.tokens()) {
            starts |= t.getStart() == start;
            ends |= t.getEnd() == end;
        }
        return starts && ends;
    }

    @Override
    public String name() {
        return NAME;
    }
}
