package org.reprint.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of comma-separated values as RFC 4180 defines them: records end at CRLF or LF (a lone CR is
 * accepted too); a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}
 * stands for one {@code "}). Written here rather than adding a CSV library for one file format.
 *
 * <p>A quote inside an unquoted field is kept as an ordinary char, as most producers intend; a quoted field
 * that never closes is an error.
 */
public final class CsvRecords {

  private CsvRecords() {}

  /**
   * Every record of {@code input}, header included, each as its list of fields. A blank last line adds no
   * record. The reader is read to its end but not closed.
   *
   * @throws IllegalArgumentException if a quoted field is not closed before the end of the input
   * @throws UncheckedIOException if the reader fails
   */
  public static List<List<String>> read(Reader input) {
    try {
      return parse(input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> parse(Reader input) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int next = input.read();
    while (next >= 0) {
      char c = (char) next;
      next = input.read();
      if (quoted) {
        if (c == '"' && next == '"') {
          field.append('"');
          next = input.read();
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty() && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && next == '\n') {
          next = input.read();
        }
        line++;
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(
          "input must close every quoted field, got an open quote at the end (line " + line + ")");
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
