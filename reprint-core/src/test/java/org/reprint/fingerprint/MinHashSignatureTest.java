package org.reprint.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MinHash signatures and LSH bands: estimates and the S-curve")
class MinHashSignatureTest {

  private static final long SEED = Long.getLong("tests.seed", 0xB20D_1997L);

  private final MinHashSignature minHash = new MinHashSignature(128, 0);

  @Test
  @DisplayName("estimated resemblance is within 0.15 of the exact Jaccard of generated sets")
  void estimateIsCloseToExactJaccard() {
    Random random = new Random(SEED);
    for (int iteration = 0; iteration < 300; iteration++) {
      long[][] pair = setsWithJaccard(random, random.nextDouble(), 50 + random.nextInt(400));
      double exact = jaccard(pair[0], pair[1]);
      double estimate =
          MinHashSignature.estimateResemblance(minHash.signature(pair[0]), minHash.signature(pair[1]));
      assertThat(estimate)
          .as("seed %s, iteration %s, exact %s", SEED, iteration, exact)
          .isCloseTo(exact, within(0.15));
    }
  }

  @Test
  @DisplayName("equal sets have equal signatures; signatures do not depend on order or duplicates")
  void signatureIsAFunctionOfTheSet() {
    long[] set = {-9, 3, 17, 42, 1L << 40};
    long[] shuffledWithDuplicates = {42, 3, 1L << 40, -9, 17, 3, 42};
    assertThat(minHash.signature(shuffledWithDuplicates)).isEqualTo(minHash.signature(set));
    assertThat(MinHashSignature.estimateResemblance(minHash.signature(set), minHash.signature(set)))
        .isEqualTo(1.0);
    assertThat(minHash.signature(new long[0])).hasSize(128).containsOnly(Long.MAX_VALUE);
    assertThatThrownBy(() -> MinHashSignature.estimateResemblance(new long[3], new long[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signatures must have equal lengths, got 3 and 4");
  }

  @Test
  @DisplayName("candidate probability follows the S-curve stated in FingerprintParameters")
  void candidateProbabilityMatchesTheDocumentedCurve() {
    FingerprintParameters parameters = FingerprintParameters.DEFAULT;
    assertThat(parameters.rowsPerBand()).isEqualTo(4);
    LshBands bands = new LshBands(parameters.bands(), parameters.rowsPerBand());
    assertThat(bands.candidateProbability(0.3)).isCloseTo(0.23, within(0.005));
    assertThat(bands.candidateProbability(0.5)).isCloseTo(0.87, within(0.005));
    // 1 - (1 - 0.8^4)^32 = 1 - 4.7e-8; the javadoc said 0.9996 before this test
    assertThat(bands.candidateProbability(0.8)).isCloseTo(0.99999995, within(1e-8));
    assertThat(bands.candidateProbability(0)).isEqualTo(0.0);
    assertThat(bands.candidateProbability(1)).isEqualTo(1.0);
    double midpoint = Math.pow(1.0 / parameters.bands(), 1.0 / parameters.rowsPerBand());
    assertThat(midpoint).isCloseTo(0.42, within(0.005));
    assertThat(bands.candidateProbability(midpoint)).isCloseTo(1 - Math.pow(1 - 1.0 / 32, 32), within(1e-12));
  }

  @Test
  @DisplayName("generated pairs share a band about as often as the S-curve says")
  void bandSharingRateMatchesTheCurve() {
    LshBands bands = new LshBands(32, 4);
    Random random = new Random(SEED);
    for (double jaccard : new double[] {0.3, 0.5}) {
      int shared = 0;
      int pairs = 400;
      for (int i = 0; i < pairs; i++) {
        long[][] pair = setsWithJaccard(random, jaccard, 300);
        if (shareKey(bands.keys(minHash.signature(pair[0])), bands.keys(minHash.signature(pair[1])))) {
          shared++;
        }
      }
      assertThat((double) shared / pairs)
          .as("seed %s, Jaccard %s", SEED, jaccard)
          .isCloseTo(bands.candidateProbability(jaccard), within(0.07));
    }
  }

  @Test
  @DisplayName("band keys: equal bands give equal keys, the band number keeps equal values apart")
  void bandKeys() {
    LshBands bands = new LshBands(2, 2);
    long[] keys = bands.keys(new long[] {1, 2, 1, 2});
    assertThat(keys).hasSize(2);
    assertThat(keys[0]).isNotEqualTo(keys[1]);
    assertThat(bands.keys(new long[] {1, 2, 7, 7})[0]).isEqualTo(keys[0]);
    assertThatThrownBy(() -> bands.keys(new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signature length must be bands * rows = 4, got 3");
  }

  /** Two sets of random hashes with a union of {@code union} values, about {@code jaccard} shared. */
  static long[][] setsWithJaccard(Random random, double jaccard, int union) {
    int shared = (int) Math.round(jaccard * union);
    int onlyFirst = (union - shared) / 2;
    int onlySecond = union - shared - onlyFirst;
    long[] first = new long[shared + onlyFirst];
    long[] second = new long[shared + onlySecond];
    for (int i = 0; i < shared; i++) {
      first[i] = second[i] = random.nextLong();
    }
    for (int i = shared; i < first.length; i++) {
      first[i] = random.nextLong();
    }
    for (int i = shared; i < second.length; i++) {
      second[i] = random.nextLong();
    }
    return new long[][] {Shingles.distinctSorted(first), Shingles.distinctSorted(second)};
  }

  static double jaccard(long[] firstSorted, long[] secondSorted) {
    int shared = Shingles.intersectionSize(firstSorted, secondSorted);
    int union = firstSorted.length + secondSorted.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  private static boolean shareKey(long[] first, long[] second) {
    for (int band = 0; band < first.length; band++) {
      if (first[band] == second[band]) {
        return true;
      }
    }
    return false;
  }
}
