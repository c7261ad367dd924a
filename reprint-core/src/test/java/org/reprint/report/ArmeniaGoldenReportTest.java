package org.reprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;

/**
 * Pins the whole JSON report of the armenia-2020 example. Any change in what Reprint finds, or in the
 * schema, shows up here. To regenerate on purpose, after checking the difference:
 * {@code mvn -pl reprint-core test -Dtest=ArmeniaGoldenReportTest -Dreprint.updateGolden=true}.
 */
class ArmeniaGoldenReportTest {

  static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "armenia-2020.scan-v1.expected.json");

  @Test
  void jsonReportMatchesTheGoldenFile() throws IOException {
    String actual = report(1);
    if (Boolean.getBoolean("reprint.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void reportIsIdenticalOnFourThreads() {
    assertThat(report(4)).isEqualTo(report(1));
  }

  /**
   * The report of the example with ids as {@code ./reprint scan examples/armenia-2020} names them from the
   * project's root (the test runs in reprint-core), so the golden file is what the README's command gives.
   */
  static String report(int threads) {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(threads);
    ScanResult result = Engine.scan(
        new org.reprint.ingest.Ingester(options.ingest())
            .ingest(Path.of("..", "examples", "armenia-2020"), "examples/armenia-2020"),
        options);
    StringWriter out = new StringWriter();
    JsonReport.write(result, options, out);
    return out.toString();
  }
}
