package org.reprint.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reprint.classify.DivergenceFinder.DiffSide;
import org.reprint.classify.RegionDiff.Hunk;

/**
 * Pairs the changed names of one region (see {@link DivergenceFinder}): likely misspellings first, anywhere
 * in the region, then names standing in the same hunk, then lone names dropped from inside the region.
 */
final class NamePairing {

  /** A changed name: its word index and the hunk it stands in. */
  private record Name(int word, int hunk) {}

  private final RegionDiff diff;
  private final List<Hunk> hunks;
  private final List<Name> firstNames;
  private final List<Name> secondNames;
  private final List<Divergence> found = new ArrayList<>();

  NamePairing(RegionDiff diff, List<Hunk> hunks) {
    this.diff = diff;
    this.hunks = hunks;
    this.firstNames = names(diff.first(), true);
    this.secondNames = names(diff.second(), false);
  }

  List<Divergence> divergences() {
    pairMisspellings();
    pairWithinHunks();
    reportDropped();
    return found;
  }

  private List<Name> names(DiffSide side, boolean isFirst) {
    List<Name> names = new ArrayList<>();
    for (int h = 0; h < hunks.size(); h++) {
      Hunk hunk = hunks.get(h);
      Set<String> otherTerms = diff.otherTermsNear(isFirst, hunk);
      int from = isFirst ? hunk.firstFrom() : hunk.secondFrom();
      int to = isFirst ? hunk.firstTo() : hunk.secondTo();
      for (int i = from; i < to; i++) {
        if (side.names[i] && !DivergenceFinder.isNumber(side.terms[i])
            && (!hasInflection(side.terms[i], otherTerms)
            || (side.inOrganisation(i) && !runNear(side, i, isFirst, hunk)))) {
          names.add(new Name(i, h));
        }
      }
    }
    return names;
  }

  /** Whether {@code terms} holds {@code name} or a word that one of the two extends by a few letters. */
  private static boolean hasInflection(String name, Set<String> terms) {
    for (String term : terms) {
      boolean extension = term.startsWith(name) || name.startsWith(term);
      if (extension && Math.abs(term.length() - name.length()) <= DivergenceFinder.INFLECTION_LETTERS
          && Math.min(term.length(), name.length()) >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the organisation name around word {@code i} stands whole on the other side near the hunk, so
   * that the word only moved with it.
   */
  private boolean runNear(DiffSide side, int i, boolean isFirst, Hunk hunk) {
    int[] run = side.nameRun(i);
    DiffSide other = isFirst ? diff.second() : diff.first();
    int center = isFirst ? hunk.secondFrom() : hunk.firstFrom();
    int from = Math.max(0, center - RegionDiff.NEAR_WORDS);
    int to = Math.min(other.size(), center + RegionDiff.NEAR_WORDS);
    int length = run[1] - run[0];
    for (int start = from; start + length <= to; start++) {
      boolean same = true;
      for (int k = 0; k < length && same; k++) {
        same = other.terms[start + k].equals(side.terms[run[0] + k]);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private void pairMisspellings() {
    for (Name firstName : new ArrayList<>(firstNames)) {
      Name best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Name secondName : secondNames) {
        int distance = distance(firstName, secondName);
        if (distance < bestDistance) {
          best = secondName;
          bestDistance = distance;
        }
      }
      String firstTerm = diff.first().terms[firstName.word()];
      if (best != null && bestDistance <= misspellingLimit(firstTerm, diff.second().terms[best.word()])) {
        pair(firstName, best, bestDistance);
      }
    }
  }

  /** A quarter of the longer name, at least one edit: "Hikmet" and "Hikmat", "Pashinyan" and "Pasninyan". */
  private static int misspellingLimit(String first, String second) {
    return Math.max(1, Math.max(first.length(), second.length()) / 4);
  }

  private void pairWithinHunks() {
    for (Name firstName : new ArrayList<>(firstNames)) {
      for (Name secondName : secondNames) {
        if (secondName.hunk() == firstName.hunk()) {
          pair(firstName, secondName, distance(firstName, secondName));
          break;
        }
      }
    }
    pairWithNamesStandingNearby();
  }

  /**
   * A changed name whose hunk holds a name on the other side that stands near the hunk on this side too:
   * "Lord Armstrong. Lord Armstrong told" against "Lord Abernathy. Lord Armstrong told" replaces Armstrong,
   * though the copy still names him in the next sentence. The name written in is what the other side lacks,
   * so the replacement is a change; two names that only traded places are no change, as neither is missing.
   */
  private void pairWithNamesStandingNearby() {
    for (Name firstName : new ArrayList<>(firstNames)) {
      Hunk hunk = hunks.get(firstName.hunk());
      int partner = nameIn(diff.second(), hunk.secondFrom(), hunk.secondTo(), diff.secondNamed());
      if (partner >= 0) {
        pair(firstName, new Name(partner, firstName.hunk()), distance(firstName.word(), partner));
      }
    }
    for (Name secondName : new ArrayList<>(secondNames)) {
      Hunk hunk = hunks.get(secondName.hunk());
      int partner = nameIn(diff.first(), hunk.firstFrom(), hunk.firstTo(), diff.firstNamed());
      if (partner >= 0) {
        pair(new Name(partner, secondName.hunk()), secondName, distance(partner, secondName.word()));
      }
    }
  }

  /** The first name of words {@code [from, to)} not yet reported, or -1. */
  private static int nameIn(DiffSide side, int from, int to, Set<Integer> named) {
    for (int i = from; i < to; i++) {
      if (side.names[i] && !DivergenceFinder.isNumber(side.terms[i]) && !named.contains(i)) {
        return i;
      }
    }
    return -1;
  }

  private void reportDropped() {
    for (Name name : firstNames) {
      Hunk hunk = hunks.get(name.hunk());
      if (hunk.interior() && hunk.secondFrom() == hunk.secondTo()) {
        add(name.word(), name.word() + 1, hunk.secondFrom(), hunk.secondFrom(), "name only in the first");
      }
    }
    for (Name name : secondNames) {
      Hunk hunk = hunks.get(name.hunk());
      if (hunk.interior() && hunk.firstFrom() == hunk.firstTo()) {
        add(hunk.firstFrom(), hunk.firstFrom(), name.word(), name.word() + 1, "name only in the second");
      }
    }
  }

  private void pair(Name firstName, Name secondName, int distance) {
    firstNames.remove(firstName);
    secondNames.remove(secondName);
    if (distance == 0) {
      // the same name on both sides, moved by the rewording: paired, so neither is "dropped", but no change
      diff.firstNamed().add(firstName.word());
      diff.secondNamed().add(secondName.word());
      return;
    }
    int first = firstName.word();
    int second = secondName.word();
    boolean misspelt = distance <= misspellingLimit(diff.first().terms[first], diff.second().terms[second]);
    String detail = "edit distance " + distance;
    if (!misspelt && (diff.first().inOrganisation(first) || diff.second().inOrganisation(second))) {
      detail = "organisation renamed: \"" + runText(diff.first(), first) + "\" and \""
          + runText(diff.second(), second) + "\"";
    }
    add(first, first + 1, second, second + 1, detail);
  }

  private void add(int firstFrom, int firstTo, int secondFrom, int secondTo, String detail) {
    for (int i = firstFrom; i < firstTo; i++) {
      diff.firstNamed().add(i);
    }
    for (int j = secondFrom; j < secondTo; j++) {
      diff.secondNamed().add(j);
    }
    found.add(new Divergence(DivergenceType.NAME,
        diff.first().span(firstFrom, firstTo), diff.second().span(secondFrom, secondTo),
        diff.first().text(firstFrom, firstTo), diff.second().text(secondFrom, secondTo), detail));
  }

  private static String runText(DiffSide side, int word) {
    int[] run = side.nameRun(word);
    return side.text(run[0], run[1]);
  }

  private int distance(Name firstName, Name secondName) {
    return distance(firstName.word(), secondName.word());
  }

  private int distance(int firstWord, int secondWord) {
    return DivergenceFinder.editDistance(diff.first().terms[firstWord], diff.second().terms[secondWord]);
  }
}
