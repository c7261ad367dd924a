package org.reprint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.index.IndexSnapshot;
import org.reprint.ingest.IngestResult;

/**
 * What an index relates to one of its articles, as queries of the index ({@link Engine#query}) and nothing
 * else: the same candidates, judgements, families and stories a query gives, so a page showing a family
 * says what a scan of those articles would.
 *
 * <ul>
 *   <li>{@link #story}: the article queried as it is stored; the result holds every indexed article the
 *       index relates to it, by any relation, in one query. It is one step out: an article related only to
 *       one of those is not in it.
 *   <li>{@link #family}: the reuse family followed step by step. Each step queries the articles found by
 *       the last one and keeps those they share text with (a reuse relation), until no new one appears or
 *       {@code limit} articles are found; then one query of all of them, keeping only candidates among
 *       them, judges every pair of members (and no member against the rest of the index), so the family,
 *       its likely original and the direction of each pair come from one clustering. The pairs are
 *       n(n-1)/2: a wire story copied 500 times costs 1,225 judgements at a limit of 50.
 * </ul>
 */
public final class IndexNeighbourhood {

  private IndexNeighbourhood() {}

  /**
   * The stored article and every indexed article related to it.
   *
   * @throws NoSuchElementException if no article has this id
   */
  public static ScanResult story(IndexSnapshot snapshot, String id, ScanOptions options) {
    return Engine.query(snapshot, ingested(List.of(stored(snapshot, id))), options);
  }

  /**
   * The stored article's reuse family, found step by step, with every pair among its members judged.
   *
   * @param limit the most articles followed, at least 1; a larger family is cut at this size, the articles
   *     closest to {@code id} kept
   * @throws NoSuchElementException if no article has this id
   */
  public static ScanResult family(IndexSnapshot snapshot, String id, ScanOptions options, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    Map<DocumentId, Document> members = new LinkedHashMap<>();
    Document start = stored(snapshot, id);
    members.put(start.id(), start);
    List<Document> frontier = List.of(start);
    while (!frontier.isEmpty() && members.size() < limit) {
      ScanResult step = Engine.query(snapshot, ingested(frontier), options);
      List<Document> found = new ArrayList<>();
      for (PairJudgement pair : reuseFirst(step.pairs())) {
        for (DocumentId side : List.of(pair.first(), pair.second())) {
          if (members.size() < limit && !members.containsKey(side)) {
            Document document = stored(snapshot, side.value());
            members.put(side, document);
            found.add(document);
          }
        }
      }
      frontier = found;
    }
    return amongThemselves(snapshot, members.values(), options);
  }

  /**
   * One query of {@code members}, keeping only candidates among them: every pair of members is judged
   * (n(n-1)/2 pairs), and no member against the rest of the index.
   */
  private static ScanResult amongThemselves(
      IndexSnapshot snapshot, java.util.Collection<Document> members, ScanOptions options) {
    List<Document> all = new ArrayList<>(members);
    all.sort(Comparator.comparing(Document::id));
    Set<String> ids = new HashSet<>();
    all.forEach(d -> ids.add(d.id().value()));
    return Pipeline.run(ingested(all), new IndexQuerySource(snapshot, ids), new Pipeline.Run(options,
        ProgressListener.NONE));
  }

  /**
   * The event of a stored article: the articles of its {@link #story} ({@code story}, the result of that
   * query), the closest {@code limit} of them (reuse first, then by story similarity), judged among
   * themselves, so that the clustering's story holding {@code id} is formed as a scan of them would form
   * it: each member related to most of the others, with its time line.
   *
   * @param limit the most articles judged, at least 2: the pairs are n(n-1)/2
   */
  public static ScanResult event(IndexSnapshot snapshot, String id, ScanResult story, ScanOptions options,
      int limit) {
    if (limit < 2) {
      throw new IllegalArgumentException("limit must be at least 2, got " + limit);
    }
    Map<DocumentId, Document> members = new LinkedHashMap<>();
    Document start = stored(snapshot, id);
    members.put(start.id(), start);
    List<PairJudgement> closest = story.pairs().stream()
        .sorted(Comparator.comparing((PairJudgement p) -> p.relation())
            .thenComparing(p -> -p.scores().storySimilarity())
            .thenComparing(PairJudgement::first)
            .thenComparing(PairJudgement::second))
        .toList();
    for (PairJudgement pair : closest) {
      for (DocumentId side : List.of(pair.first(), pair.second())) {
        if (members.size() < limit && !members.containsKey(side)) {
          members.put(side, stored(snapshot, side.value()));
        }
      }
    }
    return amongThemselves(snapshot, members.values(), options);
  }

  /** The reuse pairs of a step, the most reused first, so that a cut keeps the closest copies. */
  private static List<PairJudgement> reuseFirst(List<PairJudgement> pairs) {
    return pairs.stream()
        .filter(p -> p.relation().isReuse())
        .sorted(Comparator.comparing((PairJudgement p) -> p.relation())
            .thenComparing(p -> -Math.max(p.scores().alignedShareFirst(), p.scores().alignedShareSecond()))
            .thenComparing(PairJudgement::first)
            .thenComparing(PairJudgement::second))
        .toList();
  }

  private static Document stored(IndexSnapshot snapshot, String id) {
    return snapshot.document(id).orElseThrow(() -> new NoSuchElementException("no indexed article has id " + id));
  }

  private static IngestResult ingested(List<Document> documents) {
    return new IngestResult(documents, List.of(), List.of());
  }
}
