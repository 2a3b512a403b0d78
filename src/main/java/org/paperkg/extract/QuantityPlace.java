package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.quantity.QuantityMention;
import org.paperkg.nlp.AnalyzedText;
import org.paperkg.nlp.Sentence;

/**
 * Where a quantity stands: its sentence, its tokens, and the tokens of the list or range it belongs
 * to ("7B, 40B, and 180B parameters", "from 16B to 1T"). The members of a list share their cues and
 * their subject, so the rules read the whole list's surroundings, not the member's alone.
 *
 * @param quantity   the mention
 * @param sentence   index of its sentence, or -1 when it lies between sentences
 * @param first      its first token
 * @param last       its last token
 * @param groupFirst the first token of its list (= first when it stands alone)
 * @param groupLast  the last token of its list (= last when it stands alone)
 * @param groupSize  how many quantities the list has
 * @param indexInGroup its position in the list, from 0
 */
record QuantityPlace(QuantityMention quantity, int sentence, int first, int last, int groupFirst, int groupLast,
                     int groupSize, int indexInGroup) {

    /** Words that join the members of a list or a range of quantities. */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "to", "-", "–", "from", "(", ")", "/");

    boolean located() {
        return sentence >= 0;
    }

    static List<QuantityPlace> locate(AnalyzedText text, List<QuantityMention> quantities) {
        List<int[]> spans = new ArrayList<>();
        for (QuantityMention q : quantities) {
            int si = text.sentenceIndexAt(q.start());
            if (si < 0) {
                spans.add(new int[] {-1, -1, -1});
                continue;
            }
            Sentence s = text.sentences().get(si);
            int first = EntityLocations.tokenFrom(s, q.start());
            int last = Math.max(first, EntityLocations.tokenUpTo(s, q.end()));
            spans.add(new int[] {si, first, last});
        }
        List<QuantityPlace> out = new ArrayList<>();
        int i = 0;
        while (i < quantities.size()) {
            int j = i;
            while (j + 1 < quantities.size() && joined(text, quantities, spans, j, j + 1)) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                int[] sp = spans.get(k);
                out.add(new QuantityPlace(quantities.get(k), sp[0], sp[1], sp[2], spans.get(i)[1], spans.get(j)[2], j - i + 1, k - i));
            }
            i = j + 1;
        }
        return out;
    }

    /** Two neighbouring quantities of one unit with only list words between them. */
    private static boolean joined(AnalyzedText text, List<QuantityMention> qs, List<int[]> spans, int a, int b) {
        int[] sa = spans.get(a);
        int[] sb = spans.get(b);
        if (sa[0] < 0 || sa[0] != sb[0] || qs.get(a).unit() != qs.get(b).unit()) {
            return false;
        }
        Sentence s = text.sentences().get(sa[0]);
        if (sb[1] - sa[2] > 3) {
            return false;
        }
        for (int t = sa[2] + 1; t < sb[1]; t++) {
            if (!LIST_JOINERS.contains(Words.lower(s, t))) {
                return false;
            }
        }
        return true;
    }
}
