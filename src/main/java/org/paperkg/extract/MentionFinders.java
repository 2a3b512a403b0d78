package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.nlp.BasedOnPrefixFinder;
import org.paperkg.nlp.CandidateClassifier;
import org.paperkg.nlp.DictionaryMentionFinder;
import org.paperkg.nlp.DomainVariantFinder;
import org.paperkg.nlp.ListPropagation;
import org.paperkg.nlp.MentionFinder;
import org.paperkg.nlp.MentionMerger;
import org.paperkg.nlp.NameDictionary;
import org.paperkg.nlp.NonNameFilter;
import org.paperkg.nlp.OrganizationContextFinder;
import org.paperkg.nlp.OrganizationShapeFinder;
import org.paperkg.nlp.SharedTaskTitleFinder;
import org.paperkg.nlp.SizeTierNames;
import org.paperkg.nlp.SlashJoinedDatasets;
import org.paperkg.nlp.StatisticalMentionFinder;

/** The mention finders the standard pipeline combines, most trusted first. */
public final class MentionFinders {
    private MentionFinders() {}

    /** The finders with models trained into {@code dir} by {@code paperkg train --out dir}. */
    public static MentionFinder fromDirectory(java.nio.file.Path dir) throws java.io.IOException {
        return combined(inOrder(CandidateClassifier.fromDirectory(dir, CandidateClassifier.DEFAULT_THRESHOLD),
                StatisticalMentionFinder.fromFile(dir.resolve("ner-en.bin"))));
    }

    public static MentionFinder standard() {
        return combined(standardFinders());
    }

    /** The standard finders one by one, most trusted first. */
    public static List<MentionFinder> standardFinders() {
        return inOrder(CandidateClassifier.bundled(), StatisticalMentionFinder.bundled());
    }

    private static MentionFinder combined(List<MentionFinder> finders) {
        return new SlashJoinedDatasets(new NonNameFilter(new SizeTierNames(new ListPropagation(new MentionMerger(finders)))));
    }

    /**
     * The finders in order of trust around the two trained ones (either may be missing from a build that
     * has not trained them): one list for the bundled models and for models trained into a folder.
     */
    private static List<MentionFinder> inOrder(CandidateClassifier candidates, StatisticalMentionFinder statistical) {
        List<MentionFinder> finders = new ArrayList<>();
        // a system paper's title shape is surer than any word-level evidence inside it
        finders.add(new SharedTaskTitleFinder());
        // the shape finder next: its longer name contains the listed one ("Alibaba DAMO Academy", "Google Research")
        finders.add(new OrganizationShapeFinder());
        finders.add(DictionaryMentionFinder.organizations());
        NameDictionary names = candidates != null ? candidates.dictionary() : NameDictionary.empty();
        finders.add(new BasedOnPrefixFinder(names));
        finders.add(new DomainVariantFinder(names));
        if (candidates != null) {
            finders.add(candidates);
        }
        if (statistical != null) {
            finders.add(statistical);
        }
        finders.add(DictionaryMentionFinder.datasets());
        finders.add(DictionaryMentionFinder.models());
        // last: a name any other finder sees ("released by Meta's Llama team" aside) is not taken from context
        finders.add(new OrganizationContextFinder());
        return finders;
    }
}
