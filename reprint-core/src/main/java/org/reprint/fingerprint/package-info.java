/**
 * Fingerprints: what a normalized text is reduced to so that copies can be found quickly.
 *
 * <p>The chain is: {@link org.reprint.fingerprint.WordTokenizer} splits normalized text into word tokens
 * that remember their offsets; each token is hashed with the named, seeded {@link
 * org.reprint.fingerprint.TokenHash} (xxHash64); consecutive token hashes form word <em>k</em>-shingles
 * (<em>k</em> = 5 by default); the shingle set is summarised three ways, each for one question:
 *
 * <ul>
 *   <li>a {@link org.reprint.fingerprint.MinHashSignature} (Broder 1997) estimates the resemblance of whole
 *       documents; its values are cut into LSH bands (Indyk and Motwani 1998) so near-duplicates meet in a
 *       hash bucket without comparing all pairs;
 *   <li>winnowed fingerprints (Schleimer, Wilkerson and Aiken 2003, "Winnowing: local algorithms for document
 *       fingerprinting") guarantee that any shared run of at least <em>w + k - 1</em> words shares a
 *       fingerprint, so a quoted paragraph inside a long article is found even when whole-document
 *       similarity is low;
 *   <li>content terms (Snowball-stemmed words that are not stop words) feed the TF-IDF story similarity.
 * </ul>
 *
 * <p>{@link org.reprint.fingerprint.Fingerprinter#fingerprint} makes what alignment reads (tokens, shingles,
 * content terms); the MinHash signature and the winnowed fingerprints, which only candidate retrieval reads,
 * are made on request ({@code minHash}, {@code winnowed}), and {@code signature} makes the signature alone
 * for near-duplicate search.
 *
 * <p><b>Why k = 5.</b> News text is built from stock phrases and names: 3- and 4-word shingles
 * ("the prime minister of") are shared by unrelated articles, while 5 words already make most shingles
 * unique to one sentence; beyond 6, a single substituted word destroys too many shingles to see small edits.
 * Five is also the value the reference corpora notes in {@code ../shared/datasets} were measured with.
 *
 * <p>All hashes are specified (algorithm and seed) and pinned by reference vectors in the tests, so
 * fingerprints can be persisted and compared across runs, machines and entry points.
 */
package org.reprint.fingerprint;
