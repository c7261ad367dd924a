package org.reprint.bench;

import java.util.List;

/**
 * The text of one generated article, built from paragraphs of sentences (sentences joined by a space,
 * paragraphs by a blank line), with the character span of every sentence, so that a quote can name the exact
 * offsets it took.
 *
 * @param text the article body
 * @param sentenceStarts start offset of each sentence, in order
 * @param sentenceEnds end offset (exclusive) of each sentence
 * @param sentenceParagraphs index of the paragraph that holds each sentence
 */
record ArticleText(String text, int[] sentenceStarts, int[] sentenceEnds, int[] sentenceParagraphs) {

  static final String PARAGRAPH_BREAK = "\n\n";

  static ArticleText of(List<List<String>> paragraphs) {
    int count = paragraphs.stream().mapToInt(List::size).sum();
    int[] starts = new int[count];
    int[] ends = new int[count];
    int[] paragraphOf = new int[count];
    StringBuilder text = new StringBuilder(2048);
    int sentence = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0) {
        text.append(PARAGRAPH_BREAK);
      }
      List<String> paragraph = paragraphs.get(p);
      for (int s = 0; s < paragraph.size(); s++) {
        if (s > 0) {
          text.append(' ');
        }
        starts[sentence] = text.length();
        text.append(paragraph.get(s));
        ends[sentence] = text.length();
        paragraphOf[sentence++] = p;
      }
    }
    return new ArticleText(text.toString(), starts, ends, paragraphOf);
  }

  int sentenceCount() {
    return sentenceStarts.length;
  }
}
