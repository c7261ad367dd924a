package org.reprint.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprint.align.RewriteChains;
import org.reprint.align.RewriteDetector;
import org.reprint.align.SentenceAligner.SentencePair;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Sentence;

/**
 * Finds texts rewritten sentence by sentence with sentence embeddings ({@link SentenceEncoder}).
 *
 * <p>Sentence pairs whose embeddings' cosine reaches {@value #COSINE} are alike, and make a rewrite by the
 * rule of {@link RewriteChains} (one to one, in order, at least three, holding half the shorter text, pairs
 * stating other facts left out). It is asked after the {@link org.reprint.align.LexicalRewriteDetector}, for
 * the rewrites that share too few words for it. Independent reports of one event share a fact now and then, not a chain: the cosine
 * was chosen on the development folders of {@code evaluation/rewrites/}, before the facts rule (0.55 told
 * all 20 light and 20 heavy revisions from all 20 independent reports; 0.50 called one independent report a
 * rewrite, 0.60 missed three heavy revisions); with the facts rule (pairs filtered before they are taken one to one) it is right on all 60 development
 * pairs and on all 30 held-out pairs. On the 161 SemEval-2022 en-en training pairs it calls 4 pairs
 * rewrites: 3 rated the same story, and one pair of different stories sharing a paywall notice (without the
 * facts rule also a short pair of different stories about one player).
 *
 * <p>Cost: about 7 ms per sentence on one core, so it is asked only about pairs the lexical judgement calls
 * SAME_STORY. Embeddings are kept for the last {@value #CACHED_TEXTS} texts, so a text in many pairs is
 * embedded once. Thread-safe.
 */
public final class EmbeddingRewriteDetector implements RewriteDetector {

  /** The embedding cosine from which two sentences say the same thing. */
  public static final double COSINE = 0.55;

  /** Texts whose sentence embeddings are kept. */
  static final int CACHED_TEXTS = 10_000;

  private final SentenceEncoder encoder;
  private final Map<String, float[][]> cache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[][]> eldest) {
      return size() > CACHED_TEXTS;
    }
  };

  public EmbeddingRewriteDetector(SentenceEncoder encoder) {
    this.encoder = java.util.Objects.requireNonNull(encoder, "encoder");
  }

  @Override
  public String evidence() {
    return "sentence embeddings (all-MiniLM-L6-v2, cosine " + COSINE + ")";
  }

  @Override
  public List<SentencePair> rewriteChain(AnalyzedDocument first, AnalyzedDocument second) {
    return RewriteChains.chain(first, second, alike(embeddings(first), embeddings(second), COSINE));
  }

  /** Each sentence's embedding, from the cache when the text was seen. */
  float[][] embeddings(AnalyzedDocument document) {
    String text = document.normalized().text();
    synchronized (cache) {
      float[][] cached = cache.get(text);
      if (cached != null) {
        return cached;
      }
    }
    List<Sentence> sentences = document.sentences();
    float[][] vectors = new float[sentences.size()][];
    for (int s = 0; s < vectors.length; s++) {
      vectors[s] = encoder.encode(text.substring(sentences.get(s).start(), sentences.get(s).end()));
    }
    synchronized (cache) {
      cache.put(text, vectors);
    }
    return vectors;
  }

  /** Every sentence pair whose cosine reaches {@code threshold}, with it as the similarity. */
  static List<SentencePair> alike(float[][] first, float[][] second, double threshold) {
    List<SentencePair> alike = new ArrayList<>();
    for (int s = 0; s < first.length; s++) {
      for (int t = 0; t < second.length; t++) {
        double cosine = SentenceEncoder.cosine(first[s], second[t]);
        if (cosine >= threshold) {
          alike.add(new SentencePair(s, t, cosine));
        }
      }
    }
    return alike;
  }
}
