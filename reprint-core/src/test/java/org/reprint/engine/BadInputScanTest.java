package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.classify.PairJudgement;
import org.reprint.document.SkipReason;

/** Bad inputs beside good ones: skipped or warned with a reason, and the good ones judged as before. */
class BadInputScanTest {

  @TempDir Path folder;

  @Test
  void badFilesAreSkippedOrWarnedAndTheExampleIsJudgedAsAlone() throws IOException {
    try (Stream<Path> files = Files.list(ArmeniaScanTest.EXAMPLE)) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(20201031L).nextBytes(binary);
    binary[7] = 0;
    Files.write(folder.resolve("binary.txt"), binary);
    Files.write(folder.resolve("latin1.txt"),
        ("Caf\u00e9 owners in the old town said the r\u00e9sum\u00e9 of the season was poor.\n\n"
            + "Tourists stayed away after the storms, the na\u00efve hope of a late rush did not come true.\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    byte[] huge = new byte[20 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    Files.write(folder.resolve("huge.txt"), huge);

    ScanResult alone = RelativeScans.scan(ArmeniaScanTest.EXAMPLE, ScanOptions.defaults(List.of()));
    ScanResult mixed = RelativeScans.scan(folder, ScanOptions.defaults(List.of()));

    assertThat(summaries(mixed.pairs())).isEqualTo(summaries(alone.pairs()));
    assertThat(mixed.clustering()).isEqualTo(alone.clustering());
    assertThat(mixed.skipped())
        .extracting(s -> s.id() + ":" + s.reason())
        .containsExactly("binary.txt:" + SkipReason.BINARY, "empty.txt:" + SkipReason.EMPTY,
            "huge.txt:" + SkipReason.OVERSIZED);
    assertThat(mixed.skipped()).allSatisfy(s -> assertThat(s.detail()).isNotBlank());
    assertThat(mixed.warnings()).singleElement()
        .satisfies(w -> assertThat(w.id()).isEqualTo("latin1.txt"))
        .satisfies(w -> assertThat(w.detail()).contains("windows-1252"));
    assertThat(mixed.statistics().documents()).isEqualTo(6);
  }

  private static List<String> summaries(List<PairJudgement> pairs) {
    return pairs.stream().map(p -> p.first() + " " + p.second() + " " + p.relation()).toList();
  }
}
