package org.reprint.document;

/** A half-open range {@code [start, end)} of char offsets into a document's original text. */
public record TextSpan(int start, int end) implements java.io.Serializable, Comparable<TextSpan> {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** The text this span covers in {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(TextSpan other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }
}
