package org.reprint.align;

import java.util.List;

/**
 * All passages two documents share, and how much of each they cover.
 *
 * @param passages verbatim and reworded passages, ordered by their position in the first document
 * @param verbatimShareFirst share of the first document's words covered by the shared shingles of verbatim
 *     passages (words in the gaps between shared runs do not count)
 * @param verbatimShareSecond the same for the second document
 * @param alignedShareFirst share of the first document's words inside any aligned passage
 * @param alignedShareSecond share of the second document's words inside any aligned passage
 * @param longestVerbatimWords words in the longest run that matches exactly, in order, on both sides (first
 *     document's side); a passage bridging small gaps is longer than its runs
 */
public record Alignment(
    List<AlignedPassage> passages,
    double verbatimShareFirst,
    double verbatimShareSecond,
    double alignedShareFirst,
    double alignedShareSecond,
    int longestVerbatimWords) {

  public Alignment {
    passages = List.copyOf(passages);
  }
}
