/**
 * Normalization: turns an article's original text into the plain, canonical text that fingerprinting and
 * alignment compare, and remembers where every char came from.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * NormalizedText normalized = new Normalizer().normalize(document);
 * String text = normalized.text();                       // "First paragraph.\nSecond paragraph."
 * TextSpan inFile = normalized.offsets().toOriginal(0, 5); // where "First" sits in the original text
 * }</pre>
 *
 * <p>{@link org.reprint.normalize.NormalizedText#text()} holds paragraphs separated by a single {@code \n};
 * inside a paragraph words are separated by single spaces, with no space at a paragraph's edges and no empty
 * paragraph. Case is kept: lowercasing belongs to tokenization, and a highlighted passage should read as
 * written.
 *
 * <h2>The chain</h2>
 *
 * <p>Each step reads the previous step's text and builds the next one char by char, copying for every char
 * the span of original chars it came from (package-private {@code MappedText}). Spans therefore always point
 * into the original text, whatever the number of steps, and a step that merges chars (a line break and the
 * spaces around it become one space) gives the merged char the union of their spans. The chain is the
 * per-document hot path of a scan, so a step that changes nothing returns its input without copying, and
 * cheap tests (a trigger char, a keyword, a word limit) keep the patterns off lines they cannot match.
 *
 * <ol>
 *   <li><b>Metadata</b> ({@code MetadataRemoval}): drops the {@link
 *       org.reprint.document.Document#metadataSpans() metadata spans} ingest recognised (title, byline, date,
 *       URL lines). Rule {@code "metadata"}.
 *   <li><b>Markup</b> ({@code MarkdownRemoval}): removes Markdown syntax, keeping link text and dropping
 *       images and autolinks. Markdown documents get every rule; plain text and JSON text only the
 *       unambiguous ones (headings, rules, links, images, autolinks, {@code **}, {@code __}); HTML text was
 *       extracted by ingest and is left alone.
 *   <li><b>Characters</b> ({@code CharacterNormalization}, {@code PunctuationFolding}): Unicode NFKC applied
 *       to each base char with its combining marks, and typographic quotes, dashes and spaces folded to
 *       ASCII; soft hyphens and zero-width chars removed.
 *   <li><b>Boilerplate</b> ({@code BoilerplateRemoval}, {@code BoilerplateRules}): drops lines that match a
 *       named pattern ({@code related-link}, {@code comment-form}, {@code share-prompt}, {@code
 *       photo-credit}, {@code social-post-attribution}, {@code copyright}), then paragraphs by two
 *       structural rules ({@code repeated-paragraph}, {@code trailing-unrelated-line}).
 *   <li><b>Layout</b> ({@code ParagraphLayout}): a single line break inside a paragraph becomes a space, a
 *       blank line ends a paragraph, a word hyphenated at a line end is joined keeping its hyphen, and runs
 *       of spaces collapse to one.
 * </ol>
 *
 * <p>Characters are normalized before boilerplate is matched, so one pattern covers curly and straight
 * quotes, every dash and every kind of space. Every dropped line or paragraph is listed in {@link
 * org.reprint.normalize.NormalizedText#removed()} with its rule name, so a report can show why text is
 * missing; deleted markup and folded white space are not listed.
 *
 * <h2>The offset map</h2>
 *
 * <p>{@link org.reprint.normalize.OffsetMap} maps normalized char {@code i} to the original chars {@code
 * [originalStart(i), originalEnd(i))} that produced it, and a normalized range to the original span to
 * highlight. Both bounds never decrease as {@code i} grows. Offsets are Java {@code char} indexes into
 * {@link org.reprint.document.Document#originalText()}, like every offset in Reprint.
 *
 * <h2>Determinism</h2>
 *
 * <p>Normalization depends only on the document: no default locale or charset, no shared mutable state. The
 * same input gives the same {@link org.reprint.normalize.NormalizedText} on every run and thread.
 */
package org.reprint.normalize;
