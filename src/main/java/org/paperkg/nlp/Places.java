package org.paperkg.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Countries and continents, which are neither models, nor datasets, nor organisations: "records gathered in a
 * tertiary hospital in the United States", "concepts' popularity in the United Kingdom". The countries are the
 * JDK's own English names of the ISO 3166 codes, so the list is the standard one rather than one grown from a
 * corpus; a few regions and short forms that papers use are added.
 *
 * <p>Matched with their capitals as written: "MALI" may be a model's acronym, "Mali" is the country.
 */
final class Places {
    private Places() {}

    private static final Set<String> NAMES = names();

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        names.addAll(Set.of("Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Oceania",
                "Middle East", "United States of America", "Korea", "Turkey", "Czech Republic", "Burma", "Macau",
                "Hong Kong", "USA", "U.S.", "U.S.A.", "U.K."));
        return Set.copyOf(names);
    }

    /** Whether the name is a country or continent ("the United States" included). */
    static boolean isPlace(String name) {
        String s = name.strip();
        if (s.startsWith("the ") || s.startsWith("The ")) {
            s = s.substring(4).strip();
        }
        return NAMES.contains(s);
    }

    /**
     * Whether the mention is a place or the first words of one, a finder having cut the place's name short:
     * "United" in "in the United States".
     */
    static boolean isPlace(AnalyzedText text, Mention m) {
        String name = m.text(text);
        if (isPlace(name)) {
            return true;
        }
        String after = text.text().substring(m.end(), Math.min(text.text().length(), m.end() + 40));
        StringBuilder longer = new StringBuilder(name);
        int at = 0;
        for (int words = 0; words < 3; words++) {
            // the next word, after one space, capitalised: "United" + " Arab" + " Emirates"
            if (at >= after.length() || after.charAt(at) != ' ' || at + 1 >= after.length()
                    || !Character.isUpperCase(after.charAt(at + 1))) {
                return false;
            }
            int end = at + 1;
            while (end < after.length() && Character.isLetter(after.charAt(end))) {
                end++;
            }
            longer.append(after, at, end);
            if (isPlace(longer.toString())) {
                return true;
            }
            at = end;
        }
        return false;
    }
}
