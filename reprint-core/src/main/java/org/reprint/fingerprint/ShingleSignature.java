package org.reprint.fingerprint;

/**
 * What near-duplicate search needs of a text, and no more: its word count and the MinHash signature of its
 * shingle set ({@link Fingerprinter#signature}).
 *
 * @param tokenCount words of the text; 0 when normalization left none
 * @param minHash the MinHash signature of the shingle set, empty when the text has no words
 * @param wordsKey the key of its word sequence, for duplicate groups
 */
public record ShingleSignature(int tokenCount, long[] minHash, WordsKey wordsKey) {}
