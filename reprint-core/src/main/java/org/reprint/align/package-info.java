/**
 * Passage alignment: where exactly two documents share text, with offsets into both original files.
 *
 * <p>Two aligners work side by side, in the spirit of the PAN text-alignment systems (Potthast et al.,
 * PAN 2012-2015; Sanchez-Perez, Sidorov and Gelbukh 2014):
 *
 * <ul>
 *   <li>{@link org.reprint.align.VerbatimAligner} follows seed, extend, filter: every shingle the two texts
 *       share is a seed; seeds on the same diagonal that touch form runs; runs that follow each other across
 *       small gaps in both texts merge into one passage (so an edited or interrupted quotation stays one
 *       passage); passages shorter than the minimum are dropped. Boundaries fall on words.
 *   <li>{@link org.reprint.align.SentenceAligner} pairs sentences whose IDF-weighted content-term overlap
 *       (a weighted Dice coefficient over Snowball stems) passes a threshold, one to one, best pairs first.
 *       This finds machine-paraphrased ("spun") sentences that share few verbatim shingles. Boundaries fall
 *       on sentences.
 * </ul>
 *
 * <p>{@link org.reprint.align.PairAligner} runs both and reports an {@link org.reprint.align.Alignment}: the
 * passages and the share of each document they cover, verbatim and in all.
 */
package org.reprint.align;
