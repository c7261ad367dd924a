package org.reprint.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;

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
  private final Map<String, Integer> termIds;
  private final String[] terms;
  private final int[] documentFrequencies;
  private final double[] idfs;

  private CorpusStatistics(int documentCount, Map<String, Integer> frequencies) {
    this.documentCount = documentCount;
    String[] terms = frequencies.keySet().toArray(new String[0]);
    Arrays.sort(terms); // ids in term order, so they do not depend on hash-map iteration
    this.terms = terms;
    this.termIds = new HashMap<>(terms.length * 2);
    this.documentFrequencies = new int[terms.length];
    this.idfs = new double[terms.length];
    for (int id = 0; id < terms.length; id++) {
      termIds.put(terms[id], id);
      documentFrequencies[id] = frequencies.get(terms[id]);
      idfs[id] = idfOfFrequency(documentFrequencies[id]);
    }
  }

  public static CorpusStatistics of(List<AnalyzedDocument> documents) {
    return ofSketches(documents.stream().map(DocumentSketch::of).toList());
  }

  /** Statistics of the documents a scan keeps as sketches. */
  public static CorpusStatistics ofSketches(List<DocumentSketch> documents) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (DocumentSketch document : documents) {
      for (String term : document.terms()) {
        frequencies.merge(term, 1, Integer::sum);
      }
    }
    return new CorpusStatistics(documents.size(), frequencies);
  }

  /**
   * Statistics from known counts, such as an on-disk index's: {@code frequencies} need only hold the terms
   * that will be asked about.
   */
  public static CorpusStatistics of(int documentCount, Map<String, Integer> frequencies) {
    if (documentCount < 0) {
      throw new IllegalArgumentException("documentCount must be at least 0, got " + documentCount);
    }
    return new CorpusStatistics(documentCount, new HashMap<>(frequencies));
  }

  public int documentCount() {
    return documentCount;
  }

  /** How many distinct content terms the corpus has; term ids run from 0 to this size - 1. */
  public int vocabularySize() {
    return idfs.length;
  }

  /** The id of a content term, or -1 if the corpus does not have it. */
  public int termId(String term) {
    Integer id = termIds.get(term);
    return id == null ? -1 : id;
  }

  /** The term of an id. */
  public String term(int termId) {
    return terms[termId];
  }

  public int documentFrequency(String term) {
    int id = termId(term);
    return id < 0 ? 0 : documentFrequencies[id];
  }

  public double idf(String term) {
    return idf(termId(term));
  }

  /** The IDF of a term id; an unknown term (-1) weighs as a term seen once. */
  public double idf(int termId) {
    return termId < 0 ? idfOfFrequency(1) : idfs[termId];
  }

  private double idfOfFrequency(int frequency) {
    return Math.log(1 + (double) Math.max(documentCount, MIN_EFFECTIVE_DOCUMENTS) / Math.max(1, frequency));
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
