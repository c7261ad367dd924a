package org.reprint.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprint.document.DocumentId;
import org.reprint.fingerprint.WordsKey;
import org.reprint.index.CandidatePair;

/**
 * Finds the duplicate groups of a corpus by the key of each document's words ({@link WordsKey}), and what
 * the candidate join needs of them: the members it leaves out (all but each group's representative), and
 * the pairs of each representative with its members, which are judged as any candidate (so a group's
 * members get their DUPLICATE judgements, directions included, in n - 1 pairs).
 */
final class DuplicateGrouping {

  /** The groups by document index; the first index of each is its representative. */
  final List<int[]> groups;
  /** Documents that are members of a group but not its representative: left out of the join. */
  final BitSet represented;

  private DuplicateGrouping(List<int[]> groups, BitSet represented) {
    this.groups = groups;
    this.represented = represented;
  }

  /** No groups: every document joins on its own. */
  static DuplicateGrouping none() {
    return new DuplicateGrouping(List.of(), new BitSet());
  }

  /**
   * The groups of {@code keys} (one per document, in id order) with at least {@code minimumSize} members, or
   * none when {@code minimumSize} is 0.
   */
  static DuplicateGrouping of(List<ScannedDocument> documents, List<WordsKey> keys, int minimumSize) {
    if (minimumSize == 0) {
      return none();
    }
    Map<WordsKey, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byKey.computeIfAbsent(keys.get(i), key -> new ArrayList<>(2)).add(i);
    }
    List<int[]> groups = new ArrayList<>();
    BitSet represented = new BitSet(keys.size());
    for (List<Integer> members : byKey.values()) {
      if (members.size() < minimumSize) {
        continue;
      }
      int representative = representative(documents, members);
      int[] group = new int[members.size()];
      group[0] = representative;
      int next = 1;
      for (int member : members) {
        if (member != representative) {
          group[next++] = member;
          represented.set(member);
        }
      }
      groups.add(group);
    }
    groups.sort(Comparator.comparingInt(group -> group[0]));
    return new DuplicateGrouping(groups, represented);
  }

  /** The earliest dated member, else the first in id order: a wire story's own copy carries its date. */
  private static int representative(List<ScannedDocument> documents, List<Integer> members) {
    int best = members.get(0);
    for (int member : members) {
      LocalDate date = documents.get(member).document().metadata().published();
      LocalDate bestDate = documents.get(best).document().metadata().published();
      if (date != null && (bestDate == null || date.isBefore(bestDate))) {
        best = member;
      }
    }
    return best;
  }

  /** The pairs of each representative with each other member of its group, each with its story cosine. */
  List<CandidatePair> memberPairs(StoryCosine cosine) {
    List<CandidatePair> pairs = new ArrayList<>();
    for (int[] group : groups) {
      for (int k = 1; k < group.length; k++) {
        int first = Math.min(group[0], group[k]);
        int second = Math.max(group[0], group[k]);
        pairs.add(new CandidatePair(first, second, true, 0, cosine.of(first, second)));
      }
    }
    return pairs;
  }

  /** The story cosine of two documents, by index. */
  @FunctionalInterface
  interface StoryCosine {
    double of(int first, int second);
  }

  /** The groups as the result lists them. */
  List<DuplicateGroup> asResult(List<ScannedDocument> documents) {
    List<DuplicateGroup> result = new ArrayList<>();
    for (int[] group : groups) {
      List<DocumentId> members = new ArrayList<>();
      for (int member : group) {
        members.add(documents.get(member).id());
      }
      members.sort(null);
      result.add(new DuplicateGroup(documents.get(group[0]).id(), members));
    }
    return result;
  }

  /** {@code candidates} and the member pairs, sorted by (first, second), each pair once. */
  static List<CandidatePair> withMemberPairs(List<CandidatePair> candidates, List<CandidatePair> memberPairs) {
    if (memberPairs.isEmpty()) {
      return candidates;
    }
    Map<Long, CandidatePair> all = new java.util.TreeMap<>();
    for (CandidatePair pair : candidates) {
      all.put(((long) pair.first() << 32) | pair.second(), pair);
    }
    for (CandidatePair pair : memberPairs) {
      all.putIfAbsent(((long) pair.first() << 32) | pair.second(), pair);
    }
    return new ArrayList<>(all.values());
  }
}
