package org.reprint.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.reprint.fingerprint.FingerprintParameters;

/**
 * An index whose file system stops making files durable after a given number of syncs, as a full or failing
 * disk does: every later commit fails. For tests of what a failed commit leaves behind.
 */
public final class FailingFileSystem {

  private final int successfulSyncs;
  private final AtomicInteger syncs = new AtomicInteger();

  /** @param successfulSyncs how many syncs succeed before every later one fails */
  public FailingFileSystem(int successfulSyncs) {
    this.successfulSyncs = successfulSyncs;
  }

  /** Opens the index at {@code path} for writing on this file system. */
  public ReprintIndex openForWriting(Path path, FingerprintParameters parameters) {
    return ReprintIndex.openForWriting(path, parameters, directory -> new FilterDirectory(directory) {
      @Override
      public void sync(Collection<String> names) throws IOException {
        if (syncs.incrementAndGet() > successfulSyncs) {
          throw new IOException("injected failure: no space left on device");
        }
        super.sync(names);
      }
    });
  }

  /** How many syncs were asked so far, failed ones included. */
  public int syncs() {
    return syncs.get();
  }
}
