package org.reprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The base articles of a generated corpus, the text that planted reuse copies from: base number {@code i} is
 * a pure function of the seed and {@code i}, so the generator can rebuild any earlier article when it plants
 * a copy of it, instead of keeping a million texts in memory.
 *
 * <p>Bases below the number of real articles are real articles, in an order shuffled by the seed; the first
 * {@code min(count, real)} bases, when shuffled into the corpus, are therefore a random sample of the real
 * articles and each real article is used at most once. Bases beyond that are synthetic: 3 to 8 paragraphs
 * of 1 to 4 sentences recombined from {@link ChunkPool} chunks, with a headline taken from the first
 * sentence.
 */
final class BaseArticles {

  /** A base article: where it came from ({@code synthetic} or a collection name), headline, paragraphs. */
  record Base(String origin, String title, List<List<String>> paragraphs) {}

  static final String SYNTHETIC = "synthetic";

  private final List<SourceArticles.SourceArticle> real;
  private final int[] realOrder;
  private final ChunkPool chunks;
  private final long seed;

  BaseArticles(SourceArticles sources, long seed) {
    this.real = sources.articles();
    this.seed = seed;
    this.realOrder = Shuffle.permutation(real.size(), new SplittableRandom(seed ^ 0x5EA1L));
    this.chunks = new ChunkPool(real, seed ^ 0xC4C4L);
  }

  int realCount() {
    return real.size();
  }

  Base base(int number) {
    if (number < real.size()) {
      SourceArticles.SourceArticle article = real.get(realOrder[number]);
      return new Base(article.origin(), article.title(), article.paragraphs());
    }
    return synthetic(new SplittableRandom(Shuffle.mix(seed, 0xBA5EL, number)));
  }

  private Base synthetic(SplittableRandom random) {
    int paragraphCount = 3 + random.nextInt(6);
    List<List<String>> paragraphs = new ArrayList<>(paragraphCount);
    for (int p = 0; p < paragraphCount; p++) {
      int sentenceCount = 1 + random.nextInt(4);
      List<String> paragraph = new ArrayList<>(sentenceCount);
      for (int s = 0; s < sentenceCount; s++) {
        paragraph.add(chunks.sentence(random));
      }
      paragraphs.add(paragraph);
    }
    return new Base(SYNTHETIC, headline(paragraphs.get(0).get(0)), paragraphs);
  }

  /** The first eight words of a sentence, without closing punctuation. */
  private static String headline(String sentence) {
    String[] words = sentence.split(" ");
    String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
    return head.replaceAll("[\\p{Punct}\\s]+$", "");
  }
}
