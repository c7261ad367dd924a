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
    long[] shingles = Shingles.hashes(tokens, parameters.shingleSize(), hash);
    long[] shingleSet = Shingles.distinctSorted(shingles);
    return new TextFingerprint(
        tokens,
        ContentTerms.of(tokens),
        ContentTerms.properNames(normalizedText, tokens),
        shingles,
        Shingles.orderByHash(shingles),
        shingleSet,
        minHash.signature(shingleSet),
        Winnowing.fingerprints(shingles, parameters.winnowWindow()));
  }

  /**
   * The word count and MinHash signature of a normalized text, equal to those of {@link #fingerprint}, at a
   * fraction of its cost: no content terms, names, shingle order or winnowing. For near-duplicate search.
   */
  public ShingleSignature signature(String normalizedText) {
    Objects.requireNonNull(normalizedText, "normalizedText");
    TokenSequence tokens = tokenizer.tokenize(normalizedText);
    if (tokens.size() == 0) {
      return new ShingleSignature(0, new long[0]);
    }
    long[] shingles = Shingles.hashes(tokens, parameters.shingleSize(), hash);
    return new ShingleSignature(tokens.size(), minHash.signature(Shingles.distinctSorted(shingles)));
  }
}
