package org.reprint.classify;

/**
 * The relation of a pair of documents. The rules, applied in this order (first match wins), with the
 * default thresholds of {@link ClassificationOptions}:
 *
 * <ol>
 *   <li>{@link #DUPLICATE}: the two word sequences are identical once normalized (formatting, markup,
 *       boilerplate, case and punctuation aside);
 *   <li>{@link #NEAR_DUPLICATE}: the Jaccard resemblance of the two word-5-shingle sets is at least 0.8
 *       (small edits: about one word in 25 changed), or, whatever the resemblance, at least 96% of each
 *       document's words are verbatim (covered by shared shingles of verbatim passages): a copy with a few
 *       scattered word edits, each of which costs the resemblance five shingles;
 *   <li>{@link #PARAPHRASE}: aligned passages (verbatim or reworded sentences) cover at least 60% of one
 *       document's words, less than 80% of that document is verbatim, at least 20% of it is covered by
 *       reworded sentences alone, and there are at least three reworded sentence pairs: most of it is
 *       reworded from the other. Or, for a pair the rules below would call PARTIAL_REUSE or SAME_STORY, a
 *       rewrite sentence by sentence ({@link org.reprint.align.RewriteChains}): a chain of sentence pairs,
 *       one to one and in the same order in both texts, each sharing at least two content words besides
 *       names and a third of its content words (Dice 0.3), at least four of them, holding at least half of
 *       each text, in texts that state the same figures (of the one stating fewer, four or more, three in
 *       four are in the other); then aligned passages cover at least half of the shorter text, less than
 *       80% of it verbatim and at least 20% reworded alone. A journalist's heavy revision of a wire story
 *       keeps this order and these words while no single sentence reads as a paraphrase. With
 *       {@code --semantic}, sentence embeddings are asked for such a chain too (cosine 0.55, three pairs,
 *       half the shorter text) when the words find none;
 *   <li>{@link #PARTIAL_REUSE}: at least one verbatim passage of the minimum length (12 words, or half the
 *       shorter document when that is less, but at least 8);
 *   <li>{@link #SAME_STORY}: no reuse, but a TF-IDF story similarity at or above the story threshold (0.30),
 *       and, when both are dated, published at most the story window (3 days) apart: one event, told
 *       independently. The pair lists its evidence ({@link StoryEvidence}: shared names, words, numbers and
 *       the date gap);
 *   <li>{@link #UNRELATED}: none of the above.
 * </ol>
 */
public enum Relation {
  DUPLICATE,
  NEAR_DUPLICATE,
  PARAPHRASE,
  PARTIAL_REUSE,
  SAME_STORY,
  UNRELATED;

  /** Whether the relation means that text was taken from one document into the other. */
  public boolean isReuse() {
    return this == DUPLICATE || this == NEAR_DUPLICATE || this == PARAPHRASE || this == PARTIAL_REUSE;
  }
}
