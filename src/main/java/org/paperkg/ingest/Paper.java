package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One paper as read from the input: the text the extractor reads (title, abstract) and the page
 * metadata around it. Several inputs may describe the same paper; {@link Corpus} merges them.
 *
 * @param id          the input's own identifier (gold id, arXiv id), or null
 * @param title       the title, never blank
 * @param abstractText the abstract, never blank
 * @param organization the listing page's organisation (slug and display name), or null
 * @param authorCount number of authors when the page or record gives it, or null
 * @param authors     author names when the record lists them (may be empty)
 * @param date        publication date as far as the input gives it, or null
 * @param upvotes     the listing page's upvote count, or null
 * @param url         a link to the paper, or null
 * @param arxivId     the arXiv identifier when known, or null
 * @param sources     the files this paper was read from, in the order they were read
 */
public record Paper(
        String id,
        String title,
        String abstractText,
        Organization organization,
        Integer authorCount,
        List<String> authors,
        PaperDate date,
        Integer upvotes,
        String url,
        String arxivId,
        List<String> sources) {

    public Paper {
        authors = authors == null ? List.of() : List.copyOf(authors);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The organisation line of a listing page: a slug, then the display name ({@code nvidia NVIDIA}). */
    public record Organization(String slug, String displayName) {
        public static Organization parse(String line) {
            String[] parts = line.trim().split("\\s+", 2);
            return parts.length == 2 ? new Organization(parts[0], displaySpelling(parts[0], parts[1]))
                    : new Organization(parts[0], parts[0]);
        }

        /**
         * The display name, unless it is only the slug in lower case ({@code UCAS ucas}): a name typed without
         * its capitals, where the slug keeps the organisation's own spelling.
         */
        private static String displaySpelling(String slug, String display) {
            return display.equals(display.toLowerCase(java.util.Locale.ROOT)) && slug.equalsIgnoreCase(display)
                    ? slug : display;
        }

        public String line() {
            return slug + " " + displayName;
        }
    }

    /** The key under which copies of one paper are merged: its title, normalised as the scorer does. */
    public String key() {
        return TitleKey.of(title);
    }

    /** This paper with the other copy's sources added and its missing metadata filled from the other. */
    public Paper mergedWith(Paper other) {
        List<String> merged = new ArrayList<>(sources);
        for (String s : other.sources) {
            if (!merged.contains(s)) {
                merged.add(s);
            }
        }
        return new Paper(
                firstNonNull(id, other.id),
                title,
                abstractText.length() >= other.abstractText.length() ? abstractText : other.abstractText,
                firstNonNull(organization, other.organization),
                firstNonNull(authorCount, other.authorCount),
                authors.isEmpty() ? other.authors : authors,
                PaperDate.moreSpecific(date, other.date),
                maxOf(upvotes, other.upvotes),
                firstNonNull(url, other.url),
                firstNonNull(arxivId, other.arxivId),
                merged);
    }

    /** Upvotes grow over time: the larger count is the later listing. */
    private static Integer maxOf(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
