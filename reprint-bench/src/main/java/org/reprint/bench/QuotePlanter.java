package org.reprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants a quote: 2 to 4 consecutive sentences of article A, in quotation marks with an attribution to A's
 * outlet ({@code "...," the Harbor Times reported.}), as a new paragraph of article B at a paragraph
 * boundary.
 *
 * <p>The quoted text is A's text verbatim, so that {@code A.text[aSpan] == B.text[bSpan]}: a run inside one
 * paragraph is preferred, and a run that crosses a paragraph keeps A's blank line. A closing period moves
 * outside the span and becomes the comma before the attribution, as news style has it. The new paragraph
 * goes between two of B's paragraphs, not after the last one, because a trailing short paragraph is what
 * boilerplate filters drop as a teaser line.
 */
final class QuotePlanter {

  private static final String[] VERBS = {"reported", "said", "wrote", "quoted officials as saying"};

  /**
   * A planted quote.
   *
   * @param text B's text with the quote
   * @param sentences sentences quoted
   * @param aStart start of the quoted text in A
   * @param aEnd end (exclusive) in A
   * @param bStart start in B
   * @param bEnd end (exclusive) in B
   */
  record Quote(String text, int sentences, int aStart, int aEnd, int bStart, int bEnd) {}

  private QuotePlanter() {}

  static Quote plant(ArticleText source, String outletName, List<List<String>> target, SplittableRandom random) {
    int count = Math.min(source.sentenceCount(), 2 + random.nextInt(3));
    int first = firstSentence(source, count, random);
    int aStart = source.sentenceStarts()[first];
    int aEnd = source.sentenceEnds()[first + count - 1];
    String quoted = source.text().substring(aStart, aEnd);
    String punctuation = ",";
    if (quoted.endsWith(".")) {
      aEnd--;
      quoted = quoted.substring(0, quoted.length() - 1);
    } else {
      punctuation = "";
    }
    String paragraph =
        "\"" + quoted + punctuation + "\" the " + outletName + " " + VERBS[random.nextInt(VERBS.length)] + ".";
    List<String> paragraphs = new ArrayList<>();
    for (List<String> sentences : target) {
      paragraphs.add(String.join(" ", sentences));
    }
    int boundary = paragraphs.size() < 2 ? paragraphs.size() : 1 + random.nextInt(paragraphs.size() - 1);
    int bStart = 1;
    for (int p = 0; p < boundary; p++) {
      bStart += paragraphs.get(p).length() + ArticleText.PARAGRAPH_BREAK.length();
    }
    paragraphs.add(boundary, paragraph);
    String text = String.join(ArticleText.PARAGRAPH_BREAK, paragraphs);
    return new Quote(text, count, aStart, aEnd, bStart, bStart + quoted.length());
  }

  /** A random run start, preferring runs that stay in one paragraph (up to 20 draws). */
  private static int firstSentence(ArticleText source, int count, SplittableRandom random) {
    int last = source.sentenceCount() - count;
    int first = random.nextInt(last + 1);
    for (int attempt = 0; attempt < 20 && !inOneParagraph(source, first, count); attempt++) {
      first = random.nextInt(last + 1);
    }
    return first;
  }

  private static boolean inOneParagraph(ArticleText source, int first, int count) {
    int[] paragraphs = source.sentenceParagraphs();
    return paragraphs[first] == paragraphs[first + count - 1];
  }
}
