package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.fingerprint.FingerprintParameters;

/**
 * A read-only index (a read-only mount, or files the user may not write) is one clear reason, not an
 * internal error. Tests run as root here, where permissions do not stop writes, so the file system's
 * refusal is injected.
 */
class ReadOnlyIndexTest {

  @TempDir Path folder;

  @Test
  @DisplayName("an index whose files may not be written: READ_ONLY, naming the folder")
  void readOnlyIndex() {
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      ReprintIndexTest.add(index, ReprintIndexTest.example().get(0));
      index.commit();
    }
    assertThatThrownBy(() -> ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT,
        directory -> new FilterDirectory(directory) {
          @Override
          public Lock obtainLock(String name) throws IOException {
            throw new AccessDeniedException(folder.resolve(name).toString(), null, "Read-only file system");
          }

          @Override
          public IndexOutput createOutput(String name, IOContext context) throws IOException {
            throw new AccessDeniedException(folder.resolve(name).toString(), null, "Read-only file system");
          }
        }))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("the index at " + folder + " is not writable")
        .extracting(e -> ((IndexUnavailableException) e).reason())
        .isEqualTo(IndexUnavailableException.Reason.READ_ONLY);
  }
}
