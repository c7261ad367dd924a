package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.reprint.document.Document;
import org.reprint.document.SkipReason;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;

/** WARC files, as crawls publish them: their HTML responses become articles, the rest is accounted for. */
class WarcIngestTest {

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");

  @TempDir Path folder;

  static String page(String prefix) throws IOException {
    try (var files = Files.list(EXAMPLE)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      StringBuilder html = new StringBuilder("<html><head><title>Story " + prefix + "</title></head><body>"
          + "<nav>Home | World | Sport</nav><article>");
      for (String paragraph : text.split("\\n\\s*\\n")) {
        html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
      }
      return html.append("</article></body></html>").toString();
    }
  }

  static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(url).date(Instant.parse("2020-11-01T10:00:00Z")).body(http).build();
  }

  Path crawl(String name, WarcCompression compression) throws IOException {
    Path file = folder.resolve(name);
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), compression)) {
      writer.write(response("https://news.example.org/armenia", 200, "text/html; charset=utf-8",
          page("001").getBytes(StandardCharsets.UTF_8)));
      writer.write(response("https://blog.example.net/russia-promises", 200, "text/html",
          page("002").getBytes(StandardCharsets.UTF_8)));
      writer.write(response("https://news.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P'}));
      writer.write(response("https://news.example.org/gone", 404, "text/html", "<p>not found</p>".getBytes(
          StandardCharsets.UTF_8)));
      writer.write(response("https://news.example.org/armenia", 200, "text/html",
          page("001").getBytes(StandardCharsets.UTF_8)));
    }
    return file;
  }

  @Test
  @DisplayName("a .warc.gz crawl: each HTML page an article with its URL and outlet; images and 404s skipped")
  void compressedCrawl() throws IOException {
    Path file = crawl("crawl.warc.gz", WarcCompression.GZIP);
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(file);
    String name = Ingester.nameOf(file);
    assertThat(result.documents()).extracting(d -> d.id().value()).containsExactlyInAnyOrder(
        name + "/https://news.example.org/armenia", name + "/https://blog.example.net/russia-promises",
        name + "/https://news.example.org/armenia#2");
    Document first = result.documents().stream()
        .filter(d -> d.id().value().endsWith("/https://news.example.org/armenia")).findFirst().orElseThrow();
    assertThat(first.metadata().url()).isEqualTo("https://news.example.org/armenia");
    assertThat(first.metadata().outlet()).isEqualTo("news.example.org");
    assertThat(first.metadata().title()).isEqualTo("Story 001");
    assertThat(first.originalText()).contains("Gyumri").doesNotContain("Home | World");
    assertThat(result.skipped()).extracting(s -> s.reason()).containsExactly(SkipReason.UNSUPPORTED_FORMAT,
        SkipReason.UNSUPPORTED_FORMAT);
    assertThat(result.skipped()).extracting(s -> s.detail())
        .anyMatch(d -> d.contains("image/png")).anyMatch(d -> d.contains("404"));
  }

  @Test
  @DisplayName("the WARC date is the crawl time, apart from the publication date; the JSON report and the index keep it")
  void crawlTime(@TempDir Path indexFolder) throws IOException {
    Path file = crawl("crawl.warc.gz", WarcCompression.GZIP);
    Document first = new Ingester(IngestOptions.DEFAULT).ingest(file).documents().stream()
        .filter(d -> d.id().value().endsWith("/https://news.example.org/armenia")).findFirst().orElseThrow();
    assertThat(first.metadata().crawled()).isEqualTo(Instant.parse("2020-11-01T10:00:00Z"));
    assertThat(first.metadata().published()).isNotEqualTo(java.time.LocalDate.of(2020, 11, 1));
    org.reprint.engine.DocumentAnalyzer analyzer =
        new org.reprint.engine.DocumentAnalyzer(org.reprint.fingerprint.FingerprintParameters.DEFAULT);
    var analyzed = analyzer.analyze(first);
    assertThat(org.reprint.report.JsonReport.documentLine(analyzer.scanned(analyzed)))
        .contains("\"crawled\":\"2020-11-01T10:00:00Z\"");
    try (var index = org.reprint.index.ReprintIndex.openForWriting(indexFolder,
        org.reprint.fingerprint.FingerprintParameters.DEFAULT)) {
      index.add(first, analyzer.sketch(analyzed));
      index.commit();
      assertThat(index.document(first.id().value()).orElseThrow().metadata()).isEqualTo(first.metadata());
    }
  }

  @Test
  @DisplayName("a JSON Lines record's crawled is read as an instant; a malformed one is dropped with a warning")
  void crawledInJsonLines(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("crawl.jsonl");
    java.nio.file.Files.writeString(file, """
        {"id": "a", "text": "Armenia and Azerbaijan traded fire again on Monday.", "crawled": "2020-10-12T09:30:00Z"}
        {"id": "b", "text": "Armenia and Azerbaijan traded fire again on Monday.", "crawled": "last Monday"}
        """);
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(file);
    assertThat(result.documents()).extracting(d -> d.metadata().crawled())
        .containsExactly(Instant.parse("2020-10-12T09:30:00Z"), null);
    assertThat(result.warnings()).anyMatch(w -> w.detail().contains("last Monday"));
  }

  @Test
  @DisplayName("a plain .warc scans like the pages it holds: the spun copy is a PARAPHRASE of the original")
  void scanOfACrawl() throws IOException {
    Path file = crawl("crawl.warc", WarcCompression.NONE);
    ScanResult result = Engine.scan(new Ingester(IngestOptions.DEFAULT).ingest(file), ScanOptions.defaults(List.of()));
    assertThat(result.pairs()).extracting(p -> p.relation().name())
        .contains("PARAPHRASE", "DUPLICATE");
  }

  @Test
  @DisplayName("a damaged WARC keeps the articles read before the damage and says what happened")
  void damagedCrawl() throws IOException {
    Path file = crawl("damaged.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(file);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3);
    for (int i = cut.length - 200; i < cut.length; i++) {
      cut[i] = 'x';
    }
    Files.write(file, cut);
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(file);
    assertThat(result.documents()).isNotEmpty();
    assertThat(result.skipped()).anyMatch(s -> s.reason() == SkipReason.UNREADABLE
        && s.detail().startsWith("damaged WARC file"));
  }
}
