package org.reprint.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream as lines of raw bytes, holding at most {@code maxLineBytes} of any line in memory. A longer
 * line is counted to its end but not kept, so one huge record in a multi-gigabyte JSON Lines file costs no
 * memory. Lines end at {@code \n}; a {@code \r} before it is dropped.
 */
final class ByteLineReader {

  /** One line: its 1-based number, its bytes (null when over the limit) and its length in bytes. */
  record Line(int number, byte[] bytes, long length) {
    boolean oversized() {
      return bytes == null;
    }
  }

  private final InputStream input;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private int lineNumber;

  ByteLineReader(InputStream input, long maxLineBytes) {
    this.input = input;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long length = 0;
    while (fill()) {
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      length += end - position;
      if (length <= maxLineBytes) {
        kept.write(buffer, position, end - position);
      }
      boolean lineEnds = end < limit;
      position = lineEnds ? end + 1 : end;
      if (lineEnds) {
        return line(kept, length);
      }
    }
    return length > 0 || kept.size() > 0 ? line(kept, length) : null;
  }

  private Line line(ByteArrayOutputStream kept, long length) {
    lineNumber++;
    byte[] bytes = kept.toByteArray();
    if (length > maxLineBytes) {
      return new Line(lineNumber, null, length);
    }
    int size = bytes.length;
    if (size > 0 && bytes[size - 1] == '\r') {
      return new Line(lineNumber, Arrays.copyOf(bytes, size - 1), length - 1);
    }
    return new Line(lineNumber, bytes, length);
  }

  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    limit = input.read(buffer);
    position = 0;
    return limit > 0;
  }
}
