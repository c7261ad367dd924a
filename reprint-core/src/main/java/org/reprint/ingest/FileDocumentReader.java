package org.reprint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkipReason;
import org.reprint.document.SourceFormat;

/**
 * Reads one input file, or the bytes of one input, into the collector: as a document, as the records of a
 * JSON Lines file, or as a skipped input with its reason.
 */
final class FileDocumentReader {

  private final IngestOptions options;
  private final IngestCollector collector;
  private final JsonLinesReader jsonLines;

  FileDocumentReader(IngestOptions options, IngestCollector collector) {
    this.options = options;
    this.collector = collector;
    this.jsonLines = new JsonLinesReader(options, collector);
  }

  /** Reads {@code file} as the input named {@code id}; never throws for a bad or unreadable file. */
  void read(Path file, String id) {
    InputFormat format = InputFormat.ofFileName(file.getFileName().toString());
    try {
      if (format == InputFormat.JSON_LINES) {
        try (InputStream input = Files.newInputStream(file)) {
          jsonLines.read(input, id);
        }
      } else if (format == InputFormat.WARC) { // a crawl: large by design, limited per record
        new WarcArticleReader(options, collector, this).read(file, id);
      } else if (format == InputFormat.UNSUPPORTED) {
        skipUnsupported(file, id);
      } else if (Files.isRegularFile(file) && Files.size(file) > options.maxDocumentBytes()) {
        collector.skip(id, SkipReason.OVERSIZED, oversizedDetail(Files.size(file)));
      } else {
        readBounded(file, id, format);
      }
    } catch (IOException e) {
      collector.skip(id, SkipReason.UNREADABLE, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads at most one byte past the limit, whatever the file claims its size is: a device or a pipe
   * ({@code /dev/zero}, {@code /dev/stdin}) reports 0 and never ends.
   */
  private void readBounded(Path file, String id, InputFormat format) throws IOException {
    byte[] bytes;
    try (InputStream input = Files.newInputStream(file)) {
      bytes = input.readNBytes((int) Math.min(options.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8));
    }
    if (bytes.length > options.maxDocumentBytes()) {
      collector.skip(id, SkipReason.OVERSIZED, oversizedStreamDetail());
    } else {
      readBytes(bytes, id, format);
    }
  }

  /** The reason for a stream that went past the limit, whose whole size is not read to be known. */
  String oversizedStreamDetail() {
    return "more than " + options.maxDocumentBytes() + " bytes, over the limit (--max-bytes); the rest was not read";
  }

  String oversizedDetail(long size) {
    return "file is "
        + size
        + " bytes, over the limit of "
        + options.maxDocumentBytes()
        + " bytes (--max-bytes)";
  }

  /** Decodes {@code bytes} and reads them as one document of the given format. */
  void readBytes(byte[] bytes, String id, InputFormat format) {
    readBytes(bytes, id, format, null, null);
  }

  /** Reads the bytes of an HTML page fetched from {@code address} (a WARC response) as one document. */
  void readPage(byte[] bytes, String id, String address, java.time.Instant crawled) {
    readBytes(bytes, id, InputFormat.HTML, address, crawled);
  }

  /**
   * As {@link #readBytes(byte[], String, InputFormat)}; {@code address} is where a page was fetched and
   * {@code crawled} when, or null.
   */
  private void readBytes(byte[] bytes, String id, InputFormat format, String address, java.time.Instant crawled) {
    TextDecoder.Outcome outcome = TextDecoder.decode(bytes);
    if (outcome instanceof TextDecoder.Rejected rejected) {
      collector.skip(id, rejected.reason(), rejected.detail());
      return;
    }
    TextDecoder.Decoded decoded = (TextDecoder.Decoded) outcome;
    List<IngestWarning> warnings =
        decoded.note() == null ? List.of() : List.of(new IngestWarning(id, "encoding", decoded.note()));
    String text = decoded.text();
    if (text.isBlank()) {
      collector.skip(id, SkipReason.EMPTY, text.isEmpty() ? "no text" : "only white space");
      return;
    }
    boolean html =
        format == InputFormat.HTML
            || (format == InputFormat.NO_EXTENSION && InputFormat.looksLikeHtml(text));
    Document document = html ? htmlDocument(id, text, address, crawled) : textDocument(id, text, format);
    if (document != null) {
      collector.accept(document, warnings, id);
    }
  }

  /** An HTML page; {@code address}, when given, is where it was fetched, its URL unless it names another. */
  private Document htmlDocument(String id, String page, String address, java.time.Instant crawled) {
    HtmlArticleReader.Article article = HtmlArticleReader.read(page);
    if (article.text().isBlank()) {
      collector.skip(id, SkipReason.EMPTY, "no article text found in the HTML page");
      return null;
    }
    org.reprint.document.Metadata metadata = article.metadata();
    if (address != null && metadata.url() == null) {
      metadata = new org.reprint.document.Metadata(metadata.title(), metadata.byline(), metadata.published(),
          address, metadata.outlet() != null ? metadata.outlet() : WebAddress.outletOf(address));
    }
    if (crawled != null) {
      metadata = metadata.withCrawled(crawled);
    }
    return new Document(new DocumentId(id), article.text(), SourceFormat.HTML, metadata, List.of());
  }

  private static Document textDocument(String id, String text, InputFormat format) {
    boolean markdown = format == InputFormat.MARKDOWN;
    TextMetadataReader.Found found = TextMetadataReader.read(text, markdown);
    SourceFormat sourceFormat = markdown ? SourceFormat.MARKDOWN : SourceFormat.PLAIN_TEXT;
    return new Document(new DocumentId(id), text, sourceFormat, found.metadata(), found.spans());
  }

  /** Binary content is reported as such; a text file of an unknown kind is named by its extension. */
  private void skipUnsupported(Path file, String id) throws IOException {
    byte[] head;
    try (InputStream input = Files.newInputStream(file)) {
      head = input.readNBytes(TextDecoder.SNIFF_BYTES);
    }
    Optional<String> binary = TextDecoder.binaryEvidence(head, head.length);
    if (binary.isPresent()) {
      collector.skip(id, SkipReason.BINARY, binary.get());
      return;
    }
    String extension = InputFormat.extension(file.getFileName().toString());
    collector.skip(
        id,
        SkipReason.UNSUPPORTED_FORMAT,
        "." + extension + " files are not read; supported: .txt .text .md .markdown .html .htm .xhtml"
            + " .jsonl .ndjson .warc .warc.gz and files without an extension");
  }
}
