package org.reprint.normalize;

import java.util.List;

/**
 * Applies Unicode NFKC and {@link PunctuationFolding} char by char while keeping offsets exact.
 *
 * <p>The text is cut into units: one code point (a surrogate pair stays whole) and the combining marks that
 * follow it. Each unit is folded, normalized with {@link java.text.Normalizer.Form#NFKC} and folded again,
 * and every char it yields maps to the whole unit's original span. Folding comes first because NFKC turns
 * some quotes into something else (the acute accent becomes a space and a combining mark, the double prime
 * two primes); it comes again after because NFKC yields dashes from compatibility forms such as the small
 * em dash.
 *
 * <p>Normalizing unit by unit equals normalizing the whole text except where composition crosses units, as
 * with Hangul conjoining jamo; those stay decomposed, which only matters for text that uses them.
 */
final class CharacterNormalization implements TextStep {

  /**
   * What each char yields when it forms a unit alone, filled on first use: most units are a single char,
   * and NFKC is costly next to a table look-up. Filling it races harmlessly: entries are immutable strings,
   * and two threads that fill one entry store equal strings.
   */
  private static final String[] SINGLE_CHAR_UNITS = new String[Character.MAX_VALUE + 1];

  @Override
  public MappedText apply(MappedText text, List<RemovedSpan> removed) {
    MappedText.Builder out = new MappedText.Builder(text);
    String chars = text.text();
    int unitStart = 0;
    while (unitStart < chars.length()) {
      int plainEnd = plainRunEnd(chars, unitStart);
      if (plainEnd > unitStart) {
        out.copy(unitStart, plainEnd);
        unitStart = plainEnd;
        continue;
      }
      int unitEnd = unitEnd(chars, unitStart);
      String normalized =
          unitEnd == unitStart + 1 ? normalizeChar(chars.charAt(unitStart)) : normalizeUnit(chars, unitStart, unitEnd);
      int originalStart = text.start(unitStart);
      int originalEnd = text.end(unitEnd - 1);
      for (int i = 0; i < normalized.length(); i++) {
        out.append(normalized.charAt(i), originalStart, originalEnd);
      }
      unitStart = unitEnd;
    }
    return out.build();
  }

  /**
   * One past the run of plain ASCII chars from {@code start}: chars that are units of their own and that
   * NFKC and folding leave as they are, so the run is copied whole. This keeps long ASCII text cheap.
   */
  private static int plainRunEnd(String text, int start) {
    int end = start;
    while (end < text.length() && isPlainAscii(text.charAt(end))) {
      end++;
    }
    // A combining mark after the run makes a unit with the run's last char.
    if (end > start && end < text.length() && isCombiningMark(text.codePointAt(end))) {
      end--;
    }
    return end;
  }

  /** Printable ASCII but the grave accent, and the kept controls: what {@link PunctuationFolding} keeps. */
  private static boolean isPlainAscii(char c) {
    return (c >= 0x20 && c < 0x7F && c != '`') || c == '\t' || c == '\n' || c == '\r';
  }

  /** One past the last char of the unit that starts at {@code start}. */
  private static int unitEnd(String text, int start) {
    int end = start + Character.charCount(text.codePointAt(start));
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      if (!isCombiningMark(codePoint)) {
        break;
      }
      end += Character.charCount(codePoint);
    }
    return end;
  }

  private static boolean isCombiningMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static String normalizeChar(char c) {
    String normalized = SINGLE_CHAR_UNITS[c];
    if (normalized == null) {
      // ASCII without a following mark is already NFKC: it is only folded.
      normalized = c < 0x80 ? fold(String.valueOf(c)) : normalizeUnit(String.valueOf(c), 0, 1);
      SINGLE_CHAR_UNITS[c] = normalized;
    }
    return normalized;
  }

  /** Folds, normalizes with NFKC and folds again the unit {@code [start, end)} of {@code text}. */
  private static String normalizeUnit(String text, int start, int end) {
    String unit = foldFirst(text.substring(start, end));
    return fold(java.text.Normalizer.normalize(unit, java.text.Normalizer.Form.NFKC));
  }

  private static String foldFirst(String unit) {
    String replacement = PunctuationFolding.replacement(unit.charAt(0));
    return replacement == null ? unit : replacement + unit.substring(1);
  }

  private static String fold(String chars) {
    StringBuilder folded = new StringBuilder(chars.length());
    for (int i = 0; i < chars.length(); i++) {
      String replacement = PunctuationFolding.replacement(chars.charAt(i));
      if (replacement == null) {
        folded.append(chars.charAt(i));
      } else {
        folded.append(replacement);
      }
    }
    return folded.toString();
  }
}
