package org.reprint.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits normalized text into sentences. A sentence ends at a paragraph break, or after {@code . ! ?}
 * (and any closing quotes or brackets) followed by a space and a capital letter, digit or opening quote,
 * unless the word before the point is a known abbreviation ("Mr.", "Sept.", "U.S.") or a single initial.
 * This simple rule is right for wire copy, where abbreviations are few and conventional; a wrong split only
 * makes sentence alignment slightly coarser or finer.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
          "co", "corp", "ltd", "jr", "sr", "vs", "no", "u.s", "u.k", "u.n", "e.g", "i.e", "etc",
          "mt", "ft", "approx", "dept", "univ");

  private SentenceSplitter() {}

  public static List<Sentence> split(String text, TokenSequence tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    int start = tokens.size() == 0 ? 0 : leadingStart(text, tokens.starts()[0]);
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 == tokens.size();
      if (last || endsSentence(text, tokens, i)) {
        // Cut the gap at its first whitespace: closing quotes and brackets stay with this sentence,
        // opening ones go with the next.
        int cut = last ? text.length() : firstWhitespace(text, tokens.ends()[i], tokens.starts()[i + 1]);
        sentences.add(new Sentence(first, i + 1, start, trimEnd(text, start, cut)));
        first = i + 1;
        start = last ? cut : skipWhitespace(text, cut, tokens.starts()[i + 1]);
      }
    }
    return sentences;
  }

  /** The start of the first sentence: its first word, with any opening quote or bracket glued to it. */
  private static int leadingStart(String text, int firstWord) {
    int start = firstWord;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static int firstWhitespace(String text, int from, int to) {
    int index = from;
    while (index < to && !Character.isWhitespace(text.charAt(index))) {
      index++;
    }
    return index;
  }

  private static int skipWhitespace(String text, int from, int to) {
    int index = from;
    while (index < to && Character.isWhitespace(text.charAt(index))) {
      index++;
    }
    return index;
  }

  /** Whether a sentence boundary lies between token {@code i} and token {@code i + 1}. */
  private static boolean endsSentence(String text, TokenSequence tokens, int i) {
    int gapStart = tokens.ends()[i];
    int gapEnd = tokens.starts()[i + 1];
    boolean terminal = false;
    boolean spaceAfterTerminal = false;
    for (int c = gapStart; c < gapEnd; c++) {
      char ch = text.charAt(c);
      if (ch == '\n') {
        return true;
      }
      if (ch == '.' || ch == '!' || ch == '?') {
        terminal = ch != '.' || !isAbbreviation(tokens, i, c);
      } else if (ch == ' ' && terminal) {
        spaceAfterTerminal = true;
      }
    }
    // "3.5" or "U.S.-led" are not boundaries: a boundary needs a space after the point
    // and a next word that starts like a sentence.
    return spaceAfterTerminal && startsLikeSentence(text, gapEnd);
  }

  private static boolean startsLikeSentence(String text, int offset) {
    int codePoint = text.codePointAt(offset);
    return Character.isUpperCase(codePoint) || Character.isDigit(codePoint);
  }

  private static boolean isAbbreviation(TokenSequence tokens, int i, int pointOffset) {
    if (pointOffset != tokens.ends()[i]) {
      return false; // the point is not glued to the word: 'said . ' is a real end
    }
    String word = tokens.term(i);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true; // an initial, as in "John F. Kennedy"
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static int trimEnd(String text, int start, int end) {
    int trimmed = end;
    while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
      trimmed--;
    }
    return trimmed;
  }
}
