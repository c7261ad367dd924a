package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.FailingFileSystem;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;

/**
 * A commit that fails in the background (a full disk) must stop {@code index add} with an error naming the
 * index, and must leave the index as its last good commit: it opens, passes Lucene's CheckIndex, and holds
 * every document committed before, text for text.
 */
class FailedCommitTest {

  @TempDir Path folder;

  @Test
  void aFailedBackgroundCommitStopsTheRunAndKeepsTheLastGoodCommit() throws Exception {
    List<Document> documents = articles(3000);
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    Path path = folder.resolve("index");
    // Lucene syncs twice per commit (the pending commit point, then the segments' files): the new index's
    // empty first commit and the commit after the first 1,024 articles succeed; the one after 2,048 fails,
    // and so does the one that closing the writer tries
    FailingFileSystem disk = new FailingFileSystem(4);
    ReprintIndex index = disk.openForWriting(path, options.fingerprint());
    assertThatThrownBy(() -> IncrementalEngine.index(index, new IngestResult(documents, List.of(), List.of()),
            options, ProgressListener.NONE, 1000))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot commit the index at " + path)
        .hasRootCauseMessage("injected failure: no space left on device");
    assertThat(disk.syncs()).isGreaterThan(4);
    try {
      index.close();
    } catch (UncheckedIOException expected) {
      // closing commits, which fails on this disk too; the writer must still let go of the index
    }

    try (FSDirectory directory = FSDirectory.open(path);
        CheckIndex check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    int committed;
    try (ReprintIndex reader = ReprintIndex.openForReading(path, options.fingerprint())) {
      // the commit holds every article added before it began, and may hold some that the workers added
      // while it ran (Lucene flushes what it has when it gets there): more of them on a busy machine
      committed = reader.documentCount();
      assertThat(committed).isBetween(1024, 2047);
      for (Document document : documents.subList(0, 1024)) {
        assertThat(reader.document(document.id().value()).orElseThrow().originalText())
            .isEqualTo(document.originalText());
      }
    }
    try (ReprintIndex writer = ReprintIndex.openForWriting(path, options.fingerprint())) {
      IndexingReport report = IncrementalEngine.index(writer,
          new IngestResult(documents, List.of(), List.of()), options, ProgressListener.NONE, 1000);
      // the run, repeated on a good disk, completes the index, replacing the articles it had committed
      assertThat(report.added()).isEqualTo(3000 - committed);
      assertThat(report.replaced()).isEqualTo(committed);
      assertThat(writer.documentCount()).isEqualTo(3000);
    }
  }

  /** Articles of 60 words drawn (seeded) from example 000's words: distinct texts, real vocabulary. */
  private static List<Document> articles(int count) {
    String[] words = TestDocuments.example("000").split("\\s+");
    Random random = new Random(4004);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      documents.add(Document.ofText(String.format("article-%04d", i), text.toString()));
    }
    return documents;
  }
}
