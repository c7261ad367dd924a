/**
 * The shared vocabulary of every pipeline stage: what a document is, where a piece of text sits, and why a
 * document could not be used.
 *
 * <p>A {@link org.reprint.document.Document} is one article as the user gave it: its {@link
 * org.reprint.document.DocumentId}, its original text exactly as decoded from the input (every offset Reprint
 * reports points into this text), its {@link org.reprint.document.Metadata} and the spans of the original
 * text that ingest recognised as metadata lines (title, byline, date, URL) so that later stages can leave them
 * out of the comparison. A {@link org.reprint.document.SkippedDocument} records an input that could not be
 * used and the {@link org.reprint.document.SkipReason}; bad input is data, not an exception.
 *
 * <p>Offsets are Java {@code char} indexes (UTF-16 code units) into {@link
 * org.reprint.document.Document#originalText()}, half-open: {@code [start, end)}.
 */
package org.reprint.document;
