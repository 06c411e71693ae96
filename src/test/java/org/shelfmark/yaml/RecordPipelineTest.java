package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The records of a large file are read on a second thread, in order, and its failures come back. */
class RecordPipelineTest {

    private static List<Node> trees(int n) {
        return IntStream.range(0, n).mapToObj(i -> (Node) new Node.Scalar("t" + i, true, new Node.Position(i + 1, 1))).toList();
    }

    @Test
    void everyTreeIsTakenInOrderOnAnotherThread() {
        List<Node> given = trees(10_000);
        List<Node> taken = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        RecordPipeline pipeline = new RecordPipeline(t -> {
            taken.add(t);
            threads.add(Thread.currentThread());
        });
        given.forEach(pipeline);
        pipeline.finish();
        assertEquals(given, taken);
        assertNotEquals(Thread.currentThread(), threads.get(0));
    }

    @Test
    void whatTheConsumerThrowsComesBackFromFinishAndTheParserNeverWaits() {
        IllegalStateException thrown = new IllegalStateException("bad record");
        RecordPipeline pipeline = new RecordPipeline(t -> {
            throw thrown;
        });
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            trees(50_000).forEach(pipeline); // far more than the queue holds
            assertSame(thrown, assertThrows(IllegalStateException.class, pipeline::finish));
        });
    }

    @Test
    void noTreesIsNoRecords() {
        List<Node> taken = new ArrayList<>();
        RecordPipeline pipeline = new RecordPipeline(taken::add);
        pipeline.finish();
        assertEquals(List.of(), taken);
    }
}
