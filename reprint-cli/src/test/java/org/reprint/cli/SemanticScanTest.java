package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code reprint scan --semantic}: the sentence-embedding rewrite detector from the command line. */
@DisplayName("scan --semantic: rewrites found by sentence embeddings")
class SemanticScanTest {

  private static final String TWO_EVENTS = Path.of("..", "examples", "two-events").toString();

  @Test
  @DisplayName("the blog rewrite of two-events is PARAPHRASE with --semantic as without: the lexical chains"
      + " find it first, the embeddings are asked only where they find none")
  void rewriteFoundWithAndWithoutTheFlag() throws Exception {
    ScanCommandTest.Run plain = ScanCommandTest.run("scan", TWO_EVENTS, "--format", "json", "-q");
    assertThat(relation(plain)).isEqualTo("PARAPHRASE");
    ScanCommandTest.Run semantic = ScanCommandTest.run("scan", TWO_EVENTS, "--semantic", "--format", "json", "-q");
    assertThat(semantic.exitCode()).isZero();
    assertThat(semantic.err()).doesNotContain("SLF4J");
    assertThat(relation(semantic)).isEqualTo("PARAPHRASE");
    assertThat(semantic.out()).isEqualTo(plain.out());
  }

  @Test
  @DisplayName("query --semantic against an index gives the scan's answer: the rewrite is PARAPHRASE")
  void queryAgreesWithScan(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
    String index = folder.resolve("index").toString();
    String afp = Path.of(TWO_EVENTS, "000_harbour-fire-afp.md").toString();
    String blog = Path.of(TWO_EVENTS, "001_harbour-fire-blog-rewrite.md").toString();
    assertThat(ScanCommandTest.run("index", "add", "--index", index, afp, "-q").exitCode()).isZero();
    ScanCommandTest.Run plain = ScanCommandTest.run("query", "--index", index, blog, "--format", "json", "-q");
    ScanCommandTest.Run semantic =
        ScanCommandTest.run("query", "--index", index, blog, "--semantic", "--format", "json", "-q");
    assertThat(onlyRelation(plain)).isEqualTo("PARAPHRASE");
    assertThat(onlyRelation(semantic)).isEqualTo("PARAPHRASE");
  }

  private static String onlyRelation(ScanCommandTest.Run run) throws Exception {
    JsonNode pairs = new ObjectMapper().readTree(run.out()).get("pairs");
    assertThat(pairs).as(run.err()).hasSize(1);
    return pairs.get(0).get("relation").asText();
  }

  @Test
  void semanticWithNearDuplicatesOnlyIsAUsageError() {
    ScanCommandTest.Run run = ScanCommandTest.run("scan", TWO_EVENTS, "--semantic", "--near-duplicates-only");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--semantic").contains("--near-duplicates-only");
    CommandErrorsTest.assertNoStackTrace(run);
  }

  private static String relation(ScanCommandTest.Run run) throws Exception {
    JsonNode report = new ObjectMapper().readTree(run.out());
    for (JsonNode pair : report.get("pairs")) {
      if (pair.get("a").asText().endsWith("000_harbour-fire-afp.md")
          && pair.get("b").asText().endsWith("001_harbour-fire-blog-rewrite.md")) {
        return pair.get("relation").asText();
      }
    }
    throw new AssertionError("no pair 000/001 in " + run.out());
  }
}
