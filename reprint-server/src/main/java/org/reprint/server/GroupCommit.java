package org.reprint.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reprint.index.ReprintIndex;

/**
 * Makes additions durable in shared commits: a request that added articles asks for durability and waits;
 * every request that asks within the same few milliseconds is answered by one commit, instead of one commit
 * (and one fsync) each. A request is answered only by a commit that began after its articles were added.
 */
final class GroupCommit implements AutoCloseable {

  /** How long the first request of a group waits for others before the commit starts. */
  static final long GATHER_MILLIS = 10;

  private final ReprintIndex index;
  private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "reprint-group-commit");
    thread.setDaemon(true);
    return thread;
  });
  private CompletableFuture<Void> pending;

  GroupCommit(ReprintIndex index) {
    this.index = index;
  }

  /** Completes once a commit that began after this call has made every earlier addition durable. */
  synchronized CompletableFuture<Void> durable() {
    if (pending == null) {
      pending = new CompletableFuture<>();
      committer.schedule(this::commit, GATHER_MILLIS, TimeUnit.MILLISECONDS);
    }
    return pending;
  }

  private void commit() {
    CompletableFuture<Void> group;
    synchronized (this) {
      group = pending;
      pending = null;
    }
    try {
      index.commit();
      group.complete(null);
    } catch (RuntimeException e) {
      group.completeExceptionally(e);
    }
  }

  /** Lets a commit in flight finish; later requests for durability are not accepted. */
  @Override
  public void close() {
    committer.shutdown();
    try {
      committer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
