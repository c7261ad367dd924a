package org.reprint.bench;

/** The kinds of reuse that {@link CorpusGenerator} plants, as named in {@code truth.jsonl}. */
public enum ReuseKind {
  /** The same words, another outlet; only whitespace and line wrapping may differ. */
  EXACT_COPY,
  /** 1% to 5% of the words edited: replaced, inserted, deleted, numbers changed. */
  NEAR_COPY,
  /** 2 to 4 consecutive sentences of A in quotation marks, with an attribution, inside B. */
  QUOTE,
  /** Most sentences of A reworded: synonyms, dropped adverbs, clauses swapped at a comma. */
  PARAPHRASE
}
