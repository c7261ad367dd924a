package org.reprint.report;

import java.util.Locale;

/** A count with its noun in the right number: "1 document", "2 documents", "0 pairs". */
public final class Plural {

  private Plural() {}

  /** {@code count} and {@code noun}, with an "s" unless the count is one. */
  public static String of(long count, String noun) {
    return of(count, noun, noun + "s");
  }

  /** {@code count} and {@code singular} or {@code plural}. */
  public static String of(long count, String singular, String plural) {
    return String.format(Locale.ROOT, "%d %s", count, count == 1 ? singular : plural);
  }
}
