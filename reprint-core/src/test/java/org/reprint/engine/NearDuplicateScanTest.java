package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * The near-duplicate scope finds exactly the pairs a full scan labels DUPLICATE or NEAR_DUPLICATE, with the
 * same relation, resemblance, direction and divergences, and nothing else.
 */
class NearDuplicateScanTest {

  @TempDir Path folder;

  @Test
  void exampleGivesTheFullScansDuplicateAndNothingElse() {
    IngestResult ingested = new Ingester(IngestOptions.DEFAULT).ingest(ArmeniaScanTest.EXAMPLE, "");
    ScanResult near = assertSameNearDuplicates(ingested);
    assertThat(near.pairs()).singleElement().satisfies(pair -> {
      assertThat(pair.relation()).isEqualTo(Relation.DUPLICATE);
      assertThat(List.of(pair.first().value(), pair.second().value()))
          .containsExactly(ArmeniaScanTest.PLAIN, ArmeniaScanTest.MARKDOWN);
    });
    assertThat(near.documents()).hasSize(5);
    assertThat(near.clustering().families()).hasSize(1);
  }

  /**
   * Each example article with a seeded share of its words replaced. With one word in r replaced, a 5-shingle
   * survives with probability (1 - 1/r)^5: one word in 80 keeps the resemblance near 0.9 (a near duplicate),
   * one in 6 brings it near 0.25 (partial reuse in a full scan, not a near duplicate).
   */
  @Test
  void editedCopiesAreFoundWhenNearAndLeftOutWhenNot() throws IOException {
    List<Document> documents = new ArrayList<>(
        new Ingester(IngestOptions.DEFAULT).ingest(ArmeniaScanTest.EXAMPLE, "").documents());
    Random random = new Random(20201031);
    for (Document original : List.copyOf(documents)) {
      documents.add(Document.ofText("light-" + original.id().value(), edited(original, 80, random)));
      documents.add(Document.ofText("heavy-" + original.id().value(), edited(original, 6, random)));
    }
    ScanResult near = assertSameNearDuplicates(new IngestResult(documents, List.of(), List.of()));
    Map<String, PairJudgement> found = byPair(near.pairs());
    for (Document original : documents.subList(0, 5)) {
      String id = original.id().value();
      assertThat(found).as("light edit of " + id).containsKey(id + " light-" + id);
      assertThat(found).as("heavy edit of " + id).doesNotContainKey(id + " heavy-" + id);
    }
    assertThat(near.pairs()).anyMatch(p -> p.relation() == Relation.NEAR_DUPLICATE);
  }

  @Test
  void bbcBusinessGivesTheFullScansNearDuplicates() {
    Path business = Path.of("..", "..", "shared", "datasets", "bbc_news", "business");
    Assumptions.assumeTrue(Files.isDirectory(business),
        "skipped: ../shared/datasets/bbc_news is not present");
    ScanResult near = assertSameNearDuplicates(new Ingester(IngestOptions.DEFAULT).ingest(business, ""));
    assertThat(near.pairs()).hasSizeGreaterThanOrEqualTo(10); // BBC business holds ten copied articles
  }

  @Test
  void resultDoesNotDependOnTheThreadCount() {
    IngestResult ingested = new Ingester(IngestOptions.DEFAULT).ingest(ArmeniaScanTest.EXAMPLE, "");
    ScanOptions options = ScanOptions.defaults(List.of()).withScope(ScanScope.NEAR_DUPLICATES);
    ScanResult one = Engine.scan(ingested, options.withThreads(1));
    ScanResult four = Engine.scan(ingested, options.withThreads(4));
    assertThat(four.pairs()).isEqualTo(one.pairs());
    assertThat(four.clustering()).isEqualTo(one.clustering());
    assertThat(four.attributions()).isEqualTo(one.attributions());
  }

  @Test
  void queryRefusesTheNearDuplicateScope() throws IOException {
    ScanOptions options = ScanOptions.defaults(List.of()).withScope(ScanScope.NEAR_DUPLICATES);
    try (ReprintIndex index = ReprintIndex.openForWriting(folder.resolve("index"), options.fingerprint())) {
      Document query = Document.ofText("q.txt", "Armenia and Azerbaijan traded accusations on Saturday.");
      assertThatThrownBy(() -> IncrementalEngine.query(index, query, options))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("options.scope")
          .hasMessageContaining("NEAR_DUPLICATES");
    }
  }

  /**
   * Scans {@code ingested} both ways and checks that the near-duplicate scope's pairs are the full scan's
   * DUPLICATE and NEAR_DUPLICATE pairs, judged alike but for IDF-weighted scores; returns the near scan.
   */
  private static ScanResult assertSameNearDuplicates(IngestResult ingested) {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    ScanResult full = Engine.scan(ingested, options);
    ScanResult near = Engine.scan(ingested, options.withScope(ScanScope.NEAR_DUPLICATES));
    Map<String, PairJudgement> expected = byPair(full.pairs().stream()
        .filter(p -> p.relation() == Relation.DUPLICATE || p.relation() == Relation.NEAR_DUPLICATE).toList());
    Map<String, PairJudgement> found = byPair(near.pairs());
    assertThat(found.keySet()).isEqualTo(expected.keySet());
    expected.forEach((key, pair) -> {
      PairJudgement other = found.get(key);
      assertThat(other.relation()).as(key).isEqualTo(pair.relation());
      assertThat(other.scores().resemblance()).as(key).isEqualTo(pair.scores().resemblance());
      assertThat(other.direction()).as(key).isEqualTo(pair.direction());
      assertThat(other.divergences()).as(key).isEqualTo(pair.divergences());
    });
    assertThat(near.documents()).isEqualTo(full.documents());
    assertThat(near.scanned()).isEqualTo(full.scanned());
    assertThat(near.skipped()).isEqualTo(full.skipped());
    return near;
  }

  private static Map<String, PairJudgement> byPair(List<PairJudgement> pairs) {
    Map<String, PairJudgement> byPair = new TreeMap<>();
    pairs.forEach(p -> byPair.put(p.first().value() + " " + p.second().value(), p));
    return byPair;
  }

  /** The document's original text with one word in {@code every} (seeded) replaced by a made-up word. */
  private static String edited(Document document, int every, Random random) {
    String[] words = document.originalText().split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      if (random.nextInt(every) == 0 && words[i].matches("[A-Za-z]+")) {
        words[i] = "zq" + Integer.toString(random.nextInt(1_000_000), 36);
      }
    }
    return String.join(" ", words);
  }
}
