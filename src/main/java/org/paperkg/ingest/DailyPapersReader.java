package org.paperkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads "Daily Papers" listing page dumps. Two layouts occur and one state machine reads both:
 * blocks separated by blank lines (title, abstract, then optional organisation line, author count,
 * a {@code ·} line and a date line), and title and abstract on alternating lines with nothing between
 * papers. A title is told from an abstract by its shape (short, one sentence), not by position alone,
 * because a dump may lack an abstract line.
 */
public final class DailyPapersReader implements PaperReader {

    private static final Set<String> FURNITURE = Set.of(
            "new", "subscribe", "daily papers", "byak and the research community",
            "get trending papers in your email inbox!", "get trending papers in your email inbox once a day!");
    private static final Pattern GLUED_SUBSCRIBE = Pattern.compile("^Subscribe(?=[\\p{Lu}\\p{N}])");
    private static final Pattern DATE = Pattern.compile(
            "^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2})(?:, (\\d{4}))?(?: (\\d{1,7}))?$");
    private static final Pattern AUTHORS = Pattern.compile("^•\\s*(\\d{1,6}) authors?$");
    private static final String SEPARATOR = "·";
    static final int MAX_TITLE = 1_000;
    /** Real abstracts stay under 2,000 characters (arXiv's limit is 1,920); ten times that is not an abstract, and
     *  extraction time grows with length, so a longer one is skipped rather than slowing the whole run. */
    static final int MAX_ABSTRACT = 20_000;

    @Override
    public Stream<Paper> read(InputFile input, InputProblems problems) throws IOException {
        List<String> lines = new ArrayList<>();
        String breaksOff = null;
        try (BufferedReader r = input.openText()) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // a truncated gzip or a read error: keep the papers before the break, report the break
            breaksOff = InputFile.breaksOff(e);
        }
        List<Paper> papers = parse(lines, input.name(), problems);
        if (breaksOff != null) {
            problems.countRead();
            problems.skip(input.name(), lines.size() + 1, "unreadable", breaksOff);
        }
        return papers.stream();
    }

    /** Parses the lines of one page; package-visible for tests on tiny fixtures. */
    List<Paper> parse(List<String> rawLines, String file, InputProblems problems) {
        List<String> lines = new ArrayList<>(rawLines.size());
        for (String raw : rawLines) {
            lines.add(GLUED_SUBSCRIBE.matcher(TextCleaner.clean(raw)).replaceFirst(""));
        }
        List<Paper> papers = new ArrayList<>();
        Builder pending = null;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            int lineNo = i + 1;
            if (t.isEmpty() || FURNITURE.contains(t.toLowerCase()) || t.equals(SEPARATOR)) {
                continue;
            }
            boolean hasAbstract = pending != null && pending.abstractText != null;
            Matcher authors = AUTHORS.matcher(t);
            if (authors.matches()) {
                if (hasAbstract) {
                    pending.authorCount = Integer.valueOf(authors.group(1));
                }
                continue;
            }
            Matcher date = DATE.matcher(t);
            if (date.matches()) {
                // A date right after a paper's block is its date; anywhere else it is a page heading.
                if (hasAbstract && pending.date == null) {
                    pending.setDate(date, t, file, lineNo, problems);
                }
                continue;
            }
            if (hasAbstract && pending.organization == null && pending.date == null && isOrganisationLine(t, lines, i)) {
                pending.organization = Paper.Organization.parse(t);
                continue;
            }
            if (pending != null && pending.abstractText == null && !looksLikeAbstract(t) && isOrganisationLine(t, lines, i)) {
                // the metadata of a paper whose abstract line is missing, not the next title: the paper
                // is reported once, when its block ends
                continue;
            }
            if (pending != null && pending.abstractText == null && looksLikeAbstract(t)) {
                pending.abstractText = t;
                continue;
            }
            finish(pending, file, problems, papers);
            pending = null;
            if (looksLikeAbstract(t) && t.length() > 400) {
                problems.countRead();
                problems.skip(file, lineNo, "abstract without title", preview(t));
                continue;
            }
            pending = new Builder(t, lineNo);
        }
        finish(pending, file, problems, papers);
        return papers;
    }

    private static void finish(Builder b, String file, InputProblems problems, List<Paper> out) {
        if (b == null) {
            return;
        }
        problems.countRead();
        if (b.abstractText == null) {
            problems.skip(file, b.line, "title without abstract", preview(b.title));
        } else if (b.title.length() > MAX_TITLE) {
            problems.skip(file, b.line, "title too long", b.title.length() + " characters");
        } else if (b.abstractText.length() > MAX_ABSTRACT) {
            problems.skip(file, b.line + 1, "abstract too long", b.abstractText.length() + " characters");
        } else {
            problems.countKept();
            out.add(new Paper(null, b.title, b.abstractText, b.organization, b.authorCount, List.of(),
                    b.date, b.upvotes, null, null, List.of(file)));
        }
    }

    /** An abstract is prose: long, or at least several words ending like a sentence. */
    static boolean looksLikeAbstract(String t) {
        if (t.length() >= 250) {
            return true;
        }
        return t.length() >= 120 && (t.endsWith(".") || t.contains(". ")) && t.split(" ").length >= 15;
    }

    /**
     * An organisation line ({@code nvidia NVIDIA}) is short and is followed by the {@code ·} line or an
     * author count, never by another title.
     */
    private static boolean isOrganisationLine(String t, List<String> lines, int i) {
        if (t.length() > 100 || t.endsWith(".")) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            String next = lines.get(j);
            if (!next.isEmpty()) {
                return next.equals(SEPARATOR) || AUTHORS.matcher(next).matches();
            }
        }
        return false;
    }

    private static String preview(String s) {
        return '"' + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + '"';
    }

    /** The paper being read. */
    private static final class Builder {
        final String title;
        final int line;
        String abstractText;
        Paper.Organization organization;
        Integer authorCount;
        PaperDate date;
        Integer upvotes;

        Builder(String title, int line) {
            this.title = title;
            this.line = line;
        }

        void setDate(Matcher m, String text, String file, int lineNo, InputProblems problems) {
            Integer month = PaperDate.monthNumber(m.group(1));
            Integer day = Integer.valueOf(m.group(2));
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            try {
                date = new PaperDate(year, month, day, m.group(4) == null ? text : text.substring(0, m.start(4)).strip());
            } catch (RuntimeException e) {
                problems.warn(file, lineNo, "impossible date '" + text + "' ignored");
                return;
            }
            upvotes = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        }
    }
}
