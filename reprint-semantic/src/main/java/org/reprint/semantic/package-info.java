/**
 * The semantic stage, measured before it is wired in: {@link org.reprint.semantic.SentenceEncoder} embeds
 * sentences with all-MiniLM-L6-v2, and {@link org.reprint.semantic.SemanticEvaluation} measures what the
 * embeddings add to the lexical paraphrase scorer on MSRP (cross-validated), and to rewrite detection on
 * {@code evaluation/rewrites/}, with their cost. The pipeline in reprint-core does not use it yet.
 */
package org.reprint.semantic;
