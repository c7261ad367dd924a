package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.ReprintIndex;

/**
 * One index used by a writer and by queries at once, as a server would: commits refresh the reader while
 * queries run, and no query may fail on a reader closed under it, nor on a candidate removed between its
 * look-up and its reading.
 */
class ConcurrentIndexUseTest {

  @TempDir Path folder;

  @Test
  void queriesRunWhileArticlesAreAddedRemovedAndCommitted() throws Exception {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1);
    Document plain = Document.ofText("000.txt", TestDocuments.example("000"));
    Document quoting = Document.ofText("003.txt", TestDocuments.example("003"));
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, options.fingerprint())) {
      DocumentAnalyzer plainAnalyzer = new DocumentAnalyzer(options.fingerprint());
      index.add(plain, plainAnalyzer.sketch(plainAnalyzer.analyze(plain)));
      index.commit();
      CountDownLatch started = new CountDownLatch(2);
      Runnable querying = () -> {
        started.countDown();
        try {
          while (writing.get()) {
            ScanResult result = IncrementalEngine.query(index, quoting, options);
            assertThat(result.pair("000.txt", "003.txt")).get()
                .extracting(p -> p.relation()).isEqualTo(Relation.PARTIAL_REUSE);
            assertThat(index.document("000.txt")).isPresent();
          }
        } catch (Throwable failure) {
          failures.add(failure);
        }
      };
      Thread first = new Thread(querying);
      Thread second = new Thread(querying);
      first.start();
      second.start();
      started.await();
      DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
      for (int i = 0; i < 40; i++) {
        String text = TestDocuments.example(i % 2 == 0 ? "002" : "004") + "\n\nUpdate " + i + ".";
        Document later = Document.ofText(String.format("later-%02d.txt", i), text);
        index.add(later, analyzer.sketch(analyzer.analyze(later)));
        index.commit(); // refreshes the reader the queries use
        if (i > 0) {
          index.remove(String.format("later-%02d.txt", i - 1));
          index.commit();
        }
      }
      writing.set(false);
      first.join();
      second.join();
      assertThat(failures).isEmpty();
      assertThat(index.documentCount()).isEqualTo(2);
      assertThat(index.contains("later-39.txt")).isTrue();
    }
  }
}
