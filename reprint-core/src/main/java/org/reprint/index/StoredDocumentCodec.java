package org.reprint.index;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.document.TextSpan;

/** Turns a {@link Document} into the stored fields of a Lucene document and back. */
final class StoredDocumentCodec {

  private StoredDocumentCodec() {}

  static void addStoredFields(Document document, List<IndexableField> fields) {
    fields.add(new StringField(IndexLayout.ID, document.id().value(), Field.Store.YES));
    fields.add(new StoredField(IndexLayout.TEXT, document.originalText()));
    fields.add(new StoredField(IndexLayout.FORMAT, document.format().name()));
    Metadata metadata = document.metadata();
    addIfPresent(fields, IndexLayout.TITLE, metadata.title());
    addIfPresent(fields, IndexLayout.BYLINE, metadata.byline());
    addIfPresent(fields, IndexLayout.PUBLISHED,
        metadata.published() == null ? null : metadata.published().toString());
    addIfPresent(fields, IndexLayout.URL, metadata.url());
    addIfPresent(fields, IndexLayout.OUTLET, metadata.outlet());
    addIfPresent(fields, IndexLayout.CRAWLED, metadata.crawled() == null ? null : metadata.crawled().toString());
    ByteBuffer spans = ByteBuffer.allocate(8 * document.metadataSpans().size());
    for (TextSpan span : document.metadataSpans()) {
      spans.putInt(span.start()).putInt(span.end());
    }
    fields.add(new StoredField(IndexLayout.METADATA_SPANS, spans.array()));
  }

  static Document read(org.apache.lucene.document.Document fields) {
    String published = fields.get(IndexLayout.PUBLISHED);
    String crawled = fields.get(IndexLayout.CRAWLED);
    Metadata metadata = new Metadata(
        fields.get(IndexLayout.TITLE),
        fields.get(IndexLayout.BYLINE),
        published == null ? null : LocalDate.parse(published),
        fields.get(IndexLayout.URL),
        fields.get(IndexLayout.OUTLET),
        crawled == null ? null : java.time.Instant.parse(crawled));
    ByteBuffer spans = ByteBuffer.wrap(fields.getBinaryValue(IndexLayout.METADATA_SPANS).bytes,
        fields.getBinaryValue(IndexLayout.METADATA_SPANS).offset,
        fields.getBinaryValue(IndexLayout.METADATA_SPANS).length);
    List<TextSpan> metadataSpans = new ArrayList<>();
    while (spans.remaining() >= 8) {
      metadataSpans.add(new TextSpan(spans.getInt(), spans.getInt()));
    }
    return new Document(
        new DocumentId(fields.get(IndexLayout.ID)),
        fields.get(IndexLayout.TEXT),
        SourceFormat.valueOf(fields.get(IndexLayout.FORMAT)),
        metadata,
        metadataSpans);
  }

  private static void addIfPresent(List<IndexableField> fields, String name, String value) {
    if (value != null) {
      fields.add(new StoredField(name, value));
    }
  }
}
