package org.reprint.engine;

import java.util.List;
import org.reprint.document.DocumentId;

/**
 * Text held by so many documents of the corpus that it is its boilerplate (a footer, a disclaimer, a
 * standard paragraph): reported once here, and left out of every pair, so that it never makes a pair by
 * itself. A piece is boilerplate when every winnowed fingerprint of it is held by more documents than the
 * candidate join follows ({@code CandidateOptions.maxFingerprintPostings}, 64 by default).
 *
 * @param kind {@code "boilerplate"}, text left out of every pair it is in, or {@code "formula"}, a stock
 *     sentence in {@value org.reprint.align.CommonText#FORMULA_DOCUMENTS} documents or more, left out of the
 *     pairs of articles that do not tell the same story (see {@link org.reprint.align.CommonText})
 * @param text the text, as one document has it, cut to 300 characters
 * @param documents how many documents hold it (its most widespread fingerprint's count)
 * @param pairs how many judged pairs it was left out of
 * @param examples a few documents that hold it, the first ids
 */
public record Boilerplate(String kind, String text, int documents, int pairs, List<DocumentId> examples) {

  public Boilerplate {
    examples = List.copyOf(examples);
  }
}
