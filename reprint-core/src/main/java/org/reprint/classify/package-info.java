/**
 * Classification: what relation holds between two aligned documents, the scores behind it, which one was
 * probably copied from the other, what changed between them, and whom they credit.
 *
 * <p>{@link org.reprint.classify.PairClassifier} reads the {@link org.reprint.align.Alignment} and the story
 * similarity and applies the rules documented in {@link org.reprint.classify.Relation}, first match wins.
 * Every rule is stated in measurable terms (shares of words, passage lengths, a cosine), so each judgement
 * in a report can be checked by hand against its scores. {@link org.reprint.classify.DirectionJudge} says
 * which document is the likely source, from publication dates or from quotation marks around the shared
 * text, or from credits: a text that credits an agency is the copy of that agency's own story; where none
 * tells, the direction is left unknown rather than guessed.
 *
 * <p>{@link org.reprint.classify.AttributionFinder} finds credits to the news agencies of {@link
 * org.reprint.classify.NewsAgency} ("told AFP", "according to Reuters"), once per document. {@link
 * org.reprint.classify.DivergenceFinder} diffs the two sides of a reuse pair's aligned passages word by word
 * (Myers 1986, in {@link org.reprint.classify.WordDiff}) and types what changed ({@link
 * org.reprint.classify.DivergenceType}: numbers, names, polarity, quotations, dropped or added sentences), each
 * {@link org.reprint.classify.Divergence} with spans in both original texts.
 */
package org.reprint.classify;
