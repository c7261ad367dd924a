package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.document.TextSpan;

/** Metadata rules on the bundled armenia-2020 example: five versions of one AFP story. */
@DisplayName("armenia-2020 example: metadata of five versions of one story")
class ExampleArticlesTest {

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");

  private static IngestResult result;
  private static Map<String, Document> byId;

  @BeforeAll
  static void ingestExample() {
    result = new Ingester(IngestOptions.DEFAULT).ingest(EXAMPLE, "");
    byId = result.documents().stream().collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
  }

  @Test
  void readsAllFiveAsPlainTextWithoutSkipsOrWarnings() {
    assertThat(result.documents())
        .extracting(d -> d.id().value())
        .containsExactly(
            "000_51bb1057b6c19cdb.txt",
            "001_de2c79a0c33f0dde.txt",
            "002_408473a80b4a83d8.txt",
            "003_3408cd47ae938fb3.txt",
            "004_aff0aa0c764f18b0.txt");
    assertThat(result.documents()).allMatch(d -> d.format() == SourceFormat.PLAIN_TEXT);
    assertThat(result.skipped()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  @DisplayName("001: Markdown-style head and a trailing 'Original url:' give all five fields")
  void markdownStyleHeadGivesFullMetadata() {
    Metadata metadata = byId.get("001_de2c79a0c33f0dde.txt").metadata();
    assertThat(metadata)
        .isEqualTo(
            new Metadata(
                "Russia Pledges Help to Yerevan if Fighting Reaches Armenia",
                "Mariam Harutyunyan for AFP",
                LocalDate.of(2020, 10, 31),
                "https://www.themoscowtimes.com/2020/10/31/russia-pledges-help-to-yerevan-if-fighting-reaches-armenia-a71920",
                "themoscowtimes.com"));
  }

  @Test
  @DisplayName("001: metadata spans cover exactly the five metadata lines")
  void metadataSpansCoverTheMetadataLines() {
    Document document = byId.get("001_de2c79a0c33f0dde.txt");
    assertThat(document.metadataSpans())
        .extracting(span -> span.of(document.originalText()))
        .containsExactly(
            "# Russia Pledges Help to Yerevan if Fighting Reaches Armenia",
            "By [Mariam Harutyunyan for AFP](#)",
            "October 31, 2020",
            "Original url:",
            "<https://www.themoscowtimes.com/2020/10/31/russia-pledges-help-to-yerevan-if-fighting-reaches-armenia-a71920>");
    assertThat(document.metadataSpans()).isSorted();
    for (int i = 1; i < document.metadataSpans().size(); i++) {
      TextSpan previous = document.metadataSpans().get(i - 1);
      assertThat(previous.overlaps(document.metadataSpans().get(i))).isFalse();
    }
  }

  @Test
  @DisplayName("000: a hard-wrapped first paragraph is not a title; no metadata at all")
  void hardWrappedFirstLineIsNotATitle() {
    Document document = byId.get("000_51bb1057b6c19cdb.txt");
    assertThat(document.metadata()).isEqualTo(Metadata.EMPTY);
    assertThat(document.metadataSpans()).isEmpty();
  }

  @Test
  @DisplayName("002, 003, 004: the first line standing alone is the title; no date")
  void standaloneFirstLineIsTheTitle() {
    assertThat(byId.get("002_408473a80b4a83d8.txt").metadata().title())
        .isEqualTo("Russia has promised to help Yerevan if the war reaches Armenia");
    assertThat(byId.get("003_3408cd47ae938fb3.txt").metadata().title())
        .isEqualTo("Armenia asks for military assistance as Russia reiterates treaty obligations to Yerevan");
    assertThat(byId.get("004_aff0aa0c764f18b0.txt").metadata().title())
        .isEqualTo("Armenia calls for Russian help as fight with Azerbaijan intensifies");
    for (String id : new String[] {"002_408473a80b4a83d8.txt", "003_3408cd47ae938fb3.txt", "004_aff0aa0c764f18b0.txt"}) {
      Document document = byId.get(id);
      assertThat(document.metadata().published()).as(id).isNull();
      assertThat(document.metadataSpans()).as(id).hasSize(1);
      assertThat(document.metadataSpans().get(0).of(document.originalText())).isEqualTo(document.metadata().title());
    }
  }

  @Test
  void originalTextIsTheFileTextUnchanged() throws Exception {
    Path file = EXAMPLE.resolve("003_3408cd47ae938fb3.txt");
    String expected = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(byId.get("003_3408cd47ae938fb3.txt").originalText()).isEqualTo(expected);
  }

  @Test
  void aSingleFileIsNamedByItsFileName() {
    IngestResult single =
        new Ingester(IngestOptions.DEFAULT).ingest(EXAMPLE.resolve("002_408473a80b4a83d8.txt"), "");
    assertThat(single.documents()).singleElement().isEqualTo(byId.get("002_408473a80b4a83d8.txt"));
  }
}
