package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * A scan and "index add, then query every document" must make the same decisions: same pairs, relations,
 * scores and passages. Explanations may differ only in the common-source note, which needs a view of more
 * than one query's pairs.
 */
class IndexedScanEquivalenceTest {

  @TempDir Path indexFolder;

  @Test
  void armeniaExampleGivesTheSamePairsThroughTheIndex() {
    assertEquivalent(ArmeniaScanTest.EXAMPLE);
  }

  @Test
  void bbcBusinessGivesTheSamePairsThroughTheIndex() {
    Path business = Path.of("..", "..", "shared", "datasets", "bbc_news", "business");
    Assumptions.assumeTrue(Files.isDirectory(business),
        "skipped: ../shared/datasets/bbc_news is not present (510 real articles with natural duplicates)");
    assertEquivalent(business);
  }

  private void assertEquivalent(Path corpus) {
    ScanOptions options = ScanOptions.defaults(List.of(corpus)).withThreads(2)
        .withGroupDuplicatesFrom(0); // an index holds every article: compared with a scan that lists every pair
    ScanResult scan = Engine.run(options);
    IngestResult ingested = new Ingester(IngestOptions.DEFAULT).ingest(corpus);
    TreeMap<String, String> viaIndex = new TreeMap<>();
    try (ReprintIndex index = ReprintIndex.openForWriting(indexFolder, options.fingerprint())) {
      IncrementalEngine.index(index, ingested, options, ProgressListener.NONE);
      for (Document document : ingested.documents()) {
        for (PairJudgement pair : IncrementalEngine.query(index, document, options).pairs()) {
          viaIndex.put(key(pair), decision(pair));
        }
      }
    }
    TreeMap<String, String> viaScan = new TreeMap<>();
    for (PairJudgement pair : scan.pairs()) {
      viaScan.put(key(pair), decision(pair));
    }
    assertThat(viaScan).isNotEmpty();
    assertThat(new ArrayList<>(viaIndex.keySet())).isEqualTo(new ArrayList<>(viaScan.keySet()));
    assertThat(viaIndex).isEqualTo(viaScan);
  }

  private static String key(PairJudgement pair) {
    return pair.first() + " " + pair.second();
  }

  private static String decision(PairJudgement pair) {
    return pair.relation() + " " + pair.scores() + " " + pair.direction() + " " + pair.passages();
  }
}
