package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.index.ReprintIndex;

/** An index that is damaged, locked, missing or not an index: one line each, and the right exit code. */
class IndexFaultsTest {

  static final String EXAMPLE = ScanCommandTest.EXAMPLE;
  static final String QUERY = Path.of(EXAMPLE, "002_408473a80b4a83d8.txt").toString();

  @TempDir Path folder;

  private Path indexOfTheExample() {
    Path index = folder.resolve("index");
    assertThat(ScanCommandTest.run("index", "add", EXAMPLE, "--index", index.toString(), "-q").exitCode()).isZero();
    return index;
  }

  private static void assertOneLine(ScanCommandTest.Run run, String expected) {
    assertThat(run.err()).contains(expected).doesNotContain("Exception in").doesNotContain("\tat ")
        .doesNotContain("internal error");
    assertThat(run.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  @DisplayName("4 KB of random bytes in a segment file: stats, query and check say it is damaged (exit 4)")
  void randomBytesInASegment() throws IOException {
    Path index = indexOfTheExample();
    Path largest;
    try (var files = Files.list(index)) {
      largest = files.filter(f -> f.getFileName().toString().endsWith(".cfs"))
          .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
    }
    long size = Files.size(largest);
    byte[] noise = new byte[(int) Math.min(4096, size / 3)];
    new Random(42).nextBytes(noise);
    try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
      file.seek(size / 3);
      file.write(noise);
    }
    ScanCommandTest.Run stats = ScanCommandTest.run("index", "stats", "--index", index.toString());
    assertThat(stats.exitCode()).isEqualTo(ReprintCommand.EXIT_DAMAGED_INDEX);
    assertOneLine(stats, "is damaged");
    assertThat(stats.err()).contains("reprint index check --index " + index);
    ScanCommandTest.Run query = ScanCommandTest.run("query", QUERY, "--index", index.toString(), "-q");
    assertThat(query.exitCode()).isEqualTo(ReprintCommand.EXIT_DAMAGED_INDEX);
    assertOneLine(query, "is damaged");
    ScanCommandTest.Run check = ScanCommandTest.run("index", "check", "--index", index.toString());
    assertThat(check.exitCode()).isEqualTo(ReprintCommand.EXIT_DAMAGED_INDEX);
    assertThat(check.out()).contains("DAMAGED").contains("segment _");
  }

  @Test
  void aSoundIndexChecksClean() {
    Path index = indexOfTheExample();
    ScanCommandTest.Run check = ScanCommandTest.run("index", "check", "--index", index.toString());
    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).contains("is sound: 5 articles");
  }

  @Test
  @DisplayName("a missing segments_N file is damage, named as such")
  void missingCommitFile() throws IOException {
    Path index = indexOfTheExample();
    try (var files = Files.list(index)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(file);
      }
    }
    ScanCommandTest.Run stats = ScanCommandTest.run("index", "stats", "--index", index.toString());
    assertThat(stats.exitCode()).isEqualTo(ReprintCommand.EXIT_DAMAGED_INDEX);
    assertOneLine(stats, "segments_N file is missing");
    ScanCommandTest.Run add = ScanCommandTest.run("index", "add", EXAMPLE, "--index", index.toString(), "-q");
    assertThat(add.exitCode()).isEqualTo(ReprintCommand.EXIT_DAMAGED_INDEX); // never a new index over old files
  }

  @Test
  @DisplayName("an empty folder or a folder of other files is no index (exit 2)")
  void emptyOrForeignFolder() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    ScanCommandTest.Run query = ScanCommandTest.run("query", QUERY, "--index", empty.toString(), "-q");
    assertThat(query.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertOneLine(query, "no Reprint index at " + empty);
    ScanCommandTest.Run add = ScanCommandTest.run("index", "add", EXAMPLE, "--index", EXAMPLE, "-q");
    assertThat(add.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertOneLine(add, "holds no Reprint index");
  }

  @Test
  @DisplayName("an index another writer holds: one line, exit 2")
  void lockHeld() {
    Path index = indexOfTheExample();
    try (ReprintIndex writer = ReprintIndex.openForWriting(index, FingerprintParameters.DEFAULT)) {
      ScanCommandTest.Run add = ScanCommandTest.run("index", "add", EXAMPLE, "--index", index.toString(), "-q");
      assertThat(add.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
      assertOneLine(add, "in use by another writer");
      ScanCommandTest.Run check = ScanCommandTest.run("index", "check", "--index", index.toString());
      assertThat(check.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    }
  }

  @Test
  @DisplayName("Ctrl-C (or SIGTERM) during index add says how many articles the index keeps")
  void interruptedIndexAddSaysWhatWasCommitted() throws Exception {
    Path corpus = folder.resolve("corpus.jsonl");
    List<String> lines = new ArrayList<>();
    Random random = new Random(7);
    String[] words = "minister talks ceasefire border village said monday army report city".split(" ");
    for (int i = 0; i < 40_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 10 == 9 ? ". " : " ");
      }
      lines.add("{\"id\": \"a" + i + "\", \"text\": \"" + text.toString().strip() + "\"}");
    }
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    Path index = folder.resolve("big-index");
    Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), "org.reprint.cli.ReprintCommand",
        "index", "add", corpus.toString(), "--index", index.toString(), "--threads", "1", "-q")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(folder.resolve("err.txt").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!committed(index) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(child.isAlive()).as("the run must still be adding after its first commit").isTrue();
    child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(err).contains("interrupted;").containsPattern("keeps its last commit, [1-9][0-9]{4} articles,");
    java.util.regex.Matcher said = java.util.regex.Pattern.compile("commit, (\\d+) articles,").matcher(err);
    assertThat(said.find()).isTrue();
    try (ReprintIndex reader = ReprintIndex.openForReading(index, FingerprintParameters.DEFAULT)) {
      // what it said is there (a commit that was finishing as the process stopped may have added more)
      assertThat(reader.documentCount()).isGreaterThanOrEqualTo(Integer.parseInt(said.group(1)));
    }
  }

  private static boolean committed(Path index) {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (ReprintIndex reader = ReprintIndex.openForReading(index, FingerprintParameters.DEFAULT)) {
      return reader.documentCount() > 0;
    } catch (RuntimeException notYet) {
      return false;
    }
  }
}
