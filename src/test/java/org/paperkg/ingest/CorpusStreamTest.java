package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming read hands over the same merged papers as the in-memory read, each once. */
class CorpusStreamTest {

    private static final Comparator<Paper> BY_KEY = Comparator.comparing(Paper::key);

    @Test
    void theSeedsStreamAsTheyReadWithDuplicatesMerged() throws Exception {
        List<Path> seeds = List.of(Path.of("data/seeds"));
        List<Paper> read = new ArrayList<>(Corpus.read(seeds, null, InputProblems.quiet()));
        List<Paper> streamed = new ArrayList<>();
        AtomicInteger announced = new AtomicInteger(-1);
        InputProblems problems = InputProblems.quiet();
        Corpus.stream(seeds, null, problems, announced::set, streamed::add);

        read.sort(BY_KEY);
        streamed.sort(BY_KEY);
        assertEquals(read, streamed, "same papers, same merged sources and metadata");
        assertEquals(read.size(), announced.get(), "the count announced before streaming");
        assertTrue(problems.read() > read.size(), "the seeds list some papers on several pages: " + problems.read());
        assertTrue(streamed.stream().anyMatch(p -> p.sources().size() > 1), "a paper from two files lists both");
    }

    @Test
    void aDuplicateInALaterFileIsHandedOverOnceWithBothSources(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "1", "title": "Shared Paper", "abstract": "Short."}
                {"id": "2", "title": "Only In A", "abstract": "Alone."}
                """);
        Files.writeString(dir.resolve("b.jsonl"), """
                {"id": "3", "title": "Shared  paper", "abstract": "A longer abstract wins the merge."}
                """);
        List<Paper> streamed = new ArrayList<>();
        Corpus.stream(List.of(dir), null, InputProblems.quiet(), n -> { }, streamed::add);
        assertEquals(2, streamed.size());
        Paper shared = streamed.stream().filter(p -> p.key().equals(TitleKey.of("Shared Paper"))).findFirst().orElseThrow();
        assertEquals(List.of("a.jsonl", "b.jsonl"), shared.sources());
        assertEquals("A longer abstract wins the merge.", shared.abstractText());
        assertEquals("Only In A", streamed.get(0).title(), "a paper without copies is handed over as soon as it is read");
    }
}
