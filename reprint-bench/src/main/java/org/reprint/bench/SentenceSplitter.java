package org.reprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph of news prose into sentences: a sentence ends at {@code . ! ?} (and any closing quote or
 * bracket after it) followed by a space and a capital letter, a digit or an opening quote. A period after a
 * known abbreviation ({@code Mr.}, {@code Inc.}, {@code Jan.}) or a single letter ({@code U.S.}) does not end
 * one. Good enough for choosing whole sentences to quote or reword; not a general-purpose splitter.
 */
final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "gen", "gov", "sen", "rep", "col", "lt",
          "sgt", "capt", "inc", "corp", "co", "ltd", "plc", "bros", "no", "vs", "etc", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept",
          "est", "fig", "e.g", "i.e", "u.s", "u.k", "u.n");

  private SentenceSplitter() {}

  /** The sentences of {@code paragraph}, each stripped; a paragraph without an ending is one sentence. */
  static List<String> split(String paragraph) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int length = paragraph.length();
    for (int i = 0; i < length; i++) {
      char c = paragraph.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < length && isCloser(paragraph.charAt(end))) {
        end++;
      }
      if (end + 1 < length
          && paragraph.charAt(end) == ' '
          && startsSentence(paragraph.charAt(end + 1))
          && !(c == '.' && isAbbreviation(paragraph, start, i))) {
        addStripped(sentences, paragraph.substring(start, end));
        start = end + 1;
        i = end;
      }
    }
    addStripped(sentences, paragraph.substring(start));
    return sentences;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(';
  }

  /** Whether the word before the period at {@code period} is an abbreviation or a single letter. */
  private static boolean isAbbreviation(String paragraph, int sentenceStart, int period) {
    int wordStart = period;
    while (wordStart > sentenceStart && !Character.isWhitespace(paragraph.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = paragraph.substring(wordStart, period).replaceAll("^[\"'(]+", "");
    return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void addStripped(List<String> sentences, String sentence) {
    String stripped = sentence.strip();
    if (!stripped.isEmpty()) {
      sentences.add(stripped);
    }
  }
}
