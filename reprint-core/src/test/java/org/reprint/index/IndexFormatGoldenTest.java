package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.fingerprint.FingerprintParameters;

/**
 * Pins what the index persists for the armenia-2020 example: the header and every LSH band key, winnowed
 * fingerprint and content term. A change here breaks every existing index, so it must come with a new
 * {@link IndexLayout#VERSION}. To regenerate on purpose:
 * {@code mvn -pl reprint-core test -Dtest=IndexFormatGoldenTest -Dreprint.updateGolden=true}.
 */
class IndexFormatGoldenTest {

  static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "armenia-2020.index-v1.terms.txt");

  @TempDir Path folder;

  @Test
  void persistedTermsMatchTheGoldenFile() throws IOException {
    List<String> lines = new ArrayList<>();
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      ReprintIndexTest.example().forEach(d -> ReprintIndexTest.add(index, d));
      index.commit();
      new java.util.TreeMap<>(index.statistics().header()).forEach((k, v) -> lines.add("header " + k + "=" + v));
      for (String field : List.of(IndexLayout.BAND, IndexLayout.FINGERPRINT, IndexLayout.TERM)) {
        List<String> terms = index.termsOf(field);
        lines.add(field + " " + terms.size());
        terms.forEach(t -> lines.add(field + " " + t));
      }
      index.characterCounts().forEach((id, count) -> lines.add(IndexLayout.CHARACTERS + " " + id + " " + count));
    }
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("reprint.updateGolden")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
