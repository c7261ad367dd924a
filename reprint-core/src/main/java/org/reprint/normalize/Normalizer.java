package org.reprint.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.reprint.document.Document;
import org.reprint.document.SourceFormat;

/**
 * Turns an article into the normalized text that later stages compare, keeping a map back to the original
 * text. Instances are immutable and safe to share between threads.
 *
 * <p>The chain, in order: drop metadata lines, remove Markdown markup, normalize characters (NFKC and
 * punctuation folding), drop boilerplate lines and paragraphs, lay out paragraphs and words. See the {@link
 * org.reprint.normalize package documentation} for each step.
 */
public final class Normalizer {

  private final TextStep markdown = new MarkdownRemoval(true);
  private final TextStep plainTextMarkup = new MarkdownRemoval(false);
  private final TextStep characters = new CharacterNormalization();
  private final TextStep layout = new ParagraphLayout();

  /** A normalizer with the default chain. */
  public Normalizer() {}

  /** Normalizes a document, dropping its metadata spans and the markup of its format. */
  public NormalizedText normalize(Document document) {
    Objects.requireNonNull(document, "document must not be null");
    List<RemovedSpan> removed = new ArrayList<>();
    MappedText text = MappedText.identity(document.originalText());
    text = new MetadataRemoval(document.metadataSpans()).apply(text, removed);
    text = markupRemoval(document.format()).apply(text, removed);
    text = characters.apply(text, removed);
    text = boilerplate(document).apply(text, removed);
    text = layout.apply(text, removed);
    removed.sort(Comparator.comparing(RemovedSpan::original));
    return new NormalizedText(
        text.text(), text.toOffsetMap(), removed);
  }

  /** Normalizes plain text without metadata spans. */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return normalize(Document.ofText("text", text));
  }

  private static TextStep boilerplate(Document document) {
    String title = document.metadata().title();
    return new BoilerplateRemoval(title == null ? List.of() : List.of(title));
  }

  private TextStep markupRemoval(SourceFormat format) {
    return switch (format) {
      case MARKDOWN -> markdown;
      case PLAIN_TEXT, JSON_TEXT -> plainTextMarkup;
      // Ingest already extracted the text of HTML; any '*' or '#' left in it is content.
      case HTML -> (text, removed) -> text;
    };
  }
}
