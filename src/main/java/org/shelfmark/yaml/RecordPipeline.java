package org.shelfmark.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands the trees of a large file's records to a second thread, in batches and in order, so that
 * one core reads the records while the other parses the rest of the file: each takes about half
 * of a load. The trees are taken in the order given, by one thread, so what the consumer does
 * (records and their diagnostics) comes out exactly as if it ran on the parser's thread.
 *
 * <p>Use: {@link #accept} each tree, then {@link #finish} once, which waits for the last and
 * rethrows whatever the consumer threw.
 */
final class RecordPipeline implements Consumer<Node> {

    private static final int BATCH = 256;
    private static final List<Node> END = List.of();

    private final BlockingQueue<List<Node>> queue = new ArrayBlockingQueue<>(8);
    private final Thread worker;
    private volatile Throwable failure;
    private List<Node> batch = new ArrayList<>(BATCH);

    /** @param records takes each tree, on the pipeline's thread, in the order given */
    RecordPipeline(Consumer<Node> records) {
        worker = new Thread(() -> drain(records), "shelfmark-records");
        worker.setDaemon(true);
        worker.start();
    }

    // after a failure the rest is taken and dropped, up to the end, so that the parser never waits
    private void drain(Consumer<Node> records) {
        try {
            for (List<Node> b = queue.take(); b != END; b = queue.take()) {
                if (failure == null) {
                    try {
                        b.forEach(records);
                    } catch (RuntimeException | Error e) { // rethrown by finish, on the caller's thread
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("interrupted while reading records", e);
        }
    }

    @Override
    public void accept(Node tree) {
        batch.add(tree);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /**
     * Waits until every tree handed on has been taken.
     *
     * @throws RuntimeException or {@link Error}: what the consumer threw
     */
    void finish() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading records", e);
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private void put(List<Node> b) {
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading records", e);
        }
    }
}
