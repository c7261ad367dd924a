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

  @Override
  public MappedText apply(MappedText text, List<RemovedSpan> removed) {
    MappedText.Builder out = new MappedText.Builder(text);
    int length = text.length();
    int unitStart = 0;
    while (unitStart < length) {
      int unitEnd = unitEnd(text.text(), unitStart);
      char first = text.charAt(unitStart);
      int originalStart = text.start(unitStart);
      int originalEnd = text.end(unitEnd - 1);
      if (unitEnd == unitStart + 1 && first < 0x80) {
        // ASCII without a following mark is already NFKC; this keeps long ASCII text cheap.
        appendFolded(out, first, originalStart, originalEnd);
      } else {
        String unit = foldUnit(text.text().substring(unitStart, unitEnd));
        String normalized = java.text.Normalizer.normalize(unit, java.text.Normalizer.Form.NFKC);
        for (int i = 0; i < normalized.length(); i++) {
          appendFolded(out, normalized.charAt(i), originalStart, originalEnd);
        }
      }
      unitStart = unitEnd;
    }
    return out.build();
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

  private static String foldUnit(String unit) {
    String replacement = PunctuationFolding.replacement(unit.charAt(0));
    return replacement == null ? unit : replacement + unit.substring(1);
  }

  private static void appendFolded(MappedText.Builder out, char c, int originalStart, int originalEnd) {
    String replacement = PunctuationFolding.replacement(c);
    if (replacement == null) {
      out.append(c, originalStart, originalEnd);
      return;
    }
    for (int i = 0; i < replacement.length(); i++) {
      out.append(replacement.charAt(i), originalStart, originalEnd);
    }
  }
}
