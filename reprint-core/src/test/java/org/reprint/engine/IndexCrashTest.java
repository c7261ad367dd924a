package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;

/**
 * kill -9 during {@code index add}: the index must open afterwards with every document of the last reported
 * commit intact, and accept new documents.
 */
class IndexCrashTest {

  static final int BATCH = 200;

  @TempDir Path folder;

  @Test
  void killedWriterLeavesEveryCommittedDocument() throws Exception {
    Process child = new ProcessBuilder(
        ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"),
        Writer.class.getName(), folder.toString())
        .redirectErrorStream(true)
        .start();
    int committed = 0;
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= 3 * BATCH) {
            break; // the child is now writing the next batch
          }
        }
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("commits reported before the kill").isGreaterThanOrEqualTo(3 * BATCH);

    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      assertThat(index.documentCount()).isGreaterThanOrEqualTo(committed);
      for (int i = 0; i < committed; i++) {
        assertThat(index.contains(Writer.id(i))).as(Writer.id(i)).isTrue();
      }
      assertThat(index.document(Writer.id(committed - 1)).orElseThrow().originalText())
          .isEqualTo(Writer.document(committed - 1).originalText());
      IncrementalEngine.index(index, new IngestResult(List.of(Writer.document(999_999)), List.of(), List.of()),
          ScanOptions.defaults(List.of()).withThreads(1), ProgressListener.NONE);
      assertThat(index.contains(Writer.id(999_999))).isTrue();
    }
  }

  /** The child process: adds generated articles forever, committing every batch and saying so. */
  public static final class Writer {
    public static void main(String[] args) {
      ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1);
      try (ReprintIndex index = ReprintIndex.openForWriting(Path.of(args[0]), options.fingerprint())) {
        for (int batch = 0; batch < 1_000; batch++) {
          List<Document> documents = new ArrayList<>();
          for (int i = batch * BATCH; i < (batch + 1) * BATCH; i++) {
            documents.add(document(i));
          }
          IncrementalEngine.index(index, new IngestResult(documents, List.of(), List.of()), options,
              ProgressListener.NONE);
          System.out.println("committed " + (batch + 1) * BATCH);
          System.out.flush();
        }
      }
    }

    static String id(int number) {
      return String.format(java.util.Locale.ROOT, "generated-%07d", number);
    }

    /** A generated article of 40 to 120 words drawn from a fixed vocabulary, seeded by its number. */
    static Document document(int number) {
      String[] words = {"minister", "said", "talks", "ceasefire", "border", "troops", "agency", "reported",
          "government", "statement", "on", "the", "a", "in", "after", "before", "city", "rebels", "army",
          "vote", "market", "shares", "rose", "fell", "bank", "rates", "oil", "prices", "week", "report"};
      Random random = new Random(number * 7919L + 17);
      StringBuilder text = new StringBuilder();
      int count = 40 + random.nextInt(80);
      for (int w = 0; w < count; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      return Document.ofText(id(number), text.toString().trim() + ".");
    }
  }
}
