package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Myers' word diff on small word sequences, checked against a dynamic-programming oracle. */
@DisplayName("WordDiff: matched word pairs of a shortest edit script")
class WordDiffTest {

  /** Random pairs checked against the oracle; each is named by its seed on failure. */
  private static final int RANDOM_PAIRS = 200;

  /** Pair {@code i} uses seed {@code BASE_SEED + i}; the failure message prints it. */
  private static final long BASE_SEED = 20_201_031L;

  @Test
  @DisplayName("identical sequences: every word matches itself, no edits")
  void identicalSequences() {
    String[] words = words("russia will render yerevan all necessary assistance");
    assertThat(pairs(WordDiff.matches(words, words.clone())))
        .containsExactly("0-0", "1-1", "2-2", "3-3", "4-4", "5-5", "6-6");
  }

  @Test
  @DisplayName("empty sequences: nothing to match")
  void emptySequences() {
    assertThat(WordDiff.matches(new String[0], new String[0])).isEmpty();
    assertThat(WordDiff.matches(words("help"), new String[0])).isEmpty();
    assertThat(WordDiff.matches(new String[0], words("help"))).isEmpty();
  }

  @Test
  @DisplayName("one word replaced: all other words match, the replaced one on neither side")
  void oneReplacement() {
    String[] first = words("the flare-up has left more than 1200 dead");
    String[] second = words("the flare-up has left more than 5000 dead");
    assertThat(pairs(WordDiff.matches(first, second)))
        .containsExactly("0-0", "1-1", "2-2", "3-3", "4-4", "5-5", "7-7");
  }

  @Test
  @DisplayName("a word inserted at the start or at the end shifts or keeps the other side's indexes")
  void insertionAtStartAndEnd() {
    String[] sentence = words("moscow reiterated that help would be provided");
    String[] atStart = words("earlier moscow reiterated that help would be provided");
    String[] atEnd = words("moscow reiterated that help would be provided quickly");
    assertThat(pairs(WordDiff.matches(sentence, atStart)))
        .containsExactly("0-1", "1-2", "2-3", "3-4", "4-5", "5-6", "6-7");
    assertThat(pairs(WordDiff.matches(sentence, atEnd)))
        .containsExactly("0-0", "1-1", "2-2", "3-3", "4-4", "5-5", "6-6");
  }

  @Test
  @DisplayName("a word deleted in the middle: the words after it match one index earlier")
  void deletion() {
    String[] first = words("the russian foreign ministry also called on the warring sides");
    String[] second = words("the russian foreign ministry called on the warring sides");
    assertThat(pairs(WordDiff.matches(first, second)))
        .containsExactly("0-0", "1-1", "2-2", "3-3", "5-4", "6-5", "7-6", "8-7", "9-8");
  }

  @Test
  @DisplayName("nothing in common: no matches, as long as the edits stay within MAX_EDITS")
  void disjointSequencesUpToTheEditLimit() {
    int half = WordDiff.MAX_EDITS / 2;
    assertThat(WordDiff.matches(repeated("a", half), repeated("b", half))).isEmpty();
  }

  @Test
  @DisplayName("more than MAX_EDITS insertions and deletions: null, no diff")
  void tooManyEditsGiveNull() {
    int half = WordDiff.MAX_EDITS / 2 + 1;
    assertThat(WordDiff.matches(repeated("a", half), repeated("b", half))).isNull();
  }

  @Test
  @DisplayName("seeded random pairs: matches are equal words, strictly increasing, as many as the LCS")
  void randomPairsMatchTheLongestCommonSubsequence() {
    for (int pair = 0; pair < RANDOM_PAIRS; pair++) {
      long seed = BASE_SEED + pair;
      Random random = new Random(seed);
      int alphabet = 2 + random.nextInt(4);
      String[] first = randomWords(random, random.nextInt(40), alphabet);
      String[] second = random.nextBoolean()
          ? randomWords(random, random.nextInt(40), alphabet)
          : edited(random, first, alphabet);
      String context = "seed=" + seed + " first=" + Arrays.toString(first) + " second=" + Arrays.toString(second);

      List<int[]> matches = WordDiff.matches(first, second);
      assertThat(matches).as(context).isNotNull();
      int previousFirst = -1;
      int previousSecond = -1;
      for (int[] match : matches) {
        assertThat(match[0]).as(context).isGreaterThan(previousFirst);
        assertThat(match[1]).as(context).isGreaterThan(previousSecond);
        assertThat(first[match[0]]).as(context).isEqualTo(second[match[1]]);
        previousFirst = match[0];
        previousSecond = match[1];
      }
      assertThat(matches.size()).as(context).isEqualTo(longestCommonSubsequence(first, second));
    }
  }

  /** The oracle: the LCS length by the textbook O(n*m) dynamic program. */
  private static int longestCommonSubsequence(String[] first, String[] second) {
    int[][] length = new int[first.length + 1][second.length + 1];
    for (int i = 1; i <= first.length; i++) {
      for (int j = 1; j <= second.length; j++) {
        length[i][j] = first[i - 1].equals(second[j - 1])
            ? length[i - 1][j - 1] + 1
            : Math.max(length[i - 1][j], length[i][j - 1]);
      }
    }
    return length[first.length][second.length];
  }

  private static String[] randomWords(Random random, int count, int alphabet) {
    String[] words = new String[count];
    for (int i = 0; i < count; i++) {
      words[i] = String.valueOf((char) ('a' + random.nextInt(alphabet)));
    }
    return words;
  }

  /** A copy with a few random replacements, insertions and deletions, like an edited reprint. */
  private static String[] edited(Random random, String[] words, int alphabet) {
    List<String> copy = new ArrayList<>(Arrays.asList(words));
    int edits = random.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(copy.size() + 1);
      String word = String.valueOf((char) ('a' + random.nextInt(alphabet)));
      switch (random.nextInt(3)) {
        case 0 -> copy.add(at, word);
        case 1 -> {
          if (at < copy.size()) {
            copy.remove(at);
          }
        }
        default -> {
          if (at < copy.size()) {
            copy.set(at, word);
          }
        }
      }
    }
    return copy.toArray(String[]::new);
  }

  private static String[] words(String text) {
    return text.split(" ");
  }

  private static String[] repeated(String word, int count) {
    String[] words = new String[count];
    Arrays.fill(words, word);
    return words;
  }

  private static List<String> pairs(List<int[]> matches) {
    return matches.stream().map(m -> m[0] + "-" + m[1]).toList();
  }
}
