package org.reprint.normalize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reprint.document.TextSpan;

/**
 * Drops boilerplate: single lines matched by {@link BoilerplateRules}, then whole paragraphs by two
 * structural rules.
 *
 * <ul>
 *   <li>{@code repeated-paragraph}: a paragraph equal to an earlier one, or to the document's headline
 *       (which ingest moved to the metadata), comparing letters and digits only, case-insensitively: a
 *       headline repeated in the body. The first occurrence in the body stays unless it repeats the
 *       headline.
 *   <li>{@code trailing-unrelated-line}: after the last paragraph that ends a sentence, every short paragraph
 *       (at most {@value #TEASER_MAX_WORDS} words) that does not end a sentence itself. Pages often end with
 *       the headline of another article, which is not part of this one. If no paragraph ends a sentence the
 *       rule does nothing, so a list of headlines is never emptied.
 * </ul>
 *
 * <p>A paragraph is a run of lines that are neither blank nor dropped. Only line contents are dropped; line
 * breaks stay, so a dropped line inside a paragraph splits it in two, which keeps the text on either side
 * from being glued into one sentence.
 */
final class BoilerplateRemoval implements TextStep {

  static final String REPEATED_PARAGRAPH = "repeated-paragraph";
  static final String TRAILING_UNRELATED_LINE = "trailing-unrelated-line";
  static final int TEASER_MAX_WORDS = 15;

  private final Set<String> headlines;

  /** A boilerplate step that also drops body paragraphs repeating one of {@code headlines}. */
  BoilerplateRemoval(List<String> headlines) {
    this.headlines = new HashSet<>();
    for (String headline : headlines) {
      String key = comparisonKey(headline);
      if (!key.isEmpty()) {
        this.headlines.add(key);
      }
    }
  }

  BoilerplateRemoval() {
    this(List.of());
  }

  /** Lines {@code [firstLine, lastLine]} of one paragraph, and its text with white space collapsed. */
  private record Paragraph(int firstLine, int lastLine, String text) {}

  @Override
  public MappedText apply(MappedText text, List<RemovedSpan> removed) {
    List<MappedText.Line> lines = text.lines();
    String[] folded = new String[lines.size()];
    boolean[] dropped = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      folded[i] = collapseWhiteSpace(text, lines.get(i));
      String rule = folded[i].isEmpty() ? null : BoilerplateRules.ruleFor(folded[i], countWords(folded[i]));
      if (rule != null) {
        dropped[i] = true;
        addRemoved(text, lines, i, i, rule, removed);
      }
    }
    List<Paragraph> paragraphs = paragraphs(folded, dropped);
    dropRepeated(paragraphs, text, lines, dropped, removed);
    dropTrailingTeasers(paragraphs, text, lines, dropped, removed);
    return keepLines(text, lines, dropped);
  }

  private static List<Paragraph> paragraphs(String[] folded, boolean[] dropped) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int line = 0;
    while (line < folded.length) {
      if (folded[line].isEmpty() || dropped[line]) {
        line++;
        continue;
      }
      int first = line;
      while (line + 1 < folded.length && !folded[line + 1].isEmpty() && !dropped[line + 1]) {
        line++;
      }
      paragraphs.add(new Paragraph(first, line, join(folded, first, line)));
      line++;
    }
    return paragraphs;
  }

  /** Lines {@code [first, last]} joined by spaces; a one-line paragraph, the usual case, is not copied. */
  private static String join(String[] folded, int first, int last) {
    if (first == last) {
      return folded[first];
    }
    StringBuilder joined = new StringBuilder(folded[first]);
    for (int line = first + 1; line <= last; line++) {
      joined.append(' ').append(folded[line]);
    }
    return joined.toString();
  }

  private void dropRepeated(
      List<Paragraph> paragraphs,
      MappedText text,
      List<MappedText.Line> lines,
      boolean[] dropped,
      List<RemovedSpan> removed) {
    Set<String> seen = new HashSet<>(headlines);
    for (Paragraph paragraph : paragraphs) {
      String key = comparisonKey(paragraph.text());
      if (!key.isEmpty() && !seen.add(key)) {
        drop(paragraph, text, lines, dropped, REPEATED_PARAGRAPH, removed);
      }
    }
  }

  private static void dropTrailingTeasers(
      List<Paragraph> paragraphs,
      MappedText text,
      List<MappedText.Line> lines,
      boolean[] dropped,
      List<RemovedSpan> removed) {
    int lastSentence = -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!dropped[paragraphs.get(i).firstLine()] && endsSentence(paragraphs.get(i).text())) {
        lastSentence = i;
      }
    }
    if (lastSentence < 0) {
      return;
    }
    for (Paragraph paragraph : paragraphs.subList(lastSentence + 1, paragraphs.size())) {
      if (!dropped[paragraph.firstLine()] && countWords(paragraph.text()) <= TEASER_MAX_WORDS) {
        drop(paragraph, text, lines, dropped, TRAILING_UNRELATED_LINE, removed);
      }
    }
  }

  private static void drop(
      Paragraph paragraph,
      MappedText text,
      List<MappedText.Line> lines,
      boolean[] dropped,
      String rule,
      List<RemovedSpan> removed) {
    for (int line = paragraph.firstLine(); line <= paragraph.lastLine(); line++) {
      dropped[line] = true;
    }
    addRemoved(text, lines, paragraph.firstLine(), paragraph.lastLine(), rule, removed);
  }

  /**
   * Records the original span of lines {@code [first, last]}. The span is widened to whole original lines,
   * so that markup already deleted at a line's edges (the {@code **} around a Markdown label) is covered
   * too, and then trimmed of white space.
   */
  private static void addRemoved(
      MappedText text, List<MappedText.Line> lines, int first, int last, String rule, List<RemovedSpan> removed) {
    int from = lines.get(first).start();
    int to = lines.get(last).contentEnd();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    String original = text.original();
    int start = text.start(from);
    int end = text.end(to - 1);
    while (start > 0 && !isOriginalLineBreak(original.charAt(start - 1))) {
      start--;
    }
    while (end < original.length() && !isOriginalLineBreak(original.charAt(end))) {
      end++;
    }
    while (start < end && isOriginalSpace(original.charAt(start))) {
      start++;
    }
    while (end > start && isOriginalSpace(original.charAt(end - 1))) {
      end--;
    }
    removed.add(new RemovedSpan(new TextSpan(start, end), rule));
  }

  /** Any char that {@link PunctuationFolding} turns into a line break ends an original line too. */
  private static boolean isOriginalLineBreak(char c) {
    return MappedText.isLineBreak(c) || c == 0x0B || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isOriginalSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static MappedText keepLines(MappedText text, List<MappedText.Line> lines, boolean[] dropped) {
    MappedText.Builder out = new MappedText.Builder(text);
    for (int i = 0; i < lines.size(); i++) {
      MappedText.Line line = lines.get(i);
      out.copy(dropped[i] ? line.contentEnd() : line.start(), line.end());
    }
    return out.build();
  }

  /** True if {@code paragraph} ends with {@code .}, {@code !} or {@code ?}, maybe followed by closers. */
  static boolean endsSentence(String paragraph) {
    int end = paragraph.length();
    while (end > 0 && "\"')]".indexOf(paragraph.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?".indexOf(paragraph.charAt(end - 1)) >= 0;
  }

  private static String collapseWhiteSpace(MappedText text, MappedText.Line line) {
    if (isCollapsed(text, line)) {
      return text.text().substring(line.start(), line.contentEnd());
    }
    StringBuilder collapsed = new StringBuilder(line.contentEnd() - line.start());
    boolean pendingSpace = false;
    for (int i = line.start(); i < line.contentEnd(); i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        pendingSpace = collapsed.length() > 0;
      } else {
        if (pendingSpace) {
          collapsed.append(' ');
          pendingSpace = false;
        }
        collapsed.append(c);
      }
    }
    return collapsed.toString();
  }

  /** True if the line has no tab, no space at its edges and no two spaces in a row: most lines. */
  private static boolean isCollapsed(MappedText text, MappedText.Line line) {
    for (int i = line.start(); i < line.contentEnd(); i++) {
      char c = text.charAt(i);
      boolean atEdge = i == line.start() || i == line.contentEnd() - 1;
      if (c == '\t' || (c == ' ' && (atEdge || text.charAt(i - 1) == ' '))) {
        return false;
      }
    }
    return true;
  }

  /** Letters and digits only, lower-cased: equal for the same words in other punctuation or quotes. */
  static String comparisonKey(String paragraph) {
    String asciiKey = asciiComparisonKey(paragraph);
    if (asciiKey != null) {
      return asciiKey;
    }
    StringBuilder key = new StringBuilder(paragraph.length());
    paragraph.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(c -> key.appendCodePoint(Character.toLowerCase(c)));
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The comparison key of an ASCII paragraph, the common case, built without the code point and Unicode
   * table look-ups; {@code null} if the paragraph has a char beyond ASCII.
   */
  private static String asciiComparisonKey(String paragraph) {
    byte[] key = new byte[paragraph.length()];
    int length = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key[length++] = (byte) c;
      } else if (c >= 'A' && c <= 'Z') {
        key[length++] = (byte) (c + ('a' - 'A'));
      }
    }
    return new String(key, 0, length, StandardCharsets.US_ASCII);
  }

  /** Words in a collapsed line: spaces plus one. */
  private static int countWords(String collapsed) {
    int words = collapsed.isEmpty() ? 0 : 1;
    for (int i = 0; i < collapsed.length(); i++) {
      if (collapsed.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
