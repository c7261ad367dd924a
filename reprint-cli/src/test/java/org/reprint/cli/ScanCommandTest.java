package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output streams, formats, files and exit codes. */
class ScanCommandTest {

  static final String EXAMPLE = Path.of("..", "examples", "armenia-2020").toString();

  @TempDir Path folder;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReprintCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonGoesToStandardOutputAndProgressToStandardError() throws IOException {
    Run run = run("scan", EXAMPLE, "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("schema").asText()).isEqualTo("reprint-scan/1.2");
    assertThat(report.get("documents")).hasSize(5);
    assertThat(report.get("pairs")).hasSize(10);
    assertThat(report.get("families").get(0).get("original").asText()).isEqualTo("../examples/armenia-2020/001_de2c79a0c33f0dde.txt");
    assertThat(run.err()).contains("reprint: 5 documents");
  }

  @Test
  void nearDuplicatesOnlyReportsItsScopeAndOnlyTheDuplicate() throws IOException {
    Run json = run("scan", EXAMPLE, "--near-duplicates-only", "--format", "json", "-q");
    assertThat(json.exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.get("parameters").get("scope").asText()).isEqualTo("near-duplicates");
    assertThat(report.get("documents")).hasSize(5);
    assertThat(report.get("pairs")).hasSize(1);
    assertThat(report.get("pairs").get(0).get("relation").asText()).isEqualTo("DUPLICATE");
    Run text = run("scan", EXAMPLE, "--near-duplicates-only", "-q");
    assertThat(text.out()).startsWith("Scope: duplicates and near duplicates only").doesNotContain("PARAPHRASE");
    assertThat(new ObjectMapper().readTree(run("scan", EXAMPLE, "--format", "json", "-q").out())
        .get("parameters").get("scope").asText()).isEqualTo("all");
  }

  @Test
  void quietTextReportNamesFamiliesAndRelations() {
    Run run = run("scan", EXAMPLE, "--quiet");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Reuse families", "DUPLICATE", "PARAPHRASE", "PARTIAL_REUSE", "SAME_STORY");
  }

  @Test
  void outputAndHtmlFilesAreWritten() throws IOException {
    Path json = folder.resolve("out.json");
    Path html = folder.resolve("report.html");
    Run run = run("scan", EXAMPLE, "--format", "json", "--output", json.toString(), "--html", html.toString(), "-q");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(new ObjectMapper().readTree(json.toFile()).get("pairs")).hasSize(10);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<mark class=\"verbatim\"", "concrete formats");
    assertThat(page).doesNotContain("<script", "http://", "https://fonts");
  }

  @Test
  void missingPathIsAOneLineUsageError() {
    Run run = run("scan", folder.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains("path does not exist").doesNotContain("Exception", "\tat ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("scan", EXAMPLE, "--frobnicate").exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run("scan", EXAMPLE, "--threads", "0").exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
  }

  @Test
  void folderWithNothingUsableExitsWithOne() throws IOException {
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Run run = run("scan", folder.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_NOTHING_USABLE);
    assertThat(run.err()).contains("no usable document");
    assertThat(run.out()).contains("\"skipped\"", "EMPTY");
  }

  @Test
  void threadThresholdMessageNamesTheParameter() {
    Run run = run("scan", EXAMPLE, "--threads", "0");
    assertThat(run.err()).contains("threads must be between 1 and 256, got 0");
  }
}
