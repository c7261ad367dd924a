package org.reprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.ingest.IngestResult;

/** Names and texts from the inputs can never drive the terminal. */
class TerminalTextTest {

  @Test
  void controlCharactersAreEscaped() {
    assertThat(TerminalText.safe("a\u001b[31mred")).isEqualTo("a\\x1b[31mred");
    assertThat(TerminalText.safe("\u001b]0;title\u0007x")).isEqualTo("\\x1b]0;title\\x07x");
    assertThat(TerminalText.safe("two\nlines\r")).isEqualTo("two\\nlines\\r");
    assertThat(TerminalText.safe("abc\u202egnp.exe")).isEqualTo("abc\\u202egnp.exe");
    assertThat(TerminalText.safe("Caf\u00e9 \u00ab ok \u00bb")).isEqualTo("Caf\u00e9 \u00ab ok \u00bb");
  }

  @Test
  @DisplayName("a scan's text report escapes a hostile id everywhere it shows it")
  void reportEscapesIds() {
    String text = "The ministry said on Monday that the talks in Geneva would resume next week after a pause.";
    List<Document> documents = List.of(
        Document.ofText("evil\u001b[31m\nname.txt", text), Document.ofText("plain.txt", text));
    StringWriter out = new StringWriter();
    TerminalReport.write(Engine.scan(new IngestResult(documents, List.of(), List.of()),
        ScanOptions.defaults(List.of()).withThreads(1)), new PrintWriter(out));
    assertThat(out.toString()).doesNotContain("\u001b").contains("evil\\x1b[31m\\nname.txt");
  }
}
