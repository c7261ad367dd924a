package org.reprint.align;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToIntFunction;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Shingles;
import org.reprint.fingerprint.Sentence;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.fingerprint.TokenHash;

/**
 * The sentences of one document in the forms the sentence scorers compare, made once per document so that
 * aligning it with many others costs only array merges:
 *
 * <ul>
 *   <li>the distinct content-term ids, sorted, with their IDF weights;
 *   <li>the content-term ids in reading order, for word-order similarity;
 *   <li>the distinct character 4-grams of its content words (unstemmed, lower-cased, joined by spaces),
 *       each packed exactly into a long, so that "targeted" and "targeting" or a misspelt name still meet;
 *   <li>the distinct numbers it states (commas dropped, so "1,200" and "1200" agree);
 *   <li>the distinct content-term ids of its names (see {@link TextFingerprint#properNames()});
 *   <li>its length in words.
 * </ul>
 *
 * <p>The character grams are made the first time a scorer asks for them: only sentence pairs that pass the
 * aligner's Dice gate are scored, and most sentences of most candidates never are. Profiles are shared by
 * threads, so a sentence's grams are published through an atomic array; two threads may both make them, and
 * make the same.
 */
public final class SentenceProfile {

  /** Characters per n-gram: 4 fills a long with four UTF-16 units, so grams compare exactly. */
  static final int GRAM_LENGTH = 4;

  // Numbers are compared only within one run, never persisted: any fixed seed will do.
  private static final TokenHash NUMBER_HASH = new TokenHash(0);

  private final int[][] terms;
  private final double[][] weights;
  private final double[] totals;
  private final int[][] sequences;
  private final String[] contents;
  private final java.util.concurrent.atomic.AtomicReferenceArray<long[]> grams;
  private final long[][] numbers;
  private final int[][] names;
  private final int[] wordCounts;
  private final long[][] words;
  private final long[][] bigrams;
  /** (term id << 32 | sentence) for every term of every sentence, sorted; made when first asked. */
  private volatile long[] termPostings;

  private SentenceProfile(int sentenceCount) {
    terms = new int[sentenceCount][];
    weights = new double[sentenceCount][];
    totals = new double[sentenceCount];
    sequences = new int[sentenceCount][];
    contents = new String[sentenceCount];
    grams = new java.util.concurrent.atomic.AtomicReferenceArray<>(sentenceCount);
    numbers = new long[sentenceCount][];
    names = new int[sentenceCount][];
    wordCounts = new int[sentenceCount];
    words = new long[sentenceCount][];
    bigrams = new long[sentenceCount][];
  }

  /**
   * @param termId the id of a content term in the corpus vocabulary
   * @param idf the IDF weight of a term id
   */
  public static SentenceProfile of(
      AnalyzedDocument document, ToIntFunction<String> termId, IntToDoubleFunction idf) {
    List<Sentence> sentences = document.sentences();
    SentenceProfile profile = new SentenceProfile(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      profile.fill(s, document.fingerprint(), sentences.get(s), termId, idf);
    }
    return profile;
  }

  private void fill(
      int s, TextFingerprint fingerprint, Sentence sentence, ToIntFunction<String> termId, IntToDoubleFunction idf) {
    String[] contentTerms = fingerprint.contentTerms();
    String[] words = fingerprint.tokens().terms();
    int[] sequence = new int[sentence.tokenCount()];
    int[] nameIds = new int[sentence.tokenCount()];
    long[] numberHashes = new long[sentence.tokenCount()];
    int count = 0;
    int nameCount = 0;
    int numberCount = 0;
    StringBuilder content = new StringBuilder();
    for (int w = sentence.firstToken(); w < sentence.endToken(); w++) {
      if (Character.isDigit(words[w].charAt(0))) {
        numberHashes[numberCount++] = NUMBER_HASH.hashTerm(words[w].replace(",", ""));
      }
      if (contentTerms[w] == null) {
        continue;
      }
      int id = termId.applyAsInt(contentTerms[w]);
      sequence[count++] = id;
      if (fingerprint.properNames()[w]) {
        nameIds[nameCount++] = id;
      }
      content.append(' ').append(words[w]);
    }
    sequences[s] = Arrays.copyOf(sequence, count);
    terms[s] = distinctSorted(sequence, count);
    weights[s] = new double[terms[s].length];
    for (int k = 0; k < terms[s].length; k++) {
      weights[s][k] = idf.applyAsDouble(terms[s][k]);
      totals[s] += weights[s][k];
    }
    names[s] = distinctSorted(nameIds, nameCount);
    numbers[s] = distinctSorted(numberHashes, numberCount);
    contents[s] = content.append(' ').toString();
    wordCounts[s] = sentence.tokenCount();
    fillWords(s, fingerprint.tokens().hashes(), sentence);
  }

  /** All words, stop words included, and the pairs of neighbours, as hashes of their lower-cased text. */
  private void fillWords(int s, long[] hashes, Sentence sentence) {
    int count = sentence.tokenCount();
    long[] pairs = new long[Math.max(0, count - 1)];
    for (int w = sentence.firstToken(); w + 1 < sentence.endToken(); w++) {
      // an in-memory key, never persisted: a multiply-add mix of two xxHash64 values is enough
      pairs[w - sentence.firstToken()] = hashes[w] * 0x9E3779B97F4A7C15L + hashes[w + 1];
    }
    words[s] = distinctSorted(Arrays.copyOfRange(hashes, sentence.firstToken(), sentence.endToken()), count);
    bigrams[s] = distinctSorted(pairs, pairs.length);
  }

  /** The distinct character 4-grams of a text, each packed into a long (16 bits per UTF-16 unit). */
  static long[] characterGrams(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int count = Math.max(0, lower.length() - GRAM_LENGTH + 1);
    long[] packed = new long[count];
    for (int i = 0; i < count; i++) {
      long gram = 0;
      for (int c = 0; c < GRAM_LENGTH; c++) {
        gram = (gram << 16) | lower.charAt(i + c);
      }
      packed[i] = gram;
    }
    return distinctSorted(packed, count);
  }

  /** How many sentences the document has. */
  public int sentenceCount() {
    return terms.length;
  }

  int termCount(int sentence) {
    return terms[sentence].length;
  }

  double total(int sentence) {
    return totals[sentence];
  }

  int[] sequence(int sentence) {
    return sequences[sentence];
  }

  long[] grams(int sentence) {
    long[] made = grams.get(sentence);
    if (made == null) {
      made = characterGrams(contents[sentence]);
      grams.set(sentence, made);
    }
    return made;
  }

  long[] numbers(int sentence) {
    return numbers[sentence];
  }

  int[] names(int sentence) {
    return names[sentence];
  }

  int wordCount(int sentence) {
    return wordCounts[sentence];
  }

  long[] words(int sentence) {
    return words[sentence];
  }

  long[] bigrams(int sentence) {
    return bigrams[sentence];
  }

  int[] terms(int sentence) {
    return terms[sentence];
  }

  /** The summed weight of the terms two sentences share. */
  double sharedWeight(int sentence, SentenceProfile other, int otherSentence) {
    int[] first = terms[sentence];
    int[] second = other.terms[otherSentence];
    double[] firstWeights = weights[sentence];
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      if (first[i] == second[j]) {
        shared += firstWeights[i];
        i++;
        j++;
      } else if (first[i] < second[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /**
   * Sets {@code shared[t]}, for every sentence t of {@code other}, to {@link #sharedWeight}{@code (sentence,
   * other, t)}, in one walk of this sentence's terms through the other's term postings instead of one merge
   * per sentence pair: the aligner's gate asks it of every pair, which made it the aligner's largest cost. The
   * weights of each t are added in the same order as {@code sharedWeight} adds them, so the sums are equal
   * bit for bit.
   *
   * @param shared one slot per sentence of {@code other}
   */
  void sharedWeights(int sentence, SentenceProfile other, double[] shared) {
    Arrays.fill(shared, 0);
    long[] postings = other.termPostings();
    int[] own = terms[sentence];
    double[] ownWeights = weights[sentence];
    int at = 0;
    for (int i = 0; i < own.length; i++) {
      at = firstAtLeast(postings, at, (long) own[i] << 32);
      for (int p = at; p < postings.length && (int) (postings[p] >>> 32) == own[i]; p++) {
        shared[(int) postings[p]] += ownWeights[i];
      }
    }
  }

  private long[] termPostings() {
    long[] postings = termPostings;
    if (postings == null) {
      int count = 0;
      for (int[] sentenceTerms : terms) {
        count += sentenceTerms.length;
      }
      postings = new long[count];
      int next = 0;
      for (int s = 0; s < terms.length; s++) {
        for (int term : terms[s]) {
          postings[next++] = (long) term << 32 | s; // term ids are never negative
        }
      }
      Arrays.sort(postings);
      termPostings = postings;
    }
    return postings;
  }

  /** The first index from {@code from} whose value is at least {@code key} (the length when none is). */
  private static int firstAtLeast(long[] sorted, int from, long key) {
    int low = from;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int[] distinctSorted(int[] ids, int count) {
    int[] sorted = Arrays.copyOf(ids, count);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, unique);
  }

  private static long[] distinctSorted(long[] values, int count) {
    return Shingles.distinctSorted(Arrays.copyOf(values, count));
  }
}
