package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index add / stats / remove and query, as a user runs them. */
class IndexCommandTest {

  @TempDir Path folder;

  @Test
  void addStatsQueryRemove() throws Exception {
    String index = folder.resolve("index").toString();
    ScanCommandTest.Run added = ScanCommandTest.run("index", "add", "--index", index, ScanCommandTest.EXAMPLE, "-q");
    assertThat(added.exitCode()).isZero();
    assertThat(added.out()).contains("added 5 documents");

    ScanCommandTest.Run stats = ScanCommandTest.run("index", "stats", "--index", index);
    assertThat(stats.out()).contains("documents        5", "reprint-index", "xxh64");

    String quoting = Path.of(ScanCommandTest.EXAMPLE, "003_3408cd47ae938fb3.txt").toString();
    ScanCommandTest.Run query = ScanCommandTest.run("query", "--index", index, quoting, "--format", "json");
    assertThat(query.exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(query.out());
    assertThat(report.get("schema").asText()).isEqualTo("reprint-scan/1.2");
    assertThat(report.get("pairs")).hasSize(4);
    assertThat(report.get("pairs").findValuesAsText("relation"))
        .containsExactly("PARTIAL_REUSE", "PARTIAL_REUSE", "PARTIAL_REUSE", "SAME_STORY");

    ScanCommandTest.Run removed =
        ScanCommandTest.run("index", "remove", "--index", index,
            ScanCommandTest.EXAMPLE + "/000_51bb1057b6c19cdb.txt");
    assertThat(removed.out()).contains("removed 1 of 1");
    ScanCommandTest.Run again = ScanCommandTest.run("query", "--index", index, quoting, "--format", "json");
    assertThat(new ObjectMapper().readTree(again.out()).get("pairs")).hasSize(3);
  }

  @Test
  @DisplayName("index add --stories places each article as it comes; index stories settles them as a scan")
  void storiesAssignedAndSettled() throws Exception {
    String index = folder.resolve("index").toString();
    ScanCommandTest.Run first = ScanCommandTest.run("index", "add", "--index", index, "--stories",
        Path.of(ScanCommandTest.EXAMPLE, "001_de2c79a0c33f0dde.txt").toString(), "-q");
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("stories: 0 joined a stored story, 1 started one");
    List<String> rest = new java.util.ArrayList<>(List.of("index", "add", "--index", index, "--stories", "-q"));
    for (String name : List.of("000_51bb1057b6c19cdb.txt", "002_408473a80b4a83d8.txt",
        "003_3408cd47ae938fb3.txt", "004_aff0aa0c764f18b0.txt")) {
      rest.add(Path.of(ScanCommandTest.EXAMPLE, name).toString());
    }
    ScanCommandTest.Run more = ScanCommandTest.run(rest.toArray(String[]::new));
    assertThat(more.out()).contains("stories: 4 joined a stored story, 0 started one");
    ScanCommandTest.Run settled = ScanCommandTest.run("index", "stories", "--index", index);
    assertThat(settled.exitCode()).isZero();
    assertThat(settled.out()).contains("1 story of two articles or more");
    assertThat(ScanCommandTest.run("index", "stories", "--index", folder.resolve("none").toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void mergeKeepsEveryAnswer() throws Exception {
    String index = folder.resolve("index").toString();
    // two adds of different articles, two commits: at least two segments to merge, however many threads
    // shared the second add (adding the whole folder again would replace 000 and leave its first segment
    // wholly deleted, which Lucene drops)
    ScanCommandTest.run("index", "add", "--index", index,
        Path.of(ScanCommandTest.EXAMPLE, "000_51bb1057b6c19cdb.txt").toString(), "-q");
    List<String> second = new java.util.ArrayList<>(List.of("index", "add", "--index", index, "-q"));
    for (String name : List.of("001_de2c79a0c33f0dde.txt", "002_408473a80b4a83d8.txt",
        "003_3408cd47ae938fb3.txt", "004_aff0aa0c764f18b0.txt")) {
      second.add(Path.of(ScanCommandTest.EXAMPLE, name).toString());
    }
    ScanCommandTest.run(second.toArray(String[]::new));
    String quoting = Path.of(ScanCommandTest.EXAMPLE, "003_3408cd47ae938fb3.txt").toString();
    String before = ScanCommandTest.run("query", "--index", index, quoting, "--format", "json").out();
    assertThat(ScanCommandTest.run("index", "stats", "--index", index).out()).doesNotContain("segments         1\n");

    ScanCommandTest.Run merged = ScanCommandTest.run("index", "merge", "--index", index);
    assertThat(merged.exitCode()).isZero();
    assertThat(merged.out()).contains("into 1 segment in");
    ScanCommandTest.Run stats = ScanCommandTest.run("index", "stats", "--index", index);
    assertThat(stats.out()).contains("documents        5 (0 deleted", "segments         1");
    assertThat(ScanCommandTest.run("query", "--index", index, quoting, "--format", "json").out())
        .isEqualTo(before);

    ScanCommandTest.Run refused = ScanCommandTest.run("index", "merge", "--index", index, "--segments", "0");
    assertThat(refused.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(refused.err()).contains("--segments must be at least 1, got 0");
  }

  @Test
  void queryWithoutAnIndexIsAUsageError() {
    ScanCommandTest.Run run = ScanCommandTest.run("query", "--index", folder.resolve("none").toString(),
        ScanCommandTest.EXAMPLE);
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains("no index at");
  }
}
