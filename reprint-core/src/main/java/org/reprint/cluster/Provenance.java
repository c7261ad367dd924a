package org.reprint.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;

/**
 * Traces who took from whom within a reuse family, as a tree rooted at the likely original.
 *
 * <ol>
 *   <li>Members with the same words (DUPLICATE pairs) are one text: the one ranked likeliest original stands
 *       for them, and each other copy hangs from it.
 *   <li>The texts are joined into a tree from the original's text outwards (Prim's algorithm), each time by
 *       the best link from the tree to a member outside it: first a pair whose direction is known and points
 *       out of the tree (dates, credits, quotation marks: {@link org.reprint.classify.Direction}), then the
 *       pair covering the larger share of the outside member's words, then a pair whose tree side stands for
 *       its text, then ids. A copy of a copy therefore hangs from the nearest text it took from, not from the
 *       original; the explanation's common-source note says the same of the pair.
 *   <li>An edge keeps its pair's known direction, even where it points into the tree; a pair with none gives
 *       an undirected edge.
 * </ol>
 *
 * <p>Each member's shares (verbatim, reworded, its own) are those of its pair with its parent in the tree.
 */
final class Provenance {

  static final String DIRECTION_UNKNOWN = "no date, credit or quotation tells which came first";

  private Provenance() {}

  /** A family's edges and its members' time line entries, unordered. */
  record Traced(List<ProvenanceEdge> edges, Map<DocumentId, TimelineEntry> entries) {}

  /** One candidate link of Prim's algorithm: a pair from a tree member to one outside. */
  private record Link(PairJudgement pair, DocumentId inside, DocumentId outside, boolean pointsOut,
      double outsideShare, boolean insideStands) {}

  private static final Comparator<Link> BEST_FIRST = Comparator.comparing((Link l) -> !l.pointsOut())
      .thenComparing(l -> -l.outsideShare())
      .thenComparing(l -> !l.insideStands())
      .thenComparing(Link::inside)
      .thenComparing(Link::outside);

  static Traced trace(
      DocumentGroup family,
      Comparator<DocumentId> order,
      List<PairJudgement> pairs,
      Map<DocumentId, Metadata> metadata) {
    Map<DocumentId, List<PairJudgement>> byMember = new HashMap<>();
    for (PairJudgement pair : pairs) {
      byMember.computeIfAbsent(pair.first(), id -> new ArrayList<>()).add(pair);
      byMember.computeIfAbsent(pair.second(), id -> new ArrayList<>()).add(pair);
    }
    Map<DocumentId, DocumentId> standsFor = sameTexts(family.members(), pairs, order);
    Map<DocumentId, PairJudgement> parentPair = new LinkedHashMap<>();
    Map<DocumentId, DocumentId> parent = new HashMap<>();
    List<ProvenanceEdge> edges = new ArrayList<>();
    Set<DocumentId> inTree = new HashSet<>();
    PriorityQueue<Link> frontier = new PriorityQueue<>(BEST_FIRST);
    add(family.original(), byMember, standsFor, inTree, frontier);
    while (!frontier.isEmpty()) {
      Link link = frontier.poll();
      if (inTree.contains(link.outside())) {
        continue;
      }
      edges.add(edge(link.pair(), link.inside(), link.outside()));
      parent.put(link.outside(), link.inside());
      parentPair.put(link.outside(), link.pair());
      add(link.outside(), byMember, standsFor, inTree, frontier);
    }
    edges.sort(Comparator.comparing(ProvenanceEdge::source).thenComparing(ProvenanceEdge::copy));
    Map<DocumentId, TimelineEntry> entries = new HashMap<>();
    for (DocumentId member : family.members()) {
      entries.put(member, entry(member, metadata.get(member), parent.get(member), parentPair.get(member)));
    }
    return new Traced(edges, entries);
  }

  /** Each member and the member that stands for its text: the likeliest original among its duplicates. */
  private static Map<DocumentId, DocumentId> sameTexts(
      List<DocumentId> members, List<PairJudgement> pairs, Comparator<DocumentId> order) {
    Map<DocumentId, DocumentId> text = StoryGrouping.sameTexts(pairs);
    Map<DocumentId, DocumentId> standing = new HashMap<>();
    for (DocumentId member : members) {
      standing.merge(text.getOrDefault(member, member), member, (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    Map<DocumentId, DocumentId> standsFor = new HashMap<>();
    for (DocumentId member : members) {
      standsFor.put(member, standing.get(text.getOrDefault(member, member)));
    }
    return standsFor;
  }

  private static void add(
      DocumentId member,
      Map<DocumentId, List<PairJudgement>> byMember,
      Map<DocumentId, DocumentId> standsFor,
      Set<DocumentId> inTree,
      PriorityQueue<Link> frontier) {
    inTree.add(member);
    for (PairJudgement pair : byMember.getOrDefault(member, List.of())) {
      DocumentId other = pair.first().equals(member) ? pair.second() : pair.first();
      if (inTree.contains(other)) {
        continue;
      }
      boolean pointsOut = pair.direction() != null && pair.direction().source().equals(member);
      // a duplicate of the tree's text hangs from the member that stands for it, whatever the share
      boolean sameText = standsFor.get(other).equals(standsFor.get(member));
      boolean stands = standsFor.get(member).equals(member);
      double share = sameText && stands ? 2 : alignedShare(pair, other);
      frontier.add(new Link(pair, member, other, pointsOut, share, stands));
    }
  }

  private static ProvenanceEdge edge(PairJudgement pair, DocumentId inside, DocumentId outside) {
    if (pair.direction() != null) {
      return new ProvenanceEdge(pair.direction().source(), pair.direction().copy(), pair.relation(), true,
          pair.direction().evidence());
    }
    String evidence = pair.relation() == Relation.DUPLICATE
        ? "the same words; " + DIRECTION_UNKNOWN : DIRECTION_UNKNOWN;
    return new ProvenanceEdge(inside, outside, pair.relation(), false, evidence);
  }

  private static TimelineEntry entry(
      DocumentId member, Metadata metadata, DocumentId source, PairJudgement pair) {
    if (pair == null) {
      return new TimelineEntry(member, metadata.title(), metadata.outlet(), metadata.published(), null, null,
          0, 0, 1, 0);
    }
    double aligned = alignedShare(pair, member);
    double verbatim = Math.min(aligned, member.equals(pair.first())
        ? pair.scores().verbatimShareFirst() : pair.scores().verbatimShareSecond());
    return new TimelineEntry(member, metadata.title(), metadata.outlet(), metadata.published(), source,
        pair.relation(), verbatim, aligned - verbatim, 1 - aligned, pair.divergences().size());
  }

  /** The share of {@code member}'s words that the pair's passages cover. */
  private static double alignedShare(PairJudgement pair, DocumentId member) {
    return member.equals(pair.first()) ? pair.scores().alignedShareFirst() : pair.scores().alignedShareSecond();
  }

  /**
   * Entries in time order: dated ones by date, then id, each followed by the undated members that took
   * their text from it (and theirs in turn); undated members with no such source come last, by id.
   */
  static List<TimelineEntry> inTimeOrder(Collection<TimelineEntry> entries) {
    Set<DocumentId> ids = new HashSet<>();
    entries.forEach(e -> ids.add(e.id()));
    Map<DocumentId, List<TimelineEntry>> undatedCopies = new HashMap<>();
    List<TimelineEntry> starts = new ArrayList<>();
    List<TimelineEntry> undatedStarts = new ArrayList<>();
    for (TimelineEntry entry : entries.stream().sorted(Comparator.comparing(TimelineEntry::id)).toList()) {
      if (!entry.undated()) {
        starts.add(entry);
      } else if (entry.source() != null && ids.contains(entry.source())) {
        undatedCopies.computeIfAbsent(entry.source(), id -> new ArrayList<>()).add(entry);
      } else {
        undatedStarts.add(entry);
      }
    }
    starts.sort(Comparator.comparing(TimelineEntry::published).thenComparing(TimelineEntry::id));
    starts.addAll(undatedStarts);
    List<TimelineEntry> ordered = new ArrayList<>(entries.size());
    for (TimelineEntry start : starts) {
      java.util.ArrayDeque<TimelineEntry> stack = new java.util.ArrayDeque<>();
      stack.push(start);
      while (!stack.isEmpty()) { // depth first, copies by id: a long chain of copies needs no deep recursion
        TimelineEntry entry = stack.pop();
        ordered.add(entry);
        List<TimelineEntry> copies = undatedCopies.getOrDefault(entry.id(), List.of());
        for (int i = copies.size() - 1; i >= 0; i--) {
          stack.push(copies.get(i));
        }
      }
    }
    return ordered;
  }
}
