package org.reprint.classify;

/**
 * The measurements behind a judgement. "First" and "second" follow the pair's order.
 *
 * @param resemblance Jaccard similarity of the two word-shingle sets
 * @param containmentFirst share of the first document's shingles found in the second
 * @param containmentSecond share of the second document's shingles found in the first
 * @param alignedShareFirst share of the first document's words inside aligned passages
 * @param alignedShareSecond share of the second document's words inside aligned passages
 * @param verbatimShareFirst share of the first document's words inside verbatim passages
 * @param verbatimShareSecond share of the second document's words inside verbatim passages
 * @param storySimilarity TF-IDF cosine of the two documents' content terms
 * @param longestPassageWords words in the longest run of a verbatim passage that matches exactly (gaps the
 *     passage bridges are not counted)
 */
public record PairScores(
    double resemblance,
    double containmentFirst,
    double containmentSecond,
    double alignedShareFirst,
    double alignedShareSecond,
    double verbatimShareFirst,
    double verbatimShareSecond,
    double storySimilarity,
    int longestPassageWords) implements java.io.Serializable {}
