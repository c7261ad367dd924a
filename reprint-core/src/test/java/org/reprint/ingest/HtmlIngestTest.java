package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.document.Metadata;
import org.reprint.document.SkipReason;
import org.reprint.document.SourceFormat;

/** Main-content extraction and head metadata on a news page with navigation, comments and a footer. */
class HtmlIngestTest {

  @TempDir Path folder;

  @Test
  void onlyTheArticleParagraphsComeOut() throws IOException {
    Document document = readPage();
    assertThat(document.format()).isEqualTo(SourceFormat.HTML);
    assertThat(document.originalText())
        .isEqualTo(
            "Russia said Saturday it would provide \"necessary\" assistance to Yerevan in its conflict with"
                + " Azerbaijan if fighting reached Armenian territory.\n\n"
                + "A defense treaty\n\n"
                + "Russia has a military base in Armenia's second-largest city of Gyumri.\n\n"
                + "Help would be provided if the fighting expanded.\n\n"
                + "First point of the story.\n\n"
                + "Second point.");
    assertThat(document.metadataSpans()).isEmpty();
  }

  @Test
  void metadataComesFromTheHead() throws IOException {
    assertThat(readPage().metadata())
        .isEqualTo(
            new Metadata(
                "Russia Pledges Help to Yerevan if Fighting Reaches Armenia",
                "Mariam Harutyunyan",
                LocalDate.of(2020, 10, 31),
                "https://www.themoscowtimes.com/2020/10/31/russia-pledges-help-a71920",
                "The Moscow Times"));
  }

  @Test
  void withoutAnArticleElementTheDensestParagraphBlockWins() throws IOException {
    String page =
        "<html><head><title>Fallback title</title></head><body>"
            + "<div class=menu><p>Home</p><p>World</p></div>"
            + "<div class=story><p class=byline>By Jane Doe</p><p>The first paragraph of the story is long.</p>"
            + "<p>The second paragraph is long as well.</p></div>"
            + "<div class=comments><p>A very long comment that goes on and on and on and on and on.</p></div>"
            + "</body></html>";
    Files.writeString(folder.resolve("story.htm"), page, StandardCharsets.UTF_8);

    Document document = new Ingester(IngestOptions.DEFAULT).ingest(folder, "").documents().get(0);

    assertThat(document.originalText())
        .isEqualTo(
            "By Jane Doe\n\nThe first paragraph of the story is long.\n\nThe second paragraph is long as well.");
    assertThat(document.metadata().title()).isEqualTo("Fallback title");
    assertThat(document.metadata().byline()).isEqualTo("Jane Doe");
  }

  @Test
  void aPageWithoutTextIsEmpty() throws IOException {
    Files.writeString(
        folder.resolve("shell.html"),
        "<html><body><nav><p>Menu</p></nav><script>app()</script></body></html>",
        StandardCharsets.UTF_8);
    assertThat(new Ingester(IngestOptions.DEFAULT).ingest(folder, "").skipped())
        .singleElement()
        .satisfies(skipped -> assertThat(skipped.reason()).isEqualTo(SkipReason.EMPTY));
  }

  private Document readPage() throws IOException {
    try (InputStream page = getClass().getResourceAsStream("article-page.html")) {
      Files.write(folder.resolve("article-page.html"), page.readAllBytes());
    }
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");
    assertThat(result.skipped()).isEmpty();
    return result.documents().get(0);
  }
}
