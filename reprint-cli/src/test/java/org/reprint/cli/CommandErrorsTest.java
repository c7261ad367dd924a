package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a user can act on: one line, the path or line at fault, exit 2, and no stack trace. */
class CommandErrorsTest {

  static final String EXAMPLE = Path.of("..", "examples", "armenia-2020").toString();

  @TempDir Path folder;

  static ScanCommandTest.Run run(String... args) {
    return ScanCommandTest.run(args);
  }

  static void assertNoStackTrace(ScanCommandTest.Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  @DisplayName("an unwritable -o is a usage error before anything is scanned")
  void unwritableOutputIsCheckedFirst() {
    String output = folder.resolve("no-such-folder/report.json").toString();
    ScanCommandTest.Run run = run("scan", EXAMPLE, "-o", output);
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains(output).doesNotContain("documents");
    assertThat(run.err().strip().lines().count()).isLessThanOrEqualTo(2);
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("an unwritable --html is a usage error before anything is scanned")
  void unwritableHtmlIsCheckedFirst() throws IOException {
    Path directory = Files.createDirectories(folder.resolve("a-folder"));
    ScanCommandTest.Run run = run("scan", EXAMPLE, "--html", directory.toString());
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains(directory.toString()).doesNotContain("documents");
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("a query's unwritable -o is a usage error too")
  void queryOutputIsChecked() {
    ScanCommandTest.Run run = run("query", EXAMPLE, "--index", folder.toString(), "-o",
        folder.resolve("missing/out.txt").toString());
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("a usage error prints one line and where to find help, not the whole help")
  void usageErrorIsShort() {
    ScanCommandTest.Run run = run("scan", EXAMPLE, "--no-such-option");
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains("--no-such-option").contains("reprint scan --help");
    assertThat(run.err().strip().lines().count()).isLessThanOrEqualTo(2);
  }

  @Test
  @DisplayName("--version prints the project version from the build")
  void versionComesFromTheBuild() {
    ScanCommandTest.Run run = run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("reprint ").doesNotContain("development").containsPattern("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  @DisplayName("one document is 'document', not 'documents'")
  void pluralsAreRight() throws IOException {
    Path one = Files.writeString(folder.resolve("one.txt"), "A single article about a single event in a town.");
    ScanCommandTest.Run scan = run("scan", one.toString());
    assertThat(scan.err()).contains("1 document ").doesNotContain("1 documents");
    assertThat(scan.out()).doesNotContain("1 documents");
    ScanCommandTest.Run add = run("index", "add", one.toString(), "--index", folder.resolve("idx").toString());
    assertThat(add.out()).contains("added 1 document,").doesNotContain("1 documents");
  }

  @Test
  @DisplayName("a malformed eval file is a usage error naming the line")
  void malformedEvalFileNamesTheLine() throws IOException {
    Path msrp = Files.writeString(folder.resolve("msrp.txt"),
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tOne sentence.\tAnother one.\nnot a row\n",
        StandardCharsets.UTF_8);
    ScanCommandTest.Run run = run("eval", "msrp", msrp.toString(), "-q");
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains("line 3");
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("eval oracle on a flat folder reads its files")
  void oracleOnAFlatFolderReadsItsFiles() throws IOException {
    Path news = Files.createDirectories(folder.resolve("flat"));
    try (var files = Files.list(Path.of(EXAMPLE))) {
      for (Path file : files.toList()) {
        Files.copy(file, news.resolve(file.getFileName()));
      }
    }
    ScanCommandTest.Run run = run("eval", "oracle", news.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("5 documents read");
  }
}
