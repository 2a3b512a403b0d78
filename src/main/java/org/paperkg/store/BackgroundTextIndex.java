package org.paperkg.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;

/**
 * A jena-text Lucene index whose document writes run on a thread of their own, so that analysing
 * titles and abstracts for the index overlaps the TDB2 writes of the same transaction instead of
 * following them: during a build the store step is the one serial stage, and Lucene was a third of it.
 *
 * <p>The transaction semantics stay jena-text's: {@code prepareCommit}, {@code commit} and
 * {@code rollback} first wait until every queued write is done, so a commit publishes exactly the
 * writes of its transaction. Writes run in the order they were made (one thread), which keeps a
 * delete before the add of the same document in order. A write that fails is reported at the next
 * {@code prepareCommit}, which makes the transaction abort, as a failure inside {@code addEntity}
 * would have. Searches read the last commit (jena-text opens a reader on the directory), so they need
 * no waiting; {@link #getIndexWriter()}, which sees uncommitted documents, waits.
 *
 * <p>The queue is not bounded by a capacity because it need not be: every commit drains it, so it holds
 * at most one transaction's writes, whose documents the transaction's graphs hold in memory anyway (a
 * build's batch). A blocking bound would only add a second place where the build can stall.
 */
final class BackgroundTextIndex extends TextIndexLucene {

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paperkg-text-index");
        t.setDaemon(true);
        return t;
    });
    /** The first write failure since the last wait, rethrown there. */
    private volatile RuntimeException failure;

    BackgroundTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    @Override
    public void addEntity(Entity entity) {
        submit(() -> BackgroundTextIndex.super.addEntity(entity));
    }

    @Override
    public void updateEntity(Entity entity) {
        submit(() -> BackgroundTextIndex.super.updateEntity(entity));
    }

    @Override
    public void deleteEntity(Entity entity) {
        submit(() -> BackgroundTextIndex.super.deleteEntity(entity));
    }

    @Override
    public void prepareCommit() {
        awaitWrites();
        super.prepareCommit();
    }

    @Override
    public void commit() {
        awaitWrites();
        super.commit();
    }

    @Override
    public void rollback() {
        try {
            awaitWrites();
        } catch (RuntimeException e) {
            // the transaction is being abandoned anyway; its failed writes go with it
        }
        super.rollback();
    }

    @Override
    public IndexWriter getIndexWriter() {
        awaitWrites();
        return super.getIndexWriter();
    }

    @Override
    public void close() {
        try {
            awaitWrites();
        } finally {
            writer.shutdown();
            super.close();
        }
    }

    private void submit(Runnable write) {
        writer.execute(() -> {
            if (failure != null) return;   // the transaction will abort; later writes are moot
            try {
                write.run();
            } catch (RuntimeException e) {
                failure = e;
            }
        });
    }

    /** Blocks until every write queued so far has run; rethrows the first failure among them. */
    void awaitWrites() {
        Future<?> marker = writer.submit(() -> { });
        try {
            marker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TextIndexException("interrupted while waiting for text index writes", e);
        } catch (ExecutionException e) {
            throw new TextIndexException("text index writer failed", e.getCause());
        }
        RuntimeException f = failure;
        if (f != null) {
            failure = null;
            throw f;
        }
    }
}
