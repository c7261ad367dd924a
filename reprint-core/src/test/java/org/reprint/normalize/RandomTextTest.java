package org.reprint.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.document.TextSpan;

/**
 * Blasts the chain with seeded random text full of the chars that break offset bookkeeping. Every failure
 * message names the seed; rerun one seed by calling {@link #randomText(long)} with it.
 */
class RandomTextTest {

  private static final int SEEDS = 200;
  private static final String[] PIECES = {
    "\r\n", "\r", "\n", "\n\n", "\r\n\r\n", " \n \n", " ", "  ", "\t", "\u00A0", "\u202F", "\u2003",
    "\uD83D\uDE00", "\uD83C\uDDE6\uD83C\uDDF2", "e\u0301", "\u0301", "\u2018", "\u2019", "\u201C", "\u201D",
    "\u00AB", "\u00BB", "\u2013", "\u2014", "\u2212", "\u00AD", "\u200B", "\uFEFF", "\u00B4", "\u2033", "-\n",
    "-\r\n", "\uFB01", "\u2460", "\uFF21", "\u1100\u1161", ".", ",", "!", "?", "\"", "'", "**", "#", "# ", "[",
    "](x)", "<https://x.y/z>", "Related: ", "Photo: ", "\u00A9", "\u2029", "\u000B", "\u0007"
  };

  private final Normalizer normalizer = new Normalizer();

  @Test
  void randomTextKeepsEveryInvariant() {
    for (long seed = 0; seed < SEEDS; seed++) {
      String original = randomText(seed);
      for (SourceFormat format : SourceFormat.values()) {
        String context = "seed=" + seed + ", format=" + format;
        NormalizedText normalized = normalizer.normalize(document(original, format, seed));
        OffsetInvariants.check(original, normalized, context);
        assertThat(normalizer.normalize(document(original, format, seed)))
            .as("deterministic [%s]", context)
            .isEqualTo(normalized);
      }
    }
  }

  @Test
  void plainAsciiWordsMapBackToThemselves() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Random random = new Random(seed);
      StringBuilder original = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        original.append(randomWord(random)).append(random.nextInt(8) == 0 ? "\r\n" : random.nextInt(20) == 0 ? "\n\n" : " ");
      }
      NormalizedText normalized = normalizer.normalize(original.toString());
      int start = 0;
      String text = normalized.text();
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\n') {
          TextSpan span = normalized.offsets().toOriginal(start, i);
          assertThat(span.of(original)).as("word at %d [seed=%d]", start, seed).isEqualTo(text.substring(start, i));
          start = i + 1;
        }
      }
    }
  }

  @Test
  void megabyteSingleLine() {
    Random random = new Random(42);
    StringBuilder line = new StringBuilder(1 << 20);
    while (line.length() < 1 << 20) {
      line.append(randomWord(random)).append(random.nextInt(50) == 0 ? PIECES[random.nextInt(PIECES.length)] : " ");
    }
    // One line: no char that is or folds to a line break.
    String original = line.toString().replaceAll("[\\n\\r\\u000B\\u2029]", " ");
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text().indexOf('\n')).as("one paragraph").isNegative();
    OffsetInvariants.check(original, normalized, "1 MB line, seed=42");
  }

  @Test
  void sameOutputOnFourThreads() throws Exception {
    List<String> originals = new ArrayList<>();
    for (long seed = 0; seed < 40; seed++) {
      originals.add(randomText(seed));
    }
    List<NormalizedText> expected = originals.stream().map(normalizer::normalize).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<NormalizedText>>> runs = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        runs.add(pool.submit(() -> originals.stream().map(normalizer::normalize).toList()));
      }
      for (Future<List<NormalizedText>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Random text for one seed: words mixed with the pieces that stress offsets. */
  static String randomText(long seed) {
    Random random = new Random(seed);
    int length = random.nextInt(400);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : randomWord(random));
      if (random.nextBoolean()) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static String randomWord(Random random) {
    int length = 1 + random.nextInt(10);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char first = random.nextInt(5) == 0 ? 'A' : 'a';
      word.append(random.nextInt(10) == 0 ? (char) ('0' + random.nextInt(10)) : (char) (first + random.nextInt(26)));
    }
    return word.toString();
  }

  private static Document document(String text, SourceFormat format, long seed) {
    List<TextSpan> metadata = new ArrayList<>();
    if (seed % 3 == 0 && text.length() > 10) {
      metadata.add(new TextSpan(0, text.length() / 10));
    }
    return new Document(new DocumentId("seed-" + seed), text, format, Metadata.EMPTY, metadata);
  }
}
