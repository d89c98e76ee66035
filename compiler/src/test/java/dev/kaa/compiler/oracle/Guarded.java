package dev.kaa.compiler.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs many front-end calls in parallel, each on its own daemon thread, so that a call that never returns
 * (a parser bug) is abandoned after a deadline instead of hanging the test run: it is reported as timed out
 * and its thread is left behind, which a daemon thread may be. A call that throws anything, errors
 * included, is a result too.
 */
final class Guarded {
    private Guarded() {
    }

    /** One call's result: its value, or what it threw, or that it did not finish; and its duration. */
    record Result<T>(T value, Throwable thrown, boolean timedOut, long nanos) {
        double seconds() {
            return nanos / 1e9;
        }
    }

    /**
     * Calls {@code task.apply(i)} for i in [0, n), at most {@code parallelism} at a time; returns the results
     * in index order. Stops starting calls after {@code maxTimeouts} abandoned ones (the rest are null).
     */
    static <T> List<Result<T>> runAll(int n, IntFunction<Callable<T>> task, int parallelism, long timeoutMillis,
                                      int maxTimeouts) throws InterruptedException {
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kaa-oracle-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Result<T>> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            results.add(null);
        }
        LinkedBlockingQueue<Integer> done = new LinkedBlockingQueue<>();
        long[] started = new long[n];
        List<Future<Result<T>>> futures = new ArrayList<>(n);
        int next = 0;
        int running = 0;
        int timeouts = 0;
        List<Integer> inFlight = new ArrayList<>();
        try {
            while (next < n || running > 0) {
                while (running < parallelism && next < n && timeouts < maxTimeouts) {
                    int i = next++;
                    Callable<T> c = task.apply(i);
                    started[i] = System.nanoTime();
                    futures.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        try {
                            T v = c.call();
                            return new Result<>(v, null, false, System.nanoTime() - t0);
                        } catch (Throwable e) {
                            return new Result<>(null, e, false, System.nanoTime() - t0);
                        } finally {
                            done.add(i);
                        }
                    }));
                    running++;
                    inFlight.add(i);
                }
                if (running == 0) {
                    break;
                }
                Integer finished = done.poll(100, TimeUnit.MILLISECONDS);
                if (finished != null) {
                    if (results.get(finished) == null) {
                        try {
                            results.set(finished, futures.get(finished).get());
                        } catch (java.util.concurrent.ExecutionException e) {
                            results.set(finished, new Result<>(null, e.getCause(), false, 0));
                        }
                        running--;
                        inFlight.remove(finished);
                    }
                }
                long now = System.nanoTime();
                for (int k = inFlight.size() - 1; k >= 0; k--) {
                    int i = inFlight.get(k);
                    if (now - started[i] > TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
                        futures.get(i).cancel(true);
                        results.set(i, new Result<>(null, null, true, now - started[i]));
                        running--;
                        timeouts++;
                        inFlight.remove(k);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }
}
