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
        if (side.names[i] && !hasInflection(side.terms[i], otherTerms)) {
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
    add(firstName.word(), firstName.word() + 1, secondName.word(), secondName.word() + 1,
        "edit distance " + distance);
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

  private int distance(Name firstName, Name secondName) {
    return DivergenceFinder.editDistance(
        diff.first().terms[firstName.word()], diff.second().terms[secondName.word()]);
  }
}
