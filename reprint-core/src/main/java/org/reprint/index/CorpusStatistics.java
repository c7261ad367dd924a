package org.reprint.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reprint.fingerprint.AnalyzedDocument;

/**
 * Document frequencies of content terms in a corpus, and the inverse document frequency weights derived from
 * them: idf(t) = ln(1 + max(N, N0) / df(t)), which stays positive for terms found in every document and gives
 * a term never seen before the weight of a term seen once.
 *
 * <p>N0 = {@value #MIN_EFFECTIVE_DOCUMENTS} damps IDF in small corpora. Document frequencies counted over a
 * handful of articles say more about the sample than about the words: in five articles on one event,
 * "Karabakh" is in all five and would weigh least, although it is what makes them one story. With N below
 * N0 the weights flatten towards plain term frequency (stop words are already gone); from N0 on they are
 * ordinary IDF.
 */
public final class CorpusStatistics {

  /** N0: the corpus size below which IDF is damped towards flat weights. */
  public static final int MIN_EFFECTIVE_DOCUMENTS = 1000;

  private final int documentCount;
  private final Map<String, Integer> documentFrequencies;

  private CorpusStatistics(int documentCount, Map<String, Integer> documentFrequencies) {
    this.documentCount = documentCount;
    this.documentFrequencies = documentFrequencies;
  }

  public static CorpusStatistics of(List<AnalyzedDocument> documents) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (AnalyzedDocument document : documents) {
      for (String term : distinctTerms(document.fingerprint().contentTerms())) {
        frequencies.merge(term, 1, Integer::sum);
      }
    }
    return new CorpusStatistics(documents.size(), frequencies);
  }

  public int documentCount() {
    return documentCount;
  }

  public int documentFrequency(String term) {
    return documentFrequencies.getOrDefault(term, 0);
  }

  public double idf(String term) {
    int frequency = Math.max(1, documentFrequency(term));
    return Math.log(1 + (double) Math.max(documentCount, MIN_EFFECTIVE_DOCUMENTS) / frequency);
  }

  static Set<String> distinctTerms(String[] contentTerms) {
    Set<String> terms = new HashSet<>();
    for (String term : contentTerms) {
      if (term != null) {
        terms.add(term);
      }
    }
    return terms;
  }
}
