package org.reprint.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text in the middle of the normalization chain, with the original span of every char. Each step reads one
 * and builds the next with a {@link Builder}, copying the span of every char it keeps; so spans always point
 * into the original text and composing steps needs no extra work.
 *
 * <p>The chain is the hot path of a scan, so the representation avoids copies: the original text itself
 * has no span arrays (char {@code i} maps to {@code [i, i + 1)}), span arrays may be longer than the text,
 * and a step that changes nothing returns its input (see {@link Builder}).
 */
final class MappedText {

  private final String original;
  private final String text;
  /** Null for the original text itself; else at least {@code text.length()} long. */
  private final int[] starts;
  private final int[] ends;
  /** Computed on first use; a text is used by one thread only. */
  private List<Line> lines;

  private MappedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The original text itself: char {@code i} maps to {@code [i, i + 1)}. */
  static MappedText identity(String original) {
    return new MappedText(original, original, null, null);
  }

  /** The original text all spans point into. */
  String original() {
    return original;
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  char charAt(int index) {
    return text.charAt(index);
  }

  int start(int index) {
    return starts == null ? index : starts[index];
  }

  int end(int index) {
    return ends == null ? index + 1 : ends[index];
  }

  OffsetMap toOffsetMap() {
    int length = text.length();
    int[] exactStarts = new int[length];
    int[] exactEnds = new int[length];
    copySpans(0, exactStarts, exactEnds, 0, length);
    return new OffsetMap(exactStarts, exactEnds, original.length());
  }

  /** Copies the spans of chars {@code [from, from + count)} into the arrays at {@code at}. */
  private void copySpans(int from, int[] toStarts, int[] toEnds, int at, int count) {
    if (starts == null) {
      for (int i = 0; i < count; i++) {
        toStarts[at + i] = from + i;
        toEnds[at + i] = from + i + 1;
      }
    } else {
      System.arraycopy(starts, from, toStarts, at, count);
      System.arraycopy(ends, from, toEnds, at, count);
    }
  }

  /**
   * One line: content {@code [start, contentEnd)} followed by its terminator {@code [contentEnd, end)},
   * which is {@code \n}, {@code \r\n}, {@code \r} or, on the last line, nothing.
   */
  record Line(int start, int contentEnd, int end) {}

  /**
   * The lines of the text. Computed once and kept, since a step that changed nothing passes the same text
   * to the next step that reads lines.
   */
  List<Line> lines() {
    if (lines == null) {
      lines = List.copyOf(splitLines(text));
    }
    return lines;
  }

  private static List<Line> splitLines(String text) {
    List<Line> lines = new ArrayList<>();
    int length = text.length();
    // The next \n and \r at or after start, or length; String.indexOf is much faster than a char loop.
    int nextLf = indexOrLength(text, '\n', 0);
    int nextCr = indexOrLength(text, '\r', 0);
    int start = 0;
    while (start < length) {
      if (nextLf < start) {
        nextLf = indexOrLength(text, '\n', start);
      }
      if (nextCr < start) {
        nextCr = indexOrLength(text, '\r', start);
      }
      int contentEnd = Math.min(nextLf, nextCr);
      int end = contentEnd;
      if (end < length) {
        end += text.startsWith("\r\n", end) ? 2 : 1;
      }
      lines.add(new Line(start, contentEnd, end));
      start = end;
    }
    return lines;
  }

  private static int indexOrLength(String text, char c, int from) {
    int index = text.indexOf(c, from);
    return index < 0 ? text.length() : index;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /**
   * Builds the text that follows {@code source}, char by char with their original spans.
   *
   * <p>Most steps leave most documents unchanged, so the builder copies lazily: as long as the output is a
   * prefix of the source (every char copied in order, or appended with the char and span the source has
   * there), it only counts. It allocates at the first difference, and {@link #build()} returns the source
   * itself when nothing differed.
   */
  static final class Builder {
    private final MappedText source;
    /** The output length while the output is still a prefix of the source; -1 once it differs. */
    private int prefix;
    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int length;

    Builder(MappedText source) {
      this.source = source;
    }

    void append(char c, int originalStart, int originalEnd) {
      if (prefix >= 0) {
        if (prefix < source.length()
            && source.charAt(prefix) == c
            && source.start(prefix) == originalStart
            && source.end(prefix) == originalEnd) {
          prefix++;
          return;
        }
        diverge();
      }
      ensureCapacity(1);
      chars[length] = c;
      starts[length] = originalStart;
      ends[length] = originalEnd;
      length++;
    }

    /** Copies char {@code index} of the source with its span. */
    void copy(int index) {
      copy(index, index + 1);
    }

    /** Copies chars {@code [from, to)} of the source with their spans. */
    void copy(int from, int to) {
      if (from >= to) {
        return;
      }
      if (prefix == from) {
        prefix = to;
        return;
      }
      if (prefix >= 0) {
        diverge();
      }
      int count = to - from;
      ensureCapacity(count);
      source.text.getChars(from, to, chars, length);
      source.copySpans(from, starts, ends, length, count);
      length += count;
    }

    int length() {
      return prefix >= 0 ? prefix : length;
    }

    char charAt(int index) {
      return prefix >= 0 ? source.charAt(index) : chars[index];
    }

    MappedText build() {
      if (prefix == source.length()) {
        return source;
      }
      if (prefix >= 0) {
        diverge();
      }
      return new MappedText(source.original, new String(chars, 0, length), starts, ends);
    }

    /** Leaves prefix mode: materializes the prefix counted so far. */
    private void diverge() {
      int count = prefix;
      prefix = -1;
      int capacity = Math.max(16, source.length());
      chars = new char[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      source.text.getChars(0, count, chars, 0);
      source.copySpans(0, starts, ends, 0, count);
      length = count;
    }

    private void ensureCapacity(int extra) {
      if (length + extra > chars.length) {
        int capacity = Math.max(chars.length * 2, length + extra);
        chars = Arrays.copyOf(chars, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
    }
  }
}
