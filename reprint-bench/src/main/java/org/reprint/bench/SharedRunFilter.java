package org.reprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the sentences of real articles that share no run of {@value #RUN_WORDS} words with any sentence
 * kept before, so that the base articles of a generated corpus carry no reuse of their own.
 *
 * <p>Real collections do: Reuters-21578 has wire updates and corrections, BBC News 100 exact duplicate
 * groups, 20 Newsgroups signatures and cross-posts. The filter reads articles in a fixed order and, for each
 * sentence, hashes every run of {@value #RUN_WORDS} words (lower-cased letter and digit runs) that ends in
 * that sentence, counting the last words already kept in the article, so that runs across sentence
 * boundaries are seen too. A sentence with a run seen before is dropped; otherwise its runs are remembered.
 * Hence no run of {@value #RUN_WORDS} words occurs twice in the kept text, which keeps every shared passage
 * below Reprint's 12-word passage length and its 8-word winnowing guarantee. Runs are hashed to 64 bits
 * (FNV-1a per word, then a multiply-add fold); a false "seen" only drops a sentence too many.
 */
final class SharedRunFilter {

  static final int RUN_WORDS = 8;

  private final LongHashSet seenRuns = new LongHashSet();
  private long droppedSentences;

  /** The sentences of one article that pass, in order; remembers their runs. */
  List<List<String>> filter(List<List<String>> paragraphs) {
    List<List<String>> kept = new ArrayList<>();
    long[] recentWords = new long[0];
    for (List<String> paragraph : paragraphs) {
      List<String> keptSentences = new ArrayList<>();
      for (String sentence : paragraph) {
        long[] words = wordHashes(sentence);
        long[] context = concat(recentWords, words);
        int firstNewEnd = Math.max(RUN_WORDS, recentWords.length + 1);
        if (anySeen(context, firstNewEnd)) {
          droppedSentences++;
          continue;
        }
        remember(context, firstNewEnd);
        keptSentences.add(sentence);
        recentWords = tail(context, RUN_WORDS - 1);
      }
      if (!keptSentences.isEmpty()) {
        kept.add(keptSentences);
      }
    }
    return kept;
  }

  long droppedSentences() {
    return droppedSentences;
  }

  /** Whether a run ending at word index {@code firstNewEnd - 1} or later was seen before (or repeats). */
  private boolean anySeen(long[] words, int firstNewEnd) {
    LongHashSet local = new LongHashSet(words.length);
    for (int end = firstNewEnd; end <= words.length; end++) {
      long run = runHash(words, end - RUN_WORDS);
      if (seenRuns.contains(run) || !local.add(run)) {
        return true;
      }
    }
    return false;
  }

  private void remember(long[] words, int firstNewEnd) {
    for (int end = firstNewEnd; end <= words.length; end++) {
      seenRuns.add(runHash(words, end - RUN_WORDS));
    }
  }

  private static long runHash(long[] words, int start) {
    long hash = 0;
    for (int i = start; i < start + RUN_WORDS; i++) {
      hash = hash * 0x100000001B3L + words[i];
    }
    return hash;
  }

  /** FNV-1a 64 of each lower-cased run of letters and digits. */
  static long[] wordHashes(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long[] hashes = new long[16];
    int count = 0;
    long hash = 0xcbf29ce484222325L;
    boolean inWord = false;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        hash = (hash ^ c) * 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        if (count == hashes.length) {
          hashes = java.util.Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
        hash = 0xcbf29ce484222325L;
        inWord = false;
      }
    }
    return java.util.Arrays.copyOf(hashes, count);
  }

  private static long[] concat(long[] first, long[] second) {
    long[] joined = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }

  private static long[] tail(long[] words, int length) {
    return java.util.Arrays.copyOfRange(words, Math.max(0, words.length - length), words.length);
  }
}
