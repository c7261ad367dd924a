package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reprint.document.TextSpan;
import org.reprint.fingerprint.TestDocuments;

/**
 * The credit search skips the places where no credit can start; it must find exactly what the credit
 * pattern finds when tried at every position, as it used to be.
 */
class CreditSearchTest {

  private static final String[] PIECES = {
    "told AFP", "according to Reuters", "in an interview with the news agency AFP", "The news agency AFP said",
    "(Reuters) -", "(AFP)", "Associated Press said", "AP wrote", "via AP", "the AFP said", "CAPITAL", "APPLE",
    "Reuters", "said", "in an interview with", "the news agency", "Agence France-Presse reported",
    "speaking to the Associated Press", "-AFP said", "xAFP said", "Moscow", "officials", ", ", ". ", "\n",
  };

  @Test
  void findsWhatAScanOfEveryPositionFindsOnTheExample() {
    for (String prefix : new String[] {"000", "001", "002", "003", "004"}) {
      String text = TestDocuments.analyzedExample(prefix).normalized().text();
      assertThat(AttributionFinder.creditSpans(text)).as(prefix).isEqualTo(everyPosition(text));
    }
    // the example's credits are found at all: 000, 001 and 003 credit AFP
    assertThat(AttributionFinder.creditSpans(TestDocuments.analyzedExample("003").normalized().text()))
        .isNotEmpty();
  }

  @Test
  void findsWhatAScanOfEveryPositionFindsOnSeededMixtures() {
    Random random = new Random(2020);
    int credits = 0;
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(30);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      List<TextSpan> expected = everyPosition(text.toString());
      assertThat(AttributionFinder.creditSpans(text.toString())).as(text.toString()).isEqualTo(expected);
      credits += expected.size();
    }
    assertThat(credits).isGreaterThan(1000);
  }

  @Test
  void findsWhatAScanOfEveryPositionFindsOnReutersWhenPresent() throws IOException {
    Path folder = Path.of("..", "..", "shared", "datasets", "reuters21578");
    assumeTrue(Files.isDirectory(folder), "skipped: Reuters-21578 is not at " + folder.toAbsolutePath().normalize());
    List<Path> files = new ArrayList<>();
    try (Stream<Path> found = Files.list(folder)) {
      found.filter(path -> path.toString().endsWith(".sgm")).sorted().limit(3).forEach(files::add);
    }
    int credits = 0;
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      List<TextSpan> expected = everyPosition(text);
      assertThat(AttributionFinder.creditSpans(text)).isEqualTo(expected);
      credits += expected.size();
    }
    assertThat(credits).isPositive();
  }

  private static List<TextSpan> everyPosition(String text) {
    List<TextSpan> spans = new ArrayList<>();
    Matcher matcher = AttributionFinder.creditPattern().matcher(text);
    while (matcher.find()) {
      spans.add(new TextSpan(matcher.start(), matcher.end()));
    }
    return spans;
  }
}
