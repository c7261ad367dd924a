package org.reprint.normalize;

import java.util.List;

/**
 * Lays the text out in its final form: paragraphs separated by one {@code \n}, words by one space.
 *
 * <p>Every gap of white space between two words becomes one char whose original span covers the whole gap:
 * a {@code \n} if the gap holds two or more line breaks (a blank line ends a paragraph), else a space (a
 * single line break is a hard wrap or a Markdown soft break, not a paragraph end). {@code \r\n} and {@code
 * \r} count as one line break. Gaps at the start and the end of the text disappear.
 *
 * <p>One exception joins instead: when a line ends with a hyphen directly after a letter and the next line
 * starts with a lowercase letter, the gap is removed and the hyphen kept ({@code de-\nescalate} becomes
 * {@code de-escalate}). We keep the hyphen because news text wraps mostly at real compound hyphens, and
 * without a dictionary we cannot tell the rare soft hyphen from them.
 */
final class ParagraphLayout implements TextStep {

  @Override
  public MappedText apply(MappedText text, List<RemovedSpan> removed) {
    MappedText.Builder out = new MappedText.Builder(text);
    int i = 0;
    while (i < text.length()) {
      int keptEnd = keptRunEnd(text.text(), i);
      if (keptEnd > i) {
        out.copy(i, keptEnd);
        i = keptEnd;
      } else {
        i = layOutGap(text, out, i);
      }
    }
    return out.build();
  }

  /** Appends what stands for the gap of white space at {@code gapStart}; returns the gap's end. */
  private static int layOutGap(MappedText text, MappedText.Builder out, int gapStart) {
    int length = text.length();
    int i = gapStart;
    int lineBreaks = 0;
    while (i < length && isWhiteSpace(text.charAt(i))) {
      // A \r followed by \n is one break: count the \n only.
      boolean crBeforeLf = text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n';
      if (MappedText.isLineBreak(text.charAt(i)) && !crBeforeLf) {
        lineBreaks++;
      }
      i++;
    }
    boolean atEdge = out.length() == 0 || i == length;
    if (!atEdge) {
      appendSeparator(text, out, gapStart, i, lineBreaks);
    }
    return i;
  }

  /**
   * One past the run from {@code start} that stays as it is: words, and single spaces between two words (a
   * gap of one space becomes that same space). Copying such runs whole, rather than word by word, is what
   * makes this step cheap on ordinary prose.
   */
  private static int keptRunEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      boolean singleSpace =
          c == ' ' && end > start && end + 1 < text.length() && !isWhiteSpace(text.charAt(end + 1));
      if (isWhiteSpace(c) && !singleSpace) {
        break;
      }
      end++;
    }
    return end;
  }

  /** Appends the one char, if any, that stands for the gap {@code [gapStart, gapEnd)}. */
  private static void appendSeparator(
      MappedText text, MappedText.Builder out, int gapStart, int gapEnd, int lineBreaks) {
    if (lineBreaks == 1 && joinsHyphenatedWord(text, out, gapEnd)) {
      return;
    }
    char separator = lineBreaks >= 2 ? '\n' : ' ';
    out.append(separator, text.start(gapStart), text.end(gapEnd - 1));
  }

  private static boolean joinsHyphenatedWord(MappedText text, MappedText.Builder out, int nextWord) {
    int last = out.length() - 1;
    return last >= 1
        && out.charAt(last) == '-'
        && Character.isLetter(out.charAt(last - 1))
        && Character.isLowerCase(text.text().codePointAt(nextWord));
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || MappedText.isLineBreak(c);
  }
}
