package org.reprint.cluster;

import org.reprint.classify.Relation;
import org.reprint.document.DocumentId;

/**
 * One step of who took from whom within a reuse family: {@code copy} took its shared text from {@code
 * source}, or, when {@code directed} is false, the two share text and nothing tells which came first (two
 * copies of one text, or a pair with no date, credit or quotation to go by); {@code source} is then the
 * member nearer the family's likely original.
 *
 * @param relation the pair's relation
 * @param evidence why this direction ({@link org.reprint.classify.Direction#evidence}), or why none
 */
public record ProvenanceEdge(DocumentId source, DocumentId copy, Relation relation, boolean directed, String evidence)
    implements java.io.Serializable {

  private static final long serialVersionUID = 1L;
}
