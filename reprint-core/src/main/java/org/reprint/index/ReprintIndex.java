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
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.reprint.document.Document;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.LshBands;
import org.reprint.fingerprint.TextFingerprint;

/**
 * An on-disk index of articles, on Apache Lucene (see {@link IndexLayout} for the format). One writer at a
 * time (Lucene's write lock), any number of readers, also while the writer adds: readers see the last commit.
 * {@link #add} may run on several threads at once (Lucene's writer is built for it); {@link #remove} and
 * {@link #commit} must not overlap with adds. Lookups may run on several threads.
 */
public final class ReprintIndex implements Closeable {

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final FingerprintParameters parameters;
  private final LshBands bands;
  private final Fingerprinter fingerprinter;
  private final ReaderManager readers;
  private volatile FrequencyCache frequencyCache = new FrequencyCache(null, new ConcurrentHashMap<>());

  private ReprintIndex(Path path, Directory directory, IndexWriter writer, FingerprintParameters parameters)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.parameters = parameters;
    this.bands = new LshBands(parameters.bands(), parameters.rowsPerBand());
    this.fingerprinter = new Fingerprinter(parameters);
    // Readers see commits only, also beside a writer: an in-process (NRT) reader would flush the writer's
    // buffered documents at each refresh, so a commit running while adds go on would leave a small segment.
    this.readers = new ReaderManager(directory);
  }

  /**
   * Opens the index at {@code path} for adding and removing, creating it if the folder holds none.
   *
   * @throws IndexFormatException if it holds an index of another format or other parameters
   */
  public static ReprintIndex openForWriting(Path path, FingerprintParameters parameters) {
    return openForWriting(path, parameters, UnaryOperator.identity());
  }

  /**
   * As {@link #openForWriting(Path, FingerprintParameters)}, with Lucene's directory wrapped by {@code
   * wrapper}: for tests that make the file system fail.
   */
  static ReprintIndex openForWriting(
      Path path, FingerprintParameters parameters, UnaryOperator<Directory> wrapper) {
    Objects.requireNonNull(parameters, "parameters");
    try {
      Files.createDirectories(path);
      Directory directory = wrapper.apply(FSDirectory.open(path));
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        IndexLayout.check(SegmentInfos.readLatestCommit(directory).getUserData(), parameters, path);
      }
      IndexWriterConfig config = new IndexWriterConfig()
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          // Stored article text dominates the index's size; DEFLATE roughly halves it against LZ4.
          .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION))
          // 64 MB: the worker threads flush their buffers as they fill, and the in-memory term hashes, whose
          // look-ups are mostly cache misses, stay small. A 1M bulk load ran at 4,584 articles/s, against
          // 4,362-4,383 with 256 MB and 4,453 with 32 MB (BENCHMARKS.md).
          .setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      writer.setLiveCommitData(IndexLayout.header(parameters).entrySet());
      if (!exists) {
        writer.commit();
      }
      return new ReprintIndex(path, directory, writer, parameters);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing index for lookups only. */
  public static ReprintIndex openForReading(Path path, FingerprintParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    try {
      Directory directory = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IndexFormatException("no Reprint index at " + path + " (create one with 'reprint index add')");
      }
      IndexLayout.check(SegmentInfos.readLatestCommit(directory).getUserData(), parameters, path);
      return new ReprintIndex(path, directory, null, parameters);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  public FingerprintParameters parameters() {
    return parameters;
  }

  /** At most the stored fields and doc values of an article: id, text, format, five metadata, spans, length. */
  private static final int STORED_FIELDS = 10;

  /** Adds a document, replacing any indexed document with the same id. Visible after {@link #commit()}. */
  public void add(AnalyzedDocument document) {
    requireWritable();
    TextFingerprint fingerprint = document.fingerprint();
    long[] bandKeys = fingerprint.tokenCount() > 0 ? bands.keys(fingerprinter.minHash(fingerprint)) : new long[0];
    long[] winnowed = fingerprinter.winnowed(fingerprint);
    Collection<String> terms = CorpusStatistics.distinctTerms(fingerprint.contentTerms());
    // Sized once: an article has about 200 fields, and a profile of a bulk load put a tenth of its samples in
    // growing Lucene's own field list as they were added.
    List<IndexableField> fields =
        new ArrayList<>(STORED_FIELDS + bandKeys.length + winnowed.length + terms.size());
    StoredDocumentCodec.addStoredFields(document.document(), fields);
    fields.add(new NumericDocValuesField(IndexLayout.CHARACTERS, document.document().originalText().length()));
    for (long key : bandKeys) {
      fields.add(new StringField(IndexLayout.BAND, longTerm(key), Field.Store.NO));
    }
    for (long value : winnowed) {
      fields.add(new StringField(IndexLayout.FINGERPRINT, longTerm(value), Field.Store.NO));
    }
    for (String term : terms) {
      fields.add(new StringField(IndexLayout.TERM, term, Field.Store.NO));
    }
    try {
      writer.updateDocument(new Term(IndexLayout.ID, document.id().value()), fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add " + document.id() + " to the index at " + path, e);
    }
  }

  /** Removes a document; returns whether it was indexed. Visible after {@link #commit()}. */
  public boolean remove(String id) {
    requireWritable();
    boolean present = contains(id);
    try {
      writer.deleteDocuments(new Term(IndexLayout.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + id + " from the index at " + path, e);
    }
    return present;
  }

  /** Makes every change so far durable and visible, atomically; a crash before it loses only those changes. */
  public void commit() {
    requireWritable();
    try {
      writer.setLiveCommitData(IndexLayout.header(parameters).entrySet());
      writer.commit();
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index at " + path, e);
    }
  }

  /**
   * Merges the index into at most {@code maxSegments} segments and commits, also expunging removed
   * documents. For after a bulk load: a query looks up each of its few hundred keys in every segment, so on
   * a million articles one segment instead of sixteen cuts query latency by about a third (see
   * BENCHMARKS.md). Lucene merges segments on its own as articles arrive; this is only worth it when many
   * were added at once.
   *
   * @throws IllegalArgumentException if {@code maxSegments} is below 1
   */
  public void merge(int maxSegments) {
    requireWritable();
    if (maxSegments < 1) {
      throw new IllegalArgumentException("maxSegments must be at least 1, got " + maxSegments);
    }
    try {
      writer.forceMerge(maxSegments);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge the index at " + path, e);
    }
    commit();
  }

  /**
   * Sees the latest commit (a reader opened while another process writes). Calls running meanwhile finish on
   * the reader they started with, which is closed once the last of them returns.
   */
  public void refresh() {
    try {
      readers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the index at " + path, e);
    }
  }

  /** What a call does with the reader it holds. */
  @FunctionalInterface
  private interface ReaderWork<T> {
    T apply(DirectoryReader reader) throws IOException;
  }

  /**
   * Runs {@code work} on the current reader, held (reference-counted by Lucene's {@link ReaderManager}) until
   * it returns, so that a refresh on another thread never closes a reader in use.
   */
  private <T> T read(ReaderWork<T> work) {
    DirectoryReader reader;
    try {
      reader = readers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + path, e);
    }
    try {
      return work.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + path, e);
    } finally {
      try {
        readers.release(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release a reader of the index at " + path, e);
      }
    }
  }

  public int documentCount() {
    return read(DirectoryReader::numDocs);
  }

  /** How many segments the last commit has. */
  public int segmentCount() {
    return read(reader -> reader.leaves().size());
  }

  public boolean contains(String id) {
    return read(reader -> !matchingDocuments(reader, IndexLayout.ID, new BytesRef(id)).isEmpty());
  }

  /** Documents containing {@code term} as a content term (deleted documents may count until merged). */
  public int documentFrequency(String term) {
    return read(reader -> reader.docFreq(new Term(IndexLayout.TERM, term)));
  }

  /**
   * The document frequencies of {@code terms}, as {@link #documentFrequency} gives them. Answers are kept for
   * as long as the index shows the same commit, since a query asks about every term of every candidate and
   * the same words come back query after query; terms not kept yet are looked up with one terms
   * enumeration per segment.
   */
  public Map<String, Integer> documentFrequencies(Collection<String> terms) {
    return read(current -> documentFrequencies(current, terms));
  }

  private Map<String, Integer> documentFrequencies(DirectoryReader current, Collection<String> terms) {
    FrequencyCache cache = frequencyCache;
    if (cache.reader() != current) {
      cache = new FrequencyCache(current, new ConcurrentHashMap<>());
      frequencyCache = cache;
    }
    Map<String, Integer> frequencies = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String term : terms) {
      Integer known = cache.frequencies().get(term);
      if (known != null) {
        frequencies.put(term, known);
      } else {
        missing.add(term);
      }
    }
    int[] counts = countDocuments(current, missing);
    if (cache.frequencies().size() + missing.size() > FrequencyCache.MAX_TERMS) {
      cache.frequencies().clear(); // bounded: a long-running server sees an open-ended vocabulary
    }
    for (int i = 0; i < counts.length; i++) {
      frequencies.put(missing.get(i), counts[i]);
      cache.frequencies().put(missing.get(i), counts[i]);
    }
    return frequencies;
  }

  /** Document frequencies of a reader's terms, kept while that reader is current. */
  private record FrequencyCache(DirectoryReader reader, Map<String, Integer> frequencies) {
    static final int MAX_TERMS = 1 << 20;
  }

  /** The content-term document frequencies of {@code terms} in {@code reader}: one enumeration per segment. */
  private int[] countDocuments(DirectoryReader reader, List<String> terms) {
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
      throw new UncheckedIOException("cannot read the index at " + path, e);
    }
    return counts;
  }

  /** The stored document with this id. */
  public Optional<Document> document(String id) {
    return read(reader -> {
      List<Integer> matches = matchingDocuments(reader, IndexLayout.ID, new BytesRef(id));
      return matches.isEmpty()
          ? Optional.<Document>empty()
          : Optional.of(StoredDocumentCodec.read(reader.storedFields().document(matches.get(0))));
    });
  }

  /**
   * The indexed documents related to {@code query} by the three joins of {@link CandidateFinder}, run from
   * the query's side, with the same posting caps. The query's own id is left out.
   *
   * @param storyTerms the query's top story terms
   * @param queryIndexed whether the query is itself in the index (else posting sizes count it as one more)
   */
  public List<IndexCandidate> candidates(
      AnalyzedDocument query, List<String> storyTerms, boolean queryIndexed, CandidateOptions options) {
    // one reader for the whole lookup: doc ids belong to it
    return read(current -> candidates(current, query, storyTerms, queryIndexed, options));
  }

  private List<IndexCandidate> candidates(
      DirectoryReader current,
      AnalyzedDocument query,
      List<String> storyTerms,
      boolean queryIndexed,
      CandidateOptions options) {
    int extra = queryIndexed ? 0 : 1;
    DocumentCounters counts = new DocumentCounters(); // doc -> {band, fingerprints, story}
    TextFingerprint fingerprint = query.fingerprint();
    if (fingerprint.tokenCount() > 0) {
      PostingsLookup banded = new PostingsLookup(current, IndexLayout.BAND);
      for (long key : bands.keys(fingerprinter.minHash(fingerprint))) {
        banded.count(longTerm(key), Integer.MAX_VALUE, 0, counts, 0);
      }
    }
    PostingsLookup fingerprinted = new PostingsLookup(current, IndexLayout.FINGERPRINT);
    for (long value : fingerprinter.winnowed(fingerprint)) {
      fingerprinted.count(longTerm(value), options.maxFingerprintPostings(), extra, counts, 1);
    }
    PostingsLookup terms = new PostingsLookup(current, IndexLayout.TERM);
    for (String term : storyTerms) {
      terms.count(new BytesRef(term), options.maxStoryPostings(), extra, counts, 2);
    }
    return collect(current, counts, query.id().value(), options);
  }

  /**
   * The kept candidates, each read whole from {@code current}: one stored-fields reader for them all, in
   * doc-id order, so neighbours in a compressed block are decompressed once. Reading only the id here and
   * the document later by id decompressed each candidate's block twice.
   */
  private List<IndexCandidate> collect(
      DirectoryReader current, DocumentCounters counts, String queryId, CandidateOptions options) {
    List<IndexCandidate> candidates = new ArrayList<>();
    try {
      StoredFields stored = current.storedFields();
      for (int doc : counts.documents()) {
        int bandKeys = counts.get(doc, 0);
        int fingerprints = counts.get(doc, 1);
        int storyTerms = counts.get(doc, 2);
        boolean kept = bandKeys > 0
            || fingerprints >= options.minSharedFingerprints()
            || storyTerms >= options.minSharedStoryTerms();
        if (!kept) {
          continue;
        }
        Document document = StoredDocumentCodec.read(stored.document(doc));
        if (!document.id().value().equals(queryId)) {
          candidates.add(new IndexCandidate(document, bandKeys > 0, fingerprints, storyTerms));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + path, e);
    }
    candidates.sort((x, y) -> x.id().compareTo(y.id()));
    return candidates;
  }

  /**
   * The postings of one field in every segment of a reader, with one terms enumeration per segment reused
   * for every key of a query. A key is looked up once per segment: the lookup gives its document frequency
   * and a term state from which its postings are read when the list is short enough. At a million articles
   * in 16 segments, a fresh enumeration and a second seek per key and segment were two thirds of a query.
   */
  private final class PostingsLookup {
    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] iterators;
    private final TermState[] states;

    PostingsLookup(DirectoryReader current, String field) {
      leaves = current.leaves();
      iterators = new TermsEnum[leaves.size()];
      states = new TermState[leaves.size()];
      try {
        for (int i = 0; i < iterators.length; i++) {
          Terms terms = leaves.get(i).reader().terms(field);
          iterators[i] = terms == null ? null : terms.iterator();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the index at " + path, e);
      }
    }

    /**
     * Adds one to counter {@code slot} of every live document holding {@code term}, unless more than
     * {@code cap} documents hold it ({@code extra} more counted for a query not in the index; deleted
     * documents count until merged away, as in {@link #documentFrequency}).
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
        throw new UncheckedIOException("cannot read the index at " + path, e);
      }
    }
  }

  /** The live documents holding a term, as top-level doc ids. */
  private List<Integer> matchingDocuments(DirectoryReader reader, String field, BytesRef term) {
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
      throw new UncheckedIOException("cannot read the index at " + path, e);
    }
    return matches;
  }

  /**
   * Every term of a field across segments, as lower-case hex of its bytes, sorted and distinct: what the
   * format test pins in a golden file.
   */
  List<String> termsOf(String field) {
    return read(reader -> termsOf(reader, field));
  }

  private List<String> termsOf(DirectoryReader reader, String field) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
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
      throw new UncheckedIOException("cannot read the index at " + path, e);
    }
    return new ArrayList<>(all);
  }

  public IndexStatistics statistics() {
    return read(this::statistics);
  }

  private IndexStatistics statistics(DirectoryReader reader) {
    try {
      long bytes;
      try (Stream<Path> files = Files.list(path)) {
        bytes = files.mapToLong(ReprintIndex::size).sum();
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
          characters, SegmentInfos.readLatestCommit(directory).getUserData());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + path, e);
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

  /** Each live document's {@value IndexLayout#CHARACTERS} doc value by id, for the format's golden test. */
  Map<String, Long> characterCounts() {
    return read(this::characterCounts);
  }

  private Map<String, Long> characterCounts(DirectoryReader reader) {
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
      throw new UncheckedIOException("cannot read the index at " + path, e);
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

  @Override
  public void close() {
    try {
      readers.close();
      if (writer != null) {
        writer.close(); // commits pending changes with the live commit data (the header)
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index at " + path, e);
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("the index at " + path + " was opened for reading only");
    }
  }

  /** The 4-byte big-endian term of a band key or fingerprint's {@link IndexLayout#postingKey}. */
  static BytesRef longTerm(long value) {
    long key = IndexLayout.postingKey(value);
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      bytes[i] = (byte) (key >>> (24 - 8 * i));
    }
    return new BytesRef(bytes);
  }

}
