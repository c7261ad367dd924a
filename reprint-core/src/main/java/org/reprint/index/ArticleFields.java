package org.reprint.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.reprint.document.Document;
import org.reprint.fingerprint.DocumentSketch;

/**
 * An article as the fields of one Lucene document (see {@link IndexLayout}): its stored text and metadata,
 * its length as a doc value, and the keys the joins look up: band keys, winnowed fingerprints and content
 * terms, all taken from its {@link DocumentSketch}, so the index posts exactly what a scan joins on.
 */
final class ArticleFields {

  /**
   * At most the stored fields and doc values of an article: id, text, format, five metadata, spans, length,
   * story.
   */
  private static final int STORED_FIELDS = 11;

  private ArticleFields() {}

  static List<IndexableField> of(Document document, DocumentSketch sketch) {
    long[] bandKeys = sketch.bandKeys();
    long[] winnowed = sketch.winnowed();
    String[] terms = sketch.terms();
    // Sized once: an article has about 200 fields, and a profile of a bulk load put a tenth of its samples in
    // growing Lucene's own field list as they were added.
    List<IndexableField> fields =
        new ArrayList<>(STORED_FIELDS + bandKeys.length + winnowed.length + terms.length);
    StoredDocumentCodec.addStoredFields(document, fields);
    fields.add(new NumericDocValuesField(IndexLayout.CHARACTERS, document.originalText().length()));
    // an article starts as a story of its own; story assignment updates the value in place
    fields.add(new BinaryDocValuesField(IndexLayout.STORY, new BytesRef(document.id().value())));
    for (long key : bandKeys) {
      fields.add(new StringField(IndexLayout.BAND, IndexLayout.postingTerm(key), Field.Store.NO));
    }
    for (long value : winnowed) {
      fields.add(new StringField(IndexLayout.FINGERPRINT, IndexLayout.postingTerm(value), Field.Store.NO));
    }
    for (String term : terms) {
      fields.add(new StringField(IndexLayout.TERM, term, Field.Store.NO));
    }
    return fields;
  }
}
