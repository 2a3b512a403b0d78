package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.nlp.MentionFinder;
import org.paperkg.nlp.MentionMerger;
import org.paperkg.nlp.StatisticalMentionFinder;

/** The mention finders the standard pipeline combines, most trusted first. */
public final class MentionFinders {
    private MentionFinders() {}

    public static MentionFinder standard() {
        List<MentionFinder> finders = new ArrayList<>();
        StatisticalMentionFinder statistical = StatisticalMentionFinder.bundled();
        if (statistical != null) {
            finders.add(statistical);
        }
        return new MentionMerger(finders);
    }
}
