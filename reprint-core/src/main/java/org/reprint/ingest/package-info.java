/**
 * Ingest: reading articles from files, folders and streams into {@link org.reprint.document.Document
 * documents}, the first stage of the pipeline.
 *
 * <p>{@link org.reprint.ingest.Ingester} is the entry point. Given a folder it walks it recursively in sorted
 * order (hidden entries left out, no symbolic link followed out of the tree) and reads each file by its
 * extension:
 *
 * <table>
 *   <caption>Readers by extension</caption>
 *   <tr><th>extension</th><th>read as</th></tr>
 *   <tr><td>{@code .txt .text}</td><td>plain text, metadata lines recognised</td></tr>
 *   <tr><td>{@code .md .markdown}</td><td>Markdown, metadata lines recognised</td></tr>
 *   <tr><td>{@code .html .htm .xhtml}</td><td>HTML: main content extracted with jsoup</td></tr>
 *   <tr><td>{@code .jsonl .ndjson}</td><td>JSON Lines: one article per line, streamed</td></tr>
 *   <tr><td>none (e.g. {@code 53068})</td><td>plain text, or HTML if it starts with
 *       {@code <!doctype html} or {@code <html}</td></tr>
 *   <tr><td>anything else</td><td>skipped: binary, or an unsupported format</td></tr>
 * </table>
 *
 * <p>Every input gives either documents or {@link org.reprint.document.SkippedDocument skipped entries}; a
 * bad file is data, never an exception. The {@link org.reprint.ingest.IngestResult} lists documents, skipped
 * inputs and warnings, each sorted by id, so two runs over the same input are equal.
 *
 * <h2>Ids</h2>
 *
 * A file's id is its path relative to the input folder with {@code /} separators (its name, when a single file
 * is given). A JSON Lines record's id is its {@code id} field, else {@code <file>#<line>}. When an id repeats,
 * the first document keeps it and the later one is skipped as malformed.
 *
 * <h2>Encoding policy</h2>
 *
 * Bytes become text in this order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides and is stripped, so
 * offsets count from the character after it; without one, content with a NUL byte, or with more than 10%
 * control bytes in its first 8 KiB, is skipped as binary; then strict UTF-8; then strict windows-1252, with an
 * {@code encoding} warning. Decoders never substitute replacement characters: bytes that fit neither encoding
 * make the file undecodable. A text that is empty or white space only is skipped as empty. A file larger than
 * {@link org.reprint.ingest.IngestOptions#maxDocumentBytes()} is skipped before it is read; for JSON Lines the
 * limit is per line.
 *
 * <h2>Metadata</h2>
 *
 * Plain text and Markdown keep their whole text, and ingest records where the metadata lines are (title,
 * byline, date, source URL) so that comparison can leave them out: a Markdown title is its first {@code #} or
 * {@code ##} heading; a plain-text title is a short first line standing alone as a paragraph without sentence
 * punctuation; a byline is a short {@code By Name} line and a date a short line that is a date as a whole,
 * both among the first 12 non-blank lines; a source URL follows a label such as {@code Original url:} or
 * {@code Source:} anywhere in the text. The outlet is the URL's host without {@code www.}. HTML pages take
 * metadata from their {@code <meta>} and {@code <link>} tags, and their original text is the extracted article
 * text (paragraphs separated by a blank line), so offsets point into that text, not into the markup. JSON
 * Lines records carry metadata in fields.
 */
package org.reprint.ingest;
