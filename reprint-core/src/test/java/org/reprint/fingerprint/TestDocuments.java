package org.reprint.fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.reprint.document.Document;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/**
 * Builds {@link AnalyzedDocument}s with the engine's {@code DocumentAnalyzer} (normalize, fingerprint, split
 * sentences), and reads the bundled armenia-2020 examples. Shared by the stage tests of later packages.
 */
public final class TestDocuments {

  /** The bundled corpus, relative to the module directory Maven runs tests in. */
  public static final Path ARMENIA = Path.of("..", "examples", "armenia-2020");

  private static final org.reprint.engine.DocumentAnalyzer ANALYZER =
      new org.reprint.engine.DocumentAnalyzer(FingerprintParameters.DEFAULT);

  private TestDocuments() {}

  public static AnalyzedDocument analyze(String id, String text) {
    return analyze(Document.ofText(id, text));
  }

  public static AnalyzedDocument analyze(Document document) {
    return ANALYZER.analyze(document);
  }

  /** The text of the example whose file name starts with {@code prefix} ("000" to "004"). */
  public static String example(String prefix) {
    try (Stream<Path> files = Files.list(ARMENIA)) {
      Path file =
          files
              .filter(path -> path.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no example " + prefix + " in " + ARMENIA));
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example, analyzed as plain text under the id {@code prefix}. */
  public static AnalyzedDocument analyzedExample(String prefix) {
    return analyze(prefix, example(prefix));
  }
}
