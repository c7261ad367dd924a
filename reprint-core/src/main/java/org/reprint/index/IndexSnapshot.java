package org.reprint.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.reprint.document.Document;
import org.reprint.fingerprint.DocumentSketch;

/**
 * One commit of a {@link ReprintIndex}, held open for as long as a caller needs it: every count, posting and
 * stored article it gives comes from that one commit, so a query's statistics, candidates and articles can
 * never mix two commits, whatever a writer does meanwhile. Obtained from {@link ReprintIndex#snapshot()};
 * closing it releases the commit (Lucene's {@link ReaderManager} closes a reader once its last holder lets
 * go). Thread-safe: several threads may read one snapshot.
 */
public final class IndexSnapshot implements Closeable {

  private final DirectoryReader reader;
  private final ReaderManager readers;
  private final Path path;
  private final FrequencyCache frequencyCache;

  IndexSnapshot(DirectoryReader reader, ReaderManager readers, Path path, FrequencyCache frequencyCache) {
    this.reader = reader;
    this.readers = readers;
    this.path = path;
    this.frequencyCache = frequencyCache;
  }

  /** Live articles. */
  public int documentCount() {
    return reader.numDocs();
  }

  /** Lucene segments of this commit. */
  public int segmentCount() {
    return reader.leaves().size();
  }

  public boolean contains(String id) {
    return !matchingDocuments(IndexLayout.ID, new BytesRef(id)).isEmpty();
  }

  /** The stored article with this id. */
  public Optional<Document> document(String id) {
    List<Integer> matches = matchingDocuments(IndexLayout.ID, new BytesRef(id));
    try {
      return matches.isEmpty()
          ? Optional.empty()
          : Optional.of(StoredDocumentCodec.read(reader.storedFields().document(matches.get(0))));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Documents containing {@code term} as a content term (deleted documents may count until merged). */
  public int documentFrequency(String term) {
    try {
      return reader.docFreq(new Term(IndexLayout.TERM, term));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * The document frequencies of {@code terms}, as {@link #documentFrequency} gives them. Answers are kept
   * for as long as the index shows the same commit; terms not kept yet are looked up with one terms
   * enumeration per segment.
   */
  public Map<String, Integer> documentFrequencies(Collection<String> terms) {
    Map<String, Integer> cache = frequencyCache.of(reader);
    Map<String, Integer> frequencies = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String term : terms) {
      Integer known = cache.get(term);
      if (known != null) {
        frequencies.put(term, known);
      } else {
        missing.add(term);
      }
    }
    int[] counts = countDocuments(missing);
    if (cache.size() + missing.size() > FrequencyCache.MAX_TERMS) {
      cache.clear();
    }
    for (int i = 0; i < counts.length; i++) {
      frequencies.put(missing.get(i), counts[i]);
      cache.put(missing.get(i), counts[i]);
    }
    return frequencies;
  }

  /** The content-term document frequencies of {@code terms}: one enumeration per segment. */
  private int[] countDocuments(List<String> terms) {
    int[] counts = new int[terms.size()];
    if (terms.isEmpty()) {
      return counts;
    }
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms leafTerms = leaf.reader().terms(IndexLayout.TERM);
        if (leafTerms == null) {
          continue;
        }
        TermsEnum iterator = leafTerms.iterator();
        for (int i = 0; i < counts.length; i++) {
          if (iterator.seekExact(new BytesRef(terms.get(i)))) {
            counts[i] += iterator.docFreq();
          }
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return counts;
  }

  /**
   * The indexed articles related to a query by the three joins of {@link CandidateFinder}, run from the
   * query's side with the same posting caps, kept by the first half of {@link CandidateOptions}'s rule
   * ({@link CandidateOptions#worthScoring}). The article with the query's own id is left out.
   *
   * @param query the query's sketch (its band keys and winnowed fingerprints)
   * @param queryId the query's id
   * @param storyTerms the query's top story terms
   * @param queryIndexed whether the query is itself in the index (else posting sizes count it as one more)
   */
  public List<IndexCandidate> candidates(
      DocumentSketch query,
      String queryId,
      List<String> storyTerms,
      boolean queryIndexed,
      CandidateOptions options) {
    int extra = queryIndexed ? 0 : 1;
    DocumentCounters counts = new DocumentCounters(); // doc -> {band, fingerprints, story}
    try {
      if (query.tokenCount() > 0) {
        PostingsLookup banded = new PostingsLookup(reader, IndexLayout.BAND);
        for (long key : query.bandKeys()) {
          banded.count(IndexLayout.postingTerm(key), options.maxBandPostings(), extra, counts, 0);
        }
      }
      PostingsLookup fingerprinted = new PostingsLookup(reader, IndexLayout.FINGERPRINT);
      for (long value : query.winnowed()) {
        fingerprinted.count(IndexLayout.postingTerm(value), options.maxFingerprintPostings(), extra, counts, 1);
      }
      PostingsLookup terms = new PostingsLookup(reader, IndexLayout.TERM);
      for (String term : storyTerms) {
        terms.count(new BytesRef(term), options.maxStoryPostings(), extra, counts, 2);
      }
      return collect(counts, queryId, options);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * The kept candidates, each read whole: one stored-fields reader for them all, in doc-id order, so
   * neighbours in a compressed block are decompressed once.
   */
  private List<IndexCandidate> collect(DocumentCounters counts, String queryId, CandidateOptions options)
      throws IOException {
    List<IndexCandidate> candidates = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    for (int doc : counts.documents()) {
      int bandKeys = counts.get(doc, 0);
      int fingerprints = counts.get(doc, 1);
      int storyTerms = counts.get(doc, 2);
      if (!options.worthScoring(bandKeys > 0, fingerprints, storyTerms)) {
        continue;
      }
      Document document = StoredDocumentCodec.read(stored.document(doc));
      if (!document.id().value().equals(queryId)) {
        candidates.add(new IndexCandidate(document, bandKeys > 0, fingerprints, storyTerms));
      }
    }
    candidates.sort((x, y) -> x.id().compareTo(y.id()));
    return candidates;
  }

  /** The live documents holding a term, as top-level doc ids. */
  private List<Integer> matchingDocuments(String field, BytesRef term) {
    List<Integer> matches = new ArrayList<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum iterator = terms.iterator();
        if (!iterator.seekExact(term)) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            matches.add(leaf.docBase + doc);
          }
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return matches;
  }

  /** What the index holds at this commit, with the commit's format header. */
  public IndexStatistics statistics() {
    try {
      long bytes;
      try (Stream<Path> files = Files.list(path)) {
        bytes = files.mapToLong(IndexSnapshot::size).sum();
      }
      long characters = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        NumericDocValues lengths = leaf.reader().getNumericDocValues(IndexLayout.CHARACTERS);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            characters += textLength(leaf.reader(), lengths, doc);
          }
        }
      }
      return new IndexStatistics(reader.numDocs(), reader.numDeletedDocs(), reader.leaves().size(), bytes,
          characters, reader.getIndexCommit().getUserData());
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * The length of a document's stored text: from its {@value IndexLayout#CHARACTERS} doc value, or, for a
   * document written before that field existed, from the text itself. Reading every stored text took nearly
   * five minutes on a million articles; the doc values take milliseconds. Docs must be asked in order.
   */
  private static long textLength(LeafReader leaf, NumericDocValues lengths, int doc) throws IOException {
    if (lengths != null && lengths.advanceExact(doc)) {
      return lengths.longValue();
    }
    return leaf.storedFields().document(doc, java.util.Set.of(IndexLayout.TEXT)).get(IndexLayout.TEXT).length();
  }

  /**
   * Every term of a field across segments, as lower-case hex of its bytes, sorted and distinct: what the
   * format test pins in a golden file.
   */
  List<String> termsOf(String field) {
    TreeSet<String> all = new TreeSet<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
          StringBuilder hex = new StringBuilder(term.length * 2);
          for (int i = term.offset; i < term.offset + term.length; i++) {
            hex.append(Character.forDigit((term.bytes[i] >> 4) & 0xF, 16))
                .append(Character.forDigit(term.bytes[i] & 0xF, 16));
          }
          all.add(hex.toString());
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return new ArrayList<>(all);
  }

  /**
   * The story of every live article, by id, sorted: the story id its last assignment stored, or its own id
   * when none was stored (an article written before the index kept stories). Reads every article's stored
   * id: a pass over the index.
   */
  public Map<String, String> stories() {
    Map<String, String> stories = new TreeMap<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        org.apache.lucene.index.BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexLayout.STORY);
        var storedFields = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            String id = storedFields.document(doc, java.util.Set.of(IndexLayout.ID)).get(IndexLayout.ID);
            stories.put(id, values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : id);
          }
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return stories;
  }

  /** Each live document's {@value IndexLayout#CHARACTERS} doc value by id, for the format's golden test. */
  Map<String, Long> characterCounts() {
    Map<String, Long> counts = new TreeMap<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        NumericDocValues lengths = leaf.reader().getNumericDocValues(IndexLayout.CHARACTERS);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc)) && lengths != null && lengths.advanceExact(doc)) {
            String id = leaf.reader().storedFields().document(doc, java.util.Set.of(IndexLayout.ID))
                .get(IndexLayout.ID);
            counts.put(id, lengths.longValue());
          }
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
    return counts;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // a file merged away while listing
    }
  }

  private UncheckedIOException failure(IOException e) {
    return new UncheckedIOException("cannot read the index at " + path + ": " + e.getMessage(), e);
  }

  private final Map<Long, Integer> fingerprintDocuments = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * How many live or deleted-but-unmerged articles hold {@code hash} as a winnowed fingerprint (by posting
   * key), as the candidate lookup counts them: the index's answer to {@code align.CommonText}. Kept for the
   * snapshot's life, since the same boilerplate comes back pair after pair.
   */
  public int fingerprintDocuments(long hash) {
    long key = IndexLayout.postingKey(hash);
    return fingerprintDocuments.computeIfAbsent(key, k -> {
      try {
        return reader.docFreq(new Term(IndexLayout.FINGERPRINT, IndexLayout.postingTerm(hash)));
      } catch (IOException e) {
        throw failure(e);
      }
    });
  }

  /** Verifies every file's checksum in this commit (see {@link ReprintIndex#verifyChecksums()}). */
  void verifyChecksums() {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    } catch (IOException e) {
      throw IndexUnavailableException.corrupt(path, e);
    }
  }

  /** Releases this commit; the snapshot must not be used afterwards. */
  @Override
  public void close() {
    try {
      readers.release(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release a reader of the index at " + path, e);
    }
  }
}
