package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;

/** The encoding policy: byte order marks, strict UTF-8, the windows-1252 fallback, and what is rejected. */
class EncodingTest {

  private static final String ARTICLE =
      "Ереван и Баку\n\nMoscow said on Saturday it would provide “necessary” assistance to Yerevan — café.\n";

  @TempDir Path folder;

  @Test
  void utf8ByteOrderMarkIsStrippedAndOffsetsStartAfterIt() throws Exception {
    Document document = readOne("bom8.txt", withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8));
    assertThat(document.originalText()).isEqualTo(ARTICLE);
    assertThat(document.metadata().title()).isEqualTo("Ереван и Баку");
    assertThat(document.metadataSpans().get(0).start()).isZero();
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkDecodes() throws Exception {
    Document document = readOne("bom16le.txt", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));
    assertThat(document.originalText()).isEqualTo(ARTICLE);
  }

  @Test
  void utf16BigEndianWithByteOrderMarkDecodes() throws Exception {
    Document document = readOne("bom16be.txt", withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
    assertThat(document.originalText()).isEqualTo(ARTICLE);
  }

  @Test
  void windows1252QuotesDecodeWithAWarning() throws Exception {
    byte[] bytes = "He called it “urgent” – twice.".getBytes(Charset.forName("windows-1252"));
    Files.write(folder.resolve("quotes.txt"), bytes);
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");
    assertThat(result.documents().get(0).originalText()).isEqualTo("He called it “urgent” – twice.");
    assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.kind()).isEqualTo("encoding"));
  }

  @Test
  void aByteValidInNeitherEncodingIsReplacedWithAWarning() throws Exception {
    // 0x81 is not UTF-8 on its own and has no character in windows-1252: one such byte no longer costs the
    // article (HostileInputTest has the rule's limit)
    Files.write(folder.resolve("broken.txt"), new byte[] {'a', 'b', (byte) 0x81, 'c'});
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");
    assertThat(result.skipped()).isEmpty();
    assertThat(result.documents().get(0).originalText()).isEqualTo("ab\uFFFDc");
    assertThat(result.warnings()).extracting(w -> w.detail()).containsExactly("1 byte not valid UTF-8, shown as U+FFFD");
  }

  @Test
  void manyControlBytesAreBinaryEvenWithoutNul() throws Exception {
    byte[] bytes = new byte[1000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 5 == 0 ? 0x01 : 'x');
    }
    Files.write(folder.resolve("controls.txt"), bytes);
    SkippedDocument skipped = new Ingester(IngestOptions.DEFAULT).ingest(folder, "").skipped().get(0);
    assertThat(skipped.reason()).isEqualTo(SkipReason.BINARY);
    assertThat(skipped.detail()).isEqualTo("binary content: 200 of the first 1000 bytes are control bytes");
  }

  @Test
  void whiteSpaceOnlyIsEmpty() throws Exception {
    Files.writeString(folder.resolve("blank.md"), " \n\t\r\n ", StandardCharsets.UTF_8);
    assertThat(new Ingester(IngestOptions.DEFAULT).ingest(folder, "").skipped())
        .containsExactly(new SkippedDocument("blank.md", SkipReason.EMPTY, "only white space"));
  }

  @Test
  void crlfLinesKeepTheirCarriageReturnsButSpansExcludeThem() throws Exception {
    Files.writeString(folder.resolve("crlf.txt"), "A Title\r\n\r\nBody text.\r\n", StandardCharsets.UTF_8);
    Document document = new Ingester(IngestOptions.DEFAULT).ingest(folder, "").documents().get(0);
    assertThat(document.originalText()).isEqualTo("A Title\r\n\r\nBody text.\r\n");
    assertThat(document.metadataSpans().get(0).of(document.originalText())).isEqualTo("A Title");
  }

  private Document readOne(String name, byte[] bytes) throws Exception {
    Files.write(folder.resolve(name), bytes);
    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder.resolve(name), "");
    assertThat(result.skipped()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    return result.documents().get(0);
  }

  private static byte[] withMark(byte[] mark, Charset charset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(mark);
    bytes.writeBytes(ARTICLE.getBytes(charset));
    return bytes.toByteArray();
  }
}
