package org.reprint.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.DocumentId;

/**
 * Explains partial reuse that probably went through a third document. When two documents share passages,
 * the direction between them is unknown, and both also reuse text of the same other documents, the likelier
 * story is that both took the passages from those common sources (two outlets quoting one wire story)
 * rather than from each other. The judgement stays {@code PARTIAL_REUSE} (the text is shared); its
 * explanation names the common sources.
 */
public final class CommonSources {

  /**
   * Common sources an explanation names; the rest are counted. Text shared by thousands of articles gave
   * lines of 18,000 characters that said nothing a count does not.
   */
  static final int NAMED_SOURCES = 3;

  private CommonSources() {}

  public static List<PairJudgement> annotate(List<PairJudgement> judgements) {
    Map<DocumentId, Set<DocumentId>> reuseNeighbours = new HashMap<>();
    for (PairJudgement judgement : judgements) {
      if (judgement.relation().isReuse()) {
        reuseNeighbours.computeIfAbsent(judgement.first(), id -> new TreeSet<>()).add(judgement.second());
        reuseNeighbours.computeIfAbsent(judgement.second(), id -> new TreeSet<>()).add(judgement.first());
      }
    }
    List<PairJudgement> annotated = new ArrayList<>(judgements.size());
    for (PairJudgement judgement : judgements) {
      annotated.add(annotate(judgement, reuseNeighbours));
    }
    return annotated;
  }

  private static PairJudgement annotate(
      PairJudgement judgement, Map<DocumentId, Set<DocumentId>> reuseNeighbours) {
    if (judgement.relation() != Relation.PARTIAL_REUSE || judgement.direction() != null) {
      return judgement;
    }
    Set<DocumentId> common = new TreeSet<>(reuseNeighbours.getOrDefault(judgement.first(), Set.of()));
    common.retainAll(reuseNeighbours.getOrDefault(judgement.second(), Set.of()));
    if (common.isEmpty()) {
      return judgement;
    }
    List<String> shown = common.stream().limit(NAMED_SOURCES).map(DocumentId::value).toList();
    String names = String.join(", ", shown)
        + (common.size() > shown.size() ? " and " + (common.size() - shown.size()) + " more" : "");
    return new PairJudgement(
        judgement.first(),
        judgement.second(),
        judgement.relation(),
        judgement.scores(),
        null,
        judgement.passages(),
        judgement.divergences(),
        judgement.explanation()
            + "; both also reuse " + names
            + ", so the shared passages probably come from there rather than from each other");
  }
}
