package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.document.SkipReason;

/** Input built to break a reader: deep nesting, endless devices, mistyped fields, stray bytes. */
class HostileInputTest {

  @TempDir Path folder;

  private static String nested(String open, String close, int depth, String inner) {
    return "<html><body>" + open.repeat(depth) + inner + close.repeat(depth) + "</body></html>";
  }

  @Test
  @DisplayName("5,000 nested spans, 3,000 nested lists and 2,000 unclosed divs are read, not a stack overflow")
  void deeplyNestedPagesAreRead() throws IOException {
    Files.writeString(folder.resolve("spans.html"),
        nested("<span>", "</span>", 5000, "The minister said the talks would resume on Monday."));
    Files.writeString(folder.resolve("lists.html"),
        nested("<ul><li>", "</li></ul>", 3000, "<p>The minister said the talks would resume on Monday.</p>"));
    Files.writeString(folder.resolve("unclosed.html"),
        "<html><body>" + "<div><span>".repeat(2000) + "<p>The talks resume on Monday.</p></body></html>");
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");
    assertThat(result.skipped()).isEmpty();
    assertThat(result.documents()).extracting(Document::originalText).allMatch(t -> t.contains("Monday"));
    assertThat(result.documents()).hasSize(3);
  }

  @Test
  @DisplayName("a JSON Lines record whose html nests 5,000 deep is read")
  void deeplyNestedHtmlInJsonLines() {
    String html = nested("<span>", "</span>", 5000, "Deep text of the article.").replace("\"", "\\\"");
    String line = "{\"id\": \"deep\", \"html\": \"" + html + "\"}\n";
    IngestResult result = new Ingester(IngestOptions.DEFAULT)
        .ingest(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "deep.jsonl");
    assertThat(result.documents()).singleElement().extracting(Document::originalText)
        .isEqualTo("Deep text of the article.");
  }

  @Test
  @DisplayName("--max-bytes holds for a device that never ends and for a pipe read as a file")
  void sizeLimitHoldsForDevices() {
    IngestResult zero = new Ingester(new IngestOptions(1000)).ingest(Path.of("/dev/zero"), "zero");
    assertThat(zero.skipped()).singleElement().satisfies(s -> {
      assertThat(s.reason()).isEqualTo(SkipReason.OVERSIZED);
      assertThat(s.detail()).contains("more than 1000 bytes");
    });
    byte[] big = "word ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    IngestResult piped = new Ingester(new IngestOptions(1000)).ingest(new ByteArrayInputStream(big), "stdin");
    assertThat(piped.skipped()).singleElement().extracting(s -> s.reason()).isEqualTo(SkipReason.OVERSIZED);
  }

  @Test
  @DisplayName("mistyped JSON Lines fields are warnings that name the field and the line")
  void mistypedFieldsAreWarnings() {
    String lines = "{\"id\": \"a\", \"text\": 12345}\n"
        + "{\"id\": \"b\", \"text\": \"An article.\", \"title\": 7, \"published\": 20201031, \"source\": [\"x\"]}\n";
    IngestResult result = new Ingester(IngestOptions.DEFAULT)
        .ingest(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "typed.jsonl");
    assertThat(result.documents()).extracting(d -> d.id().value()).containsExactly("a", "b");
    assertThat(result.documents().get(0).originalText()).isEqualTo("12345");
    assertThat(result.documents().get(1).metadata().title()).isEqualTo("7");
    assertThat(result.warnings()).extracting(w -> w.detail())
        .anyMatch(d -> d.contains("line 1") && d.contains("text should be a string, got a number"))
        .anyMatch(d -> d.contains("line 2") && d.contains("title should be a string"))
        .anyMatch(d -> d.contains("line 2") && d.contains("source should be a string, got an array"))
        .anyMatch(d -> d.contains("published"));
  }

  @Test
  @DisplayName("a stray 0x81 or 0x8D byte is a warning with U+FFFD, not a lost article")
  void strayBytesAreReplacedWithAWarning() throws IOException {
    byte[] text = "Caf\u00e9 owners in Yerevan said the ceasefire held.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 2];
    System.arraycopy(text, 0, bytes, 0, text.length);
    bytes[text.length] = (byte) 0x81;
    bytes[text.length + 1] = (byte) 0x8D;
    Files.write(folder.resolve("stray.txt"), bytes);
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder.resolve("stray.txt"), "");
    assertThat(result.skipped()).isEmpty();
    assertThat(result.documents()).singleElement().extracting(Document::originalText)
        .isEqualTo("Caf\u00e9 owners in Yerevan said the ceasefire held.\uFFFD\uFFFD");
    assertThat(result.warnings()).singleElement().extracting(w -> w.detail())
        .isEqualTo("2 bytes not valid UTF-8, shown as U+FFFD");
  }

  @Test
  @DisplayName("a file of mostly invalid bytes is still undecodable")
  void manyBadBytesStayUndecodable() throws IOException {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x81 : 'a');
    }
    Files.write(folder.resolve("bad.txt"), bytes);
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder.resolve("bad.txt"), "");
    assertThat(result.skipped()).singleElement().extracting(s -> s.reason()).isEqualTo(SkipReason.UNDECODABLE);
  }
}
