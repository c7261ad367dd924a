package org.reprint.classify;

import org.reprint.document.TextSpan;

/**
 * A place where a text credits a news agency as its source ("told AFP", "according to Reuters").
 *
 * @param source the agency credited
 * @param span char span of the crediting words in the document's original text
 * @param text the crediting words as they stand in the original text
 * @param interview whether the words credit an interview ("told AFP", "speaking to Reuters", "in an interview
 *     with AP"): they say the agency did the reporting, so the text holds the agency's own work, rather than
 *     citing the agency as a source ("according to AFP", "AFP reported", "(AFP)")
 */
public record Attribution(NewsAgency source, TextSpan span, String text, boolean interview)
    implements java.io.Serializable {

  /** A credit that cites its agency as a source. */
  public Attribution(NewsAgency source, TextSpan span, String text) {
    this(source, span, text, false);
  }
}
