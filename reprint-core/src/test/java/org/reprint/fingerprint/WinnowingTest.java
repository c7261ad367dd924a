package org.reprint.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The winnowing guarantee (Schleimer, Wilkerson and Aiken 2003) on random word sequences: a shared run of w
 * + k - 1 words always shares a fingerprint, and about 2 / (w + 1) of the shingles are kept.
 */
@DisplayName("Shingles and winnowing: the shared-run guarantee and the density")
class WinnowingTest {

  private static final long SEED = Long.getLong("tests.seed", 0x3A1_2003L);

  private static final FingerprintParameters PARAMETERS = FingerprintParameters.DEFAULT;
  private final Fingerprinter fingerprinter = new Fingerprinter(PARAMETERS);

  @Test
  @DisplayName("shingles: one per window of k words; a text shorter than k words is one shingle")
  void shingleCountsAndShortTexts() {
    TokenHash hash = new TokenHash(0);
    WordTokenizer tokenizer = new WordTokenizer(hash);
    TokenSequence eight = tokenizer.tokenize("one two three four five six seven eight");
    long[] shingles = Shingles.hashes(eight, 5, hash);
    assertThat(shingles).hasSize(4);
    assertThat(shingles[1]).isEqualTo(hash.hashShingle(eight.hashes(), 1, 5));
    assertThat(Shingles.hashes(tokenizer.tokenize("Breaking news"), 5, hash))
        .containsExactly(hash.hashShingle(tokenizer.tokenize("breaking NEWS").hashes(), 0, 2));
    assertThat(Shingles.hashes(tokenizer.tokenize(" ... "), 5, hash)).isEmpty();
    assertThat(Shingles.distinctSorted(new long[] {5, -1, 5, 3, -1})).containsExactly(-1, 3, 5);
    assertThat(Shingles.intersectionSize(new long[] {-4, 1, 3, 9}, new long[] {1, 2, 9, 10})).isEqualTo(2);
  }

  @Test
  @DisplayName("selection: the rightmost minimum of every window, positions ascending")
  void selectionIsTheMinimumOfEveryWindow() {
    long[] hashes = {77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98};
    // the worked example of Schleimer et al. (figure 2, w = 4), with robust ties to the right
    assertThat(Winnowing.select(hashes, 4)).containsExactly(3, 6, 8, 11, 15);
    assertThat(Winnowing.fingerprints(hashes, 4)).containsExactly(8, 17, 39);
    assertThat(Winnowing.select(new long[] {5, 3, 3}, 4)).containsExactly(2);
    assertThat(Winnowing.select(new long[0], 4)).isEmpty();

    Random random = new Random(SEED);
    for (int iteration = 0; iteration < 200; iteration++) {
      long[] values = new long[1 + random.nextInt(60)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(8); // many ties
      }
      int window = 1 + random.nextInt(6);
      int[] selected = Winnowing.select(values, window);
      String context = "seed " + SEED + ", iteration " + iteration + ", window " + window;
      for (int start = 0; start + window <= values.length; start++) {
        int minimum = start;
        for (int i = start; i < start + window; i++) {
          minimum = values[i] <= values[minimum] ? i : minimum;
        }
        assertThat(selected).as(context + ", window at " + start).contains(minimum);
      }
      for (int i = 1; i < selected.length; i++) {
        assertThat(selected[i]).as(context).isGreaterThan(selected[i - 1]);
      }
    }
  }

  @Test
  @DisplayName("a planted shared run of w + k - 1 = 8 words always shares a fingerprint")
  void sharedRunOfGuaranteedLengthSharesAFingerprint() {
    assertThat(PARAMETERS.guaranteedMatchLength()).isEqualTo(8);
    for (int iteration = 0; iteration < 2000; iteration++) {
      long seed = SEED + iteration;
      long[][] winnowed = plantedPair(new Random(seed), 8);
      assertThat(Shingles.intersectionSize(winnowed[0], winnowed[1]))
          .as("seed %s (replay with -Dtests.seed=%s)", seed, seed)
          .isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  @DisplayName("a planted shared run of 12 words shares at least 2 fingerprints (CandidateOptions' claim)")
  void sharedRunOfTwelveWordsSharesTwoFingerprints() {
    for (int iteration = 0; iteration < 2000; iteration++) {
      long seed = SEED + iteration;
      long[][] winnowed = plantedPair(new Random(seed), 12);
      assertThat(Shingles.intersectionSize(winnowed[0], winnowed[1]))
          .as("seed %s (replay with -Dtests.seed=%s)", seed, seed)
          .isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  @DisplayName("a run one word shorter than guaranteed is sometimes missed: the bound is tight")
  void shorterRunIsNotGuaranteed() {
    int missed = 0;
    for (int iteration = 0; iteration < 2000; iteration++) {
      long[][] winnowed = plantedPair(new Random(SEED + iteration), 7);
      if (Shingles.intersectionSize(winnowed[0], winnowed[1]) == 0) {
        missed++;
      }
    }
    assertThat(missed).as("seed %s", SEED).isPositive();
  }

  @Test
  @DisplayName("about 2 / (w + 1) of the shingles of random text are selected")
  void densityIsCloseToTwoOverWindowPlusOne() {
    Random random = new Random(SEED);
    for (int window : new int[] {2, 4, 8, 16}) {
      long selected = 0;
      long shingles = 0;
      for (int document = 0; document < 50; document++) {
        long[] hashes = new long[2000];
        for (int i = 0; i < hashes.length; i++) {
          hashes[i] = random.nextLong();
        }
        selected += Winnowing.select(hashes, window).length;
        shingles += hashes.length;
      }
      double expected = 2.0 / (window + 1);
      assertThat((double) selected / shingles)
          .as("seed %s, window %s", SEED, window)
          .isCloseTo(expected, within(expected * 0.05));
    }
    // and on the words of a real article, with the default parameters
    TextFingerprint article = fingerprinter.fingerprint(TestDocuments.example("000"));
    int positions = Winnowing.select(article.shingleHashes(), PARAMETERS.winnowWindow()).length;
    assertThat((double) positions / article.shingleHashes().length).isCloseTo(0.4, within(0.06));
  }

  /**
   * Winnowed fingerprints of two random word sequences (over a 5,000-word vocabulary) that share one run of
   * {@code runLength} words, placed at random positions.
   */
  private long[][] plantedPair(Random random, int runLength) {
    List<String> run = randomWords(random, runLength);
    String first = withRun(random, run);
    String second = withRun(random, run);
    return new long[][] {
      fingerprinter.winnowed(fingerprinter.fingerprint(first)),
      fingerprinter.winnowed(fingerprinter.fingerprint(second))
    };
  }

  private static String withRun(Random random, List<String> run) {
    List<String> words = new ArrayList<>(randomWords(random, 10 + random.nextInt(60)));
    words.addAll(random.nextInt(words.size() + 1), run);
    return String.join(" ", words);
  }

  private static List<String> randomWords(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add("w" + random.nextInt(5000));
    }
    return words;
  }
}
