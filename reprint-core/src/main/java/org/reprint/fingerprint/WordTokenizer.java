package org.reprint.fingerprint;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits normalized text into word tokens with offsets.
 *
 * <p>A token is a maximal run of letters, digits and combining marks. Two joiners keep common news tokens
 * whole: an apostrophe or hyphen between two letters or digits ({@code Russia's}, {@code de-escalate},
 * {@code Nagorno-Karabakh}), and a point or comma between two digits ({@code 1,200}, {@code 3.5}). Terms
 * are lower-cased with {@link Locale#ROOT}; no stemming here (that is {@link ContentTerms}' job), so that
 * verbatim shingles stay verbatim.
 */
public final class WordTokenizer {

  private final TokenHash hash;

  public WordTokenizer(TokenHash hash) {
    this.hash = hash;
  }

  public TokenSequence tokenize(String text) {
    int capacity = Math.max(16, text.length() / 5);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int index = 0;
    int length = text.length();
    while (index < length) {
      int codePoint = text.codePointAt(index);
      if (!isWordPart(codePoint)) {
        index += Character.charCount(codePoint);
        continue;
      }
      int start = index;
      index = scanWord(text, index);
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = index;
      count++;
    }
    return build(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
  }

  private TokenSequence build(String text, int[] starts, int[] ends) {
    String[] terms = new String[starts.length];
    long[] hashes = new long[starts.length];
    for (int i = 0; i < starts.length; i++) {
      terms[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
      hashes[i] = hash.hashTerm(terms[i]);
    }
    return new TokenSequence(starts, ends, terms, hashes);
  }

  /** Returns the end of the word starting at {@code index}. */
  private static int scanWord(String text, int index) {
    int length = text.length();
    int previous = 0;
    while (index < length) {
      int codePoint = text.codePointAt(index);
      if (isWordPart(codePoint)) {
        previous = codePoint;
        index += Character.charCount(codePoint);
      } else if (index + 1 < length && joins(previous, codePoint, text.codePointAt(index + 1))) {
        index += 1;
      } else {
        break;
      }
    }
    return index;
  }

  private static boolean joins(int before, int joiner, int after) {
    if (joiner == '\'' || joiner == '-') {
      return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }
    if (joiner == '.' || joiner == ',') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return false;
  }

  static boolean isWordPart(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
