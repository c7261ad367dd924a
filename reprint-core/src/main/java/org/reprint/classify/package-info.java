/**
 * Classification: what relation holds between two aligned documents, the scores behind it, and which one
 * was probably copied from the other.
 *
 * <p>{@link org.reprint.classify.PairClassifier} reads the {@link org.reprint.align.Alignment} and the story
 * similarity and applies the rules documented in {@link org.reprint.classify.Relation}, first match wins.
 * Every rule is stated in measurable terms (shares of words, passage lengths, a cosine), so each judgement
 * in a report can be checked by hand against its scores. {@link org.reprint.classify.DirectionJudge} says
 * which document is the likely source, from publication dates or from quotation marks around the shared
 * text; where neither tells, the direction is left unknown rather than guessed.
 */
package org.reprint.classify;
