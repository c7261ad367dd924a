package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.document.IngestWarning;
import org.reprint.document.Metadata;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;
import org.reprint.document.SourceFormat;

/** JSON Lines records: good ones, malformed ones, missing text, duplicate ids, per-line size limit. */
class JsonLinesIngestTest {

  @TempDir Path folder;

  @Test
  void goodRecordsBecomeDocumentsAndBadOnesAreSkipped() throws IOException {
    IngestResult result = ingestFixture();

    assertThat(result.documents())
        .extracting(d -> d.id().value(), Document::format)
        .containsExactly(
            tuple("42", SourceFormat.JSON_TEXT),
            tuple("mixed-records.jsonl#7", SourceFormat.JSON_TEXT),
            tuple("page-1", SourceFormat.HTML),
            tuple("tass-1", SourceFormat.JSON_TEXT));
    assertThat(result.skipped())
        .extracting(SkippedDocument::id, SkippedDocument::reason)
        .containsExactly(
            tuple("mixed-records.jsonl#4", SkipReason.MALFORMED),
            tuple("mixed-records.jsonl#5", SkipReason.MALFORMED),
            tuple("no-text", SkipReason.MALFORMED),
            tuple("tass-1", SkipReason.MALFORMED));
    assertThat(result.skipped().get(0).detail()).startsWith("mixed-records.jsonl line 4 is not valid JSON");
    assertThat(result.skipped().get(1).detail()).isEqualTo("mixed-records.jsonl line 5 is not a JSON object");
    assertThat(result.skipped().get(2).detail())
        .isEqualTo("mixed-records.jsonl line 6 has neither a text nor an html field");
    assertThat(result.skipped().get(3).detail())
        .isEqualTo("duplicate id tass-1 (mixed-records.jsonl line 8); the first one is kept");
  }

  @Test
  void fieldsBecomeMetadata() throws IOException {
    IngestResult result = ingestFixture();
    assertThat(result.documents().get(3).metadata())
        .isEqualTo(
            new Metadata(
                "Moscow promises help", null, LocalDate.of(2020, 10, 31), "https://tass.com/world/1218001", "tass.com"));
    assertThat(result.documents().get(3).originalText())
        .isEqualTo("Moscow will help Yerevan if fighting reaches Armenia.");
    assertThat(result.documents().get(0).metadata().outlet()).isEqualTo("Ahval");
    Document page = result.documents().get(2);
    assertThat(page.originalText()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    assertThat(page.metadata().title()).isEqualTo("Page title");
    assertThat(page.metadata().outlet()).isEqualTo("news.example.com");
  }

  @Test
  void anUnreadableDateIsDroppedWithAWarning() throws IOException {
    IngestResult result = ingestFixture();
    assertThat(result.documents().get(1).metadata().published()).isNull();
    assertThat(result.documents().get(1).metadata().outlet()).isEqualTo("example.org");
    assertThat(result.warnings())
        .containsExactly(
            new IngestWarning(
                "mixed-records.jsonl#7",
                "metadata",
                "published \"last Saturday\" is not an ISO date or date-time; ignored"));
  }

  @Test
  void standardInputStartingWithABraceIsReadAsJsonLines() throws IOException {
    IngestResult fromFile = ingestFixture();
    IngestResult fromStream;
    try (InputStream input = getClass().getResourceAsStream("mixed-records.jsonl")) {
      fromStream = new Ingester(IngestOptions.DEFAULT).ingest(input, "mixed-records.jsonl");
    }
    assertThat(fromStream).isEqualTo(fromFile);
  }

  @Test
  void standardInputOfPlainTextIsOneDocument() {
    byte[] text = "\n  A headline\n\nThe body of the article.\n".getBytes(StandardCharsets.UTF_8);
    IngestResult result =
        new Ingester(IngestOptions.DEFAULT).ingest(new ByteArrayInputStream(text), "stdin");
    assertThat(result.documents()).singleElement().satisfies(document -> {
      assertThat(document.id().value()).isEqualTo("stdin");
      assertThat(document.originalText()).isEqualTo("\n  A headline\n\nThe body of the article.\n");
      assertThat(document.metadata().title()).isEqualTo("A headline");
    });
  }

  @Test
  void theSizeLimitAppliesPerLineAndTheFileGoesOn() throws IOException {
    String longText = "word ".repeat(100);
    Files.writeString(
        folder.resolve("corpus.ndjson"),
        "{\"id\":\"long\",\"text\":\"" + longText + "\"}\n{\"id\":\"short\",\"text\":\"Short.\"}\n",
        StandardCharsets.UTF_8);

    IngestResult result = new Ingester(new IngestOptions(100)).ingest(folder, "");

    assertThat(result.documents()).extracting(d -> d.id().value()).containsExactly("short");
    assertThat(result.skipped())
        .containsExactly(
            new SkippedDocument(
                "corpus.ndjson#1",
                SkipReason.OVERSIZED,
                "line 1 is 523 bytes, over the limit of 100 bytes per record (--max-bytes)"));
  }

  @Test
  void recordsLongerThanTheReadBufferWithCrlfAndNoFinalNewlineAreWhole() throws IOException {
    String longText = "Паша ".repeat(40_000);
    Files.writeString(
        folder.resolve("crlf.jsonl"),
        "\r\n{\"id\":\"a\",\"text\":\"" + longText + "\"}\r\n\r\n{\"id\":\"b\",\"text\":\"Last.\"}",
        StandardCharsets.UTF_8);

    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");

    assertThat(result.skipped()).isEmpty();
    assertThat(result.documents())
        .extracting(d -> d.id().value(), Document::originalText)
        .containsExactly(tuple("a", longText), tuple("b", "Last."));
  }

  private IngestResult ingestFixture() throws IOException {
    try (InputStream input = getClass().getResourceAsStream("mixed-records.jsonl")) {
      Files.write(folder.resolve("mixed-records.jsonl"), input.readAllBytes());
    }
    return new Ingester(IngestOptions.DEFAULT).ingest(folder.resolve("mixed-records.jsonl"), "");
  }
}
