package org.reprint.fingerprint;

import java.util.Objects;

/** Turns normalized text into a {@link TextFingerprint}; thread-safe. */
public final class Fingerprinter {

  private final FingerprintParameters parameters;
  private final TokenHash hash;
  private final WordTokenizer tokenizer;
  private final MinHashSignature minHash;

  public Fingerprinter(FingerprintParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.hash = new TokenHash(parameters.seed());
    this.tokenizer = new WordTokenizer(hash);
    this.minHash = new MinHashSignature(parameters.minHashPermutations(), parameters.seed());
  }

  public FingerprintParameters parameters() {
    return parameters;
  }

  public TextFingerprint fingerprint(String normalizedText) {
    Objects.requireNonNull(normalizedText, "normalizedText");
    TokenSequence tokens = tokenizer.tokenize(normalizedText);
    return new TextFingerprint(
        tokens,
        ContentTerms.of(tokens),
        ContentTerms.properNames(normalizedText, tokens),
        Shingles.hashes(tokens, parameters.shingleSize(), hash));
  }

  /** The MinHash signature of a fingerprint's shingle set (all {@link Long#MAX_VALUE} when it is empty). */
  public long[] minHash(TextFingerprint fingerprint) {
    return minHash.signature(fingerprint.shingleSet());
  }

  /** The distinct winnowed fingerprints of a fingerprint's shingles, sorted. */
  public long[] winnowed(TextFingerprint fingerprint) {
    return Winnowing.fingerprints(fingerprint.shingleHashes(), parameters.winnowWindow());
  }

  /**
   * The word count and MinHash signature of a normalized text, equal to those of {@link #fingerprint} and
   * {@link #minHash}, at a fraction of their cost: no content terms, names or shingle order. For
   * near-duplicate search.
   */
  public ShingleSignature signature(String normalizedText) {
    Objects.requireNonNull(normalizedText, "normalizedText");
    TokenSequence tokens = tokenizer.tokenize(normalizedText);
    if (tokens.size() == 0) {
      return new ShingleSignature(0, new long[0], WordsKey.of(tokens));
    }
    long[] shingles = Shingles.hashes(tokens, parameters.shingleSize(), hash);
    return new ShingleSignature(tokens.size(), minHash.signature(Shingles.distinctSorted(shingles)),
        WordsKey.of(tokens));
  }
}
