package org.reprint.classify;

/** What kind of change a {@link Divergence} is; see {@link DivergenceFinder} for the rules. */
public enum DivergenceType {
  /** A number or date differs ("more than 1,200" and "more than 5,000"). */
  NUMBER,
  /** A name was replaced, misspelled, or dropped from an otherwise aligned stretch. */
  NAME,
  /** A negation or an antonym-making prefix is on one side only ("de-escalate" and "escalate"). */
  POLARITY,
  /** Words inside quotation marks differ: a quotation that should be verbatim is not. */
  QUOTE_CHANGED,
  /** A sentence of the first document, between two aligned ones, has no counterpart in the second. */
  SENTENCE_DROPPED,
  /** A sentence of the second document, between two aligned ones, has no counterpart in the first. */
  SENTENCE_ADDED
}
