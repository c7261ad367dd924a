package org.reprint.align;

import java.util.List;
import org.reprint.fingerprint.AnalyzedDocument;

/**
 * A second opinion on a pair the lexical judgement calls the same story or partial reuse: whether one text is
 * rewritten from the other sentence by sentence, with too few words in common for the lexical scorer to see
 * it (a journalist's rewrite of a wire story). The engine asks it only when a scan is given one
 * ({@code ScanOptions.withRewrites}), after the {@link LexicalRewriteDetector} every scan runs found none; the
 * sentence-embedding detector lives in the reprint-semantic module. A detector's pairs make a rewrite by the
 * rule of {@link RewriteChains}.
 * Implementations must be thread-safe and deterministic: the same two documents give the same pairs.
 */
public interface RewriteDetector {

  /**
   * The sentence pairs of a rewrite, in the order of both texts (each sentence at most once), with their
   * similarity; empty when the two are not a rewrite of each other.
   */
  List<SentenceAligner.SentencePair> rewriteChain(AnalyzedDocument first, AnalyzedDocument second);

  /**
   * As {@link #rewriteChain(AnalyzedDocument, AnalyzedDocument)}, given the sentence profiles a scan made
   * with its term weights; a detector that needs no weights ignores them.
   */
  default List<SentenceAligner.SentencePair> rewriteChain(AnalyzedDocument first, SentenceProfile firstProfile,
      AnalyzedDocument second, SentenceProfile secondProfile) {
    return rewriteChain(first, second);
  }

  /** A few words naming the evidence, for explanations: "sentence embeddings (all-MiniLM-L6-v2)". */
  String evidence();
}
