package org.reprint.normalize;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes Markdown syntax and keeps the words it decorates. The step only deletes chars, so every kept char
 * keeps its own original span.
 *
 * <p>For Markdown documents it removes: ATX heading markers ({@code #} to {@code ######} at line start, and
 * closing {@code #}s), setext underlines, horizontal rules, block quote markers ({@code >}), list bullets
 * ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}), images {@code ![alt](src)} (dropped whole),
 * links {@code [text](url)} (kept: {@code text}), autolinks {@code <https://...>} (dropped whole), strong and
 * emphasis markers ({@code **x**}, {@code __x__}, {@code *x*}, {@code _x_}) and backslash escapes.
 *
 * <p>Plain text gets only the unambiguous subset: headings, horizontal rules, images, links, autolinks and
 * the doubled markers {@code **} and {@code __}. Bullets, quote markers and single {@code *}/{@code _} are
 * left alone there, because in plain text a leading dash or an underscore is as likely to be prose.
 *
 * <p>Everything works line by line: links and emphasis that span a line break are left as they are. Inner
 * lengths are bounded so that a pathological megabyte line cannot make a pattern scan quadratically.
 */
final class MarkdownRemoval implements TextStep {

  /**
   * A pattern whose matches are deleted, except group 1 when {@code keepContent} is set. Every match
   * contains {@code trigger}, so a line without it is not searched.
   */
  private record Markup(Pattern pattern, boolean keepContent, String trigger) {
    static Markup delete(String trigger, String regex) {
      return new Markup(Pattern.compile(regex), false, trigger);
    }

    static Markup unwrap(String trigger, String regex) {
      return new Markup(Pattern.compile(regex), true, trigger);
    }
  }

  private static final Pattern HORIZONTAL_RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}=+[ \\t]*$");
  private static final Markup HEADING = Markup.delete("#", "^ {0,3}#{1,6}(?:[ \\t]+|$)");
  private static final Markup HEADING_CLOSE = Markup.delete("#", "[ \\t]+#+[ \\t]*$");
  private static final Markup BLOCK_QUOTE = Markup.delete(">", "^ {0,3}(?:>[ \\t]?)+");
  // No one char is in every bullet; the empty trigger is in every line.
  private static final Markup LIST_BULLET = Markup.delete("", "^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+");
  private static final String DESTINATION = "\\([^()\\s]{0,2000}(?:[ \\t]+\"[^\"]{0,500}\")?\\)";
  private static final Markup IMAGE = Markup.delete("![", "!\\[[^\\[\\]]{0,1000}\\]" + DESTINATION);
  private static final Markup LINK = Markup.unwrap("[", "\\[([^\\[\\]]{0,1000})\\]" + DESTINATION);
  private static final Markup AUTOLINK = Markup.delete("<", "<(?:https?|ftp|mailto):[^<>\\s]{1,2000}>");
  private static final Markup STRONG_STAR = Markup.unwrap("**", "\\*\\*(?=\\S)(.{1,1000}?)(?<=\\S)\\*\\*");
  private static final Markup STRONG_UNDERSCORE =
      Markup.unwrap("__", "(?<![\\p{L}\\p{N}_])__(?=\\S)(.{1,1000}?)(?<=\\S)__(?![\\p{L}\\p{N}_])");
  private static final Markup EMPHASIS_STAR =
      Markup.unwrap("*", "(?<![*\\\\])\\*(?=[^\\s*])(.{1,1000}?)(?<=[^\\s*\\\\])\\*(?!\\*)");
  private static final Markup EMPHASIS_UNDERSCORE =
      Markup.unwrap("_", "(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])(.{1,1000}?)(?<=[^\\s_\\\\])_(?![\\p{L}\\p{N}_])");
  private static final Markup ESCAPE = Markup.unwrap("\\", "\\\\([!-/:-@\\[-`{-~])");

  private static final List<Markup> INLINE_MARKDOWN =
      List.of(IMAGE, LINK, AUTOLINK, STRONG_STAR, STRONG_UNDERSCORE, EMPHASIS_STAR, EMPHASIS_UNDERSCORE, ESCAPE);
  private static final List<Markup> INLINE_PLAIN =
      List.of(IMAGE, LINK, AUTOLINK, STRONG_STAR, STRONG_UNDERSCORE);

  /** The chars that may start inline markup, a heading or a block quote: see {@link #mayHoldMarkup}. */
  private static final String MARKDOWN_CHARS = "#[<*_>\\";

  private static final String PLAIN_TEXT_CHARS = "#[<*_";

  private final boolean fullMarkdown;
  private final boolean[] markupChars = new boolean[128];

  /**
   * @param fullMarkdown true for Markdown documents; false for plain text, which gets only the unambiguous
   *     subset
   */
  MarkdownRemoval(boolean fullMarkdown) {
    this.fullMarkdown = fullMarkdown;
    for (char c : (fullMarkdown ? MARKDOWN_CHARS : PLAIN_TEXT_CHARS).toCharArray()) {
      markupChars[c] = true;
    }
  }

  @Override
  public MappedText apply(MappedText text, List<RemovedSpan> removed) {
    MappedText.Builder out = new MappedText.Builder(text);
    for (MappedText.Line line : text.lines()) {
      if (!mayHoldMarkup(text.text(), line)) {
        out.copy(line.start(), line.end());
        continue;
      }
      LineView view = LineView.of(text, line);
      if (!isRule(view.text())) {
        removeMarkup(view);
        for (int index : view.indexes()) {
          out.copy(index);
        }
      }
      out.copy(line.contentEnd(), line.end());
    }
    return out.build();
  }

  /**
   * False when no pattern can match the line, which is most lines of most documents: every inline pattern,
   * heading and quote marker needs one of the trigger chars; rules, setext underlines and bullets start
   * (after blanks) with one of them, a dash, a plus, an equals sign or a digit. The patterns cost far more
   * than this scan.
   */
  private boolean mayHoldMarkup(String text, MappedText.Line line) {
    int first = line.start();
    while (first < line.contentEnd() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
      first++;
    }
    if (first < line.contentEnd() && isBlockStart(text.charAt(first))) {
      return true;
    }
    for (int i = first; i < line.contentEnd(); i++) {
      char c = text.charAt(i);
      if (c < markupChars.length && markupChars[c]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlockStart(char c) {
    return c == '-' || c == '+' || c == '=' || (c >= '0' && c <= '9');
  }

  private boolean isRule(String line) {
    return HORIZONTAL_RULE.matcher(line).matches()
        || (fullMarkdown && SETEXT_UNDERLINE.matcher(line).matches());
  }

  private void removeMarkup(LineView view) {
    if (fullMarkdown) {
      view.apply(BLOCK_QUOTE);
    }
    if (view.apply(HEADING)) {
      view.apply(HEADING_CLOSE);
    } else if (fullMarkdown) {
      view.apply(LIST_BULLET);
    }
    for (Markup markup : fullMarkdown ? INLINE_MARKDOWN : INLINE_PLAIN) {
      view.apply(markup);
    }
  }

  /** The chars of one line still kept, with their indexes in the step's input. */
  private static final class LineView {
    private String text;
    private int[] indexes;

    private LineView(String text, int[] indexes) {
      this.text = text;
      this.indexes = indexes;
    }

    static LineView of(MappedText source, MappedText.Line line) {
      int[] indexes = new int[line.contentEnd() - line.start()];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = line.start() + i;
      }
      return new LineView(source.text().substring(line.start(), line.contentEnd()), indexes);
    }

    String text() {
      return text;
    }

    int[] indexes() {
      return indexes;
    }

    /** Deletes every match of {@code markup}, keeping group 1 when asked; true if anything matched. */
    boolean apply(Markup markup) {
      if (!text.contains(markup.trigger())) {
        return false;
      }
      Matcher matcher = markup.pattern().matcher(text);
      if (!matcher.find()) {
        return false;
      }
      StringBuilder keptText = new StringBuilder(text.length());
      int[] keptIndexes = new int[indexes.length];
      int kept = 0;
      int copied = 0;
      do {
        kept = keep(copied, matcher.start(), keptText, keptIndexes, kept);
        if (markup.keepContent()) {
          kept = keep(matcher.start(1), matcher.end(1), keptText, keptIndexes, kept);
        }
        copied = matcher.end();
      } while (matcher.find());
      kept = keep(copied, text.length(), keptText, keptIndexes, kept);
      text = keptText.toString();
      indexes = Arrays.copyOf(keptIndexes, kept);
      return true;
    }

    private int keep(int from, int to, StringBuilder keptText, int[] keptIndexes, int kept) {
      keptText.append(text, from, to);
      System.arraycopy(indexes, from, keptIndexes, kept, to - from);
      return kept + to - from;
    }
  }
}
