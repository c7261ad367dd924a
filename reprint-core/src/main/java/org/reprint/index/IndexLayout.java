package org.reprint.index;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.TokenHash;

/**
 * The on-disk format of a Reprint index, described in one place.
 *
 * <p>The index is an Apache Lucene 9 index with one Lucene document per article:
 *
 * <ul>
 *   <li>stored: {@value #ID} (also indexed, for replacing and removing), {@value #TEXT} (the original text),
 *       {@value #FORMAT}, the metadata fields and {@value #METADATA_SPANS} (pairs of ints);
 *   <li>indexed, not stored, as 4-byte big-endian terms ({@link #postingKey}): {@value #BAND} (the LSH band
 *       keys) and {@value #FINGERPRINT} (the winnowed fingerprints); as strings: {@value #TERM} (every
 *       distinct content term, whose document frequencies are the corpus statistics behind IDF);
 *   <li>numeric doc values: {@value #CHARACTERS}, the length of the original text in UTF-16 code units, so
 *       that {@code index stats} need not read every stored text. It was added within version 1 and is
 *       optional: a document written before it is measured from its stored text, and older readers ignore
 *       it.
 *   <li>stored, optional: {@value #CRAWLED}, the crawl time as an ISO instant (a WARC record's date). Also
 *       added within version 1: documents written before it have none, and older readers ignore it.
 *   <li>binary doc values, optional: {@value #STORY}, the id of the article's story (UTF-8): its own id when
 *       it is added, then what {@code IncrementalEngine.assignStories} or {@code settleStories} gave it.
 *       Doc values, because Lucene updates them in place without rewriting the article. Added within
 *       version 1: an article written before it is its own story until the stories are settled.
 * </ul>
 *
 * <p>The header lives in the commit user data of every commit: the format name {@value #FORMAT_NAME}, its
 * version {@value #VERSION}, the hash algorithm and every fingerprint parameter. Readers check all of them:
 * fingerprints made with other parameters cannot be compared, so an index is only opened with the parameters
 * it was built with. Lucene's commits are atomic, so a crash leaves the last commit intact.
 */
public final class IndexLayout {

  public static final String FORMAT_NAME = "reprint-index";
  public static final int VERSION = 1;

  static final String ID = "id";
  static final String TEXT = "text";
  static final String FORMAT = "format";
  static final String TITLE = "title";
  static final String BYLINE = "byline";
  static final String PUBLISHED = "published";
  static final String URL = "url";
  static final String OUTLET = "outlet";
  static final String CRAWLED = "crawled";
  static final String METADATA_SPANS = "metadataSpans";
  static final String BAND = "band";
  static final String FINGERPRINT = "fingerprint";
  static final String TERM = "term";
  static final String CHARACTERS = "characters";
  static final String STORY = "story";

  private IndexLayout() {}

  /**
   * The posting key of a band key or winnowed fingerprint: its high 32 bits. Random 64-bit terms share no
   * prefixes, so the term dictionary stores them whole; 4 bytes shrink the Reuters index by a quarter. A
   * collision (about one lookup in a hundred at a million articles) only adds a candidate, which alignment
   * then judges on full 64-bit shingle hashes. The in-memory join uses the same keys, so a scan and the
   * index propose the same candidates.
   */
  public static long postingKey(long value) {
    return value >>> 32;
  }

  /** The header written with every commit. */
  static Map<String, String> header(FingerprintParameters parameters) {
    Map<String, String> header = new LinkedHashMap<>();
    header.put("format", FORMAT_NAME);
    header.put("version", Integer.toString(VERSION));
    header.put("hash", TokenHash.ALGORITHM);
    header.put("seed", Long.toString(parameters.seed()));
    header.put("shingleSize", Integer.toString(parameters.shingleSize()));
    header.put("winnowWindow", Integer.toString(parameters.winnowWindow()));
    header.put("minHashPermutations", Integer.toString(parameters.minHashPermutations()));
    header.put("bands", Integer.toString(parameters.bands()));
    return header;
  }

  /** Checks a commit's header against the expected one; throws naming every difference. */
  static void check(Map<String, String> found, FingerprintParameters parameters, Path directory) {
    if (!FORMAT_NAME.equals(found.get("format"))) {
      throw new IndexFormatException(
          directory + " is not a Reprint index: expected format " + FORMAT_NAME + ", found "
              + (found.isEmpty() ? "no header" : found.get("format")));
    }
    if (!Integer.toString(VERSION).equals(found.get("version"))) {
      throw new IndexFormatException(
          "index " + directory + " has format version " + found.get("version")
              + ", this Reprint reads version " + VERSION + "; rebuild the index");
    }
    StringBuilder differences = new StringBuilder();
    header(parameters).forEach((key, expected) -> {
      String actual = found.get(key);
      if (!expected.equals(actual)) {
        differences.append(differences.length() == 0 ? "" : ", ")
            .append(key).append(" index=").append(actual).append(" run=").append(expected);
      }
    });
    if (differences.length() > 0) {
      throw new IndexFormatException(
          "index " + directory + " was built with other fingerprint parameters (" + differences
              + "); use the index's parameters or rebuild it");
    }
  }

  /** The 4-byte big-endian term under which a band key or fingerprint is posted: its {@link #postingKey}. */
  static org.apache.lucene.util.BytesRef postingTerm(long value) {
    long key = postingKey(value);
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      bytes[i] = (byte) (key >>> (24 - 8 * i));
    }
    return new org.apache.lucene.util.BytesRef(bytes);
  }
}
