package org.reprint.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reprint.align.AlignedPassage;
import org.reprint.document.TextSpan;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Sentence;
import org.reprint.fingerprint.TokenSequence;

/**
 * Finds what changed between the two sides of a pair's aligned passages. Thread-safe.
 *
 * <p>Each passage is widened to whole sentences on both sides (a verbatim passage starts and ends at a
 * shared shingle, so the edit that broke it lies just outside), overlapping passages are merged into
 * regions, and each region is diffed word by word ({@link WordDiff}) on canonical terms: lower case, month
 * abbreviations spelled out ("Sept." is "September"), thousands separators dropped. Each run of unmatched
 * words (a hunk) is then typed; a change only counts when the word is missing from the whole other side of
 * the region, so that a word moved within a sentence is not a change.
 *
 * <ul>
 *   <li>{@link DivergenceType#NAME}: a capitalized word (not just a sentence's first word, unless the
 *       document capitalizes it mid-sentence too) with no equal word on the other side, nor an inflection
 *       of it (a word one extends by at most {@value #INFLECTION_LETTERS} letters: "Russia" and "Russian",
 *       "Karabakh" and "Karabakh's"). Two such names are
 *       paired when they are a likely misspelling of each other (edit distance at most a quarter of the
 *       longer, at least 1) anywhere in the region, else when they stand in the same hunk. A name left
 *       without a partner counts only when the other side of its hunk is empty and the hunk is inside the
 *       region (matched words before and after): a dropped name, not a reworded sentence edge. An
 *       organisation's name ({@link #ORGANISATION_WORDS}) is compared whole: "Liggett Group" and "Liggett
 *       Holdings" differ even where the copy says "Altria Group" nearby, and the change says that an
 *       organisation was renamed.
 *   <li>{@link DivergenceType#POLARITY}: a word facing its antonym ({@link #ANTONYM_OF}: "rose" and "fell",
 *       "admitted" and "denied"), a negation ({@link #NEGATIONS}) on one side only, or a word that is the
 *       other side's word with an antonym prefix ({@link #PREFIXES}: "de-escalate" and "escalate").
 *   <li>{@link DivergenceType#NUMBER}: a number, number word, month or weekday on one side only: both
 *       figures when both sides of the hunk have one, else the figure alone facing an empty span ("\"December\"
 *       only in the first"); nothing when the other side tells the time relative to the writing ("in 2004"
 *       and "last year"), which cannot be checked.
 *   <li>{@link DivergenceType#QUOTE_CHANGED}: another changed word inside double quotation marks. The
 *       changes inside one quotation are reported as one, from its first changed word to its last.
 *   <li>{@link DivergenceType#SENTENCE_DROPPED} and {@link DivergenceType#SENTENCE_ADDED}: a sentence of at
 *       least {@value #MIN_SENTENCE_WORDS} words lying between two regions that are in the same order on
 *       both sides and follow each other directly on the other side (nothing of the other side lies
 *       between them), and in no region. Where both sides have text of their own between two regions, as
 *       an article quoting a few passages of another has, nothing is said to be dropped.
 * </ul>
 *
 * A hunk gives at most one change besides its names, the first that applies in the order above. Hunks whose
 * sides read the same once hyphens, points and apostrophes are set aside ("cease fire" and "cease-fire",
 * "U.S." and "US") or whose one side spells out the other's initials ("United States") are not changes.
 */
final class DivergenceFinder {

  /** Shortest sentence reported as dropped or added; shorter ones are mostly headings and captions. */
  static final int MIN_SENTENCE_WORDS = 4;

  /** Words between two passages on one side that still lets them merge when they overlap on the other. */
  static final int MERGE_GAP_WORDS = 3;

  /** Letters by which a word may extend a name and still be the same name inflected. */
  static final int INFLECTION_LETTERS = 3;

  /**
   * Negation words and their lemma; a word ending in "n't" is "not". The words that only negate share one
   * lemma, "not": a rewording that trades one for another ("No one was injured" for "Nobody was hurt",
   * "without giving an estimate" for "gave no figure") keeps the sentence's polarity. The verbs that deny
   * or refuse keep their own, so "deny" against "do not deny" is still a change.
   */
  static final Map<String, String> NEGATIONS = Map.ofEntries(
      Map.entry("not", "not"), Map.entry("no", "not"), Map.entry("never", "not"),
      Map.entry("cannot", "not"), Map.entry("without", "not"), Map.entry("nor", "not"),
      Map.entry("neither", "not"), Map.entry("none", "not"), Map.entry("nobody", "not"),
      Map.entry("nothing", "not"), Map.entry("nowhere", "not"),
      Map.entry("deny", "deny"), Map.entry("denies", "deny"), Map.entry("denied", "deny"),
      Map.entry("denying", "deny"), Map.entry("refuse", "refuse"), Map.entry("refuses", "refuse"),
      Map.entry("refused", "refuse"), Map.entry("refusing", "refuse"));

  /**
   * Words whose opposite a rewrite can swap in without any negation, by lemma, with their inflected forms:
   * the reversals a reader of financial and political news cannot miss (prices rise or fall, a claim is
   * admitted or denied, an offer accepted or rejected). Only pairs that are opposite in every sense are
   * listed: "cut" or "close" have other meanings too.
   */
  static final Map<String, String> ANTONYM_OF = Map.ofEntries(
      Map.entry("rise", "fall"), Map.entry("fall", "rise"),
      Map.entry("increase", "decrease"), Map.entry("decrease", "increase"),
      Map.entry("admit", "deny"), Map.entry("deny", "admit"),
      Map.entry("accept", "reject"), Map.entry("reject", "accept"),
      Map.entry("win", "lose"), Map.entry("lose", "win"),
      Map.entry("higher", "lower"), Map.entry("lower", "higher"),
      Map.entry("above", "below"), Map.entry("below", "above"),
      Map.entry("strengthen", "weaken"), Map.entry("weaken", "strengthen"),
      Map.entry("profit", "loss"), Map.entry("loss", "profit"),
      Map.entry("support", "oppose"), Map.entry("oppose", "support"),
      Map.entry("guilty", "innocent"), Map.entry("innocent", "guilty"));

  /** The inflected forms of the {@link #ANTONYM_OF} lemmas. */
  private static final Map<String, String> ANTONYM_LEMMAS = antonymLemmas();

  private static Map<String, String> antonymLemmas() {
    Map<String, String> lemmas = new java.util.HashMap<>();
    String[][] forms = {
        {"rise", "rises", "rose", "risen", "rising"}, {"fall", "falls", "fell", "fallen", "falling"},
        {"increase", "increases", "increased", "increasing"}, {"decrease", "decreases", "decreased",
            "decreasing"},
        {"admit", "admits", "admitted", "admitting"}, {"deny", "denies", "denied", "denying"},
        {"accept", "accepts", "accepted", "accepting"}, {"reject", "rejects", "rejected", "rejecting"},
        {"win", "wins", "won", "winning"}, {"lose", "loses", "lost", "losing"},
        {"higher"}, {"lower"}, {"above"}, {"below"},
        {"strengthen", "strengthens", "strengthened", "strengthening"},
        {"weaken", "weakens", "weakened", "weakening"},
        {"profit", "profits"}, {"loss", "losses"},
        {"support", "supports", "supported", "supporting"}, {"oppose", "opposes", "opposed", "opposing"},
        {"guilty"}, {"innocent"}};
    for (String[] lemma : forms) {
      for (String form : lemma) {
        lemmas.put(form, lemma[0]);
      }
    }
    return Map.copyOf(lemmas);
  }

  /** The lemma of an {@link #ANTONYM_OF} word, or null. */
  static String antonymLemma(String term) {
    return ANTONYM_LEMMAS.get(term);
  }

  /** Prefixes that turn a word into its opposite. */
  static final List<String> PREFIXES = List.of("de", "dis", "un", "non", "in", "im", "ir", "il", "anti");

  private static final Map<String, String> MONTH_ABBREVIATIONS = Map.ofEntries(
      Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
      Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"),
      Map.entry("aug", "august"), Map.entry("sep", "september"), Map.entry("sept", "september"),
      Map.entry("oct", "october"), Map.entry("nov", "november"), Map.entry("dec", "december"));

  /**
   * Words that make a run of capitalized words an organisation's name ("Liggett Group", "Bank of Japan"),
   * in their canonical (lower-case) form. A renamed organisation often keeps one word ("Liggett Group" and
   * "Liggett Holdings") and changes a designator that stands elsewhere in the text ("Altria Group"), so
   * organisations are compared as whole names.
   */
  static final Set<String> ORGANISATION_WORDS = Set.of(
      "group", "holdings", "holding", "inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc",
      "ag", "sa", "gmbh", "llc", "bank", "ministry", "agency", "party", "council", "committee",
      "association", "foundation", "university", "airlines", "airways", "motors", "industries", "partners",
      "capital", "securities", "fund", "trust", "authority", "commission", "department", "institute",
      "organisation", "organization", "federation", "union", "network", "systems", "technologies",
      "tobacco", "petroleum", "energy", "insurance", "pharmaceuticals", "investments", "enterprises",
      "media", "communications", "court", "office", "service", "services", "board", "exchange");

  /** Lower-case words inside an organisation's name: "Bank of England", "Department for Education". */
  private static final Set<String> JOINING_WORDS = Set.of("of", "for");

  /** Words that start sentences before a name ("The Russian ...") without being one. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "this", "these", "that", "those", "in", "on", "at", "by", "for", "from", "to", "of",
      "with", "after", "before", "but", "and", "or", "if", "when", "while", "as", "since", "meanwhile",
      "however", "former", "earlier", "later", "some", "many", "both", "his", "her", "their", "its");

  /**
   * Titles and honorifics: capitalized, and no name of their own ("Mr Howard" and "Tory leader Michael
   * Howard" name one man).
   */
  static final Set<String> TITLE_WORDS = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev",
      "reverend", "mp", "mep");

  /** Words that tell a time relative to the day of writing on their own. */
  static final Set<String> RELATIVE_TIME_WORDS = Set.of("yesterday", "today", "tomorrow", "tonight", "ago");

  /** Words that tell a relative time before a unit of time: "last year", "this week", "next month". */
  static final Set<String> RELATIVE_TIME_MARKERS = Set.of("last", "next", "this", "past", "previous", "coming");

  static final Set<String> TIME_UNITS = Set.of(
      "year", "years", "month", "months", "week", "weeks", "weekend", "quarter", "season", "day", "days",
      "night", "morning", "afternoon", "evening", "decade", "century", "spring", "summer", "autumn", "winter");

  /** Number words, months and weekdays; not "one", "first" or "second", which are mostly not numbers. */
  private static final Set<String> NUMBER_WORDS = Set.of(
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
      "millions", "billion", "dozen", "dozens", "twice", "third",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  List<Divergence> find(AnalyzedDocument first, AnalyzedDocument second, List<AlignedPassage> passages) {
    if (passages.isEmpty()) {
      return List.of();
    }
    DiffSide firstSide = new DiffSide(first);
    DiffSide secondSide = new DiffSide(second);
    List<Region> regions = regions(firstSide, secondSide, passages);
    Set<Divergence> found = new LinkedHashSet<>();
    for (Region region : regions) {
      found.addAll(new RegionDiff(firstSide, secondSide, region, passages).divergences());
    }
    found.addAll(unalignedSentences(firstSide, secondSide, regions));
    List<Divergence> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Divergence::firstSpan).thenComparing(Divergence::secondSpan));
    return List.copyOf(sorted);
  }

  /** Passages widened to whole sentences, merged where they overlap. Sorted by their first side. */
  private static List<Region> regions(DiffSide first, DiffSide second, List<AlignedPassage> passages) {
    List<Region> widened = new ArrayList<>();
    for (AlignedPassage passage : passages) {
      widened.add(new Region(
          first.sentenceStart(passage.firstWords().start()),
          first.sentenceEnd(passage.firstWords().end() - 1),
          second.sentenceStart(passage.secondWords().start()),
          second.sentenceEnd(passage.secondWords().end() - 1)));
    }
    widened.sort(Comparator.comparingInt(Region::firstStart).thenComparingInt(Region::secondStart));
    List<Region> merged = new ArrayList<>();
    for (Region region : widened) {
      Region last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.joins(region)) {
        merged.set(merged.size() - 1, last.union(region));
      } else {
        merged.add(region);
      }
    }
    return merged;
  }

  /** Sentences between two consecutive, in-order regions that no region covers. */
  private static List<Divergence> unalignedSentences(DiffSide first, DiffSide second, List<Region> regions) {
    boolean[] firstCovered = new boolean[first.size()];
    boolean[] secondCovered = new boolean[second.size()];
    for (Region region : regions) {
      java.util.Arrays.fill(firstCovered, region.firstStart(), region.firstEnd(), true);
      java.util.Arrays.fill(secondCovered, region.secondStart(), region.secondEnd(), true);
    }
    List<Divergence> found = new ArrayList<>();
    for (int i = 0; i + 1 < regions.size(); i++) {
      Region before = regions.get(i);
      Region after = regions.get(i + 1);
      if (before.firstEnd() > after.firstStart() || before.secondEnd() > after.secondStart()) {
        continue; // crossing regions: the order of sentences changed, so "between" means nothing
      }
      boolean firstAdjacent = after.firstStart() - before.firstEnd() < MIN_SENTENCE_WORDS;
      boolean secondAdjacent = after.secondStart() - before.secondEnd() < MIN_SENTENCE_WORDS;
      if (!firstAdjacent && !secondAdjacent) {
        continue; // both sides wrote their own text here: a different text, not a dropped sentence
      }
      for (Sentence sentence : first.sentencesIn(before.firstEnd(), after.firstStart(), firstCovered)) {
        TextSpan at = second.span(after.secondStart(), after.secondStart());
        found.add(new Divergence(DivergenceType.SENTENCE_DROPPED,
            first.span(sentence.firstToken(), sentence.endToken()), at,
            first.text(sentence.firstToken(), sentence.endToken()), "", "no counterpart in the second"));
      }
      for (Sentence sentence : second.sentencesIn(before.secondEnd(), after.secondStart(), secondCovered)) {
        TextSpan at = first.span(after.firstStart(), after.firstStart());
        found.add(new Divergence(DivergenceType.SENTENCE_ADDED, at,
            second.span(sentence.firstToken(), sentence.endToken()),
            "", second.text(sentence.firstToken(), sentence.endToken()), "no counterpart in the first"));
      }
    }
    return found;
  }

  /** The form words are compared in: lower case, months spelled out, no thousands separators. */
  static String canonical(String term) {
    String month = MONTH_ABBREVIATIONS.get(term);
    if (month != null) {
      return month;
    }
    return containsDigit(term) ? term.replace(",", "") : term;
  }

  static String negation(String term) {
    return term.endsWith("n't") ? "not" : NEGATIONS.get(term);
  }

  /**
   * A figure, or a number word, month or weekday, also possessive ("Saturday's") or in a compound
   * ("mid-June", "October-to-December").
   */
  static boolean isNumber(String term) {
    if (containsDigit(term) || NUMBER_WORDS.contains(term)) {
      return true;
    }
    String plain = withoutPossessive(term);
    if (NUMBER_WORDS.contains(plain)) {
      return true;
    }
    if (plain.indexOf('-') > 0) {
      for (String part : plain.split("-")) {
        if (NUMBER_WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word without a final "'s" or "'". */
  static String withoutPossessive(String term) {
    if (term.endsWith("'s")) {
      return term.substring(0, term.length() - 2);
    }
    return term.endsWith("'") ? term.substring(0, term.length() - 1) : term;
  }

  /** A plain loop: a stream per word was a tenth of judging a pair. */
  private static boolean containsDigit(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isDigit(term.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance. */
  static int editDistance(String first, String second) {
    int[] previous = new int[second.length() + 1];
    int[] current = new int[second.length() + 1];
    for (int j = 0; j <= second.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= first.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= second.length(); j++) {
        int substitution = previous[j - 1] + (first.charAt(i - 1) == second.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[second.length()];
  }

  /** Word ranges {@code [start, end)} on both sides that are compared together. */
  record Region(int firstStart, int firstEnd, int secondStart, int secondEnd) {

    boolean joins(Region other) {
      int firstGap = Math.max(firstStart, other.firstStart) - Math.min(firstEnd, other.firstEnd);
      int secondGap = Math.max(secondStart, other.secondStart) - Math.min(secondEnd, other.secondEnd);
      return (firstGap < 0 && secondGap <= MERGE_GAP_WORDS) || (secondGap < 0 && firstGap <= MERGE_GAP_WORDS);
    }

    Region union(Region other) {
      return new Region(
          Math.min(firstStart, other.firstStart), Math.max(firstEnd, other.firstEnd),
          Math.min(secondStart, other.secondStart), Math.max(secondEnd, other.secondEnd));
    }
  }

  /** One document as the diff sees it: canonical terms, capitals, quotation marks and sentences. */
  static final class DiffSide {
    final AnalyzedDocument document;
    final TokenSequence tokens;
    final String[] terms;
    final boolean[] names;
    final boolean[] quoted;
    /** For each word, the number of the quotation it lies in, or -1. */
    final int[] quotation;
    private final int[] sentenceOf;
    /** Made when first asked: {@link #allTermsAndParts}. */
    private Set<String> allTerms;

    DiffSide(AnalyzedDocument document) {
      this.document = document;
      this.tokens = document.fingerprint().tokens();
      this.terms = new String[tokens.size()];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = canonical(tokens.term(i));
      }
      this.sentenceOf = new int[tokens.size()];
      List<Sentence> sentences = document.sentences();
      for (int s = 0; s < sentences.size(); s++) {
        java.util.Arrays.fill(sentenceOf, sentences.get(s).firstToken(), sentences.get(s).endToken(), s);
      }
      this.names = names();
      this.quoted = DirectionJudge.quotedWords(document);
      this.quotation = new int[terms.length];
      int count = 0;
      for (int i = 0; i < terms.length; i++) {
        boolean opens = quoted[i] && (i == 0 || !quoted[i - 1]);
        count += opens ? 1 : 0;
        quotation[i] = quoted[i] ? count : -1;
      }
    }

    /**
     * Capitalized words; a sentence's first word only when the document also capitalizes it mid-sentence,
     * or when it starts a run of capitalized words ("Hikmet Hajiyev") and is no function word, since any
     * word is capitalized at the start of a sentence. Titles ({@link #TITLE_WORDS}) and function words are
     * never names: "The" opens a name now and then ("The Hague"), "Mr" stands before one. Nor is a single
     * letter: an initial ("S Parisse") tells nothing that the surname after it does not, and any two
     * initials are one edit apart.
     */
    private boolean[] names() {
      String text = document.normalized().text();
      boolean[] capitalized = new boolean[terms.length];
      boolean[] initial = new boolean[terms.length];
      Set<String> capitalizedInside = new HashSet<>();
      for (int i = 0; i < terms.length; i++) {
        capitalized[i] = Character.isUpperCase(text.codePointAt(tokens.starts()[i]));
        initial[i] = document.sentences().get(sentenceOf[i]).firstToken() == i;
        if (capitalized[i] && !initial[i]) {
          capitalizedInside.add(terms[i]);
        }
      }
      boolean[] result = new boolean[terms.length];
      for (int i = 0; i < terms.length; i++) {
        boolean startsName = i + 1 < terms.length && capitalized[i + 1] && !initial[i + 1]
            && !FUNCTION_WORDS.contains(terms[i]);
        result[i] = capitalized[i] && (!initial[i] || capitalizedInside.contains(terms[i]) || startsName)
            && !TITLE_WORDS.contains(terms[i]) && !FUNCTION_WORDS.contains(terms[i]) && terms[i].length() > 1;
      }
      return result;
    }

    int size() {
      return terms.length;
    }

    /** Every term of the document, and each part of its hyphenated terms ("8000-square-metre": "8000"). */
    Set<String> allTermsAndParts() {
      Set<String> all = allTerms;
      if (all == null) {
        all = new HashSet<>();
        for (String term : terms) {
          all.add(term);
          if (term.indexOf('-') > 0) {
            all.addAll(java.util.Arrays.asList(term.split("-")));
          }
        }
        allTerms = all;
      }
      return all;
    }

    /**
     * The run of names around word {@code i}, as {@code [from, to)}, across "of" and "for" between two
     * names ("Bank of England", "Department for Education"); just the word when it is no name.
     */
    int[] nameRun(int i) {
      if (!names[i]) {
        return new int[] {i, i + 1};
      }
      int from = i;
      while (true) {
        if (from > 0 && names[from - 1] && spaceBetween(from - 1)) {
          from--;
        } else if (from > 1 && JOINING_WORDS.contains(terms[from - 1]) && names[from - 2]
            && spaceBetween(from - 1) && spaceBetween(from - 2)) {
          from -= 2;
        } else {
          break;
        }
      }
      int to = i + 1;
      while (true) {
        if (to < terms.length && names[to] && spaceBetween(to - 1)) {
          to++;
        } else if (to + 1 < terms.length && JOINING_WORDS.contains(terms[to]) && names[to + 1]
            && spaceBetween(to - 1) && spaceBetween(to)) {
          to += 2;
        } else {
          break;
        }
      }
      return new int[] {from, to};
    }

    /** Whether only white space separates word {@code i} from the next: no comma, no sentence end. */
    private boolean spaceBetween(int i) {
      String text = document.normalized().text();
      for (int c = tokens.ends()[i]; c < tokens.starts()[i + 1]; c++) {
        if (!Character.isWhitespace(text.charAt(c))) {
          return false;
        }
      }
      return true;
    }

    /** Whether the run of names around word {@code i} is an organisation's name. */
    boolean inOrganisation(int i) {
      int[] run = nameRun(i);
      for (int j = run[0]; j < run[1]; j++) {
        if (ORGANISATION_WORDS.contains(withoutPossessive(terms[j]))) {
          return run[1] - run[0] > 1;
        }
      }
      return false;
    }

    int sentenceStart(int token) {
      return document.sentences().get(sentenceOf[token]).firstToken();
    }

    int sentenceEnd(int lastToken) {
      return document.sentences().get(sentenceOf[lastToken]).endToken();
    }

    /** Sentences of at least the minimum length lying in {@code [from, to)} and not covered. */
    List<Sentence> sentencesIn(int from, int to, boolean[] covered) {
      List<Sentence> inside = new ArrayList<>();
      for (Sentence sentence : document.sentences()) {
        if (sentence.firstToken() >= from && sentence.endToken() <= to
            && sentence.tokenCount() >= MIN_SENTENCE_WORDS && !covered[sentence.firstToken()]) {
          inside.add(sentence);
        }
      }
      return inside;
    }

    /** The original-text span of words {@code [from, to)}; empty before word {@code from} when empty. */
    TextSpan span(int from, int to) {
      var offsets = document.normalized().offsets();
      if (from < to) {
        return offsets.toOriginal(tokens.starts()[from], tokens.ends()[to - 1]);
      }
      int at = from < terms.length ? tokens.starts()[from] : offsets.length();
      return offsets.toOriginal(at, at);
    }

    String text(int from, int to) {
      return span(from, to).of(document.document().originalText());
    }

    String words(int from, int to) {
      return String.join(" ", java.util.Arrays.asList(terms).subList(from, to));
    }
  }
}
