package org.paperkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A finder for tests of what wraps or follows the finders: it finds exactly the given names (the first
 * occurrence of each in the text), all of one type, so a test controls what the stage under test gets.
 */
final class FixedFinder implements MentionFinder {
    private final MentionType type;
    private final List<String> names;

    private FixedFinder(MentionType type, List<String> names) {
        this.type = type;
        this.names = names;
    }

    static FixedFinder of(MentionType type, String... names) {
        return new FixedFinder(type, List.of(names));
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (String n : names) {
            int at = text.text().indexOf(n);
            if (at >= 0) out.add(new Mention(at, at + n.length(), type, 0.9, name()));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    @Override
    public String name() {
        return "fixed";
    }
}
