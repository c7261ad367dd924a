package org.reprint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.reprint.document.SkipReason;

/**
 * Reads the HTML responses of a WARC file ({@code .warc} or {@code .warc.gz}, as web crawls such as Common
 * Crawl's CC-NEWS are published) with jwarc, each as an HTML article read like an {@code .html} file: the
 * id is the file's id joined with the target URI ({@code crawl.warc.gz/https://example.org/story}, with
 * {@code #2}, {@code #3} for later captures of the same URI), the URL the target URI unless the page names
 * a canonical one, and the outlet its host. Requests, metadata and other records are not articles and are
 * passed over; a response that is not HTML, not a 200, or over the size limit is skipped with its reason. A
 * damaged record ends the file's reading with a skip, keeping the articles read before it.
 *
 * <p>The WARC date is kept as the crawl time ({@link org.reprint.document.Metadata#crawled}), apart from
 * the publication date, which only the page's own metadata gives: a crawler may come by years later.
 */
final class WarcArticleReader {

  private final IngestOptions options;
  private final IngestCollector collector;
  private final FileDocumentReader pages;

  WarcArticleReader(IngestOptions options, IngestCollector collector, FileDocumentReader pages) {
    this.options = options;
    this.collector = collector;
    this.pages = pages;
  }

  void read(Path file, String id) {
    Map<String, Integer> captures = new HashMap<>();
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          String target = response.target();
          int capture = captures.merge(target, 1, Integer::sum);
          response(response, id + "/" + target + (capture == 1 ? "" : "#" + capture), target);
        }
      }
    } catch (IOException | RuntimeException e) {
      collector.skip(id, SkipReason.UNREADABLE, "damaged WARC file, read up to the damage: " + e.getMessage());
    }
  }

  private void response(WarcResponse response, String id, String target) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      collector.skip(id, SkipReason.UNREADABLE, "the HTTP response cannot be parsed: " + e.getMessage());
      return;
    }
    MediaType type = http.contentType().base();
    String kind = type.toString().toLowerCase(Locale.ROOT);
    if (!kind.equals("text/html") && !kind.equals("application/xhtml+xml")) {
      collector.skip(id, SkipReason.UNSUPPORTED_FORMAT, "a WARC response of type " + kind + ", not an HTML page");
      return;
    }
    if (http.status() != 200) {
      collector.skip(id, SkipReason.UNSUPPORTED_FORMAT, "a WARC response with HTTP status " + http.status());
      return;
    }
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = body.readNBytes((int) Math.min(options.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8));
    }
    if (bytes.length > options.maxDocumentBytes()) {
      collector.skip(id, SkipReason.OVERSIZED, pages.oversizedStreamDetail());
      return;
    }
    pages.readPage(bytes, id, target, response.date());
  }
}
