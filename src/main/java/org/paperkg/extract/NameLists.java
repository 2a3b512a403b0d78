package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.EntityLocations.Located;
import org.paperkg.nlp.Sentence;

/**
 * Pairs lists of numbers with lists of names: "Comma v0.1-1T and Comma v0.1-2T, trained on 1 and 2
 * trillion tokens respectively" gives one number to each name; "three models - A, B, and C - ranging
 * from 16B to 1T" gives the range's ends to the list's ends; and one number said of "T1 and
 * TeleChat2.5" belongs to both.
 */
final class NameLists {

    private final EntityLocations where;

    NameLists(EntityLocations where) {
        this.where = where;
    }

    /** The entities that own the quantity, given the subject the finder chose. */
    List<ExtractedEntity> owners(QuantityPlace p, SubjectFinder.Found f) {
        if (f.mention() == null || f.mention().sentence() != p.sentence()
                || !f.mention().entity().equals(f.entity())) {
            return List.of(f.entity());
        }
        List<Located> list = listAround(f.mention());
        if (p.groupSize() >= 2) {
            if (list.size() == p.groupSize()) {
                return List.of(list.get(p.indexInGroup()).entity());
            }
            if (p.groupSize() == 2 && list.size() > 2 && range(p)) {
                return List.of(list.get(p.indexInGroup() == 0 ? 0 : list.size() - 1).entity());
            }
            return List.of(f.entity());
        }
        if (list.size() >= 2 && list.size() <= 4 && joinedByAnd(list) && !bracketAfter(p, list.get(list.size() - 1))
                && (list.get(list.size() - 1).last() < p.first() || namedLater(p, list.get(0)))) {
            List<ExtractedEntity> all = new ArrayList<>();
            list.forEach(l -> all.add(l.entity()));
            return all;
        }
        return List.of(f.entity());
    }

    /** The coordinated names of one kind that the mention belongs to, in text order. */
    private List<Located> listAround(Located m) {
        List<Located> in = where.in(m.sentence());
        Sentence s = where.sentence(m.sentence());
        int k = in.indexOf(m);
        int from = k;
        while (from > 0 && linked(s, in.get(from - 1), in.get(from))) {
            from--;
        }
        int to = k;
        while (to + 1 < in.size() && linked(s, in.get(to), in.get(to + 1))) {
            to++;
        }
        return new ArrayList<>(in.subList(from, to + 1));
    }

    private static boolean linked(Sentence s, Located a, Located b) {
        if (a.entity().type() != b.entity().type() || b.first() <= a.last() + 1) {
            return false;
        }
        for (int i = a.last() + 1; i < b.first(); i++) {
            if (!Words.is(s, i, ",", "and", "&")) {
                return false;
            }
        }
        return true;
    }

    /** "T5, GPT-2, and Llama 2 (7B)": a number in a bracket right after a name is that name's alone. */
    private boolean bracketAfter(QuantityPlace p, Located name) {
        Sentence s = where.sentence(p.sentence());
        return p.first() == name.last() + 2 && Words.is(s, name.last() + 1, "(");
    }

    /** "7B and 14B models trained for 4.8T tokens, called phi-3-small and phi-3-medium". */
    private boolean namedLater(QuantityPlace p, Located first) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.last() + 1; i < first.first(); i++) {
            if (Words.matches(s, i, Words.NAMING)) {
                return true;
            }
        }
        return false;
    }

    private boolean joinedByAnd(List<Located> list) {
        Sentence s = where.sentence(list.get(0).sentence());
        for (int i = list.get(0).last() + 1; i < list.get(list.size() - 1).first(); i++) {
            if (Words.is(s, i, "and", "&")) {
                return true;
            }
        }
        return false;
    }

    /** "from 16B to 1T", "16B-1T": two numbers that bound a range rather than list two values. */
    private boolean range(QuantityPlace p) {
        Sentence s = where.sentence(p.sentence());
        for (int i = p.groupFirst(); i <= p.groupLast(); i++) {
            if (Words.is(s, i, "to", "-", "–")) {
                return true;
            }
        }
        return false;
    }
}
