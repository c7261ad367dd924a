package org.reprint.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The properties every normalized text must have, whatever the input: the output form, and an offset map
 * that is in range, monotone and exact for letters and digits.
 */
final class OffsetInvariants {

  private OffsetInvariants() {}

  /** Checks every invariant; {@code context} (a seed, a file name) is printed on failure. */
  static void check(String original, NormalizedText normalized, String context) {
    checkForm(normalized.text(), context);
    checkOffsets(original, normalized, context);
    checkRemovedSorted(original, normalized, context);
  }

  static void checkForm(String text, String context) {
    assertThat(text).as("no carriage returns or tabs [%s]", context).doesNotContain("\r", "\t");
    assertThat(text).as("single spaces [%s]", context).doesNotContain("  ");
    for (String paragraph : text.split("\n", -1)) {
      if (text.isEmpty()) {
        break;
      }
      assertThat(paragraph).as("no empty paragraph [%s]", context).isNotEmpty();
      assertThat(paragraph).as("no space at paragraph edges [%s]", context).isEqualTo(paragraph.strip());
    }
  }

  static void checkOffsets(String original, NormalizedText normalized, String context) {
    OffsetMap offsets = normalized.offsets();
    String text = normalized.text();
    assertThat(offsets.length()).as("offset map length [%s]", context).isEqualTo(text.length());
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i < text.length(); i++) {
      int start = offsets.originalStart(i);
      int end = offsets.originalEnd(i);
      if (start < previousStart || end < previousEnd || start >= end || end > original.length()) {
        fail(
            "offsets out of order or range at %d: [%d, %d) after [%d, %d), original length %d [%s]",
            i, start, end, previousStart, previousEnd, original.length(), context);
      }
      checkProducedBy(original, text, i, start, end, context);
      previousStart = start;
      previousEnd = end;
    }
  }

  /** A letter or digit must come from original chars whose NFKC form contains it. */
  private static void checkProducedBy(
      String original, String text, int index, int start, int end, String context) {
    char c = text.charAt(index);
    if (!Character.isLetterOrDigit(c)) {
      return;
    }
    String source = original.substring(start, end);
    String nfkc = java.text.Normalizer.normalize(source, java.text.Normalizer.Form.NFKC);
    if (nfkc.indexOf(c) < 0) {
      fail(
          "char %d '%s' (U+%04X) maps to [%d, %d) = \"%s\", whose NFKC form lacks it [%s]",
          index, c, (int) c, start, end, source, context);
    }
  }

  private static void checkRemovedSorted(String original, NormalizedText normalized, String context) {
    int previous = 0;
    for (RemovedSpan span : normalized.removed()) {
      assertThat(span.original().start()).as("removed spans sorted [%s]", context).isGreaterThanOrEqualTo(previous);
      assertThat(span.original().end()).as("removed span in range [%s]", context).isLessThanOrEqualTo(original.length());
      previous = span.original().start();
    }
  }
}
