package org.reprint.fingerprint;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reference vectors for the named hash behind every fingerprint (xxHash64, seed 0).
 *
 * <p>The pinned values below are a persisted format: fingerprints written by one release must be
 * comparable with those of the next. A change to any of them means every stored fingerprint changes, and
 * must come with a new format version, not with an edited constant.
 */
@DisplayName("TokenHash: xxHash64 reference vectors and pinned fingerprint values")
class TokenHashTest {

  private static final TokenHash SEED_ZERO = new TokenHash(0);

  /** The words of the first shingle of example 000, as the tokenizer lower-cases them. */
  private static final String FIRST_SHINGLE = "russia said saturday it would";

  // Pinned outputs (xxHash64 seed 0; MinHash with 128 permutations, seed 0, two 32-bit values per
  // SplitMix64 mix). Changing them means a persisted-format change.
  private static final long REPRINT_TERM_HASH = 0xCE53A8F550629E65L;
  private static final long FIRST_SHINGLE_HASH = 0xE399D6BC26B7693EL;
  private static final long[] FIRST_SHINGLE_MINHASH = {
    0x00000000235A10D3L, 0x00000000A426B226L, 0x000000008954CEEDL, 0x00000000027BE30FL
  };

  @Test
  @DisplayName("published xxHash64 vectors: \"\" and \"abc\" with seed 0")
  void publishedReferenceVectors() {
    assertThat(SEED_ZERO.hashBytes(new byte[0])).isEqualTo(0xEF46DB3751D8E999L);
    assertThat(SEED_ZERO.hashBytes("abc".getBytes(US_ASCII))).isEqualTo(0x44BC2CF5AD770999L);
    assertThat(TokenHash.ALGORITHM).isEqualTo("xxh64");
  }

  @Test
  @DisplayName("a term is hashed as its UTF-16LE bytes, whatever the platform byte order")
  void termHashIsHashOfUtf16LittleEndianBytes() {
    String[] terms = {
      "", "reprint", "russia's", "nagorno-karabakh", "1,200", "ереван", "naïve", "nai\u0308ve",
      "\uD835\uDC00\uD835\uDC01", "東京", "\uD801\uDC28"
    };
    for (String term : terms) {
      assertThat(SEED_ZERO.hashTerm(term))
          .as("hashTerm(%s)", term)
          .isEqualTo(SEED_ZERO.hashBytes(term.getBytes(UTF_16LE)));
      assertThat(SEED_ZERO.hashTerm(new StringBuilder(term)))
          .as("any CharSequence hashes like its String")
          .isEqualTo(SEED_ZERO.hashTerm(term));
    }
  }

  @Test
  @DisplayName("a shingle is hashed as the little-endian bytes of its word hashes")
  void shingleHashIsHashOfLittleEndianWordHashes() {
    TokenSequence tokens = new WordTokenizer(SEED_ZERO).tokenize("Russia said Saturday it would");
    ByteBuffer bytes = ByteBuffer.allocate(8 * tokens.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (long wordHash : tokens.hashes()) {
      bytes.putLong(wordHash);
    }
    assertThat(SEED_ZERO.hashShingle(tokens.hashes(), 0, tokens.size()))
        .isEqualTo(SEED_ZERO.hashBytes(bytes.array()));
  }

  @Test
  @DisplayName("pinned values: a term, a 5-shingle and the first MinHash values of its shingle set")
  void pinnedValues() {
    assertThat(SEED_ZERO.hashTerm("reprint")).isEqualTo(REPRINT_TERM_HASH);

    TokenSequence tokens = new WordTokenizer(SEED_ZERO).tokenize(FIRST_SHINGLE);
    long[] shingles = Shingles.hashes(tokens, 5, SEED_ZERO);
    assertThat(shingles).containsExactly(FIRST_SHINGLE_HASH);

    long[] signature = new MinHashSignature(128, 0).signature(Shingles.distinctSorted(shingles));
    assertThat(signature).hasSize(128).startsWith(FIRST_SHINGLE_MINHASH);

    Fingerprinter fingerprinter = new Fingerprinter(FingerprintParameters.DEFAULT);
    TextFingerprint fingerprint = fingerprinter.fingerprint("Russia said Saturday it would");
    assertThat(fingerprint.shingleHashes()).containsExactly(FIRST_SHINGLE_HASH);
    assertThat(fingerprinter.minHash(fingerprint)).startsWith(FIRST_SHINGLE_MINHASH);
    assertThat(fingerprinter.signature("Russia said Saturday it would").minHash())
        .containsExactly(fingerprinter.minHash(fingerprint));
  }

  @Test
  @DisplayName("another seed gives other term, shingle and MinHash values")
  void otherSeedGivesOtherValues() {
    TokenHash seedOne = new TokenHash(1);
    assertThat(seedOne.seed()).isEqualTo(1);
    assertThat(seedOne.hashTerm("reprint")).isNotEqualTo(REPRINT_TERM_HASH);

    TokenSequence tokens = new WordTokenizer(seedOne).tokenize(FIRST_SHINGLE);
    long[] shingles = Shingles.hashes(tokens, 5, seedOne);
    assertThat(shingles).hasSize(1);
    assertThat(shingles[0]).isNotEqualTo(FIRST_SHINGLE_HASH);

    long[] fromSeedOne =
        new MinHashSignature(128, 1)
            .signature(new long[] {FIRST_SHINGLE_HASH});
    for (int p = 0; p < FIRST_SHINGLE_MINHASH.length; p++) {
      assertThat(fromSeedOne[p]).as("permutation %s", p).isNotEqualTo(FIRST_SHINGLE_MINHASH[p]);
    }
  }
}
