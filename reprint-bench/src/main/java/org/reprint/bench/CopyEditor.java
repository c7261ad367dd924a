package org.reprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes exact and near copies of an article's text.
 *
 * <p>An exact copy keeps every word and changes only layout, the way a second outlet's system re-renders a
 * wire story: as is, hard-wrapped at 60 to 78 columns, or with CRLF paragraph breaks and two spaces after
 * sentences. Collapsing whitespace gives back the original.
 *
 * <p>A near copy edits a share of the words drawn between 1% and 5% (at least one word): a number gets
 * different digits; another word is replaced (by a synonym, else a filler word), has a filler word inserted
 * after it, or is deleted (never the last word of a sentence, so that sentences stay sentences). Edited
 * words are distinct, so the word-level edit distance is at most the number of edits.
 */
final class CopyEditor {

  static final double MIN_EDIT_SHARE = 0.01;
  static final double MAX_EDIT_SHARE = 0.05;

  private static final String[] FILLERS = {
    "also", "now", "still", "reportedly", "again", "officially", "then", "already", "further", "indeed"
  };

  /** A near copy and how many words it edited. */
  record NearCopy(String text, int editedWords) {}

  private CopyEditor() {}

  static String exactCopy(String text, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> text;
      case 1 -> wrap(text, 60 + random.nextInt(19));
      default -> text.replace(ArticleText.PARAGRAPH_BREAK, "\r\n\r\n").replace(". ", ".  ");
    };
  }

  /** Hard-wraps every paragraph at {@code width} columns, keeping the blank lines between paragraphs. */
  static String wrap(String text, int width) {
    StringBuilder wrapped = new StringBuilder(text.length() + text.length() / width);
    int column = 0;
    for (String word : text.split(" ", -1)) {
      int paragraphBreak = word.lastIndexOf('\n');
      if (column > 0 && column + 1 + word.length() > width && paragraphBreak < 0) {
        wrapped.append('\n');
        column = 0;
      } else if (column > 0) {
        wrapped.append(' ');
        column++;
      }
      wrapped.append(word);
      column = paragraphBreak < 0 ? column + word.length() : word.length() - paragraphBreak - 1;
    }
    return wrapped.toString();
  }

  static NearCopy nearCopy(String text, SynonymTable synonyms, SplittableRandom random) {
    List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
    double share = MIN_EDIT_SHARE + random.nextDouble() * (MAX_EDIT_SHARE - MIN_EDIT_SHARE);
    int edits = Math.max(1, (int) (share * words.size()));
    int[] order = Shuffle.permutation(words.size(), random);
    int[] positions = java.util.Arrays.copyOf(order, Math.min(edits, words.size()));
    java.util.Arrays.sort(positions);
    // Right to left, so that an insertion or deletion does not move the positions still to edit.
    for (int i = positions.length - 1; i >= 0; i--) {
      edit(words, positions[i], synonyms, random);
    }
    return new NearCopy(String.join(" ", words), positions.length);
  }

  private static void edit(List<String> words, int position, SynonymTable synonyms, SplittableRandom random) {
    String word = words.get(position);
    if (word.chars().anyMatch(CopyEditor::isAsciiDigit)) {
      words.set(position, changeDigits(word, random));
      return;
    }
    boolean endsSomething = word.isEmpty() || !Character.isLetterOrDigit(word.charAt(word.length() - 1));
    // A token that holds a paragraph break ("end.\n\nThe") only gets a word inserted after it.
    int operation = word.indexOf('\n') >= 0 ? 0 : random.nextInt(3);
    switch (operation) {
      case 0 -> words.add(position + 1, FILLERS[random.nextInt(FILLERS.length)]);
      case 1 -> {
        if (endsSomething) {
          words.set(position, replace(word, synonyms, random));
        } else {
          words.remove(position);
        }
      }
      default -> words.set(position, replace(word, synonyms, random));
    }
  }

  /** Replaces the letters of a word (keeping punctuation and line breaks around it) by another word. */
  private static String replace(String word, SynonymTable synonyms, SplittableRandom random) {
    int start = 0;
    int end = word.length();
    while (start < end && !Character.isLetter(word.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(word.charAt(end - 1))) {
      end--;
    }
    String core = word.substring(start, end);
    String replacement = synonyms.replacement(core, random);
    if (replacement == null || replacement.equals(core)) {
      replacement = FILLERS[random.nextInt(FILLERS.length)];
      if (replacement.equals(core)) {
        replacement = "reportedly";
      }
      replacement = core + " " + replacement;
    }
    return word.substring(0, start) + replacement + word.substring(end);
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Changes one digit of a number to another digit. */
  private static String changeDigits(String word, SplittableRandom random) {
    int[] digits = java.util.stream.IntStream.range(0, word.length()).filter(i -> isAsciiDigit(word.charAt(i))).toArray();
    int position = digits[random.nextInt(digits.length)];
    char old = word.charAt(position);
    char replacement = (char) ('0' + (old - '0' + 1 + random.nextInt(9)) % 10);
    return word.substring(0, position) + replacement + word.substring(position + 1);
  }
}
