package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;

/**
 * {@code index add} analyzes and adds on several threads: the index must still be what adding one document
 * after the other gives, including when one batch holds two documents with the same id (the later wins).
 */
class ParallelIndexingTest {

  @TempDir Path folder;

  @Test
  void laterDocumentOfABatchWinsWhateverTheThreads() {
    String first = TestDocuments.example("000");
    String later = TestDocuments.example("004");
    for (int threads : new int[] {1, 4}) {
      List<Document> batch = new ArrayList<>();
      batch.add(Document.ofText("same-id", first));
      for (String prefix : List.of("001", "002", "003")) {
        batch.add(Document.ofText(prefix, TestDocuments.example(prefix)));
      }
      batch.add(Document.ofText("same-id", later));
      ScanOptions options = ScanOptions.defaults(List.of()).withThreads(threads);
      Path path = folder.resolve("index-" + threads);
      try (ReprintIndex index = ReprintIndex.openForWriting(path, options.fingerprint())) {
        IndexingReport report =
            IncrementalEngine.index(index, new IngestResult(batch, List.of(), List.of()), options,
                ProgressListener.NONE);
        assertThat(report.added()).isEqualTo(4);
        assertThat(report.replaced()).isEqualTo(1); // the first "same-id", replaced by the later one
        assertThat(index.documentCount()).isEqualTo(4);
        assertThat(index.document("same-id").orElseThrow().originalText()).isEqualTo(later);
        assertThat(index.document("002").orElseThrow().originalText())
            .isEqualTo(TestDocuments.example("002"));
      }
    }
  }

  /**
   * Commits in the background while the next batch is added: with a commit every 1,000 documents, 3,000
   * articles make two background commits and a last one, and a reader opened afterwards, in the way of
   * another process, finds every article.
   */
  @Test
  void backgroundCommitsLoseNothing() {
    String[] words = TestDocuments.example("000").split("\\s+");
    java.util.Random random = new java.util.Random(3000);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      documents.add(Document.ofText(String.format("article-%04d", i), text.toString()));
    }
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    Path path = folder.resolve("committed");
    try (ReprintIndex index = ReprintIndex.openForWriting(path, options.fingerprint())) {
      IndexingReport report = IncrementalEngine.index(index,
          new IngestResult(documents, List.of(), List.of()), options, ProgressListener.NONE, 1000);
      assertThat(report.added()).isEqualTo(3000);
      assertThat(report.commits()).isEqualTo(3);
    }
    try (ReprintIndex reader = ReprintIndex.openForReading(path, options.fingerprint())) {
      assertThat(reader.documentCount()).isEqualTo(3000);
      for (Document document : documents) {
        assertThat(reader.document(document.id().value()).orElseThrow().originalText())
            .isEqualTo(document.originalText());
      }
    }
  }
}
