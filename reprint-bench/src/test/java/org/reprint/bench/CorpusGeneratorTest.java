package org.reprint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus generator on N = 200 from the shared datasets: deterministic, exact counts per kind, and each
 * planted kind as specified. Skipped, with a message, when the datasets are absent.
 */
class CorpusGeneratorTest {

  private static final int COUNT = 200;
  private static final long SEED = 20_260_101L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static SourceArticles sources;
  private static Path generated;
  private static Map<String, String> texts;
  private static List<JsonNode> truth;

  @BeforeAll
  static void generateOnce(@TempDir Path folder) throws IOException {
    Path datasets = findDatasets();
    Assumptions.assumeTrue(
        datasets != null,
        "shared datasets not found (set -Dreprint.datasets=FOLDER or place them in ../shared/datasets);"
            + " skipping the corpus generator tests");
    sources = SourceArticles.load(datasets);
    generated = folder.resolve("first");
    new CorpusGenerator(GeneratorOptions.defaults(COUNT, SEED, generated, datasets), sources).generate();
    texts = new HashMap<>();
    for (String line : Files.readAllLines(generated.resolve(CorpusGenerator.CORPUS_FILE), StandardCharsets.UTF_8)) {
      JsonNode article = MAPPER.readTree(line);
      texts.put(article.get("id").asText(), article.get("text").asText());
    }
    truth = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(generated.resolve(CorpusGenerator.TRUTH_FILE), StandardCharsets.UTF_8)) {
      truth.add(MAPPER.readTree(line));
    }
  }

  static Path findDatasets() {
    String property = System.getProperty("reprint.datasets");
    if (property != null) {
      return Files.isDirectory(Path.of(property)) ? Path.of(property) : null;
    }
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve("shared").resolve("datasets");
      if (Files.isDirectory(candidate.resolve(SourceArticles.REUTERS))) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  @DisplayName("the same seed and N give byte-identical corpus, truth and manifest")
  void sameSeedSameFiles(@TempDir Path folder) throws IOException {
    Path second = folder.resolve("second");
    new CorpusGenerator(GeneratorOptions.defaults(COUNT, SEED, second, Path.of("unused")), sources).generate();
    for (String file : List.of(CorpusGenerator.CORPUS_FILE, CorpusGenerator.TRUTH_FILE, CorpusGenerator.MANIFEST_FILE)) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as("%s with seed %d", file, SEED)
          .isEqualTo(Files.readAllBytes(generated.resolve(file)));
    }
  }

  @Test
  @DisplayName("N articles with unique ids, and round(rate * N) planted pairs of each kind")
  void countsMatchRates() {
    assertThat(texts).hasSize(COUNT);
    Map<String, Integer> byKind = new HashMap<>();
    truth.forEach(pair -> byKind.merge(pair.get("kind").asText(), 1, Integer::sum));
    assertThat(byKind)
        .containsEntry("EXACT_COPY", 4)
        .containsEntry("NEAR_COPY", 6)
        .containsEntry("QUOTE", 6)
        .containsEntry("PARAPHRASE", 4);
  }

  @Test
  @DisplayName("a planted quote is verbatim in B at the recorded offsets, in quotation marks")
  void quoteAtRecordedOffsets() {
    for (JsonNode pair : ofKind("QUOTE")) {
      String a = texts.get(pair.get("a").asText());
      String b = texts.get(pair.get("b").asText());
      String quoted = a.substring(pair.get("aSpan").get(0).asInt(), pair.get("aSpan").get(1).asInt());
      int bStart = pair.get("bSpan").get(0).asInt();
      assertThat(b.substring(bStart, pair.get("bSpan").get(1).asInt())).as("pair %s", pair).isEqualTo(quoted);
      assertThat(b.charAt(bStart - 1)).isEqualTo('"');
      assertThat(pair.get("sentences").asInt()).isBetween(2, 4);
    }
  }

  @Test
  @DisplayName("a near copy differs in 1% to 5% of its words")
  void nearCopyEditShare() {
    for (JsonNode pair : ofKind("NEAR_COPY")) {
      String[] a = texts.get(pair.get("a").asText()).split("\\s+");
      String[] b = texts.get(pair.get("b").asText()).split("\\s+");
      int distance = wordEditDistance(a, b);
      assertThat(distance).as("pair %s", pair).isBetween(1, (int) Math.ceil(CopyEditor.MAX_EDIT_SHARE * a.length) + 1);
      assertThat(distance).isLessThanOrEqualTo(pair.get("editedWords").asInt() * 2);
    }
  }

  @Test
  @DisplayName("an exact copy equals its source once whitespace is collapsed")
  void exactCopiesNormalizeEqual() {
    for (JsonNode pair : ofKind("EXACT_COPY")) {
      assertThat(collapse(texts.get(pair.get("b").asText()))).isEqualTo(collapse(texts.get(pair.get("a").asText())));
    }
  }

  @Test
  @DisplayName("a paraphrase rewrites words of most sentences but keeps the source's sentence count")
  void paraphraseRewrites() {
    for (JsonNode pair : ofKind("PARAPHRASE")) {
      assertThat(texts.get(pair.get("b").asText())).isNotEqualTo(texts.get(pair.get("a").asText()));
    }
  }

  @Test
  @DisplayName("rates are checked when options are built, with the parameter named")
  void ratesChecked() {
    assertThatThrownBy(() -> new GeneratorOptions(10, 1, Path.of("x"), Path.of("y"), 0.5, 0.5, 0, 0))
        .hasMessage("the rates must add up to less than 1, got 1.0000");
    assertThatThrownBy(() -> GeneratorOptions.defaults(0, 1, Path.of("x"), Path.of("y")))
        .hasMessage("count must be at least 1, got 0");
  }

  private static List<JsonNode> ofKind(String kind) {
    List<JsonNode> pairs = truth.stream().filter(pair -> pair.get("kind").asText().equals(kind)).toList();
    assertThat(pairs).as("planted %s pairs", kind).isNotEmpty();
    return pairs;
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Levenshtein distance over words. */
  static int wordEditDistance(String[] a, String[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int substitution = previous[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }
}
