package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;

/** A folder mixing good articles with every kind of bad file. */
class FolderIngestTest {

  private static final long SEED = 20201031L;

  @TempDir Path folder;

  @Test
  @DisplayName("five articles, a Latin-1 file, and empty, binary and oversized files skipped with reasons")
  void mixedFolder() throws IOException {
    fillMixedFolder();

    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");

    assertThat(result.documents())
        .extracting(d -> d.id().value())
        .containsExactly(
            "armenia/000_51bb1057b6c19cdb.txt",
            "armenia/001_de2c79a0c33f0dde.txt",
            "armenia/002_408473a80b4a83d8.txt",
            "armenia/003_3408cd47ae938fb3.txt",
            "armenia/004_aff0aa0c764f18b0.txt",
            "latin1.txt");
    assertThat(result.skipped())
        .extracting(SkippedDocument::id, SkippedDocument::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("big.txt", SkipReason.OVERSIZED),
            org.assertj.core.groups.Tuple.tuple("empty.txt", SkipReason.EMPTY),
            org.assertj.core.groups.Tuple.tuple("noise.dat", SkipReason.BINARY));
    assertThat(result.skipped()).allSatisfy(skipped -> assertThat(skipped.detail()).isNotBlank());
    assertThat(result.skipped().get(0).detail())
        .contains(String.valueOf(20L * 1024 * 1024), String.valueOf(8L * 1024 * 1024), "--max-bytes");
    assertThat(result.warnings())
        .containsExactly(new IngestWarning("latin1.txt", "encoding", "not valid UTF-8; decoded as windows-1252"));
    Document latin1 = result.documents().get(5);
    assertThat(latin1.originalText()).startsWith("café résumé naïve");
  }

  @Test
  void ingestingTheSameFolderTwiceGivesEqualResults() throws IOException {
    fillMixedFolder();
    Ingester ingester = new Ingester(IngestOptions.DEFAULT);
    assertThat(ingester.ingest(folder, "")).isEqualTo(ingester.ingest(folder, ""));
  }

  @Test
  void hiddenFilesAndFoldersAreLeftOutSilently() throws IOException {
    Files.writeString(folder.resolve("visible.txt"), "Some words of an article.", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(".hidden.txt"), "Hidden words.", StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git/config.txt"), "Not an article.", StandardCharsets.UTF_8);

    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");

    assertThat(result.documents()).extracting(d -> d.id().value()).containsExactly("visible.txt");
    assertThat(result.skipped()).isEmpty();
  }

  @Test
  void unknownExtensionsAreNamedAndExtensionlessFilesAreText() throws IOException {
    Files.writeString(folder.resolve("table.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("53068"), "From: someone\n\nA newsgroup post.\n", StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("page"),
        "\n<!DOCTYPE html><html><body><p>An article saved without extension.</p></body></html>",
        StandardCharsets.UTF_8);

    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");

    assertThat(result.documents())
        .extracting(d -> d.id().value(), d -> d.format().name(), Document::originalText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("53068", "PLAIN_TEXT", "From: someone\n\nA newsgroup post.\n"),
            org.assertj.core.groups.Tuple.tuple("page", "HTML", "An article saved without extension."));
    assertThat(result.skipped()).singleElement().satisfies(skipped -> {
      assertThat(skipped.reason()).isEqualTo(SkipReason.UNSUPPORTED_FORMAT);
      assertThat(skipped.detail()).startsWith(".csv files are not read");
    });
  }

  @Test
  void aSmallerLimitSkipsFilesAboveIt() throws IOException {
    Files.writeString(folder.resolve("short.txt"), "Short.", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("long.txt"), "A longer article text.", StandardCharsets.UTF_8);

    IngestResult result = new Ingester(new IngestOptions(10)).ingest(folder, "");

    assertThat(result.documents()).extracting(d -> d.id().value()).containsExactly("short.txt");
    assertThat(result.skipped())
        .containsExactly(
            new SkippedDocument(
                "long.txt", SkipReason.OVERSIZED, "file is 22 bytes, over the limit of 10 bytes (--max-bytes)"));
  }

  @Test
  void symbolicLinksAreFollowedOnlyInsideTheFolder(@TempDir Path outside) throws IOException {
    Path inside = Files.writeString(folder.resolve("inside.txt"), "Inside words.", StandardCharsets.UTF_8);
    Path secret = Files.writeString(outside.resolve("secret.txt"), "Outside words.", StandardCharsets.UTF_8);
    Files.createSymbolicLink(folder.resolve("link-in.txt"), inside);
    Files.createSymbolicLink(folder.resolve("link-out.txt"), secret);
    Files.createSymbolicLink(folder.resolve("loop"), folder);

    IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(folder, "");

    assertThat(result.documents())
        .extracting(d -> d.id().value())
        .containsExactly("inside.txt", "link-in.txt");
    assertThat(result.skipped()).singleElement().satisfies(skipped -> {
      assertThat(skipped.id()).isEqualTo("link-out.txt");
      assertThat(skipped.reason()).isEqualTo(SkipReason.UNREADABLE);
      assertThat(skipped.detail()).contains("leads out of the input folder");
    });
  }

  @Test
  void aMissingPathIsMisuse() {
    Path missing = folder.resolve("no-such-folder");
    assertThatThrownBy(() -> new Ingester(IngestOptions.DEFAULT).ingest(missing, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path does not exist: " + missing);
  }

  private void fillMixedFolder() throws IOException {
    Path armenia = Files.createDirectories(folder.resolve("armenia"));
    try (var examples = Files.list(ExampleArticlesTest.EXAMPLE)) {
      for (Path example : examples.toList()) {
        Files.copy(example, armenia.resolve(example.getFileName().toString()));
      }
    }
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("noise.dat"), randomBytesWithNuls());
    Files.write(
        folder.resolve("latin1.txt"),
        ("café résumé naïve\n\nThe words above were typed on an old machine that wrote Latin-1, "
                + "and the text around them is plain English prose.\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    writeOneLongLine(folder.resolve("big.txt"), 20L * 1024 * 1024);
  }

  private static byte[] randomBytesWithNuls() {
    byte[] bytes = new byte[4096];
    new Random(SEED).nextBytes(bytes);
    bytes[100] = 0;
    return bytes;
  }

  private static void writeOneLongLine(Path file, long size) throws IOException {
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream output = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += chunk.length) {
        output.write(chunk);
      }
    }
  }
}
