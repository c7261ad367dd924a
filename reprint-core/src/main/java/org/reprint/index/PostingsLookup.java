package org.reprint.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The postings of one field in every segment of a reader, with one terms enumeration per segment reused
 * for every key of a query. A key is looked up once per segment: the lookup gives its document frequency
 * and a term state from which its postings are read when the list is short enough. At a million articles
 * in 16 segments, a fresh enumeration and a second seek per key and segment were two thirds of a query.
 */
final class PostingsLookup {

  private final List<LeafReaderContext> leaves;
  private final TermsEnum[] iterators;
  private final TermState[] states;

  PostingsLookup(DirectoryReader reader, String field) throws IOException {
    leaves = reader.leaves();
    iterators = new TermsEnum[leaves.size()];
    states = new TermState[leaves.size()];
    for (int i = 0; i < iterators.length; i++) {
      Terms terms = leaves.get(i).reader().terms(field);
      iterators[i] = terms == null ? null : terms.iterator();
    }
  }

  /**
   * Adds one to counter {@code slot} of every live document holding {@code term}, unless more than
   * {@code cap} documents hold it ({@code extra} more counted for a query not in the index; deleted
   * documents count until merged away, as in {@link IndexSnapshot#documentFrequencies}).
   */
  void count(BytesRef term, int cap, int extra, DocumentCounters counts, int slot) {
    try {
      long documents = extra;
      for (int i = 0; i < iterators.length; i++) {
        states[i] = null;
        if (iterators[i] != null && iterators[i].seekExact(term)) {
          documents += iterators[i].docFreq();
          states[i] = iterators[i].termState();
        }
      }
      if (documents > cap) {
        return;
      }
      for (int i = 0; i < iterators.length; i++) {
        if (states[i] == null) {
          continue;
        }
        iterators[i].seekExact(term, states[i]);
        Bits live = leaves.get(i).reader().getLiveDocs();
        PostingsEnum postings = iterators[i].postings(null, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            counts.increment(leaves.get(i).docBase + doc, slot);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index's postings", e);
    }
  }
}
