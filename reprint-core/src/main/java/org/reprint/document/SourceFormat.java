package org.reprint.document;

/** The format a document was read from; it decides how markup is removed during normalization. */
public enum SourceFormat {
  PLAIN_TEXT,
  MARKDOWN,
  /** HTML whose main content was extracted by ingest; the original text is that extracted text. */
  HTML,
  /** A JSON Lines record with a {@code text} field. */
  JSON_TEXT
}
