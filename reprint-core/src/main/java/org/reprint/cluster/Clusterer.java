package org.reprint.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.reprint.classify.Attribution;
import org.reprint.classify.ClassificationOptions;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;

/** Groups judged pairs into reuse families and stories, and traces who took from whom in each. */
public final class Clusterer {

  private final int storyWindowDays;

  /** A clusterer with the default story window ({@link ClassificationOptions#storyWindowDays}). */
  public Clusterer() {
    this(ClassificationOptions.DEFAULT.storyWindowDays());
  }

  /**
   * @param storyWindowDays the most days apart two dated articles can be and still be one event: a shared
   *     passage further apart (a template reused a month later) does not tie them into one story; a copy of
   *     the whole text does, whenever it runs
   */
  public Clusterer(int storyWindowDays) {
    if (storyWindowDays < 0 || storyWindowDays > 36_500) {
      throw new IllegalArgumentException("storyWindowDays must be between 0 and 36500, got " + storyWindowDays);
    }
    this.storyWindowDays = storyWindowDays;
  }

  public Clustering cluster(List<Document> documents, List<PairJudgement> judgements) {
    return cluster(documents, judgements, Map.of());
  }

  /**
   * Groups judged pairs, naming as likely original, after dates, a member that is the news agency the
   * others credit ({@code attributions}: per document, its credits).
   */
  public Clustering cluster(
      List<Document> documents,
      List<PairJudgement> judgements,
      Map<DocumentId, List<Attribution>> attributions) {
    Map<DocumentId, Integer> numbers = new HashMap<>();
    Map<DocumentId, Metadata> metadata = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      numbers.put(documents.get(i).id(), i);
      metadata.put(documents.get(i).id(), documents.get(i).metadata());
    }
    OriginalPicker picker = new OriginalPicker(documents, judgements, attributions);
    Predicate<PairJudgement> reuse = j -> j.relation().isReuse();
    List<DocumentGroup> families = new ArrayList<>();
    Map<DocumentId, Provenance.Traced> tracedFamilyOf = new HashMap<>();
    for (Component family : components(documents, judgements, numbers, reuse)) {
      OriginalPicker.Picked picked = picker.pick(family.members(), reuse);
      Provenance.Traced traced = Provenance.trace(picked.group(), picked.order(), family.pairs(), metadata);
      family.members().forEach(member -> tracedFamilyOf.put(member, traced));
      families.add(picked.group().withProvenance(traced.edges(),
          Provenance.inTimeOrder(traced.entries().values())));
    }
    List<DocumentGroup> stories = new ArrayList<>();
    // a copy of the whole text (duplicate, near duplicate, paraphrase) is the same story whenever it runs:
    // a wire story republished for a month is one story; a shared passage or likeness only within the window
    Predicate<PairJudgement> oneEvent = j -> tiesOneEvent(j, metadata.get(j.first()), metadata.get(j.second()));
    for (List<DocumentId> story : StoryGrouping.stories(judgements, oneEvent)) {
      story.forEach(member -> number(numbers, member));
      DocumentGroup picked = picker.pick(story, j -> j.relation() != Relation.UNRELATED).group();
      stories.add(withStoryProvenance(picked, tracedFamilyOf, metadata));
    }
    return new Clustering(families, stories);
  }

  /**
   * Whether a judged pair ties its two articles to one story: it is related, and it copies a whole text or
   * was published within the story window (or either article is undated).
   *
   * @param first the metadata of the pair's first article, or null when unknown (taken as undated)
   * @param second the metadata of its second article, or null
   */
  public boolean tiesOneEvent(PairJudgement judgement, Metadata first, Metadata second) {
    return judgement.relation() != Relation.UNRELATED
        && (wholeTextCopy(judgement.relation()) || withinWindow(first, second));
  }

  /**
   * The least share of a story's members a new article must be tied to to join it: a majority, or half, as
   * two groups merge when stories are formed.
   */
  public static final double JOIN_SHARE = StoryGrouping.MAJORITY;

  /** The members of one group and the linking pairs among them. */
  private record Component(List<DocumentId> members, List<PairJudgement> pairs) {}

  /** Connected components of the pairs that {@code linked} accepts, of two documents or more, by first id. */
  private static List<Component> components(
      List<Document> documents,
      List<PairJudgement> judgements,
      Map<DocumentId, Integer> numbers,
      Predicate<PairJudgement> linked) {
    UnionFind sets = new UnionFind(documents.size());
    for (PairJudgement judgement : judgements) {
      if (linked.test(judgement)) {
        sets.union(number(numbers, judgement.first()), number(numbers, judgement.second()));
      }
    }
    Map<Integer, List<DocumentId>> members = new TreeMap<>();
    for (int i = 0; i < documents.size(); i++) {
      members.computeIfAbsent(sets.find(i), root -> new ArrayList<>()).add(documents.get(i).id());
    }
    Map<Integer, List<PairJudgement>> pairs = new HashMap<>();
    for (PairJudgement judgement : judgements) {
      if (linked.test(judgement)) {
        pairs.computeIfAbsent(sets.find(numbers.get(judgement.first())), root -> new ArrayList<>()).add(judgement);
      }
    }
    List<Component> components = new ArrayList<>();
    members.forEach((root, ids) -> {
      if (ids.size() > 1) {
        ids.sort(null);
        components.add(new Component(ids, pairs.getOrDefault(root, List.of())));
      }
    });
    components.sort((x, y) -> x.members().get(0).compareTo(y.members().get(0)));
    return components;
  }

  /**
   * A story with the edges of the families inside it and its time line: family members as their family
   * traced them (a member's source may lie in another story, when a family spans events); a member outside
   * every family, or a family's original other than the story's, is an independent report ({@code
   * SAME_STORY}, no source).
   */
  private static DocumentGroup withStoryProvenance(
      DocumentGroup story, Map<DocumentId, Provenance.Traced> tracedFamilyOf, Map<DocumentId, Metadata> metadata) {
    List<ProvenanceEdge> edges = new ArrayList<>();
    List<TimelineEntry> entries = new ArrayList<>();
    java.util.Set<Provenance.Traced> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Set<DocumentId> members = new java.util.HashSet<>(story.members());
    for (DocumentId member : story.members()) {
      Provenance.Traced family = tracedFamilyOf.get(member);
      if (family != null && seen.add(family)) {
        // a family can reach into other stories (a template reused on another day): its edges inside this one
        family.edges().stream().filter(e -> members.contains(e.source()) && members.contains(e.copy()))
            .forEach(edges::add);
      }
      TimelineEntry entry = family == null ? null : family.entries().get(member);
      if (entry == null || entry.source() == null) {
        Metadata about = metadata.get(member);
        Relation relation = member.equals(story.original()) ? null : Relation.SAME_STORY;
        entry = new TimelineEntry(member, about.title(), about.outlet(), about.published(), null, relation,
            0, 0, 1, 0);
      }
      entries.add(entry);
    }
    edges.sort(java.util.Comparator.comparing(ProvenanceEdge::source).thenComparing(ProvenanceEdge::copy));
    return story.withProvenance(edges, Provenance.inTimeOrder(entries));
  }

  private static boolean wholeTextCopy(Relation relation) {
    return relation == Relation.DUPLICATE || relation == Relation.NEAR_DUPLICATE || relation == Relation.PARAPHRASE;
  }

  /** Whether two articles were published within the story window, or either is undated. */
  private boolean withinWindow(Metadata first, Metadata second) {
    Integer days = first == null || second == null ? null
        : org.reprint.classify.StoryEvidence.daysApart(first.published(), second.published());
    return days == null || days <= storyWindowDays;
  }

  private static int number(Map<DocumentId, Integer> numbers, DocumentId id) {
    Integer number = numbers.get(id);
    if (number == null) {
      throw new IllegalArgumentException("judgement names a document that is not in the corpus: " + id);
    }
    return number;
  }
}
