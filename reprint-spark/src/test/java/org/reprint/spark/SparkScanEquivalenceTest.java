package org.reprint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.bench.CorpusGenerator;
import org.reprint.classify.PairJudgement;
import org.reprint.cluster.DocumentGroup;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.Ingester;

/**
 * The Spark job (local[2]) against the embedded scan: the same pairs, relations, scores, directions,
 * passages and divergences, and the same families, stories and likely originals.
 */
class SparkScanEquivalenceTest {

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");
  static JavaSparkContext context;

  @BeforeAll
  static void start() {
    context = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("reprint-test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1").set("spark.default.parallelism", "4")
        .set("spark.sql.shuffle.partitions", "4"));
    context.setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  static String decision(PairJudgement pair) {
    return pair.relation() + " " + pair.scores() + " " + pair.direction() + " " + pair.passages() + " "
        + pair.divergences();
  }

  static TreeSet<String> groups(List<DocumentGroup> groups) {
    TreeSet<String> out = new TreeSet<>();
    groups.forEach(g -> out.add(g.members() + " original " + g.original() + " (" + g.originalEvidence() + ")"));
    return out;
  }

  /** Runs both and compares; returns the number of pairs. */
  static int assertEquivalent(Path input) {
    ScanResult embedded = Engine.scan(new Ingester(IngestOptions.DEFAULT).ingest(input),
        SparkScan.options(false));
    SparkScan.Result spark = SparkScan.run(context,
        SparkInput.read(context, List.of(input.toString()), IngestOptions.DEFAULT.maxDocumentBytes()), false);
    TreeMap<String, String> expected = new TreeMap<>();
    embedded.pairs().forEach(p -> expected.put(p.first() + " " + p.second(), decision(p)));
    TreeMap<String, String> actual = new TreeMap<>();
    spark.pairs().collect().forEach(p -> actual.put(p.first() + " " + p.second(), decision(p)));
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(actual).isEqualTo(expected);
    assertThat(groups(spark.families().collect())).isEqualTo(groups(embedded.clustering().families()));
    assertThat(groups(spark.stories().collect())).isEqualTo(groups(embedded.clustering().stories()));
    assertThat(spark.documents()).isEqualTo(embedded.statistics().documents());
    return expected.size();
  }

  @Test
  @DisplayName("examples/armenia-2020: the job's pairs, families, stories and originals are the scan's")
  void example() {
    assertThat(assertEquivalent(EXAMPLE)).isEqualTo(10);
  }

  @Test
  @DisplayName("a generated corpus of 2,000 articles with planted reuse: the job equals the scan, pair for pair")
  void generatedCorpus(@TempDir Path folder) throws Exception {
    assertThat(assertEquivalent(generated(folder, 2_000, 11))).isGreaterThan(150);
  }

  @Test
  @DisplayName("a WARC crawl of the example's pages (.warc.gz): the job equals the scan")
  void warcCrawl(@TempDir Path folder) throws Exception {
    Path crawl = folder.resolve("crawl.warc.gz");
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.FileChannel.open(crawl, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP);
        var files = Files.list(EXAMPLE)) {
      for (Path file : files.sorted().toList()) {
        String html = "<html><head><title>" + file.getFileName() + "</title></head><body><article><p>"
            + Files.readString(file, StandardCharsets.UTF_8).replace("&", "&amp;").replace("<", "&lt;")
                .replaceAll("\\n\\s*\\n", "</p><p>") + "</p></article></body></html>";
        org.netpreserve.jwarc.HttpResponse http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
            .body(org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                html.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://example.org/" + file.getFileName())
            .date(java.time.Instant.parse("2020-11-01T00:00:00Z")).body(http).build());
      }
    }
    assertThat(assertEquivalent(crawl)).isGreaterThanOrEqualTo(6);
  }

  @Test
  @DisplayName("--near-duplicates-only: the same DUPLICATE and NEAR_DUPLICATE pairs as the embedded scope")
  void nearDuplicatesOnly(@TempDir Path folder) throws Exception {
    Path input = generated(folder, 1_000, 5);
    ScanResult embedded = Engine.scan(new Ingester(IngestOptions.DEFAULT).ingest(input),
        SparkScan.options(true));
    SparkScan.Result spark = SparkScan.run(context,
        SparkInput.read(context, List.of(input.toString()), IngestOptions.DEFAULT.maxDocumentBytes()), true);
    TreeMap<String, String> expected = new TreeMap<>();
    embedded.pairs().forEach(p -> expected.put(p.first() + " " + p.second(),
        p.relation() + " " + p.scores().resemblance()));
    TreeMap<String, String> actual = new TreeMap<>();
    spark.pairs().collect().forEach(p -> actual.put(p.first() + " " + p.second(),
        p.relation() + " " + p.scores().resemblance()));
    assertThat(expected).hasSizeGreaterThan(30);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  @DisplayName("the job's output: a head line with the summary, then documents, pairs, families, stories")
  void jobWritesSortedLines(@TempDir Path folder) throws Exception {
    Path output = folder.resolve("out");
    SparkScanJob.scan(context, SparkScanJob.Arguments.parse(new String[] {"scan", "--input", EXAMPLE.toString(),
        "--output", output.toString()}));
    List<String> lines = new ArrayList<>();
    try (var parts = Files.list(output)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertThat(lines.get(0)).startsWith("{\"schema\":\"reprint-scan/1.2\",\"job\":\"spark\",\"summary\":")
        .contains("\"documents\":5", "\"relatedPairs\":10", "\"families\":1", "\"stories\":1");
    assertThat(lines.stream().filter(l -> l.startsWith("{\"document\":"))).hasSize(5);
    assertThat(lines.stream().filter(l -> l.startsWith("{\"pair\":"))).hasSize(10);
    assertThat(lines.stream().filter(l -> l.startsWith("{\"family\":"))).singleElement().asString()
        .contains("001_de2c79a0c33f0dde.txt");
    assertThat(lines.get(lines.size() - 1)).startsWith("{\"story\":");
  }

  /**
   * A corpus of {@code count} articles with planted reuse, made from the shared datasets; the test is
   * skipped, with a message, without them.
   */
  static Path generated(Path folder, int count, long seed) throws java.io.IOException {
    Path datasets = findDatasets();
    Assumptions.assumeTrue(datasets != null, "shared datasets not found (../shared/datasets): the test on a"
        + " generated corpus of " + count + " articles is skipped");
    Path corpus = folder.resolve("corpus");
    CorpusGenerator.main(new String[] {"--count", String.valueOf(count), "--seed", String.valueOf(seed),
        "--out", corpus.toString(), "--datasets", datasets.toString()});
    return corpus.resolve("corpus.jsonl");
  }

  static Path findDatasets() {
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve("shared").resolve("datasets");
      if (Files.isDirectory(candidate.resolve("reuters21578"))) {
        return candidate;
      }
    }
    return null;
  }
}
