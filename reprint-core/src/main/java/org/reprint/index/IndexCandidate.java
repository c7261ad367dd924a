package org.reprint.index;

/**
 * An indexed document that an index lookup proposes as related to a query document, and why.
 *
 * @param id the indexed document's id
 * @param sharesBand the two MinHash signatures share an LSH band
 * @param sharedFingerprints winnowed fingerprints shared (only those under the posting cap)
 * @param storyLinks how many of the query's top story terms the indexed document contains (only those under
 *     the posting cap)
 */
public record IndexCandidate(String id, boolean sharesBand, int sharedFingerprints, int storyLinks) {}
