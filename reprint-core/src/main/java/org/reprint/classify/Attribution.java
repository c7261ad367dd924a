package org.reprint.classify;

import org.reprint.document.TextSpan;

/**
 * A place where a text credits a news agency as its source ("told AFP", "according to Reuters").
 *
 * @param source the agency credited
 * @param span char span of the crediting words in the document's original text
 * @param text the crediting words as they stand in the original text
 */
public record Attribution(NewsAgency source, TextSpan span, String text) implements java.io.Serializable {}
