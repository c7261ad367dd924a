package org.reprint.classify;

import org.reprint.document.DocumentId;

/**
 * Which document of a pair is the likely source of the shared text, and why.
 *
 * @param source the document text was probably taken from
 * @param copy the document that probably took it
 * @param evidence a short sentence naming the evidence (dates, quotation marks)
 */
public record Direction(DocumentId source, DocumentId copy, String evidence) implements java.io.Serializable {}
