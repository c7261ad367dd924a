package org.reprint.align;

/** A half-open range {@code [start, end)} of word indexes in one document. */
public record WordRange(int start, int end) implements java.io.Serializable {

  public WordRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "word range must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(WordRange other) {
    return start < other.end && other.start < end;
  }
}
