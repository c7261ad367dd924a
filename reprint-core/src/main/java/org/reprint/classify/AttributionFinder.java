package org.reprint.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprint.document.Document;
import org.reprint.document.TextSpan;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.normalize.NormalizedText;

/**
 * Finds where a text credits a news agency. A credit is an agency name of {@link NewsAgency} next to an
 * attribution pattern:
 *
 * <ul>
 *   <li>the name, then a reporting verb: "the AFP said", "Agence France-Presse reported", "Associated Press
 *       said", "Reuters quoted", "AP wrote" (also with "news agency" around the name);
 *   <li>a crediting phrase, then the name: "told AFP", "according to Reuters", "quoted by", "cited by",
 *       "reported by", "citing", "via", "speaking to", "in an interview with";
 *   <li>the name in parentheses, as in a dateline: "MOSCOW (AFP) -", "(Reuters)".
 * </ul>
 *
 * A verb without a name ("the agency said") is not a credit: it cannot say whom. Mentions of the document's
 * own outlet are not credits either (a Reuters story naming Reuters is not crediting anyone). Interview
 * credits ({@link Attribution#interview}: "told AFP", "speaking to", "in an interview with") say whose
 * reporting the text is: in a text whose byline or outlet is that agency they are the agency's own quote
 * attributions, not credits, and are left out. A text that is not the agency's own keeps them: it carries
 * the agency's reporting. The search runs on the normalized body text, so metadata lines and boilerplate are left out
 * and a credit broken over a line ("told\nAFP") is still found; offsets are mapped back to the original.
 * Thread-safe.
 */
public final class AttributionFinder {

  private static final String VERB =
      "(?:said|says|reported|reports|quoted|quotes|cited|cites|wrote|writes|added|noted|learned|"
          + "has learned|has reported|announced)";
  private static final List<String> CREDITING_PHRASES = List.of("told", "tells", "telling", "according to",
      "quoted by", "cited by", "reported by", "citing", "via", "speaking to", "in an interview with");
  /** The crediting phrases that credit an interview: somebody spoke to the agency's reporter. */
  private static final List<String> INTERVIEW_PHRASES =
      List.of("told", "tells", "telling", "speaking to", "in an interview with");
  private static final String CREDIT_BEFORE = "(?i:" + String.join("|", CREDITING_PHRASES) + ")";
  /**
   * The most chars a credit can hold before its agency name: the longest crediting phrase, then " the news
   * agency " (the other two forms lead with at most "The news agency " or "("). A credit therefore starts at
   * most this far before the first agency name at or after its start.
   */
  static final int MAX_LEAD = CREDITING_PHRASES.stream().mapToInt(String::length).max().orElseThrow()
      + " the news agency ".length();
  /** Three forms, each naming its agency group: {@code after} the verb, {@code before} it, {@code dateline}. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?<![\\w-])(?:[Tt]he )?(?:news agency )?" + name("before") + "(?: news agency)?,? " + VERB + "(?!\\w)"
              + "|(?<![\\w-])" + CREDIT_BEFORE + " (?:the )?(?:news agency )?" + name("after")
              + "|\\(" + name("dateline") + "\\)");

  private static String name(String group) {
    return "(?<" + group + ">" + NewsAgency.allNames() + ")(?![\\w-])";
  }

  /** Credits in the document's body, in text order, without those naming the document's own outlet. */
  public List<Attribution> find(AnalyzedDocument document) {
    return find(document.document(), document.normalized());
  }

  /** As {@link #find(AnalyzedDocument)}, for a document that was only normalized. */
  public List<Attribution> find(Document document, NormalizedText normalized) {
    String text = normalized.text();
    String original = document.originalText();
    String outlet = document.metadata().outlet();
    java.util.Set<NewsAgency> own = NewsAgency.identifiedBy(document.metadata());
    List<Attribution> found = new ArrayList<>();
    forEachCredit(text, matcher -> {
      NewsAgency agency = NewsAgency.byName(agencyName(matcher));
      boolean interview = isInterview(matcher.group());
      // the document's own outlet naming itself credits nobody; nor do its own interviews
      if (!agency.isOutlet(outlet) && !(interview && own.contains(agency))) {
        TextSpan span = normalized.offsets().toOriginal(matcher.start(), matcher.end());
        found.add(new Attribution(agency, span, span.of(original), interview));
      }
    });
    return List.copyOf(found);
  }

  /** Whether a credit's words open with an interview phrase ("told AFP", "in an interview with Reuters"). */
  static boolean isInterview(String credit) {
    String lower = credit.toLowerCase(java.util.Locale.ROOT);
    for (String phrase : INTERVIEW_PHRASES) {
      if (lower.startsWith(phrase + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hands {@code action} each credit of {@code text} in turn, as repeated {@code matcher.find()} calls would
   * find them, without trying the pattern where no credit can start. Every credit holds an agency name
   * starting at most {@link #MAX_LEAD} chars after the credit's own start, and names are matched literally:
   * so no credit starts before {@code MAX_LEAD} chars ahead of the next name, and none at all once no name
   * follows (most articles name no agency). A Reuters story names Reuters in its dateline and seldom again,
   * so the pattern, tried at every position, used to run over the whole rest of the text for nothing.
   */
  private static void forEachCredit(String text, Consumer<Matcher> action) {
    Matcher matcher = CREDIT.matcher(text);
    int from = 0;
    while (true) {
      int name = NewsAgency.firstNameFrom(text, from);
      // find(int) resets the matcher to the whole text, so its look-behind still sees the chars before
      if (name < 0 || !matcher.find(Math.max(from, name - MAX_LEAD))) {
        return;
      }
      action.accept(matcher);
      from = matcher.end();
    }
  }

  /** The credit pattern, for the test that checks {@link #forEachCredit} against a plain scan. */
  static Pattern creditPattern() {
    return CREDIT;
  }

  /** The spans of the credits of a normalized text, found as {@link #find} finds them. */
  static List<TextSpan> creditSpans(String text) {
    List<TextSpan> spans = new ArrayList<>();
    forEachCredit(text, matcher -> spans.add(new TextSpan(matcher.start(), matcher.end())));
    return spans;
  }

  private static String agencyName(Matcher matcher) {
    for (String group : new String[] {"before", "after", "dateline"}) {
      if (matcher.group(group) != null) {
        return matcher.group(group);
      }
    }
    throw new IllegalStateException("a credit without an agency name: " + matcher.group());
  }

  /** The agencies a document credits. */
  static Set<NewsAgency> credited(List<Attribution> attributions) {
    Set<NewsAgency> agencies = java.util.EnumSet.noneOf(NewsAgency.class);
    attributions.forEach(a -> agencies.add(a.source()));
    return agencies;
  }

  /**
   * The credits that belong to a passage: inside it, or in the sentence right after it (a quotation is
   * usually credited after its closing mark: "...," the AFP said.). The sentence after is found on the
   * original text: up to the second sentence end (a point, question or exclamation mark, or a blank line)
   * after the passage, the first closing the sentence the passage ends in.
   */
  public static List<Attribution> around(
      List<Attribution> attributions, TextSpan passage, String originalText) {
    int windowEnd = sentenceEnd(originalText, sentenceEnd(originalText, passage.end()));
    List<Attribution> near = new ArrayList<>();
    for (Attribution attribution : attributions) {
      if (attribution.span().start() >= passage.start() && attribution.span().start() < windowEnd) {
        near.add(attribution);
      }
    }
    return near;
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blankLine = c == '\n' && i > from && text.charAt(i - 1) == '\n';
      if (c == '.' || c == '!' || c == '?' || blankLine) {
        return i + 1;
      }
    }
    return text.length();
  }
}
