package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault injection: a report write that fails halfway leaves the previous report whole. */
class AtomicFileTest {

  static final String PREVIOUS = "{\"schema\": \"reprint-scan/1\", \"previous\": true}\n";

  @TempDir Path folder;

  private Path previousReport() throws IOException {
    return Files.writeString(folder.resolve("report.json"), PREVIOUS, StandardCharsets.UTF_8);
  }

  private void assertOnlyThePreviousReport(Path report) throws IOException {
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(PREVIOUS);
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).containsExactly(report); // no partial file left behind
    }
  }

  @Test
  @DisplayName("a writer interrupted halfway leaves the previous report intact")
  void interruptedWriter() throws IOException {
    Path report = previousReport();
    assertThatThrownBy(() -> AtomicFile.write(report, writer -> {
      writer.write("{\"schema\": \"reprint-scan/1\", \"pairs\": [");
      writer.flush();
      throw new IllegalStateException("interrupted while writing");
    })).hasMessage("interrupted while writing");
    assertOnlyThePreviousReport(report);
  }

  @Test
  @DisplayName("a full disk leaves the previous report intact")
  void fullDisk() throws IOException {
    Path report = previousReport();
    assertThatThrownBy(() -> AtomicFile.write(report, writer -> {
      writer.write("x".repeat(100_000));
      throw new IOException("No space left on device");
    })).hasMessage("No space left on device");
    assertOnlyThePreviousReport(report);
  }

  @Test
  @DisplayName("running out of memory while building the report leaves the previous report intact")
  void outOfMemory() throws IOException {
    Path report = previousReport();
    assertThatThrownBy(() -> AtomicFile.write(report, writer -> {
      throw new OutOfMemoryError("Java heap space (simulated)");
    })).isInstanceOf(OutOfMemoryError.class);
    assertOnlyThePreviousReport(report);
  }

  @Test
  void aCompleteWriteReplacesTheReport() throws IOException {
    Path report = previousReport();
    AtomicFile.write(report, writer -> writer.write("new"));
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("new");
  }

  @Test
  @DisplayName("scan DIR -o DIR/article.txt is refused: the report would overwrite an input")
  void outputThatIsAnInputIsRefused() throws IOException {
    Path news = Files.createDirectories(folder.resolve("news"));
    Path article = Files.writeString(news.resolve("article.txt"), "The ministry said on Monday that talks resume.");
    ScanCommandTest.Run run = ScanCommandTest.run("scan", news.toString(), "-o", article.toString());
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains("one of the inputs");
    assertThat(Files.readString(article)).isEqualTo("The ministry said on Monday that talks resume.");
    ScanCommandTest.Run file = ScanCommandTest.run("scan", article.toString(), "--html", article.toString());
    assertThat(file.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
  }

  @Test
  @DisplayName("a report keeps the permissions of the file it replaces, and a new one is readable by all")
  void permissions() throws IOException {
    Path report = previousReport();
    Files.setPosixFilePermissions(report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFile.write(report, writer -> writer.write("new"));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-rw-r--");
    Path fresh = folder.resolve("fresh.json");
    AtomicFile.write(fresh, writer -> writer.write("new"));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  @DisplayName("--format jsonl: a head line, then one line per document, pair and group, each valid JSON")
  void jsonLinesReport() throws IOException {
    Path out = folder.resolve("report.jsonl");
    ScanCommandTest.Run run = ScanCommandTest.run("scan", ScanCommandTest.EXAMPLE, "--format", "jsonl", "-o",
        out.toString(), "-q");
    assertThat(run.exitCode()).isZero();
    java.util.List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(lines.get(0)).get("schema").asText()).isEqualTo("reprint-scan/1.2");
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      kinds.merge(json.readTree(line).fieldNames().next(), 1, Integer::sum);
    }
    assertThat(kinds).containsEntry("document", 5).containsEntry("pair", 10).containsEntry("family", 1)
        .containsEntry("story", 1);
  }
}
