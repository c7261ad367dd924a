package org.reprint.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text in the middle of the normalization chain, with the original span of every char. Each step reads one
 * and builds the next with a {@link Builder}, copying the span of every char it keeps; so spans always point
 * into the original text and composing steps needs no extra work.
 */
final class MappedText {

  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private MappedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The original text itself: char {@code i} maps to {@code [i, i + 1)}. */
  static MappedText identity(String original) {
    int[] starts = new int[original.length()];
    int[] ends = new int[original.length()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new MappedText(original, original, starts, ends);
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
    return starts[index];
  }

  int end(int index) {
    return ends[index];
  }

  OffsetMap toOffsetMap() {
    return new OffsetMap(starts, ends, original.length());
  }

  /**
   * One line: content {@code [start, contentEnd)} followed by its terminator {@code [contentEnd, end)},
   * which is {@code \n}, {@code \r\n}, {@code \r} or, on the last line, nothing.
   */
  record Line(int start, int contentEnd, int end) {}

  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start < length) {
      int contentEnd = start;
      while (contentEnd < length && !isLineBreak(text.charAt(contentEnd))) {
        contentEnd++;
      }
      int end = contentEnd;
      if (end < length) {
        end += text.startsWith("\r\n", end) ? 2 : 1;
      }
      lines.add(new Line(start, contentEnd, end));
      start = end;
    }
    return lines;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Appends chars with their original spans, building the text that follows {@code source}. */
  static final class Builder {
    private final String original;
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    Builder(MappedText source) {
      original = source.original;
      int capacity = Math.max(16, source.length());
      text = new StringBuilder(capacity);
      starts = new int[capacity];
      ends = new int[capacity];
    }

    void append(char c, int originalStart, int originalEnd) {
      int at = text.length();
      if (at == starts.length) {
        starts = Arrays.copyOf(starts, at * 2);
        ends = Arrays.copyOf(ends, at * 2);
      }
      text.append(c);
      starts[at] = originalStart;
      ends[at] = originalEnd;
    }

    /** Copies char {@code index} of {@code source} with its span. */
    void copy(MappedText source, int index) {
      append(source.charAt(index), source.start(index), source.end(index));
    }

    /** Copies chars {@code [from, to)} of {@code source} with their spans. */
    void copy(MappedText source, int from, int to) {
      for (int i = from; i < to; i++) {
        copy(source, i);
      }
    }

    int length() {
      return text.length();
    }

    char charAt(int index) {
      return text.charAt(index);
    }

    MappedText build() {
      int length = text.length();
      return new MappedText(original, text.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }
  }
}
