package org.reprint.normalize;

import java.util.List;
import java.util.Objects;

/**
 * The result of normalizing one document: the text that later stages compare, the map from its chars back
 * to the original text, and what was dropped.
 *
 * @param text paragraphs separated by a single {@code \n}; inside a paragraph words separated by single
 *     spaces, with no space at a paragraph's edges and no empty paragraph
 * @param offsets maps every char of {@code text} back to the original chars that produced it
 * @param removed the spans of the original text dropped as whole lines or paragraphs, sorted by start
 */
public record NormalizedText(String text, OffsetMap offsets, List<RemovedSpan> removed) {

  public NormalizedText {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(offsets, "offsets must not be null");
    removed = List.copyOf(removed);
    if (offsets.length() != text.length()) {
      throw new IllegalArgumentException(
          "offsets must cover the text of length " + text.length() + ", got length " + offsets.length());
    }
  }
}
