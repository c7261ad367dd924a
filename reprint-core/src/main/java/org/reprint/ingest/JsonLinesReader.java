package org.reprint.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.IngestWarning;
import org.reprint.document.Metadata;
import org.reprint.document.SkipReason;
import org.reprint.document.SourceFormat;

/**
 * Reads a JSON Lines stream: one JSON object per line, each one article. The stream is read line by line and
 * the size limit applies per line, so corpus files of any size can be read.
 *
 * <p>Fields: {@code id} (string or number; when absent the id is {@code <file>#<line>}), {@code text} (plain
 * text, format {@link SourceFormat#JSON_TEXT}) or else {@code html} (a page, extracted by {@link
 * HtmlArticleReader}, format {@link SourceFormat#HTML}), and optional {@code url}, {@code title}, {@code
 * source} (the outlet; when absent, the URL's host), {@code byline} and {@code published} (an ISO date or
 * date-time whose date part is kept; anything else is dropped with a warning) and {@code crawled} (when a
 * crawler fetched the page, an ISO instant; the JSON report writes it back). For {@code html} records,
 * fields the record lacks are taken from the page. Blank lines are ignored. A line that is not a JSON object,
 * or has neither {@code text} nor {@code html}, is skipped as malformed; one bad line never stops the file.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final IngestOptions options;
  private final IngestCollector collector;

  JsonLinesReader(IngestOptions options, IngestCollector collector) {
    this.options = options;
    this.collector = collector;
  }

  /** Reads every record of {@code input}; {@code name} is the file's id, the prefix of line-based ids. */
  void read(InputStream input, String name) throws IOException {
    ByteLineReader lines = new ByteLineReader(input, options.maxDocumentBytes());
    for (ByteLineReader.Line line = lines.next(); line != null; line = lines.next()) {
      String lineId = name + "#" + line.number();
      if (line.oversized()) {
        collector.skip(lineId, SkipReason.OVERSIZED, oversizedDetail(line));
      } else if (!isBlank(line.bytes())) {
        readRecord(line, lineId, name);
      }
    }
  }

  private String oversizedDetail(ByteLineReader.Line line) {
    return "line "
        + line.number()
        + " is "
        + line.length()
        + " bytes, over the limit of "
        + options.maxDocumentBytes()
        + " bytes per record (--max-bytes)";
  }

  private void readRecord(ByteLineReader.Line line, String lineId, String name) {
    String where = name + " line " + line.number();
    JsonNode record;
    try {
      record = JSON.readTree(withoutByteOrderMark(line.bytes()));
    } catch (JsonProcessingException e) {
      collector.skip(lineId, SkipReason.MALFORMED, where + " is not valid JSON: " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      collector.skip(lineId, SkipReason.UNREADABLE, where + ": " + e.getMessage());
      return;
    }
    if (!record.isObject()) {
      collector.skip(lineId, SkipReason.MALFORMED, where + " is not a JSON object");
      return;
    }
    JsonNode idField = record.get("id");
    if (idField != null && !idField.isNull() && !idField.isTextual() && !idField.isNumber()) {
      collector.skip(lineId, SkipReason.MALFORMED, where + ": id must be a string or a number");
      return;
    }
    String id = idField == null || idField.isNull() || idField.asText().isBlank() ? lineId : idField.asText();
    readArticle(record, id, where);
  }

  private void readArticle(JsonNode record, String id, String where) {
    List<IngestWarning> warnings = new ArrayList<>();
    Fields fields = new Fields(record, id, where, warnings);
    String text = fields.string("text");
    String html = fields.string("html");
    if (text == null && html == null) {
      boolean present = record.hasNonNull("text") || record.hasNonNull("html");
      collector.skip(id, SkipReason.MALFORMED, where + (present
          ? ": text and html must be strings, got " + fields.kind("text") + " and " + fields.kind("html")
          : " has neither a text nor an html field"));
      return;
    }
    Metadata fromRecord = metadata(fields, id, warnings);
    SourceFormat format = text != null ? SourceFormat.JSON_TEXT : SourceFormat.HTML;
    Metadata metadata = fromRecord;
    if (text == null) {
      HtmlArticleReader.Article article = HtmlArticleReader.read(html);
      text = article.text();
      metadata = fillGaps(fromRecord, article.metadata());
    }
    if (text.isBlank()) {
      collector.skip(id, SkipReason.EMPTY, where + " holds no text");
      return;
    }
    collector.accept(new Document(new DocumentId(id), text, format, metadata, List.of()), warnings, where);
  }

  private static Metadata metadata(Fields fields, String id, List<IngestWarning> warnings) {
    String published = fields.string("published");
    LocalDate date = published == null ? null : DateReader.parseIso(published);
    if (published != null && date == null) {
      warnings.add(
          new IngestWarning(
              id, "metadata", "published \"" + published + "\" is not an ISO date or date-time; ignored"));
    }
    String url = fields.string("url");
    String outlet = fields.string("source");
    return new Metadata(
        fields.string("title"),
        fields.string("byline"),
        date,
        url,
        outlet != null ? outlet : WebAddress.outletOf(url),
        crawled(fields.string("crawled"), id, warnings));
  }

  /**
   * The string fields of one record. A field of another JSON type is not dropped in silence: a number or a
   * boolean is read as its text and an array or object is ignored, each with a warning that names the field
   * and the line.
   */
  private static final class Fields {
    private final JsonNode record;
    private final String id;
    private final String where;
    private final List<IngestWarning> warnings;

    Fields(JsonNode record, String id, String where, List<IngestWarning> warnings) {
      this.record = record;
      this.id = id;
      this.where = where;
      this.warnings = warnings;
    }

    /** The field as text, or {@code null} when it is absent, null or a container. */
    String string(String field) {
      JsonNode value = record.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (value.isTextual()) {
        return value.asText();
      }
      if (value.isValueNode()) {
        warnings.add(new IngestWarning(id, "field", where + ": " + field + " should be a string, got "
            + kind(field) + " " + value + "; read as the text \"" + value.asText() + "\""));
        return value.asText();
      }
      warnings.add(new IngestWarning(id, "field", where + ": " + field + " should be a string, got "
          + kind(field) + "; ignored"));
      return null;
    }

    /** The JSON type of a field, in words. */
    String kind(String field) {
      JsonNode value = record.get(field);
      return value == null || value.isNull() ? "nothing" : value.isNumber() ? "a number"
          : value.isBoolean() ? "a boolean" : value.isArray() ? "an array" : value.isObject() ? "an object"
          : "a string";
    }
  }

  /** A record's {@code crawled}: an ISO instant ({@code 2020-10-12T09:30:00Z}), else null with a warning. */
  private static java.time.Instant crawled(String value, String id, List<IngestWarning> warnings) {
    if (value == null) {
      return null;
    }
    try {
      return java.time.Instant.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      warnings.add(new IngestWarning(id, "metadata",
          "crawled \"" + value + "\" is not an ISO instant such as 2020-10-12T09:30:00Z; ignored"));
      return null;
    }
  }

  private static Metadata fillGaps(Metadata primary, Metadata fallback) {
    return new Metadata(
        primary.title() != null ? primary.title() : fallback.title(),
        primary.byline() != null ? primary.byline() : fallback.byline(),
        primary.published() != null ? primary.published() : fallback.published(),
        primary.url() != null ? primary.url() : fallback.url(),
        primary.outlet() != null ? primary.outlet() : fallback.outlet(),
        primary.crawled() != null ? primary.crawled() : fallback.crawled());
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** A UTF-8 byte order mark may open the first line of a file; JSON itself forbids it. */
  private static byte[] withoutByteOrderMark(byte[] bytes) {
    boolean mark =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    return mark ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }
}
