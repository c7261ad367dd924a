package org.reprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reprint.fingerprint.TokenHash;
import org.reprint.fingerprint.WordTokenizer;

/**
 * Short runs of words ("chunks", {@value #MIN_WORDS} to {@value #MAX_WORDS} words) cut from the sentences of
 * the real articles, from which {@link BaseArticles} builds synthetic articles once the real ones run out.
 *
 * <p>Why chunks and not whole sentences: a million articles of about fifteen sentences need some fifteen
 * million sentences, while the three collections hold about half a million. Recombined sentences would each
 * recur in some thirty articles, and every recurrence is a verbatim passage that nobody planted. A chunk
 * recurs too, but a shared chunk is at most {@value #MAX_WORDS} words, below Reprint's 8-word winnowing
 * guarantee and its 12-word passage. Chunks are kept by position: a synthetic sentence opens with a chunk
 * that opened a real sentence and closes with one that closed one, so it reads like a (strange) sentence.
 */
final class ChunkPool {

  static final int MIN_WORDS = 3;
  static final int MAX_WORDS = 5;

  private final WordTokenizer tokenizer = new WordTokenizer(new TokenHash(0));
  private final List<String> openings = new ArrayList<>();
  private final List<String> middles = new ArrayList<>();
  private final List<String> closings = new ArrayList<>();
  /** The sentence each chunk came from, so that two chunks of one sentence never follow each other. */
  private final List<Integer> openingSentences = new ArrayList<>();
  private final List<Integer> middleSentences = new ArrayList<>();
  private final List<Integer> closingSentences = new ArrayList<>();

  /** Cuts every sentence of at least two chunks' length; cut lengths come from {@code seed}. */
  ChunkPool(List<SourceArticles.SourceArticle> articles, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int sentenceNumber = 0;
    for (SourceArticles.SourceArticle article : articles) {
      for (List<String> paragraph : article.paragraphs()) {
        for (String sentence : paragraph) {
          cut(sentence.split(" "), sentenceNumber++, random);
        }
      }
    }
  }

  private void cut(String[] words, int sentence, SplittableRandom random) {
    if (words.length < 2 * MIN_WORDS || !oneTokenEach(words)) {
      return;
    }
    int start = 0;
    while (start < words.length) {
      int length = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
      int remaining = words.length - start;
      if (remaining - length < MIN_WORDS) {
        length = remaining <= MAX_WORDS ? remaining : remaining - MIN_WORDS;
      }
      String chunk = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length));
      if (start == 0) {
        openings.add(chunk);
        openingSentences.add(sentence);
      } else if (start + length == words.length) {
        closings.add(chunk);
        closingSentences.add(sentence);
      } else {
        middles.add(chunk);
        middleSentences.add(sentence);
      }
      start += length;
    }
  }

  /**
   * Whether each space-separated word is one word to Reprint's tokenizer too. Chunk lengths count
   * space-separated words, and the 5-word bound is what keeps shared chunks below Reprint's 12-word
   * passage; a newsgroup path such as {@code ftp.uu.net:pub/fbm.tar.Z} is one such word but seven tokens, so
   * a chunk of them would be a reportable passage that nobody planted.
   */
  private boolean oneTokenEach(String[] words) {
    for (String word : words) {
      if (tokenizer.tokenize(word).size() > 1) {
        return false;
      }
    }
    return true;
  }

  /** A sentence of an opening, 0 to 3 middles and a closing, no two neighbours from one real sentence. */
  String sentence(SplittableRandom random) {
    StringBuilder sentence = new StringBuilder(120);
    int previous = append(sentence, openings, openingSentences, -1, random);
    int middleCount = random.nextInt(4);
    for (int i = 0; i < middleCount; i++) {
      previous = append(sentence, middles, middleSentences, previous, random);
    }
    append(sentence, closings, closingSentences, previous, random);
    sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
    char last = sentence.charAt(sentence.length() - 1);
    if (last != '.' && last != '!' && last != '?' && last != '"') {
      sentence.append('.');
    }
    return sentence.toString();
  }

  int size() {
    return openings.size() + middles.size() + closings.size();
  }

  private static int append(
      StringBuilder sentence, List<String> chunks, List<Integer> origins, int previous, SplittableRandom random) {
    int index = random.nextInt(chunks.size());
    while (origins.get(index) == previous) {
      index = random.nextInt(chunks.size());
    }
    if (sentence.length() > 0) {
      sentence.append(' ');
    }
    sentence.append(chunks.get(index));
    return origins.get(index);
  }
}
