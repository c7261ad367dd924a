package org.reprint.ingest;

/**
 * How ingest treats its input.
 *
 * @param maxDocumentBytes the largest input read as one document, in bytes: a file larger than this is
 *     skipped as {@link org.reprint.document.SkipReason#OVERSIZED} before it is read. For JSON Lines the limit
 *     applies to each record line, since corpus files are large by design. Between 1 and {@link
 *     Integer#MAX_VALUE}, because a document must fit in one Java array.
 */
public record IngestOptions(long maxDocumentBytes) {

  /** 8 MiB per document: far above any news article, far below what would strain a small machine. */
  public static final IngestOptions DEFAULT = new IngestOptions(8L * 1024 * 1024);

  public IngestOptions {
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and " + Integer.MAX_VALUE + ", got " + maxDocumentBytes);
    }
  }
}
