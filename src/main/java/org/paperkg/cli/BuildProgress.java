package org.paperkg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run, with rate and ETA, drawn on standard error only when a person is watching
 * (a terminal); in a pipe, a log file or CI it prints nothing, so logs stay clean.
 */
interface BuildProgress extends AutoCloseable {
    /** The number of papers the run will go through, once it is known. */
    void total(long papers);

    void step(long papers);

    @Override
    void close();

    BuildProgress NONE = new BuildProgress() {
        @Override public void total(long papers) { }
        @Override public void step(long papers) { }
        @Override public void close() { }
    };

    /** A progress bar when standard input and output are a terminal and {@code wanted}; otherwise none. */
    static BuildProgress forTerminal(String task, boolean wanted) {
        return wanted && System.console() != null ? new Bar(task) : NONE;
    }

    final class Bar implements BuildProgress {
        private final ProgressBar bar;

        Bar(String task) {
            bar = new ProgressBarBuilder().setTaskName(task).setUnit(" papers", 1).showSpeed()
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void total(long papers) {
            bar.maxHint(papers);
        }

        @Override
        public void step(long papers) {
            bar.stepBy(papers);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
