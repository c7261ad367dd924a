package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * An article that arrives after the others: querying it against an index of the others judges it as a scan of
 * all of them would (it counts as one more document in the IDF statistics).
 */
class NewArticleQueryTest {

  @TempDir Path folder;

  @Test
  void arrivingArticleIsJudgedAsInAScanOfEverything() {
    ScanOptions options = ScanOptions.defaults(List.of(ArmeniaScanTest.EXAMPLE)).withThreads(1);
    ScanResult scan = RelativeScans.scan(ArmeniaScanTest.EXAMPLE, options);
    List<Document> all = new Ingester(IngestOptions.DEFAULT).ingest(ArmeniaScanTest.EXAMPLE, "").documents();
    Document arriving = all.stream()
        .filter(d -> d.id().value().equals(ArmeniaScanTest.QUOTING)).findFirst().orElseThrow();
    List<Document> earlier = all.stream().filter(d -> d != arriving).toList();

    ScanResult queried;
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, options.fingerprint())) {
      IncrementalEngine.index(index, new IngestResult(earlier, List.of(), List.of()), options,
          ProgressListener.NONE);
      assertThat(index.contains(arriving.id().value())).isFalse();
      queried = IncrementalEngine.query(index, arriving, options);
    }
    assertThat(decisions(queried.pairs())).isEqualTo(decisions(
        scan.pairs().stream().filter(p -> p.first().equals(arriving.id()) || p.second().equals(arriving.id()))
            .toList()));
    assertThat(queried.pairs()).hasSize(4);
  }

  private static TreeMap<String, String> decisions(List<PairJudgement> pairs) {
    TreeMap<String, String> decisions = new TreeMap<>();
    for (PairJudgement pair : pairs) {
      decisions.put(pair.first() + " " + pair.second(),
          pair.relation() + " " + pair.scores() + " " + pair.direction() + " " + pair.passages());
    }
    return decisions;
  }
}
