package org.reprint.classify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.TextFingerprint;

/**
 * What ties two articles to one event when they share no passage: the names both use (people, places,
 * organisations: capitalized words that do not open a sentence, and acronyms), the other content words both
 * use most, the numbers both give, and how many days apart they were published. Words are shown as the
 * first of the two texts writes them; each list holds the most used first (the smaller of the two counts),
 * at most {@value #SHOWN} entries.
 *
 * @param daysApart days between the two publication dates, or null when either is undated
 */
public record StoryEvidence(List<String> names, List<String> terms, List<String> numbers, Integer daysApart)
    implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Entries per list: enough to show what the two texts share, few enough to read. */
  static final int SHOWN = 8;

  /**
   * Stems that every news story uses, whatever its event, left out of the shared key words: reporting verbs
   * and the days of the week. (The story similarity itself weighs them down by their document frequency.)
   */
  private static final java.util.Set<String> NEWS_WORDS = java.util.Set.of("said", "say", "told", "tell",
      "accord", "ad", "report", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  public StoryEvidence {
    names = List.copyOf(names);
    terms = List.copyOf(terms);
    numbers = List.copyOf(numbers);
  }

  /** The evidence of two analyzed articles. */
  public static StoryEvidence of(AnalyzedDocument first, AnalyzedDocument second) {
    Map<String, Use> one = uses(first);
    Map<String, Use> other = uses(second);
    List<Shared> shared = new ArrayList<>();
    one.forEach((term, use) -> {
      Use theirs = other.get(term);
      if (theirs != null) {
        shared.add(new Shared(use.surface, Math.min(use.count, theirs.count),
            // a name where either text uses it as one ("Coastal" may open every sentence of the other),
            // unless either writes it in lower case ("news", "software" in "BBC News", "Sybari Software")
            (use.name || theirs.name) && !use.lowerCase && !theirs.lowerCase,
            isNumber(term)));
      }
    });
    shared.sort(Comparator.comparingInt((Shared s) -> -s.count).thenComparing(s -> s.surface));
    List<String> names = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (Shared s : shared) {
      List<String> list = s.number ? numbers : s.name ? names : terms;
      if (list.size() < SHOWN) {
        list.add(s.surface);
      }
    }
    return new StoryEvidence(names, terms, numbers, daysApart(first, second));
  }

  /** Days between two articles' publication dates, or null when either is undated. */
  static Integer daysApart(AnalyzedDocument first, AnalyzedDocument second) {
    return daysApart(first.document().metadata().published(), second.document().metadata().published());
  }

  /** Days between two dates, or null when either is unknown. */
  public static Integer daysApart(LocalDate first, LocalDate second) {
    return first == null || second == null ? null : (int) Math.abs(ChronoUnit.DAYS.between(first, second));
  }

  /** "names Armenia, Yerevan; shares ceasefire, troops; numbers 1,200; published 2 days apart". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!names.isEmpty()) {
      parts.add("both name " + String.join(", ", names));
    }
    if (!terms.isEmpty()) {
      parts.add("key words " + String.join(", ", terms));
    }
    if (!numbers.isEmpty()) {
      parts.add("numbers " + String.join(", ", numbers));
    }
    if (daysApart != null) {
      parts.add(daysApart == 0 ? "published the same day"
          : "published " + daysApart + (daysApart == 1 ? " day apart" : " days apart"));
    }
    return String.join("; ", parts);
  }

  private record Shared(String surface, int count, boolean name, boolean number) {}

  /** One document's use of a content term: how often, whether ever as a name, and its first spelling. */
  private static final class Use {
    int count;
    boolean name;
    boolean lowerCase;
    String surface;
  }

  private static Map<String, Use> uses(AnalyzedDocument document) {
    TextFingerprint fingerprint = document.fingerprint();
    String ownName = ownName(document.document().metadata().outlet());
    String[] terms = fingerprint.contentTerms();
    boolean[] names = fingerprint.properNames();
    String text = document.normalized().text();
    Map<String, Use> uses = new HashMap<>();
    for (int i = 0; i < terms.length; i++) {
      // the wire's own sign-off ("Reuter" in a Reuters story) says which wire, not which event
      if (terms[i] == null || terms[i].length() < 2 || NEWS_WORDS.contains(terms[i])
          || terms[i].equals(ownName) || (terms[i] + "s").equals(ownName)) {
        continue;
      }
      Use use = uses.computeIfAbsent(terms[i], t -> new Use());
      if (use.count++ == 0) {
        use.surface = text.substring(fingerprint.tokens().starts()[i], fingerprint.tokens().ends()[i]);
      }
      use.name |= names[i]; // a name opening a sentence is still a name where it stands inside one
      use.lowerCase |= Character.isLowerCase(text.codePointAt(fingerprint.tokens().starts()[i]));
    }
    return uses;
  }

  /** The outlet's name without its domain ("reuters" for reuters.com or Reuters), or "" when unknown. */
  private static String ownName(String outlet) {
    if (outlet == null) {
      return "";
    }
    String lower = outlet.toLowerCase(java.util.Locale.ROOT);
    int dot = lower.indexOf('.');
    return dot < 0 ? lower : lower.substring(0, dot);
  }

  private static boolean isNumber(String term) {
    return Character.isDigit(term.charAt(0));
  }
}
