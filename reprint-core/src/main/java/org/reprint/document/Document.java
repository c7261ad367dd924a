package org.reprint.document;

import java.util.List;
import java.util.Objects;

/**
 * One article as the user gave it.
 *
 * @param id the document's identity
 * @param originalText the decoded text every reported offset points into
 * @param format the format it was read from
 * @param metadata title, byline, date, URL and outlet where known
 * @param metadataSpans spans of {@code originalText} holding metadata lines (title, byline, date, URL), which
 *     are left out of text comparison; sorted, non-overlapping
 */
public record Document(
    DocumentId id,
    String originalText,
    SourceFormat format,
    Metadata metadata,
    List<TextSpan> metadataSpans) implements java.io.Serializable {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(originalText, "originalText");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(metadata, "metadata");
    metadataSpans = List.copyOf(metadataSpans);
    for (TextSpan span : metadataSpans) {
      if (span.end() > originalText.length()) {
        throw new IllegalArgumentException(
            "metadataSpans must lie within the text of length "
                + originalText.length()
                + ", got "
                + span);
      }
    }
  }

  /** A plain-text document without metadata, handy for tests and library callers. */
  public static Document ofText(String id, String text) {
    return new Document(new DocumentId(id), text, SourceFormat.PLAIN_TEXT, Metadata.EMPTY, List.of());
  }
}
