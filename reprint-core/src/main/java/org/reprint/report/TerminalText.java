package org.reprint.report;

/**
 * Text from the inputs (ids, titles, passages) made safe to print on a terminal. A file name or a title can
 * hold escape sequences ({@code ESC[31m} recolours the terminal, {@code ESC]0;...BEL} retitles it), line
 * breaks that break a table, or bidirectional overrides that reorder what is shown. Each such character is
 * written as a visible escape ({@code \x1b}, {@code \n}, {@code \u202e}) instead; everything else passes
 * through unchanged.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} with every control, line-break and bidirectional-control character escaped. */
  public static String safe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (safe == null) {
          safe = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        safe.append(escape(c));
      } else if (safe != null) {
        safe.append(c);
      }
    }
    return safe == null ? text : safe.toString();
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
        || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c <= 0xFF ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c)
          : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    };
  }
}
