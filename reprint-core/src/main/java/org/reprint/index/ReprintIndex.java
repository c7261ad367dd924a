package org.reprint.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.LockObtainFailedException;
import org.reprint.document.Document;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.FingerprintParameters;

/**
 * An on-disk index of articles, on Apache Lucene (see {@link IndexLayout} for the format): opening and
 * checking it, and writing to it. Reading goes through an {@link IndexSnapshot}, one commit held open for
 * everything a caller reads. One writer at a time (Lucene's write lock), any number of snapshots, also while
 * the writer adds: snapshots see the last commit. {@link #add} may run on several threads at once (Lucene's
 * writer is built for it); {@link #remove} and {@link #commit} must not overlap with adds.
 */
public final class ReprintIndex implements Closeable {

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final FingerprintParameters parameters;
  private final ReaderManager readers;
  private final FrequencyCache frequencyCache = new FrequencyCache();

  private ReprintIndex(Path path, Directory directory, IndexWriter writer, FingerprintParameters parameters)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.parameters = parameters;
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
    Directory directory = null;
    try {
      Files.createDirectories(path);
      if (!Files.isWritable(path)) {
        throw new IndexUnavailableException(IndexUnavailableException.Reason.READ_ONLY, path,
            "the index at " + path + " is not writable (check its permissions or file system)", null);
      }
      directory = wrapper.apply(FSDirectory.open(path));
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        IndexLayout.check(SegmentInfos.readLatestCommit(directory).getUserData(), parameters, path);
      } else {
        requireNoOtherFiles(directory, path);
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
    } catch (LockObtainFailedException e) {
      close(directory);
      throw new IndexUnavailableException(IndexUnavailableException.Reason.LOCKED, path, "the index at " + path
          + " is in use by another writer (its write.lock is held); wait for it to finish", e);
    } catch (java.nio.file.AccessDeniedException e) {
      close(directory);
      throw new IndexUnavailableException(IndexUnavailableException.Reason.READ_ONLY, path,
          "the index at " + path + " is not writable (" + e.getMessage() + ")", e);
    } catch (IOException | RuntimeException e) {
      close(directory);
      throw openingFailure(path, e);
    }
  }

  /**
   * Opens an existing index for lookups only, after a cheap check of every file of its last commit (each
   * file's footer: magic and checksum field, which a truncated or overwritten end breaks).
   *
   * @throws IndexUnavailableException if there is no index, or its files are damaged
   * @throws IndexFormatException if it is of another format or has other parameters
   */
  public static ReprintIndex openForReading(Path path, FingerprintParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (!Files.isDirectory(path)) {
      throw missing(path);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        requireNoOtherFiles(directory, path);
        throw missing(path);
      }
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      IndexLayout.check(commit.getUserData(), parameters, path);
      verifyFooters(directory, commit);
      return new ReprintIndex(path, directory, null, parameters);
    } catch (IOException | RuntimeException e) {
      close(directory);
      throw openingFailure(path, e);
    }
  }

  /**
   * What a failure to open means to the user: damage (Lucene's corruption and format errors, a truncated or
   * missing file of the commit) or another I/O failure; a runtime exception passes as it is.
   */
  private static RuntimeException openingFailure(Path path, Exception e) {
    if (e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException || e instanceof java.io.EOFException
        || e instanceof java.nio.file.NoSuchFileException) {
      return IndexUnavailableException.corrupt(path, e);
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException("cannot open the index at " + path + ": " + io.getMessage(), io);
    }
    return (RuntimeException) e;
  }

  private static IndexUnavailableException missing(Path path) {
    return new IndexUnavailableException(IndexUnavailableException.Reason.MISSING, path, "no Reprint index at "
        + path + " (create one with 'reprint index add --index " + path + " PATH')", null);
  }

  /**
   * A folder without an index commit must hold nothing but a stale lock: index files without their commit
   * (a lost {@code segments_N}) are damage, and other files are not Reprint's to write among.
   */
  private static void requireNoOtherFiles(Directory directory, Path path) throws IOException {
    List<String> files = new java.util.ArrayList<>();
    for (String file : directory.listAll()) {
      if (!file.equals(IndexWriter.WRITE_LOCK_NAME) && !file.startsWith(".")) {
        files.add(file);
      }
    }
    if (files.isEmpty()) {
      return;
    }
    boolean indexFiles = files.stream().anyMatch(f -> f.startsWith("_") || f.startsWith("segments"));
    throw indexFiles
        ? new IndexUnavailableException(IndexUnavailableException.Reason.CORRUPT, path, "the index at " + path
            + " has index files but no commit (its segments_N file is missing); run 'reprint index check"
            + " --index " + path + "'", null)
        : new IndexUnavailableException(IndexUnavailableException.Reason.NOT_AN_INDEX, path, path
            + " is not empty and holds no Reprint index (found " + files.get(0) + "); give an empty or new"
            + " folder to --index", null);
  }

  /** Checks the footer of every file of {@code commit}: cheap, and it finds truncated or clobbered files. */
  private static void verifyFooters(Directory directory, SegmentInfos commit) throws IOException {
    for (String file : commit.files(true)) {
      try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
        CodecUtil.retrieveChecksum(input);
      }
    }
  }

  private static void close(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // the original failure is the one to report
      }
    }
  }

  public FingerprintParameters parameters() {
    return parameters;
  }

  /**
   * Adds an article with its sketch (from {@code DocumentAnalyzer.sketch}, made with this index's
   * parameters), replacing any indexed article with the same id. Visible after {@link #commit()}.
   *
   * @return whether an article with this id was already indexed at the last commit (so this replaces it)
   */
  public boolean add(Document document, DocumentSketch sketch) {
    requireWritable();
    boolean replaces = read(snapshot -> snapshot.contains(document.id().value()));
    try {
      writer.updateDocument(new Term(IndexLayout.ID, document.id().value()), ArticleFields.of(document, sketch));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add " + document.id() + " to the index at " + path, e);
    }
    return replaces;
  }

  /**
   * Sets the story of an indexed article ({@link IndexSnapshot#stories}), in place. Visible after {@link
   * #commit()}.
   */
  public void setStory(String id, String story) {
    requireWritable();
    try {
      writer.updateBinaryDocValue(new Term(IndexLayout.ID, id), IndexLayout.STORY,
          new org.apache.lucene.util.BytesRef(story));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set the story of " + id + " in the index at " + path, e);
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

  /**
   * The last commit, held until the snapshot is closed: a query reads its statistics, candidates and
   * articles from it alone.
   */
  public IndexSnapshot snapshot() {
    try {
      return new IndexSnapshot(readers.acquire(), readers, path, frequencyCache);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + path, e);
    }
  }

  /** Runs {@code work} on a snapshot of the last commit, released when it returns. */
  private <T> T read(Function<IndexSnapshot, T> work) {
    try (IndexSnapshot snapshot = snapshot()) {
      return work.apply(snapshot);
    }
  }

  /**
   * The live articles of the last commit on disk, read from its commit file alone: what survives if the
   * process stops now (a shutdown hook asks on Ctrl-C, while the writer may be mid-commit). -1 if it cannot
   * be read.
   */
  public int committedDocuments() {
    try {
      int documents = 0;
      for (org.apache.lucene.index.SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
        documents += segment.info.maxDoc() - segment.getDelCount() - segment.getSoftDelCount();
      }
      return documents;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * Verifies the checksum of every file of the last commit: reads the whole index once. For {@code index
   * stats} and checks; a query relies on the cheap footer check made when the index is opened.
   *
   * @throws IndexUnavailableException if a file is damaged
   */
  public void verifyChecksums() {
    try (IndexSnapshot snapshot = snapshot()) {
      snapshot.verifyChecksums();
    }
  }

  /** Live articles at the last commit. */
  public int documentCount() {
    return read(IndexSnapshot::documentCount);
  }

  /** How many segments the last commit has. */
  public int segmentCount() {
    return read(IndexSnapshot::segmentCount);
  }

  public boolean contains(String id) {
    return read(snapshot -> snapshot.contains(id));
  }

  /** Documents containing {@code term} as a content term (deleted documents may count until merged). */
  public int documentFrequency(String term) {
    return read(snapshot -> snapshot.documentFrequency(term));
  }

  /** The stored document with this id. */
  public Optional<Document> document(String id) {
    return read(snapshot -> snapshot.document(id));
  }

  public IndexStatistics statistics() {
    return read(IndexSnapshot::statistics);
  }

  /** Every term of a field, as hex, sorted: for the format's golden test. */
  List<String> termsOf(String field) {
    return read(snapshot -> snapshot.termsOf(field));
  }

  /** Each live document's character count by id: for the format's golden test. */
  Map<String, Long> characterCounts() {
    return read(IndexSnapshot::characterCounts);
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
}
