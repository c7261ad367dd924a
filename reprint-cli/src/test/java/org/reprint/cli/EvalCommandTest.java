package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reprint eval} on the small fixtures of reprint-core's evaluation tests. */
class EvalCommandTest {

  static final Path FIXTURES =
      Path.of("..", "reprint-eval", "src", "test", "resources", "org", "reprint", "evaluation");
  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");

  @TempDir Path folder;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReprintCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static JsonNode metric(JsonNode table, String name) {
    for (JsonNode metric : table.get("metrics")) {
      if (metric.get("name").asText().equals(name)) {
        return metric;
      }
    }
    throw new AssertionError("no metric " + name + " in " + table);
  }

  @Test
  void panPrintsATextTableAndProgress() {
    Run run = run("eval", "pan", FIXTURES.resolve("pan-armenia").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("PAN text alignment: ").contains("PAN plagdet", "tolerant passage recall", "Notes:");
    assertThat(run.err()).contains("reprint eval pan: 2 of 2 pairs scanned", "reprint eval pan: done in");
  }

  @Test
  void semevalPrintsJson() throws IOException {
    Run run = run("eval", "semeval", FIXTURES.resolve("semeval-armenia.csv").toString(), "--format", "json", "-q");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode table = new ObjectMapper().readTree(run.out());
    assertThat(table.get("title").asText()).startsWith("SemEval-2022 task 8, en-en");
    assertThat(metric(table, "Pearson r (story similarity vs Overall)").get("value").asDouble()).isLessThan(-0.8);
    assertThat(metric(table, "recall (similarity >= 0.30 or reuse)").get("detail").asText())
        .isEqualTo("tp 2, fp 0, fn 0");
  }

  @Test
  void oracleReadsDocumentsInSubFoldersOnly() throws IOException {
    Path news = Files.createDirectories(folder.resolve("news"));
    try (var files = Files.list(EXAMPLE)) {
      for (Path file : files.toList()) {
        Files.copy(file, news.resolve(file.getFileName()));
      }
    }
    Files.writeString(folder.resolve("README.TXT"), "About this corpus: not an article.");
    Run run = run("eval", "oracle", folder.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("reprint eval oracle: 5 documents read");
    JsonNode table = new ObjectMapper().readTree(run.out());
    JsonNode nearRecall = metric(table, "near-duplicate recall (Jaccard >= 0.8 judged DUPLICATE/NEAR_DUPLICATE)");
    assertThat(nearRecall.get("value").asDouble()).isEqualTo(1.0);
    assertThat(nearRecall.get("detail").asText()).isEqualTo("1 of 1 oracle pairs"); // 000 and 001
  }

  @Test
  void missingPathIsAUsageError() {
    for (String evaluation : new String[] {"pan", "semeval", "oracle", "msrp"}) {
      Run run = run("eval", evaluation, folder.resolve("nowhere").toString());
      assertThat(run.exitCode()).as(evaluation).isEqualTo(ReprintCommand.EXIT_USAGE);
      assertThat(run.err()).contains("path does not exist").doesNotContain("Exception");
    }
  }

  @Test
  void evalWithoutAnEvaluationIsAUsageError() {
    Run run = run("eval");
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains("an evaluation is required");
  }
}
