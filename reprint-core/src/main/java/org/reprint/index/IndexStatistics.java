package org.reprint.index;

import java.util.Map;

/**
 * What an on-disk index holds.
 *
 * @param documents live documents
 * @param deletedDocuments removed or replaced documents not yet merged away
 * @param segments Lucene segments
 * @param bytesOnDisk size of the index folder's files
 * @param storedTextCharacters characters of original text stored (the raw text the index represents)
 * @param header the format header of the last commit (format, version, hash and fingerprint parameters)
 */
public record IndexStatistics(
    int documents,
    int deletedDocuments,
    int segments,
    long bytesOnDisk,
    long storedTextCharacters,
    Map<String, String> header) {

  public IndexStatistics {
    header = Map.copyOf(header);
  }
}
