package org.reprint.engine;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** How the engine's stages spread work over threads without letting the thread count change a result. */
final class Parallel {

  private Parallel() {}

  /** Maps 0..count-1 on a pool of {@code threads}, keeping the order of the indexes. */
  static <T> List<T> map(int threads, int count, IntFunction<T> task) {
    if (threads == 1 || count < 2) {
      return IntStream.range(0, count).mapToObj(task).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return await(pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(task).toList()), "scan");
    } finally {
      pool.shutdown();
    }
  }

  /** The value of {@code future}; a runtime exception of the task is rethrown as it was. */
  static <T> T await(Future<T> future, String task) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(task + " interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(task + " failed", e.getCause());
    }
  }

  /**
   * A listener for workers that each report one finished unit: it adds them up and passes the running total
   * on, one call at a time.
   */
  static ProgressListener counted(ProgressListener listener, long total) {
    long[] done = {0};
    return (units, ignored) -> {
      synchronized (done) { // counts and reports in one step, so totals reach the listener in order
        done[0] += units;
        listener.progress(done[0], total);
      }
    };
  }
}
