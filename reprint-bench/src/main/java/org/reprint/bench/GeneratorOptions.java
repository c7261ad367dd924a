package org.reprint.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@link CorpusGenerator} makes: how many articles, from which seed, where, and the share of articles
 * that are planted reuse of each kind. Checked when built.
 *
 * @param count articles to write, N
 * @param seed the seed of every random choice; the same seed and count give byte-identical files
 * @param output folder for {@code corpus.jsonl}, {@code truth.jsonl} and {@code manifest.json}
 * @param datasets folder of the shared datasets (reuters21578, bbc_news, 20newsgroups_bydate)
 * @param exactCopyRate share of the N articles that are exact copies of an earlier article
 * @param nearCopyRate share that are near copies
 * @param quoteRate share that quote 2 to 4 sentences of an earlier article
 * @param paraphraseRate share that paraphrase an earlier article
 */
record GeneratorOptions(
    int count,
    long seed,
    Path output,
    Path datasets,
    double exactCopyRate,
    double nearCopyRate,
    double quoteRate,
    double paraphraseRate) {

  static final double DEFAULT_EXACT_COPY_RATE = 0.02;
  static final double DEFAULT_NEAR_COPY_RATE = 0.03;
  static final double DEFAULT_QUOTE_RATE = 0.03;
  static final double DEFAULT_PARAPHRASE_RATE = 0.02;

  GeneratorOptions {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    checkRate("exactCopyRate", exactCopyRate);
    checkRate("nearCopyRate", nearCopyRate);
    checkRate("quoteRate", quoteRate);
    checkRate("paraphraseRate", paraphraseRate);
    double total = exactCopyRate + nearCopyRate + quoteRate + paraphraseRate;
    // At least one base article must exist for a copy to copy from, hence strictly below 1.
    if (total >= 1) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "the rates must add up to less than 1, got %.4f", total));
    }
  }

  static GeneratorOptions defaults(int count, long seed, Path output, Path datasets) {
    return new GeneratorOptions(
        count, seed, output, datasets, DEFAULT_EXACT_COPY_RATE, DEFAULT_NEAR_COPY_RATE, DEFAULT_QUOTE_RATE,
        DEFAULT_PARAPHRASE_RATE);
  }

  /** The number of articles of each planted kind: the rate times N, rounded. */
  int plantedCount(ReuseKind kind) {
    double rate =
        switch (kind) {
          case EXACT_COPY -> exactCopyRate;
          case NEAR_COPY -> nearCopyRate;
          case QUOTE -> quoteRate;
          case PARAPHRASE -> paraphraseRate;
        };
    return (int) Math.round(rate * count);
  }

  private static void checkRate(String name, double rate) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1 (exclusive), got " + rate);
    }
  }
}
