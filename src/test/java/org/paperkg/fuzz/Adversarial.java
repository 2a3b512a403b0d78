package org.paperkg.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text made to hurt a parser: fragments of abstracts (numbers, units, names, lists) mixed with what bad
 * inputs carry (1e400, 10^{12}, LaTeX, HTML entities, control characters, surrogates, right-to-left and
 * CJK text, runs of one character), joined at random. Random strings alone rarely reach the grammar's
 * interesting states; these fragments do.
 */
final class Adversarial {
    private Adversarial() {}

    static final List<String> FRAGMENTS = List.of(
            "7B", "1.6 trillion tokens", "47B parameters", "3B, 7B, and 15B parameters", "70.6%", "on MMLU",
            "1e400", "1e-400", "-0", "10^{12}", "$10^{12}$", "\\%", "$\\times$", "2\\times", "\\textbf{GPT-4}",
            "&amp;", "&lt;script&gt;", "&#x27;", "&#9999999999;", "<script>alert(1)</script>", "\"", "\\",
            "\u0000", "\u0007", "\r\n", "\t", "\u00a0", "\ufeff", "\ud83d\ude00", "\ud800", "\udfff",
            "\u0627\u0644\u0646\u0645\u0648\u0630\u062c", "\u5927\u8bed\u8a00\u6a21\u578b", "\u0436\u0451\u0441\u0442\u043a\u0438\u0439",
            "GPT-4", "LLaMA-2-70B", "ImageNet-1k", "COCO", "Google DeepMind", "BERT", "(", ")", "[", "]",
            "x", "1", "0.", ".5", "99999999999999999999999999", "1,000,000", "1.2.3.4", "±", "~", "–", "-",
            "k", "M", "B", "T", "GB", "FLOPs", "GPU hours", "A100 GPUs", "hours", "days", "x", "times",
            "We train ", " on ", " and ", ", ", ". ", "; ", " outperforms ", " based on ", " trained on ", " ");

    /** A string of up to {@code maxFragments} fragments, random characters and long runs. */
    static Arbitrary<String> text(int maxFragments) {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.of(FRAGMENTS),
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().all().ofMaxLength(8),
                Combinators.combine(Arbitraries.of("9", "(", "a", " ", "1 ", "-", "%", "B ", "$", "{"),
                        Arbitraries.integers().between(1, 400)).as(String::repeat));
        return fragment.list().ofMaxSize(maxFragments).map(parts -> String.join("", parts));
    }
}
