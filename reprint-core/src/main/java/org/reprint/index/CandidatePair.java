package org.reprint.index;

/**
 * A pair of documents worth a closer look, and why.
 *
 * @param first index of the first document (the smaller index)
 * @param second index of the second document
 * @param sharesBand the pair's MinHash signatures share an LSH band
 * @param sharedFingerprints how many winnowed fingerprints the pair shares (0 when not counted)
 * @param storySimilarity TF-IDF cosine of the pair's story vectors
 */
public record CandidatePair(
    int first, int second, boolean sharesBand, int sharedFingerprints, double storySimilarity) {}
