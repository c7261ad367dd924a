package org.reprint.normalize;

/**
 * The table that folds typographic variants to one plain form, so that {@code don’t} and {@code don't}, or
 * an en dash and a hyphen, compare equal.
 *
 * <ul>
 *   <li>single quotes, apostrophes, primes and accents used as quotes (U+2018 U+2019 U+201A U+201B U+2032
 *       U+00B4 and the grave accent) become {@code '};
 *   <li>double quotes (U+201C U+201D U+201E U+201F U+00AB U+00BB U+2033) become {@code "};
 *   <li>dashes (U+2010 to U+2015, U+2212) become {@code -};
 *   <li>every space separator (NBSP, narrow NBSP, the en/em/thin spaces, ideographic space) becomes a space;
 *   <li>vertical tab, form feed, NEL and U+2028 become a line break, U+2029 a blank line;
 *   <li>the soft hyphen, zero-width space, joiners, word joiner, byte order mark and other control chars
 *       are removed: they are invisible, and left in place they would split words.
 * </ul>
 */
final class PunctuationFolding {

  private PunctuationFolding() {}

  /** What replaces {@code c}: {@code null} when it stays, an empty string when it is removed. */
  static String replacement(char c) {
    if (c < 0x80) {
      return replacementOfAscii(c);
    }
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4':
        return "'";
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
        return "\"";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return "-";
      case '\u0085', '\u2028':
        return "\n";
      case '\u2029':
        return "\n\n";
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
        return "";
      default:
        break;
    }
    if (Character.getType(c) == Character.SPACE_SEPARATOR) {
      return " ";
    }
    return Character.isISOControl(c) ? "" : null;
  }

  private static String replacementOfAscii(char c) {
    if (c == '`') {
      return "'";
    }
    if (c == '\u000B' || c == '\f') {
      return "\n";
    }
    boolean keptControl = c == '\t' || c == '\n' || c == '\r';
    return Character.isISOControl(c) && !keptControl ? "" : null;
  }
}
