package org.reprint.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprint.document.Metadata;
import org.reprint.document.TextSpan;

/**
 * Finds the metadata lines of a plain-text or Markdown article: title, byline, date and source URL, and the
 * span of each such line so that comparison can leave it out.
 *
 * <p>Articles saved from the web usually start with a short head (headline, "By" line, date) and sometimes
 * end with the address they came from. The rules, applied to a line after its Markdown markup is removed
 * (heading marks, emphasis, link syntax):
 *
 * <ul>
 *   <li><b>Title.</b> Markdown: the first level-1 or level-2 ATX heading ({@code # Title}) among the first 12
 *       non-blank lines. Plain text: the first non-blank line, if it has at most 20 words, does not end with
 *       sentence punctuation ({@code . ! ? : ; ,}, possibly followed by a closing quote or bracket), is
 *       followed by a blank line, more text follows, and it is not itself a byline or a date line. A hard-wrapped first paragraph therefore never
 *       becomes a title: its next line is not blank.
 *   <li><b>Byline.</b> Among the first 12 non-blank lines, a line of at most 12 words reading {@code By Name},
 *       the name starting with a capital letter (so that "By the time..." is not a byline). The byline is the
 *       name part.
 *   <li><b>Date.</b> Among the first 12 non-blank lines, a line of at most 6 words that is a date as a whole
 *       (see {@link DateReader}), optionally after {@code Published:}, {@code Updated:} or {@code Date:}.
 *   <li><b>URL.</b> Anywhere, a line labelled {@code Original url:}, {@code Source:}, {@code Canonical:} or
 *       {@code URL:} (any case) followed, on the same line or the next non-blank one, by an absolute http(s)
 *       URL, bare, in angle brackets or as a Markdown link. Both lines are metadata. The outlet is the URL's
 *       host without {@code www.}.
 * </ul>
 *
 * Each line serves at most one field. Spans cover a line's whole text without its terminator.
 */
final class TextMetadataReader {

  /** Metadata found in a text and the spans of the lines that held it, sorted and disjoint. */
  record Found(Metadata metadata, List<TextSpan> spans) {}

  private static final int HEAD_LINES = 12;
  private static final int MAX_TITLE_WORDS = 20;
  private static final int MAX_BYLINE_WORDS = 12;
  private static final int MAX_DATE_WORDS = 6;

  private static final Pattern MARKDOWN_TITLE = Pattern.compile("^ {0,3}#{1,2}(?:\\s+(.*))?$");
  private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#{1,6}\\s+|\\s+#+\\s*$");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern ANGLE_LINK = Pattern.compile("<(https?://[^>\\s]+)>");
  /** Emphasis and code marks at a word's edge; inside a word ({@code snake_case}) they are kept. */
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\p{L}\\p{N}])[*_`]+|[*_`]+(?![\\p{L}\\p{N}])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,][\"'”’»)\\]]*$");
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s+(\\p{Lu}.*)$");
  private static final Pattern DATE_LABEL = Pattern.compile("(?i)^(?:published|updated|date)\\s*:\\s*");
  private static final Pattern URL_LABEL =
      Pattern.compile("(?i)^\\s*[*_]*(?:original url|source|canonical|url)\\s*:[*_]*\\s*(.*)$");
  private static final Pattern ANGLE_URL = Pattern.compile("^<(\\S+)>$");
  private static final Pattern MARKDOWN_LINK_URL = Pattern.compile("^\\[[^\\]]*\\]\\((\\S+)\\)$");

  private final List<TextLine> lines;
  /** {@link #stripMarkup} of each line, computed when first needed: the head is read several times. */
  private final String[] stripped;
  private final List<Integer> head = new ArrayList<>();
  private final TreeSet<Integer> metadataLines = new TreeSet<>();

  private TextMetadataReader(String text) {
    lines = TextLine.split(text);
    stripped = new String[lines.size()];
    for (int i = 0; i < lines.size() && head.size() < HEAD_LINES; i++) {
      if (!lines.get(i).isBlank()) {
        head.add(i);
      }
    }
  }

  static Found read(String text, boolean markdown) {
    return new TextMetadataReader(text).read(markdown);
  }

  private Found read(boolean markdown) {
    String title = markdown ? markdownTitle() : plainTitle();
    String byline = firstInHead(TextMetadataReader::byline);
    LocalDate published = firstInHead(TextMetadataReader::date);
    WebAddress address = sourceAddress();
    Metadata metadata =
        new Metadata(
            title,
            byline,
            published,
            address == null ? null : address.url(),
            address == null ? null : address.outlet());
    List<TextSpan> spans = metadataLines.stream().map(i -> lines.get(i).span()).toList();
    return new Found(metadata, spans);
  }

  private String markdownTitle() {
    for (int index : head) {
      Matcher heading = MARKDOWN_TITLE.matcher(lines.get(index).text());
      if (heading.matches() && heading.group(1) != null) {
        String title = stripMarkup(heading.group(1));
        if (!title.isEmpty()) {
          metadataLines.add(index);
          return title;
        }
      }
    }
    return null;
  }

  private String plainTitle() {
    if (head.size() < 2) {
      return null;
    }
    int first = head.get(0);
    String title = stripped(first);
    boolean blankAfter = first + 1 < lines.size() && lines.get(first + 1).isBlank();
    if (title.isEmpty()
        || !blankAfter
        || wordCount(title) > MAX_TITLE_WORDS
        || SENTENCE_END.matcher(title).find()
        || byline(title) != null
        || date(title) != null) {
      return null;
    }
    metadataLines.add(first);
    return title;
  }

  private <T> T firstInHead(Function<String, T> reader) {
    for (int index : head) {
      if (!metadataLines.contains(index)) {
        T value = reader.apply(stripped(index));
        if (value != null) {
          metadataLines.add(index);
          return value;
        }
      }
    }
    return null;
  }

  private String stripped(int index) {
    if (stripped[index] == null) {
      stripped[index] = stripMarkup(lines.get(index).text());
    }
    return stripped[index];
  }

  private static String byline(String line) {
    Matcher byline = BYLINE.matcher(line);
    return byline.matches() && wordCount(line) <= MAX_BYLINE_WORDS ? byline.group(1).strip() : null;
  }

  private static LocalDate date(String line) {
    if (line.isEmpty() || wordCount(line) > MAX_DATE_WORDS) {
      return null;
    }
    return DateReader.parsePhrase(DATE_LABEL.matcher(line).replaceFirst(""));
  }

  /** The first labelled source URL, recording the label line and, if apart, the URL line. */
  private WebAddress sourceAddress() {
    for (int i = 0; i < lines.size(); i++) {
      // Every label has a colon; the test spares most lines the pattern.
      if (lines.get(i).text().indexOf(':') < 0) {
        continue;
      }
      Matcher label = URL_LABEL.matcher(lines.get(i).text());
      if (metadataLines.contains(i) || !label.matches()) {
        continue;
      }
      int valueLine = label.group(1).isBlank() ? nextNonBlank(i + 1) : i;
      String value = valueLine == i ? label.group(1) : valueLine < 0 ? "" : lines.get(valueLine).text();
      WebAddress address = WebAddress.parse(unwrapUrl(value));
      if (address != null) {
        metadataLines.add(i);
        metadataLines.add(valueLine);
        return address;
      }
    }
    return null;
  }

  private int nextNonBlank(int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static String unwrapUrl(String value) {
    String url = value.strip();
    for (Pattern wrapper : List.of(ANGLE_URL, MARKDOWN_LINK_URL)) {
      Matcher wrapped = wrapper.matcher(url);
      if (wrapped.matches()) {
        return wrapped.group(1);
      }
    }
    return url;
  }

  /** The line's words without Markdown heading marks, emphasis and link syntax, white space collapsed. */
  static String stripMarkup(String line) {
    String text = line;
    // Each pattern needs one of these chars; most lines have none, and the patterns are costly.
    if (containsAny(text, "#[<*_`")) {
      text = HEADING_MARKS.matcher(text).replaceAll("");
      text = LINK.matcher(text).replaceAll("$1");
      text = ANGLE_LINK.matcher(text).replaceAll("$1");
      text = EMPHASIS.matcher(text).replaceAll("");
    }
    return collapseWhiteSpace(text).strip();
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code text.replaceAll("\\s+", " ")} without the pattern: each run of white space becomes a space. */
  private static String collapseWhiteSpace(String text) {
    if (isCollapsed(text)) {
      return text;
    }
    StringBuilder collapsed = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isPatternSpace(c)) {
        collapsed.append(c);
      } else if (!inSpace) {
        collapsed.append(' ');
      }
      inSpace = isPatternSpace(c);
    }
    return collapsed.toString();
  }

  /** True if every run of white space in {@code text} is already a single space. */
  private static boolean isCollapsed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean runOfTwo = i + 1 < text.length() && isPatternSpace(text.charAt(i + 1));
      if (isPatternSpace(c) && (c != ' ' || runOfTwo)) {
        return false;
      }
    }
    return true;
  }

  /** The chars of the pattern class {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** {@code text.strip().split("\\s+").length}, or 0 for blank text, without the pattern. */
  static int wordCount(String text) {
    String stripped = text.strip();
    int words = 0;
    for (int i = 0; i < stripped.length(); i++) {
      boolean afterSpace = i == 0 || isPatternSpace(stripped.charAt(i - 1));
      if (afterSpace && !isPatternSpace(stripped.charAt(i))) {
        words++;
      }
    }
    return words;
  }
}
