package org.reprint.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.DocumentId;

/**
 * Forms stories, one event each, by average-link clustering of the judged pairs, so that stories cannot
 * chain: an article joins a story only when it is related to most of the story, not to one of its members.
 * (Connected components joined a 23-member Yukos story and "India and Iran in gas export deal" through one
 * link.)
 *
 * <ol>
 *   <li>Each distinct text is a unit to start with: articles with the same words are one text. A reuse
 *       family is not one unit: text reused across events (a wire's template for bond issues or slaughter
 *       estimates, a broadcaster's background paragraph in each step of a months-long affair) joined every
 *       such article into one family, and so into one story.
 *   <li>Two texts are linked when a pair of theirs is linked ({@code linked}: a copy of the whole text,
 *       whenever it ran, or a shared passage or a same-story pair published within the story window). The link of two units is the share of their text pairs that are linked, a
 *       pair never judged counting as unlinked: the candidate join proposes every pair whose story terms
 *       overlap enough to reach the threshold.
 *   <li>The two units with the largest share merge while it is at least {@value #MAJORITY}: half of the
 *       pairs between them are linked. (The mean story similarity was tried first as the link, at the pair
 *       threshold 0.30: it left out independent reports of an event that were linked to two of its three
 *       texts, since a mean of similarities that each just pass 0.30 falls under 0.30 as soon as one pair
 *       is missing.) Ties go to the larger summed similarity, then to the units whose first ids sort first,
 *       so the result does not depend on the order of the input.
 * </ol>
 *
 * A pair of dated articles further apart than the story window is {@code UNRELATED} ({@link
 * org.reprint.classify.ClassificationOptions#storyWindowDays}), so it links nothing here. Cost: each merge
 * combines the two units' sparse link sums; the whole is O(p log p) for p related pairs.
 */
final class StoryGrouping {

  /** The least share of linked text pairs at which two units merge: a majority of them, or half. */
  static final double MAJORITY = 0.5;

  private StoryGrouping() {}

  /** Linked text pairs between two units, and their summed story similarity. */
  private record Links(int count, double similarity) {
    Links plus(Links other) {
      return new Links(count + other.count, similarity + other.similarity);
    }
  }

  /**
   * A merge candidate: two live units, their link, the versions it was computed at, and the units' first
   * members, the smaller first (ties are broken by ids, not by unit numbers).
   */
  private record Candidate(double link, double similarity, int first, int second, int firstVersion,
      int secondVersion, DocumentId firstKey, DocumentId secondKey) {}

  private static final Comparator<Candidate> STRONGEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.link())
      .thenComparingDouble(c -> -c.similarity())
      .thenComparing(Candidate::firstKey)
      .thenComparing(Candidate::secondKey);

  /**
   * The stories of a corpus: lists of two members or more, each sorted, ordered by first member.
   *
   * @param judgements every related pair
   * @param linked the pairs that tie two articles to one event
   */
  static List<List<DocumentId>> stories(List<PairJudgement> judgements, Predicate<PairJudgement> linked) {
    // in id order, so that units are numbered and link sums added the same way whatever the input order
    List<PairJudgement> links = judgements.stream().filter(linked)
        .sorted(Comparator.comparing(PairJudgement::first).thenComparing(PairJudgement::second)).toList();
    Map<DocumentId, DocumentId> sameText = sameTexts(links);
    Map<DocumentId, Integer> unitOf = new TreeMap<>();
    Map<DocumentId, Integer> unitOfText = new HashMap<>();
    List<List<DocumentId>> members = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (PairJudgement judgement : links) {
      for (DocumentId id : List.of(judgement.first(), judgement.second())) {
        if (!unitOf.containsKey(id)) {
          DocumentId text = sameText.getOrDefault(id, id);
          Integer unit = unitOfText.get(text);
          if (unit == null) {
            unit = members.size();
            unitOfText.put(text, unit);
            members.add(new ArrayList<>());
            sizes.add(1);
          }
          members.get(unit).add(id);
          unitOf.put(id, unit);
        }
      }
    }
    List<Map<Integer, Links>> sums = linkSums(links, unitOf, sameText, members.size());
    merge(members, sizes, sums);
    List<List<DocumentId>> stories = new ArrayList<>();
    for (List<DocumentId> story : members) {
      if (story != null && story.size() > 1) {
        story.sort(null);
        stories.add(story);
      }
    }
    stories.sort(Comparator.comparing(story -> story.get(0)));
    return stories;
  }

  /**
   * Each document of a DUPLICATE pair and the first id among the documents with its words (the same words
   * through any chain of DUPLICATE pairs). Documents in no such pair are left out.
   */
  static Map<DocumentId, DocumentId> sameTexts(List<PairJudgement> judgements) {
    Map<DocumentId, Integer> numbers = new HashMap<>();
    List<DocumentId> ids = new ArrayList<>();
    List<int[]> duplicates = new ArrayList<>();
    for (PairJudgement judgement : judgements) {
      if (judgement.relation() == Relation.DUPLICATE) {
        int a = numbers.computeIfAbsent(judgement.first(), id -> { ids.add(id); return ids.size() - 1; });
        int b = numbers.computeIfAbsent(judgement.second(), id -> { ids.add(id); return ids.size() - 1; });
        duplicates.add(new int[] {a, b});
      }
    }
    UnionFind texts = new UnionFind(ids.size());
    duplicates.forEach(pair -> texts.union(pair[0], pair[1]));
    Map<Integer, DocumentId> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      first.merge(texts.find(i), ids.get(i), (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    Map<DocumentId, DocumentId> roots = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      roots.put(ids.get(i), first.get(texts.find(i)));
    }
    return roots;
  }

  /** Per unit, the linked text pairs with each other unit: distinct texts, each pair once. */
  private static List<Map<Integer, Links>> linkSums(
      List<PairJudgement> judgements, Map<DocumentId, Integer> unitOf, Map<DocumentId, DocumentId> sameText,
      int units) {
    Map<List<DocumentId>, Double> textLinks = new TreeMap<>(
        Comparator.comparing((List<DocumentId> key) -> key.get(0)).thenComparing(key -> key.get(1)));
    for (PairJudgement judgement : judgements) {
      if (judgement.relation() == Relation.UNRELATED) {
        continue;
      }
      Integer a = unitOf.get(judgement.first());
      Integer b = unitOf.get(judgement.second());
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      DocumentId x = sameText.getOrDefault(judgement.first(), judgement.first());
      DocumentId y = sameText.getOrDefault(judgement.second(), judgement.second());
      List<DocumentId> key = x.compareTo(y) < 0 ? List.of(x, y) : List.of(y, x);
      textLinks.merge(key, judgement.scores().storySimilarity(), Math::max);
    }
    List<Map<Integer, Links>> sums = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      sums.add(new HashMap<>());
    }
    textLinks.forEach((key, similarity) -> {
      int a = unitOf.get(key.get(0));
      int b = unitOf.get(key.get(1));
      sums.get(a).merge(b, new Links(1, similarity), Links::plus);
      sums.get(b).merge(a, new Links(1, similarity), Links::plus);
    });
    return sums;
  }

  /** Average-link merging in place: a merged unit's slot in {@code members} becomes null. */
  private static void merge(List<List<DocumentId>> members, List<Integer> sizes, List<Map<Integer, Links>> sums) {
    int[] versions = new int[members.size()];
    PriorityQueue<Candidate> queue = new PriorityQueue<>(STRONGEST_FIRST);
    for (int a = 0; a < members.size(); a++) {
      for (Map.Entry<Integer, Links> link : sums.get(a).entrySet()) {
        if (a < link.getKey()) {
          queue.add(candidate(a, link.getKey(), link.getValue(), members, sizes, versions));
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate best = queue.poll();
      if (best.link() < MAJORITY) {
        return;
      }
      if (members.get(best.first()) == null || members.get(best.second()) == null
          || versions[best.first()] != best.firstVersion() || versions[best.second()] != best.secondVersion()) {
        continue; // one side has merged since: its links were queued again then
      }
      int kept = best.first();
      int gone = best.second();
      members.get(kept).addAll(members.get(gone));
      members.get(kept).sort(null);
      members.set(gone, null);
      sizes.set(kept, sizes.get(kept) + sizes.get(gone));
      versions[kept]++;
      Map<Integer, Links> combined = sums.get(kept);
      combined.remove(gone);
      for (Map.Entry<Integer, Links> link : sums.get(gone).entrySet()) {
        if (link.getKey() != kept) {
          combined.merge(link.getKey(), link.getValue(), Links::plus);
          Map<Integer, Links> theirs = sums.get(link.getKey());
          theirs.remove(gone);
          theirs.merge(kept, link.getValue(), Links::plus);
        }
      }
      sums.set(gone, Map.of());
      for (Map.Entry<Integer, Links> link : combined.entrySet()) {
        int other = link.getKey();
        queue.add(candidate(Math.min(kept, other), Math.max(kept, other), link.getValue(), members, sizes,
            versions));
      }
    }
  }

  private static Candidate candidate(
      int a, int b, Links links, List<List<DocumentId>> members, List<Integer> sizes, int[] versions) {
    double share = links.count() / ((double) sizes.get(a) * sizes.get(b));
    DocumentId keyA = members.get(a).get(0);
    DocumentId keyB = members.get(b).get(0);
    boolean aFirst = keyA.compareTo(keyB) < 0;
    return new Candidate(share, links.similarity(), a, b, versions[a], versions[b], aFirst ? keyA : keyB,
        aFirst ? keyB : keyA);
  }
}
