package org.reprint.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.reprint.align.AlignedPassage;
import org.reprint.align.PassageKind;
import org.reprint.classify.DivergenceFinder.DiffSide;
import org.reprint.classify.DivergenceFinder.Region;
import org.reprint.document.TextSpan;

/** The word diff of one region and the changes it shows, by the rules of {@link DivergenceFinder}. */
final class RegionDiff {

  /** A run of unmatched words on either side; interior when matched words lie before and after it. */
  record Hunk(int firstFrom, int firstTo, int secondFrom, int secondTo, boolean interior) {}

  private final DiffSide first;
  private final DiffSide second;
  private final Region region;
  /** The pair's reworded passages: the aligner's word that their sentences are counterparts. */
  private final List<AlignedPassage> reworded;
  /** How far around a hunk the other side is searched for the hunk's words. */
  static final int NEAR_WORDS = 20;

  /**
   * The least share of a sentence's words the diff must match for the sentence to be the counterpart of the
   * one facing it. The region reaches to whole sentences past its passages' ends, so the sentences on its
   * edges may be different sentences that share a first word ("The primary factor is..." said one analyst,
   * "The dollar moved..." said another): their differences are a different text, not edits. Half is where a
   * sentence is more the other's than its own.
   */
  static final double COUNTERPART_SHARE = 0.5;

  /** Matched words between a removal and an insertion that still make them one replacement. */
  static final int REPLACEMENT_GAP_WORDS = 2;

  /** Whether each word of the region's first and second side is matched by the diff. */
  private boolean[] firstMatched;
  private boolean[] secondMatched;

  /** Words already reported as names, which the other rules then leave alone. */
  private final Set<Integer> firstNamed = new HashSet<>();
  private final Set<Integer> secondNamed = new HashSet<>();

  RegionDiff(DiffSide first, DiffSide second, Region region, List<AlignedPassage> passages) {
    this.first = first;
    this.second = second;
    this.region = region;
    this.reworded = passages.stream().filter(p -> p.kind() == PassageKind.REWORDED).toList();
  }

  List<Divergence> divergences() {
    List<int[]> matches = WordDiff.matches(
        Arrays.copyOfRange(first.terms, region.firstStart(), region.firstEnd()),
        Arrays.copyOfRange(second.terms, region.secondStart(), region.secondEnd()));
    if (matches == null) {
      return List.of(); // too different for a word diff to say anything useful
    }
    markMatched(matches);
    List<Hunk> hunks = replacements(hunks(matches)).stream()
        .filter(h -> !equivalent(h) && counterparts(h)).toList();
    List<Divergence> found = new ArrayList<>(new NamePairing(this, hunks).divergences());
    int lastQuotation = 0;
    for (Hunk hunk : hunks) {
      Divergence typed = typed(hunk);
      if (typed == null) {
        continue;
      }
      int quotation = typed.type() == DivergenceType.QUOTE_CHANGED ? quotation(hunk) : 0;
      Divergence previous = found.isEmpty() ? null : found.get(found.size() - 1);
      if (quotation != 0 && quotation == lastQuotation && previous.type() == DivergenceType.QUOTE_CHANGED) {
        found.set(found.size() - 1, joined(previous, typed));
      } else {
        found.add(typed);
      }
      lastQuotation = quotation;
    }
    return found;
  }

  private void markMatched(List<int[]> matches) {
    firstMatched = new boolean[region.firstEnd() - region.firstStart()];
    secondMatched = new boolean[region.secondEnd() - region.secondStart()];
    for (int[] match : matches) {
      firstMatched[match[0]] = true;
      secondMatched[match[1]] = true;
    }
  }

  /**
   * Hunks with a removal next to an insertion joined: "there were \"wounded among civilians\"" against
   * "civilians were \"injured\"" is one replacement, though the diff matches "civilians" between the
   * removal and the insertion.
   */
  private static List<Hunk> replacements(List<Hunk> hunks) {
    List<Hunk> joined = new ArrayList<>();
    for (Hunk hunk : hunks) {
      Hunk previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (previous != null && oneSidedOpposite(previous, hunk)
          && hunk.firstFrom() - previous.firstTo() <= REPLACEMENT_GAP_WORDS
          && hunk.secondFrom() - previous.secondTo() <= REPLACEMENT_GAP_WORDS) {
        joined.set(joined.size() - 1, new Hunk(previous.firstFrom(), hunk.firstTo(), previous.secondFrom(),
            hunk.secondTo(), previous.interior() && hunk.interior()));
      } else {
        joined.add(hunk);
      }
    }
    return joined;
  }

  private static boolean oneSidedOpposite(Hunk earlier, Hunk later) {
    boolean earlierRemoves = earlier.secondFrom() == earlier.secondTo();
    boolean earlierInserts = earlier.firstFrom() == earlier.firstTo();
    boolean laterRemoves = later.secondFrom() == later.secondTo();
    boolean laterInserts = later.firstFrom() == later.firstTo();
    return (earlierRemoves && laterInserts) || (earlierInserts && laterRemoves);
  }

  /**
   * Whether the hunk's sentences face each other: inside one reworded passage on both sides (the aligner
   * paired them), or each matched by the diff for at least {@value #COUNTERPART_SHARE} of its words.
   */
  /**
   * Whether the hunk reaches into a reworded passage on either side. A rewording moves figures between
   * sentences ("an 8,000-square-metre warehouse ... built in the 1970s" against "the warehouse, built in the
   * 1970s, covered 8,000 square metres"), so there a figure is changed only when the other text holds it
   * nowhere, not just nowhere near.
   */
  private boolean inRewordedPassage(Hunk hunk) {
    for (AlignedPassage passage : reworded) {
      if (overlaps(hunk.firstFrom(), hunk.firstTo(), passage.firstWords().start(), passage.firstWords().end())
          || overlaps(hunk.secondFrom(), hunk.secondTo(), passage.secondWords().start(),
              passage.secondWords().end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(int from, int to, int start, int end) {
    return from < end && start < Math.max(to, from + 1);
  }

  private boolean counterparts(Hunk hunk) {
    for (AlignedPassage passage : reworded) {
      if (within(hunk.firstFrom(), hunk.firstTo(), passage.firstWords().start(), passage.firstWords().end())
          && within(hunk.secondFrom(), hunk.secondTo(), passage.secondWords().start(),
              passage.secondWords().end())) {
        return true;
      }
    }
    return matchedShare(first, firstMatched, region.firstStart(), region.firstEnd(), hunk.firstFrom())
            >= COUNTERPART_SHARE
        && matchedShare(second, secondMatched, region.secondStart(), region.secondEnd(), hunk.secondFrom())
            >= COUNTERPART_SHARE;
  }

  private static boolean within(int from, int to, int start, int end) {
    return from >= start && to <= end && from <= end;
  }

  /** The share of matched words in the sentence at {@code word} (or before it, at the region's end). */
  private static double matchedShare(DiffSide side, boolean[] matched, int regionStart, int regionEnd, int word) {
    int at = Math.max(regionStart, Math.min(word, regionEnd - 1));
    int from = Math.max(regionStart, side.sentenceStart(at));
    int to = Math.min(regionEnd, side.sentenceEnd(at));
    int count = 0;
    for (int i = from; i < to; i++) {
      count += matched[i - regionStart] ? 1 : 0;
    }
    return to == from ? 1 : (double) count / (to - from);
  }

  /** The quotation a hunk changes: positive on the first side, negative on the second, 0 for none. */
  private int quotation(Hunk hunk) {
    // a hunk with nothing on the first side lies before the first side's next word: its quotation counts
    int firstEnd = Math.min(first.size(), Math.max(hunk.firstTo(), hunk.firstFrom() + 1));
    for (int i = hunk.firstFrom(); i < firstEnd; i++) {
      if (first.quotation[i] >= 0) {
        return first.quotation[i] + 1;
      }
    }
    for (int j = hunk.secondFrom(); j < hunk.secondTo(); j++) {
      if (second.quotation[j] >= 0) {
        return -(second.quotation[j] + 1);
      }
    }
    return 0;
  }

  /** One change covering two changes of the same quotation and the words between them. */
  private Divergence joined(Divergence earlier, Divergence later) {
    TextSpan firstSpan = cover(earlier.firstSpan(), later.firstSpan());
    TextSpan secondSpan = cover(earlier.secondSpan(), later.secondSpan());
    return new Divergence(DivergenceType.QUOTE_CHANGED, firstSpan, secondSpan,
        firstSpan.of(first.document.document().originalText()),
        secondSpan.of(second.document.document().originalText()), earlier.detail());
  }

  private List<Hunk> hunks(List<int[]> matches) {
    List<Hunk> hunks = new ArrayList<>();
    int firstNext = 0;
    int secondNext = 0;
    for (int[] match : matches) {
      if (match[0] > firstNext || match[1] > secondNext) {
        hunks.add(hunk(firstNext, match[0], secondNext, match[1], firstNext > 0 || secondNext > 0));
      }
      firstNext = match[0] + 1;
      secondNext = match[1] + 1;
    }
    int firstLength = region.firstEnd() - region.firstStart();
    int secondLength = region.secondEnd() - region.secondStart();
    if (firstNext < firstLength || secondNext < secondLength) {
      hunks.add(hunk(firstNext, firstLength, secondNext, secondLength, false));
    }
    return hunks;
  }

  private Hunk hunk(int firstFrom, int firstTo, int secondFrom, int secondTo, boolean interior) {
    return new Hunk(region.firstStart() + firstFrom, region.firstStart() + firstTo,
        region.secondStart() + secondFrom, region.secondStart() + secondTo, interior);
  }

  /** Same words once hyphens, points and apostrophes are set aside, or one side the other's initials. */
  private boolean equivalent(Hunk hunk) {
    String firstJoined = joined(first, hunk.firstFrom(), hunk.firstTo());
    String secondJoined = joined(second, hunk.secondFrom(), hunk.secondTo());
    return firstJoined.equals(secondJoined)
        || (hunk.firstTo() - hunk.firstFrom() > 1 && initials(first, hunk.firstFrom(), hunk.firstTo())
            .equals(secondJoined))
        || (hunk.secondTo() - hunk.secondFrom() > 1 && initials(second, hunk.secondFrom(), hunk.secondTo())
            .equals(firstJoined));
  }

  private static String joined(DiffSide side, int from, int to) {
    StringBuilder joined = new StringBuilder();
    for (int i = from; i < to; i++) {
      joined.append(side.terms[i].replace("-", "").replace("'", "").replace(".", ""));
    }
    return joined.toString();
  }

  private static String initials(DiffSide side, int from, int to) {
    StringBuilder initials = new StringBuilder();
    for (int i = from; i < to; i++) {
      initials.append(side.terms[i].charAt(0));
    }
    return initials.toString();
  }

  /** The first of polarity, number and quotation changes that the hunk's words (names aside) show. */
  private Divergence typed(Hunk hunk) {
    Divergence polarity = antonym(hunk);
    if (polarity == null) {
      polarity = negation(hunk);
    }
    if (polarity == null) {
      polarity = prefixFlip(hunk);
    }
    if (polarity != null) {
      return polarity;
    }
    Divergence number = number(hunk);
    if (number != null) {
      return number;
    }
    return narrowed(hunk, DivergenceType.QUOTE_CHANGED, i -> first.quoted[i], j -> second.quoted[j],
        "words inside quotation marks differ", otherTermsNear(true, hunk), otherTermsNear(false, hunk));
  }

  /**
   * A figure on one side of the hunk that the other lacks: both figures when both sides have one ("1,200"
   * and "5,000"); when only one side has, that figure alone with an empty other side and a detail that says
   * so ("December" was dropped: the words written in its place are no figure and say nothing of it); none
   * when the other side tells the time relative to the day of writing ("in 2004" and "last year"), which
   * cannot be checked against the figure.
   */
  private Divergence number(Hunk hunk) {
    boolean reworded = inRewordedPassage(hunk);
    Set<String> secondTerms = reworded ? second.allTermsAndParts() : otherTermsNear(true, hunk);
    Set<String> firstTerms = reworded ? first.allTermsAndParts() : otherTermsNear(false, hunk);
    int[] firstRange = changed(first, hunk.firstFrom(), hunk.firstTo(),
        i -> DivergenceFinder.isNumber(first.terms[i]), secondTerms, firstNamed);
    int[] secondRange = changed(second, hunk.secondFrom(), hunk.secondTo(),
        j -> DivergenceFinder.isNumber(second.terms[j]), firstTerms, secondNamed);
    if (firstRange == null && secondRange == null) {
      return null;
    }
    if (firstRange != null && secondRange != null) {
      return new Divergence(DivergenceType.NUMBER, first.span(firstRange[0], firstRange[1]),
          second.span(secondRange[0], secondRange[1]), first.text(firstRange[0], firstRange[1]),
          second.text(secondRange[0], secondRange[1]), "numbers differ");
    }
    boolean inFirst = firstRange != null;
    if (inFirst ? tellsRelativeTime(second, hunk.secondFrom(), hunk.secondTo())
        : tellsRelativeTime(first, hunk.firstFrom(), hunk.firstTo())) {
      return null;
    }
    int[] firstSpan = inFirst ? firstRange : new int[] {hunk.firstFrom(), hunk.firstFrom()};
    int[] secondSpan = inFirst ? new int[] {hunk.secondFrom(), hunk.secondFrom()} : secondRange;
    String figure = inFirst ? first.text(firstSpan[0], firstSpan[1]) : second.text(secondSpan[0], secondSpan[1]);
    return new Divergence(DivergenceType.NUMBER, first.span(firstSpan[0], firstSpan[1]),
        second.span(secondSpan[0], secondSpan[1]), first.text(firstSpan[0], firstSpan[1]),
        second.text(secondSpan[0], secondSpan[1]),
        "\"" + figure + "\" only in the " + (inFirst ? "first" : "second"));
  }

  /** Whether words {@code [from, to)} tell a time relative to the writing: "yesterday", "last year". */
  private static boolean tellsRelativeTime(DiffSide side, int from, int to) {
    for (int i = from; i < to; i++) {
      if (DivergenceFinder.RELATIVE_TIME_WORDS.contains(side.terms[i])) {
        return true;
      }
      if (i + 1 < to && DivergenceFinder.RELATIVE_TIME_MARKERS.contains(side.terms[i])
          && DivergenceFinder.TIME_UNITS.contains(side.terms[i + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A negation of the hunk whose lemma stands more often on its side than on the other, counted within
   * {@value #NEAR_WORDS} words of the hunk on each side: "were not killed" against "were killed" is a
   * change even when "don't" stands in the next sentence of both, and "No one was injured" against "Nobody
   * was hurt" is none.
   */
  private Divergence negation(Hunk hunk) {
    Map<String, Integer> firstNegations = negations(first,
        Math.max(hunk.firstFrom() - NEAR_WORDS, region.firstStart()),
        Math.min(hunk.firstTo() + NEAR_WORDS, region.firstEnd()));
    Map<String, Integer> secondNegations = negations(second,
        Math.max(hunk.secondFrom() - NEAR_WORDS, region.secondStart()),
        Math.min(hunk.secondTo() + NEAR_WORDS, region.secondEnd()));
    for (int i = hunk.firstFrom(); i < hunk.firstTo(); i++) {
      String lemma = DivergenceFinder.negation(first.terms[i]);
      if (lemma != null && firstNegations.get(lemma) > secondNegations.getOrDefault(lemma, 0)) {
        return whole(hunk, DivergenceType.POLARITY, "\"" + first.text(i, i + 1) + "\" only in the first");
      }
    }
    for (int j = hunk.secondFrom(); j < hunk.secondTo(); j++) {
      String lemma = DivergenceFinder.negation(second.terms[j]);
      if (lemma != null && secondNegations.get(lemma) > firstNegations.getOrDefault(lemma, 0)) {
        return whole(hunk, DivergenceType.POLARITY, "\"" + second.text(j, j + 1) + "\" only in the second");
      }
    }
    return null;
  }

  /**
   * A word of the first side facing its antonym on the second: "rose" and "fell", or a compound whose one
   * differing part is ("loss-making" and "profit-making").
   */
  private Divergence antonym(Hunk hunk) {
    for (int i = hunk.firstFrom(); i < hunk.firstTo(); i++) {
      for (int j = hunk.secondFrom(); j < hunk.secondTo(); j++) {
        String[] lemmas = antonymLemmas(first.terms[i], second.terms[j]);
        if (lemmas != null) {
          return new Divergence(DivergenceType.POLARITY, first.span(i, i + 1), second.span(j, j + 1),
              first.text(i, i + 1), second.text(j, j + 1),
              "antonyms \"" + lemmas[0] + "\" and \"" + lemmas[1] + "\"");
        }
      }
    }
    return null;
  }

  /** The lemmas of two words that are antonyms, whole or in the one part of a compound they differ in. */
  private static String[] antonymLemmas(String firstTerm, String secondTerm) {
    String[] firstParts = firstTerm.split("-");
    String[] secondParts = secondTerm.split("-");
    if (firstParts.length != secondParts.length) {
      return null;
    }
    String[] found = null;
    for (int k = 0; k < firstParts.length; k++) {
      if (firstParts[k].equals(secondParts[k])) {
        continue;
      }
      String lemma = DivergenceFinder.antonymLemma(firstParts[k]);
      String other = DivergenceFinder.antonymLemma(secondParts[k]);
      if (found != null || lemma == null || !DivergenceFinder.ANTONYM_OF.get(lemma).equals(other)) {
        return null;
      }
      found = new String[] {lemma, other};
    }
    return found;
  }

  /** A word that is the other side's word with an antonym prefix: "de-escalate" and "escalate". */
  private Divergence prefixFlip(Hunk hunk) {
    for (int i = hunk.firstFrom(); i < hunk.firstTo(); i++) {
      for (int j = hunk.secondFrom(); j < hunk.secondTo(); j++) {
        String prefix = antonymPrefix(first.terms[i], second.terms[j]);
        if (prefix == null) {
          prefix = antonymPrefix(second.terms[j], first.terms[i]);
        }
        if (prefix != null) {
          return new Divergence(DivergenceType.POLARITY, first.span(i, i + 1), second.span(j, j + 1),
              first.text(i, i + 1), second.text(j, j + 1), "antonym prefix \"" + prefix + "\"");
        }
      }
    }
    return null;
  }

  private static String antonymPrefix(String longer, String shorter) {
    String plainLonger = longer.replace("-", "");
    String plainShorter = shorter.replace("-", "");
    if (plainShorter.length() < 4) {
      return null;
    }
    for (String prefix : DivergenceFinder.PREFIXES) {
      if (plainLonger.equals(prefix + plainShorter)) {
        return prefix;
      }
    }
    return null;
  }

  /**
   * A change of the given type when a word of the hunk passing the test is missing from the other side of
   * the region; its spans cover the passing words of each side, or the whole side when it has none.
   */
  private Divergence narrowed(Hunk hunk, DivergenceType type, IntPredicate firstTest, IntPredicate secondTest,
      String detail, Set<String> secondTerms, Set<String> firstTerms) {
    int[] firstRange = changed(first, hunk.firstFrom(), hunk.firstTo(), firstTest, secondTerms, firstNamed);
    int[] secondRange = changed(second, hunk.secondFrom(), hunk.secondTo(), secondTest, firstTerms, secondNamed);
    if (firstRange == null && secondRange == null) {
      return null;
    }
    int[] firstSpan = firstRange != null ? firstRange : new int[] {hunk.firstFrom(), hunk.firstTo()};
    int[] secondSpan = secondRange != null ? secondRange : new int[] {hunk.secondFrom(), hunk.secondTo()};
    return new Divergence(type,
        first.span(firstSpan[0], firstSpan[1]), second.span(secondSpan[0], secondSpan[1]),
        first.text(firstSpan[0], firstSpan[1]), second.text(secondSpan[0], secondSpan[1]), detail);
  }

  /** The range from the first to the last word of {@code [from, to)} that passes and is a real change. */
  private static int[] changed(
      DiffSide side, int from, int to, IntPredicate test, Set<String> otherTerms, Set<Integer> named) {
    int low = -1;
    int high = -1;
    for (int i = from; i < to; i++) {
      if (test.test(i) && !named.contains(i) && !present(side.terms[i], otherTerms)) {
        low = low < 0 ? i : low;
        high = i + 1;
      }
    }
    return low < 0 ? null : new int[] {low, high};
  }

  private Divergence whole(Hunk hunk, DivergenceType type, String detail) {
    return new Divergence(type,
        first.span(hunk.firstFrom(), hunk.firstTo()), second.span(hunk.secondFrom(), hunk.secondTo()),
        first.text(hunk.firstFrom(), hunk.firstTo()), second.text(hunk.secondFrom(), hunk.secondTo()), detail);
  }

  /** The span from the earlier to the later, ignoring an empty one (a side with nothing to show). */
  private static TextSpan cover(TextSpan earlier, TextSpan later) {
    if (later.length() == 0) {
      return earlier;
    }
    if (earlier.length() == 0) {
      return later;
    }
    return new TextSpan(earlier.start(), Math.max(earlier.end(), later.end()));
  }

  /** The terms of words {@code [from, to)}, with the parts of hyphenated ones. */
  private static Set<String> terms(DiffSide side, int from, int to) {
    Set<String> terms = new HashSet<>();
    for (String term : Arrays.asList(side.terms).subList(from, to)) {
      terms.add(term);
      if (term.indexOf('-') > 0) {
        terms.addAll(Arrays.asList(term.split("-")));
      }
    }
    return terms;
  }

  /**
   * Whether the other side holds a term: itself, or, for a figure hyphenated with words
   * ("8000-square-metre"), each of its parts that holds a digit, so that "8,000 square metres" and "an
   * 8,000-square-metre warehouse" state one figure.
   */
  private static boolean present(String term, Set<String> otherTerms) {
    if (otherTerms.contains(term)) {
      return true;
    }
    if (term.indexOf('-') <= 0) {
      return false;
    }
    boolean figure = false;
    boolean word = false;
    for (String part : term.split("-")) {
      if (part.chars().anyMatch(Character::isDigit)) {
        if (!otherTerms.contains(part)) {
          return false;
        }
        figure = true;
      } else {
        word = true;
      }
    }
    return figure && word; // "9-5/8" is one figure, not two: it must match whole
  }

  /** How many times each negation lemma stands in words {@code [from, to)}. */
  private static Map<String, Integer> negations(DiffSide side, int from, int to) {
    Map<String, Integer> lemmas = new HashMap<>();
    for (int i = from; i < to; i++) {
      String lemma = DivergenceFinder.negation(side.terms[i]);
      if (lemma != null) {
        lemmas.merge(lemma, 1, Integer::sum);
      }
    }
    return lemmas;
  }

  DiffSide first() {
    return first;
  }

  DiffSide second() {
    return second;
  }

  /**
   * Words within {@value #NEAR_WORDS} words of a hunk, on the side opposite to {@code firstSide}'s: about a
   * sentence either way. A word that only moved within its sentence is not a change; the same word used in
   * another paragraph does not excuse one (a dropped "not" must be seen even if the copy says "not"
   * elsewhere).
   */
  Set<String> otherTermsNear(boolean firstSide, Hunk hunk) {
    return firstSide
        ? terms(second, Math.max(hunk.secondFrom() - NEAR_WORDS, region.secondStart()),
            Math.min(hunk.secondTo() + NEAR_WORDS, region.secondEnd()))
        : terms(first, Math.max(hunk.firstFrom() - NEAR_WORDS, region.firstStart()),
            Math.min(hunk.firstTo() + NEAR_WORDS, region.firstEnd()));
  }


  Set<Integer> firstNamed() {
    return firstNamed;
  }

  Set<Integer> secondNamed() {
    return secondNamed;
  }
}
