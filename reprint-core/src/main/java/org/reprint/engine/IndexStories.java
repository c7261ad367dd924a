package org.reprint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reprint.classify.PairJudgement;
import org.reprint.cluster.Clusterer;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.index.IndexSnapshot;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;

/**
 * The stories of an index's articles, stored in the index: each article's story id is the first id, in id
 * order, of the story it belongs to (its own id while it is alone).
 *
 * <ul>
 *   <li>{@link #assign}: articles just added join a story or start one, as they arrive. Each is queried
 *       against the index (the one pipeline, {@link Engine#query}); it joins the story to whose members it is
 *       tied for the largest share, if that share is at least {@link Clusterer#JOIN_SHARE} (the rule by which
 *       stories merge in a scan: half of the pairs between them tie them to one event), else it is a story
 *       of its own. Stories already stored are not split or merged: that needs every pair again.
 *   <li>{@link #settle}: every article queried against the index at once, and the stories clustered as a
 *       scan of the indexed articles clusters them. The result does not depend on the order in which the
 *       articles were added, and equals the stories of a scan of the same articles.
 * </ul>
 *
 * Arriving one by one, an article can only join what is already there, so the stories {@code assign}
 * builds can depend on the order of arrival where a scan of all of them would merge two stories or keep an
 * article apart; {@code settle} puts them right (see {@code IndexStoriesTest}).
 */
final class IndexStories {

  private IndexStories() {}

  /** What an assignment changed: how many articles joined a story, and how many started one. */
  record Assignment(int joined, int started) {}

  /**
   * Assigns stories to {@code added}, articles the index holds (committed), one after the other in id order,
   * as if they had arrived so, and commits.
   */
  static Assignment assign(ReprintIndex index, List<Document> added, ScanOptions options) {
    Clusterer clusterer = new Clusterer(options.classification().storyWindowDays());
    Map<String, String> storyOf;
    ScanResult result;
    Map<String, Metadata> metadata = new HashMap<>();
    try (IndexSnapshot snapshot = index.snapshot()) {
      storyOf = new HashMap<>(snapshot.stories());
      result = Engine.query(snapshot, new IngestResult(added, List.of(), List.of()), options);
      for (Document document : result.documents()) {
        metadata.put(document.id().value(), document.metadata());
      }
    }
    Map<String, Integer> sizes = new HashMap<>();
    storyOf.values().forEach(story -> sizes.merge(story, 1, Integer::sum));
    Map<String, List<PairJudgement>> pairsOf = new HashMap<>();
    for (PairJudgement pair : result.pairs()) {
      pairsOf.computeIfAbsent(pair.first().value(), id -> new ArrayList<>()).add(pair);
      pairsOf.computeIfAbsent(pair.second().value(), id -> new ArrayList<>()).add(pair);
    }
    int joined = 0;
    int started = 0;
    List<String> ids = added.stream().map(document -> document.id().value()).distinct().sorted().toList();
    // articles of this batch not yet placed are no story to join: they arrive after the one being placed
    java.util.Set<String> pending = new java.util.HashSet<>(ids);
    for (String id : ids) {
      pending.remove(id);
      String story = storyToJoin(id, pairsOf.getOrDefault(id, List.of()), storyOf, sizes, metadata, clusterer,
          pending);
      String before = storyOf.get(id);
      if (story == null) {
        story = id;
        started++;
      } else {
        joined++;
      }
      if (!story.equals(before)) {
        sizes.merge(before, -1, Integer::sum);
        sizes.merge(story, 1, Integer::sum);
        storyOf.put(id, story);
        index.setStory(id, story);
      }
    }
    index.commit();
    return new Assignment(joined, started);
  }

  /**
   * The story an article joins: the one it is tied to for the largest share of its members, at least {@link
   * Clusterer#JOIN_SHARE} (ties to the story with more ties, then to the one whose id sorts first); null if
   * none.
   */
  private static String storyToJoin(String id, List<PairJudgement> pairs, Map<String, String> storyOf,
      Map<String, Integer> sizes, Map<String, Metadata> metadata, Clusterer clusterer,
      java.util.Set<String> pending) {
    Map<String, Integer> ties = new TreeMap<>();
    for (PairJudgement pair : pairs) {
      String other = pair.first().value().equals(id) ? pair.second().value() : pair.first().value();
      if (clusterer.tiesOneEvent(pair, metadata.get(pair.first().value()), metadata.get(pair.second().value()))
          && storyOf.containsKey(other) && !pending.contains(other)
          && !storyOf.get(other).equals(storyOf.get(id))) {
        ties.merge(storyOf.get(other), 1, Integer::sum);
      }
    }
    String best = null;
    double bestShare = 0;
    for (Map.Entry<String, Integer> tie : ties.entrySet()) {
      double share = (double) tie.getValue() / Math.max(1, sizes.getOrDefault(tie.getKey(), 1));
      boolean better = share > bestShare
          || (share == bestShare && best != null && tie.getValue() > ties.get(best));
      if (share >= Clusterer.JOIN_SHARE && better) {
        best = tie.getKey();
        bestShare = share;
      }
    }
    return best;
  }

  /**
   * Queries every indexed article against the index, clusters the stories as a scan does, stores each
   * article's story id and commits; returns the number of stories of two articles or more. Holds every
   * article in memory, as a scan of them would.
   */
  static int settle(ReprintIndex index, ScanOptions options) {
    Map<String, String> stored;
    ScanResult result;
    try (IndexSnapshot snapshot = index.snapshot()) {
      stored = snapshot.stories();
      List<Document> all = new ArrayList<>();
      for (String id : stored.keySet()) {
        snapshot.document(id).ifPresent(all::add);
      }
      result = Engine.query(snapshot, new IngestResult(all, List.of(), List.of()), options);
    }
    Map<String, String> settled = new TreeMap<>();
    stored.keySet().forEach(id -> settled.put(id, id));
    List<DocumentGroup> stories = new ArrayList<>(result.clustering().stories());
    stories.sort(Comparator.comparing(story -> story.members().get(0)));
    for (DocumentGroup story : stories) {
      String first = story.members().get(0).value();
      for (DocumentId member : story.members()) {
        settled.put(member.value(), first);
      }
    }
    settled.forEach((id, story) -> {
      if (!story.equals(stored.get(id))) {
        index.setStory(id, story);
      }
    });
    index.commit();
    return stories.size();
  }
}
