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
 *   <li>{@link org.reprint.align.SentenceAligner} pairs sentences that {@link
 *       org.reprint.align.ParaphraseScorer} judges reworded, one to one, best pairs first. The scorer is a
 *       logistic regression over lexical {@link org.reprint.align.ParaphraseFeatures} (IDF-weighted stem
 *       overlap, word and character n-gram overlap, word order, numbers and names in one sentence only,
 *       length), trained on MSRP (Dolan and Brockett 2005) in the manner of Mihalcea et al. (2006) and
 *       Fernando and Stevenson (2008). This finds machine-paraphrased ("spun") sentences that share few
 *       verbatim shingles, without taking another outlet's account of the same facts for reuse. Boundaries
 *       fall on sentences.
 * </ul>
 *
 * <p>{@link org.reprint.align.PairAligner} runs both and reports an {@link org.reprint.align.Alignment}: the
 * passages and the share of each document they cover, verbatim and in all.
 *
 * <p>Text common to the corpus makes no pair by itself. Given how many documents hold each winnowed
 * fingerprint ({@link org.reprint.align.CommonText}, from the candidate join's or the index's postings), the
 * aligner leaves out a verbatim match whose shared fingerprints (the minimum of each winnowing window wholly
 * inside it, which every document holding the text selects) are all corpus boilerplate, or, between
 * articles that do not tell the same story, a short match that is a formula of the corpus: a stock sentence
 * in the manner of passim's boilerplate detection (Smith et al. 2014).
 */
package org.reprint.align;
