package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * A compact scan (sketches in memory, documents analyzed again to judge their pairs) gives exactly the result
 * of a scan that keeps every analysis.
 */
class CompactScanTest {

  @Test
  void compactScanOfTheExampleEqualsTheFullScan() {
    assertSameResult(ArmeniaScanTest.EXAMPLE);
  }

  @Test
  void compactScanOfBbcBusinessEqualsTheFullScan() {
    Path business = Path.of("..", "..", "shared", "datasets", "bbc_news", "business");
    Assumptions.assumeTrue(Files.isDirectory(business),
        "skipped: ../shared/datasets/bbc_news is not present");
    assertSameResult(business);
  }

  private static void assertSameResult(Path corpus) {
    ScanOptions options = ScanOptions.defaults(List.of(corpus)).withThreads(2);
    IngestResult ingested = new Ingester(IngestOptions.DEFAULT).ingest(corpus, "");
    ScanResult full = Engine.scan(ingested, options, Integer.MAX_VALUE);
    ScanResult compact = Engine.scan(ingested, options, 1);
    assertThat(compact.pairs()).isNotEmpty().isEqualTo(full.pairs());
    assertThat(compact.clustering()).isEqualTo(full.clustering());
    assertThat(compact.documents()).isEqualTo(full.documents());
    assertThat(compact.scanned()).isEqualTo(full.scanned());
  }
}
