package org.reprint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.reprint.document.TextSpan;

/**
 * One line of a text with its position: {@code [start, end)} covers the line without its terminator
 * ({@code \n}, {@code \r\n} or {@code \r}).
 */
record TextLine(String text, int start, int end) {

  boolean isBlank() {
    return text.isBlank();
  }

  TextSpan span() {
    return new TextSpan(start, end);
  }

  static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new TextLine(text.substring(start, i), start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new TextLine(text.substring(start), start, text.length()));
    }
    return lines;
  }
}
