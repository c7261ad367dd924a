package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids as a user names them: two folders whose files share names lose nothing, a query named like an indexed
 * article is still judged, and an id that two inputs of one run share is a usage error naming both.
 */
class InputIdsCommandTest {

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");

  @TempDir Path folder;
  Path business;
  Path tech;

  @BeforeEach
  void twoFoldersWithTheSameFileNames() throws IOException {
    business = Files.createDirectories(folder.resolve("news/business"));
    tech = Files.createDirectories(folder.resolve("news/tech"));
    Files.writeString(business.resolve("001.txt"), example("000"), StandardCharsets.UTF_8);
    Files.writeString(business.resolve("002.txt"), example("003"), StandardCharsets.UTF_8);
    Files.writeString(tech.resolve("001.txt"), example("004"), StandardCharsets.UTF_8);
  }

  static String example(String prefix) throws IOException {
    try (var files = Files.list(EXAMPLE)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  static ScanCommandTest.Run run(String... args) {
    return ScanCommandTest.run(args);
  }

  static ScanCommandTest.Run runWithInput(String input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  static List<String> ids(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("documents").forEach(d -> ids.add(d.get("id").asText()));
    return ids;
  }

  @Test
  @DisplayName("scan of two folders whose files share names: every file, each id its path as given")
  void scanOfTwoFoldersSkipsNothing() throws IOException {
    ScanCommandTest.Run run = run("scan", business.toString(), tech.toString(), "--format", "json", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("skipped")).isEmpty();
    String root = folder.toString().replace('\\', '/');
    assertThat(ids(report)).containsExactly(
        root + "/news/business/001.txt", root + "/news/business/002.txt", root + "/news/tech/001.txt");
  }

  @Test
  @DisplayName("scan a/story.txt b/story.txt - : three documents, no internal error")
  void sameFileNameInTwoFoldersAndStandardInput() throws IOException {
    Path a = Files.createDirectories(folder.resolve("a"));
    Path b = Files.createDirectories(folder.resolve("b"));
    Files.writeString(a.resolve("story.txt"), example("000"), StandardCharsets.UTF_8);
    Files.writeString(b.resolve("story.txt"), example("002"), StandardCharsets.UTF_8);
    ScanCommandTest.Run run = runWithInput(example("001"),
        "scan", a.resolve("story.txt").toString(), b.resolve("story.txt").toString(), "-", "--format", "json", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("documents")).hasSize(3);
    assertThat(report.get("pairs").size()).isEqualTo(3);
  }

  @Test
  @DisplayName("the same folder given twice is a usage error that names both inputs")
  void oneIdFromTwoInputsIsAUsageError() {
    ScanCommandTest.Run run = run("scan", business.toString(), business + "/./", "-q");
    assertThat(run.exitCode()).isEqualTo(ReprintCommand.EXIT_USAGE);
    assertThat(run.err()).contains("001.txt").contains("more than once").doesNotContain("Exception");
  }

  @Test
  @DisplayName("index add of two folders: stats count every article; adding again says replaced")
  void indexAddOfTwoFoldersKeepsEveryArticle() {
    String index = folder.resolve("idx").toString();
    ScanCommandTest.Run add = run("index", "add", business.toString(), tech.toString(), "--index", index, "-q");
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).contains("added 3 documents");
    assertThat(run("index", "stats", "--index", index).out()).containsPattern("documents\\s+3 ");
    ScanCommandTest.Run again = run("index", "add", tech.toString(), "--index", index, "-q");
    assertThat(again.out()).contains("added 0 documents, replaced 1");
    assertThat(run("index", "stats", "--index", index).out()).containsPattern("documents\\s+3 ");
  }

  @Test
  @DisplayName("a query with the id of an indexed article is judged against it, with a note")
  void queryNamedLikeAnIndexedArticle() throws IOException {
    String index = folder.resolve("idx").toString();
    assertThat(run("index", "add", business.toString(), "--index", index, "-q").exitCode()).isZero();
    Path article = business.resolve("001.txt");
    Files.writeString(article, example("000").replace("Gyumri", "Vanadzor"), StandardCharsets.UTF_8);
    ScanCommandTest.Run query = run("query", article.toString(), "--index", index, "--format", "json");
    assertThat(query.exitCode()).as(query.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(query.out());
    assertThat(report.get("pairs")).isNotEmpty();
    assertThat(report.get("pairs").get(0).get("relation").asText()).isEqualTo("NEAR_DUPLICATE");
    assertThat(report.get("warnings").toString()).contains("same id as an indexed article");
  }

  @Test
  @DisplayName("an empty query file is reported as skipped")
  void emptyQueryFileIsReported() throws IOException {
    String index = folder.resolve("idx").toString();
    assertThat(run("index", "add", business.toString(), "--index", index, "-q").exitCode()).isZero();
    Path empty = Files.writeString(folder.resolve("empty.txt"), "");
    Path real = business.resolve("002.txt");
    ScanCommandTest.Run query = run("query", empty.toString(), real.toString(), "--index", index);
    assertThat(query.out()).contains("Skipped: 1").contains("empty.txt");
    assertThat(query.out()).contains("1 query article against 2 indexed");
  }

  @Test
  @DisplayName("a query of two indexed articles judges the pair between them once: the tallies agree")
  void queryTalliesAgree() throws IOException {
    String index = folder.resolve("idx").toString();
    assertThat(run("index", "add", EXAMPLE.toString(), "--index", index, "-q").exitCode()).isZero();
    ScanCommandTest.Run query = run("query", EXAMPLE.resolve("000_51bb1057b6c19cdb.txt").toString(),
        EXAMPLE.resolve("001_de2c79a0c33f0dde.txt").toString(), "--index", index, "--format", "json", "-q");
    JsonNode summary = new ObjectMapper().readTree(query.out()).get("summary");
    int related = 0;
    for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) summary.get("pairsByRelation")::fields) {
      related += entry.getKey().equals("UNRELATED") ? 0 : entry.getValue().asInt();
    }
    assertThat(related).isEqualTo(summary.get("relatedPairs").asInt()).isEqualTo(7);
    assertThat(summary.get("documents").asInt()).isEqualTo(2);
    assertThat(summary.get("indexedDocuments").asInt()).isEqualTo(5);
  }
}
