package org.shelfmark.yaml;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** Work done on a thread of its own while the caller goes on, and its result taken as the caller's own. */
final class Background {

    private Background() {
    }

    /**
     * {@return the work, started on a daemon thread of its own} Not the common pool: on two cores
     * its one worker may be busy with other work (a formatter being made).
     *
     * @param name the thread's name
     * @param work what it does
     */
    static <T> FutureTask<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /**
     * {@return what the work gave, waited for} What it threw unchecked is thrown again as it was.
     *
     * @param task the work
     * @param what what it does, as a message says it ("reading records")
     */
    static <T> T result(Future<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
