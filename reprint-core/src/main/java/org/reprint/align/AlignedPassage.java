package org.reprint.align;

import org.reprint.document.TextSpan;

/**
 * A passage of the first document aligned with a passage of the second.
 *
 * @param kind verbatim or reworded
 * @param firstWords word range {@code [start, end)} in the first document
 * @param secondWords word range in the second document
 * @param firstOriginal char span in the first document's original text
 * @param secondOriginal char span in the second document's original text
 * @param verbatimWords words of the first document's side covered by shared shingles
 * @param similarity for reworded passages the sentence score; for verbatim passages the share of the
 *     passage's words that are verbatim
 */
public record AlignedPassage(
    PassageKind kind,
    WordRange firstWords,
    WordRange secondWords,
    TextSpan firstOriginal,
    TextSpan secondOriginal,
    int verbatimWords,
    double similarity) implements java.io.Serializable {}
