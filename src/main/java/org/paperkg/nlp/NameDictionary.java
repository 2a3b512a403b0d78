package org.paperkg.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names the annotated training abstracts use, with the number of papers that use each as a model,
 * a dataset or an organisation. The candidate classifier reads it as one feature among many ("seen
 * elsewhere as a dataset"), so that a benchmark known from other papers is recognised in a new one,
 * while context still decides for a name never seen.
 */
public final class NameDictionary {
    public static final String FILE_NAME = "names-en.tsv";

    private final Map<String, EnumMap<MentionType, Integer>> papersByKey;

    public NameDictionary(Map<String, EnumMap<MentionType, Integer>> papersByKey) {
        this.papersByKey = papersByKey;
    }

    public static NameDictionary empty() {
        return new NameDictionary(new HashMap<>());
    }

    /** Adds one paper's names (each counted once for the paper). */
    public void addPaper(Map<String, MentionType> names) {
        names.forEach((key, type) -> papersByKey.computeIfAbsent(key, k -> new EnumMap<>(MentionType.class)).merge(type, 1, Integer::sum));
    }

    /** The type most papers give this name, counting only papers other than {@code own}; null if none. */
    public MentionType typeOf(String key, Map<String, MentionType> own) {
        EnumMap<MentionType, Integer> counts = papersByKey.get(key);
        if (counts == null) {
            return null;
        }
        MentionType best = null;
        int bestCount = 0;
        for (Map.Entry<MentionType, Integer> e : counts.entrySet()) {
            int n = e.getValue() - (own != null && own.get(key) == e.getKey() ? 1 : 0);
            if (n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return best;
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# normalised name\tmodel papers\tdataset papers\torganization papers\n");
            for (Map.Entry<String, EnumMap<MentionType, Integer>> e : new TreeMap<>(papersByKey).entrySet()) {
                w.write(e.getKey());
                for (MentionType t : MentionType.values()) {
                    w.write("\t" + e.getValue().getOrDefault(t, 0));
                }
                w.write("\n");
            }
        }
    }

    public static NameDictionary read(InputStream in) throws IOException {
        Map<String, EnumMap<MentionType, Integer>> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            EnumMap<MentionType, Integer> counts = new EnumMap<>(MentionType.class);
            for (MentionType t : MentionType.values()) {
                int n = Integer.parseInt(f[1 + t.ordinal()]);
                if (n > 0) {
                    counts.put(t, n);
                }
            }
            map.put(f[0], counts);
        }
        return new NameDictionary(map);
    }
}
