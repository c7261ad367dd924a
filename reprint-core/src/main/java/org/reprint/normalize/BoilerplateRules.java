package org.reprint.normalize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The named patterns that mark a whole line as boilerplate: text a site wraps around every article, which
 * would otherwise make unrelated articles from one site look alike. A line is tested after markup removal and
 * character folding, trimmed and with white space collapsed, so straight and curly quotes, dashes and spaces
 * all look the same to the patterns. Matching ignores case unless said otherwise. Each rule applies only to
 * lines of at most the given number of words, so that a real paragraph that happens to start the same way
 * is kept.
 *
 * <dl>
 *   <dt>{@code related-link} (≤ 25 words)
 *   <dd>A line that starts with a cross-link label and a colon: "Related:", "Related article(s):", "Related
 *       story/stories/content/news/coverage/reading:", "Read more:", "Read also:", "Also read:", "See also:",
 *       "More on this (story):", "Recommended (reading):"; or is such a label alone.
 *   <dt>{@code comment-form} (≤ 25 words)
 *   <dd>A line that starts with a comment prompt ("Leave a reply", "Leave a comment", "Post a comment", "Add a
 *       comment", "Write a comment"), the form notice "Your email address will not be published", or
 *       "Required fields are marked"; or a comment count alone ("12 comments").
 *   <dt>{@code share-prompt} (≤ 20 words)
 *   <dd>A line that starts with "Share this (article/story/post/page)", "Share on" a social network or email,
 *       "Subscribe to our/the ... newsletter", "Sign up for/to ... newsletter", "Follow us on" or "Click here
 *       to/for".
 *   <dt>{@code photo-credit}
 *   <dd>(≤ 25 words) a line that starts with "Photo:", "Photos:", "Photograph:", "Image:", "Picture:", "Pic:"
 *       (optionally with "credit" before the colon), "Photo credit", "Photo by", "Image by", "Photo courtesy
 *       of"; or ends with a parenthesised "(Photo by ...)", "(Image credit ...)", "(Picture courtesy ...)".
 *       (≤ 15 words) a line that mentions "Getty Images"; or a line that ends with a credit of the form
 *       {@code Capitalised Name / Agency}: one to four capitalised words, a slash, one to four capitalised
 *       words (case-sensitive), such as a caption ending in a photographer and a news agency.
 *   <dt>{@code social-post-attribution} (≤ 25 words)
 *   <dd>The last line of an embedded social media post: starts with a dash, names an account in brackets,
 *       {@code (@handle)}, and ends with a date such as "November 1, 2020" or "1 Nov 2020".
 *   <dt>{@code copyright} (≤ 25 words)
 *   <dd>A line with "©", "Copyright" at its start or followed by a year, "(c) 20xx" at its start, or "All
 *       rights reserved".
 * </dl>
 */
final class BoilerplateRules {

  /**
   * One named pattern, tested on lines of at most {@code maxWords} words. Most lines are body text, so a
   * rule is cheap to rule out: an {@code anchored} pattern (every branch starts with {@code ^}) is tried at
   * the line start only, which gives the same answer as {@code find()}; any other pattern runs only on lines
   * that contain one of its {@code keywords}, ignoring case, since every match contains one.
   */
  private record Rule(
      String name, int maxWords, Pattern pattern, boolean anchored, List<String> keywords, boolean[] starts) {

    Rule(String name, int maxWords, Pattern pattern, boolean anchored, List<String> keywords) {
      this(name, maxWords, pattern, anchored, keywords, anchored ? asciiStarts(pattern) : null);
    }

    boolean matches(String line, int words) {
      if (words > maxWords) {
        return false;
      }
      if (anchored) {
        char first = line.isEmpty() ? 0 : line.charAt(0);
        return (first >= 128 || starts[first]) && pattern.matcher(line).lookingAt();
      }
      return containsAny(line, keywords) && pattern.matcher(line).find();
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final String CAPITALISED_WORDS = "\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.&-]*){0,3}";

  private static final List<Rule> RULES =
      List.of(
          anchored(
              "related-link",
              25,
              "^(?:related(?: articles?| stor(?:y|ies)| content| news| coverage| reading)?|read more|read also"
                  + "|also read|see also|more on this(?: story)?|recommended(?: reading)?)(?: ?:|$)"),
          anchored(
              "comment-form",
              25,
              "^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment"
                  + "|your email address will not be published|required fields are marked)\\b"),
          anchored("comment-form", 25, "^\\d+ comments?$"),
          anchored(
              "share-prompt",
              20,
              "^(?:share this(?: article| story| post| page)?|share on (?:facebook|twitter|x|linkedin|whatsapp"
                  + "|telegram|reddit|email)|follow us on|click here (?:to|for))\\b"),
          anchored("share-prompt", 20, "^(?:subscribe to (?:our|the)|sign up (?:for|to))\\b.*\\bnewsletters?\\b"),
          anchored("photo-credit", 25, "^(?:photo|photograph|image|picture|pic)s?(?: credits?)? ?:"),
          anchored("photo-credit", 25, "^(?:photo credits?|(?:photo|image) by|photo courtesy of)\\b"),
          anywhere("photo-credit", 25, List.of("("), "\\((?:photo|image|picture)s? (?:by|credit|courtesy)\\b[^()]*\\)$"),
          anywhere("photo-credit", 15, List.of("getty images"), "\\bgetty images\\b"),
          new Rule(
              "photo-credit",
              15,
              Pattern.compile("(?:^|\\s)" + CAPITALISED_WORDS + " ?/ ?" + CAPITALISED_WORDS + "$"),
              false,
              List.of("/")),
          anchored(
              "social-post-attribution",
              25,
              "^- ?[^()]{1,100}\\(@\\w{1,30}\\) (?:"
                  + MONTH
                  + " \\d{1,2},? \\d{4}|\\d{1,2} "
                  + MONTH
                  + ",? \\d{4})$"),
          anywhere(
              "copyright",
              25,
              List.of("©", "copyright", "(c)"),
              "©|^copyright\\b|\\bcopyright (?:© ?)?(?:19|20)\\d\\d\\b|^\\(c\\) ?(?:19|20)\\d\\d"),
          anywhere("copyright", 25, List.of("all rights reserved"), "\\ball rights reserved\\b"));

  private BoilerplateRules() {}

  /**
   * Which ASCII chars can start a match of an anchored pattern, worked out from the pattern itself: a
   * one-char input that the pattern matches, or reads to its end hoping for more ({@link
   * java.util.regex.Matcher#hitEnd}), can begin a match; any other char fails at once. Most lines start
   * with a char no rule can start with, so most rules never run; lines starting past ASCII always run them
   * (case-insensitive Unicode matching lets the long s stand for an s).
   */
  private static boolean[] asciiStarts(Pattern pattern) {
    boolean[] starts = new boolean[128];
    for (char c = 0; c < 128; c++) {
      java.util.regex.Matcher matcher = pattern.matcher(String.valueOf(c));
      starts[c] = matcher.lookingAt() || matcher.hitEnd();
    }
    return starts;
  }

  private static Rule anchored(String name, int maxWords, String regex) {
    return new Rule(name, maxWords, Pattern.compile(regex, FLAGS), true, List.of());
  }

  private static Rule anywhere(String name, int maxWords, List<String> keywords, String regex) {
    return new Rule(name, maxWords, Pattern.compile(regex, FLAGS), false, keywords);
  }

  /**
   * The name of the first rule that marks {@code line} as boilerplate, or {@code null} if none does.
   *
   * @param line one line, trimmed, with white space collapsed to single spaces
   * @param words the number of words in {@code line}
   */
  static String ruleFor(String line, int words) {
    for (Rule rule : RULES) {
      if (rule.matches(line, words)) {
        return rule.name();
      }
    }
    return null;
  }

  /**
   * True if {@code line} contains one of {@code keywords}, ignoring case. {@link String#regionMatches(boolean,
   * int, String, int, int)} accepts every char pair that a case-insensitive Unicode pattern accepts (such as
   * the dotless i for an i), so the test never hides a match.
   */
  static boolean containsAny(String line, List<String> keywords) {
    for (String keyword : keywords) {
      if (containsIgnoringCase(line, keyword)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoringCase(String line, String keyword) {
    char first = keyword.charAt(0);
    for (int at = 0; at + keyword.length() <= line.length(); at++) {
      char c = line.charAt(at);
      // A cheap look at the first char skips most places; past ASCII, leave it to regionMatches.
      boolean mayStart = c == first || (c | 0x20) == first || c >= 0x80;
      if (mayStart && line.regionMatches(true, at, keyword, 0, keyword.length())) {
        return true;
      }
    }
    return false;
  }
}
