package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.document.Document;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.SentenceSplitter;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.Ingester;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/** Add, replace, remove and read back on the on-disk index, and its header checks. */
class ReprintIndexTest {

  @TempDir Path folder;

  static final Path EXAMPLE = Path.of("..", "examples", "armenia-2020");

  /** Adds {@code document} as {@code index add} does: analyzed, with its sketch. */
  static boolean add(ReprintIndex index, Document document) {
    org.reprint.engine.DocumentAnalyzer analyzer =
        new org.reprint.engine.DocumentAnalyzer(FingerprintParameters.DEFAULT);
    return index.add(document, analyzer.sketch(analyzer.analyze(document)));
  }

  static AnalyzedDocument analyze(Document document) {
    return org.reprint.fingerprint.TestDocuments.analyze(document);
  }

  static List<Document> example() {
    return new Ingester(IngestOptions.DEFAULT).ingest(EXAMPLE, "").documents();
  }

  @Test
  void storedDocumentsRoundTripWithMetadataAndSpans() {
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      example().forEach(d -> add(index, d));
      index.commit();
      assertThat(index.documentCount()).isEqualTo(5);
      for (Document original : example()) {
        assertThat(index.document(original.id().value())).contains(original);
      }
      assertThat(index.document("nope")).isEmpty();
    }
  }

  @Test
  void addingTheSameIdReplacesAndRemoveDeletes() {
    Document first = example().get(0);
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      add(index, first);
      add(index, first);
      index.commit();
      assertThat(index.documentCount()).isEqualTo(1);
      assertThat(index.remove(first.id().value())).isTrue();
      assertThat(index.remove("never-indexed")).isFalse();
      index.commit();
      assertThat(index.documentCount()).isZero();
      assertThat(index.contains(first.id().value())).isFalse();
    }
  }

  @Test
  void documentsWrittenBeforeTheCharacterCountsAreMeasuredFromTheirText() throws Exception {
    // An index of version 1 from before the characters doc values: one document written without them.
    Document old = example().get(0);
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(folder);
        org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(
            directory, new org.apache.lucene.index.IndexWriterConfig())) {
      java.util.List<org.apache.lucene.index.IndexableField> fields = new java.util.ArrayList<>();
      StoredDocumentCodec.addStoredFields(old, fields);
      fields.add(new org.apache.lucene.document.StringField(
          IndexLayout.ID, old.id().value(), org.apache.lucene.document.Field.Store.NO));
      writer.addDocument(fields);
      writer.setLiveCommitData(IndexLayout.header(FingerprintParameters.DEFAULT).entrySet());
      writer.commit();
    }
    Document added = example().get(1);
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      add(index, added);
      index.commit();
      assertThat(index.characterCounts()).containsOnlyKeys(added.id().value());
      assertThat(index.statistics().storedTextCharacters())
          .isEqualTo(old.originalText().length() + added.originalText().length());
    }
  }

  @Test
  void reopeningKeepsCommittedDocumentsAndStatisticsDescribeThem() {
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      example().forEach(d -> add(index, d));
    } // close commits
    try (ReprintIndex index = ReprintIndex.openForReading(folder, FingerprintParameters.DEFAULT)) {
      IndexStatistics statistics = index.statistics();
      assertThat(statistics.documents()).isEqualTo(5);
      assertThat(statistics.storedTextCharacters())
          .isEqualTo(example().stream().mapToLong(d -> d.originalText().length()).sum());
      assertThat(statistics.header())
          .containsEntry("format", "reprint-index")
          .containsEntry("version", "1")
          .containsEntry("hash", "xxh64")
          .containsEntry("shingleSize", "5");
      assertThat(index.documentFrequency("azerbaijan")).isEqualTo(5);
      assertThat(index.documentFrequency("geometri")).isEqualTo(1);
      assertThatThrownBy(() -> add(index, example().get(0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("opened for reading only");
    }
  }

  @Test
  void openingWithOtherParametersFailsNamingTheDifference() {
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      add(index, example().get(0));
    }
    FingerprintParameters other = new FingerprintParameters(7, 4, 128, 32, 0);
    assertThatThrownBy(() -> ReprintIndex.openForWriting(folder, other))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageContaining("other fingerprint parameters (shingleSize index=5 run=7)");
    assertThatThrownBy(() -> ReprintIndex.openForReading(folder, new FingerprintParameters(5, 4, 128, 32, 9)))
        .hasMessageContaining("seed index=0 run=9");
  }

  @Test
  void aFolderWithoutAnIndexIsReportedForReading() {
    assertThatThrownBy(() -> ReprintIndex.openForReading(folder.resolve("empty"), FingerprintParameters.DEFAULT))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("no Reprint index at")
        .extracting(e -> ((IndexUnavailableException) e).reason())
        .isEqualTo(IndexUnavailableException.Reason.MISSING);
  }

  @Test
  void readersSeeCommitsWhileTheWriterAdds() {
    List<Document> documents = example();
    try (ReprintIndex writer = ReprintIndex.openForWriting(folder, FingerprintParameters.DEFAULT)) {
      add(writer, documents.get(0));
      writer.commit();
      try (ReprintIndex reader = ReprintIndex.openForReading(folder, FingerprintParameters.DEFAULT)) {
        assertThat(reader.documentCount()).isEqualTo(1);
        add(writer, documents.get(1));
        assertThat(reader.documentCount()).isEqualTo(1);
        writer.commit();
        reader.refresh();
        assertThat(reader.documentCount()).isEqualTo(2);
      }
    }
  }
}
