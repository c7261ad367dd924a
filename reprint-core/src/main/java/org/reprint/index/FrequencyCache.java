package org.reprint.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;

/**
 * Content-term document frequencies already looked up, kept while the index shows the same commit: a query
 * asks about every term of every candidate, and the same words come back query after query. Bounded, since a
 * long-running server sees an open-ended vocabulary.
 */
final class FrequencyCache {

  static final int MAX_TERMS = 1 << 20;

  private record Entry(DirectoryReader reader, Map<String, Integer> frequencies) {}

  private volatile Entry current = new Entry(null, new ConcurrentHashMap<>());

  /** The frequencies known for {@code reader}'s commit; a new reader starts an empty map. */
  Map<String, Integer> of(DirectoryReader reader) {
    Entry entry = current;
    if (entry.reader() != reader) {
      entry = new Entry(reader, new ConcurrentHashMap<>());
      current = entry;
    }
    return entry.frequencies();
  }
}
