package org.reprint.classify;

import java.util.List;
import java.util.Optional;
import org.reprint.align.AlignedPassage;
import org.reprint.document.DocumentId;

/**
 * The verdict on one pair: relation, scores, direction (when it can be told), the aligned passages, what
 * changed between their two sides, and a one-sentence explanation. {@code first} sorts before {@code
 * second}. Passages and divergences are only given for reuse relations; {@code storyEvidence} (shared names,
 * words, numbers, the date gap) only for {@code SAME_STORY}.
 */
public record PairJudgement(
    DocumentId first,
    DocumentId second,
    Relation relation,
    PairScores scores,
    Direction direction,
    List<AlignedPassage> passages,
    List<Divergence> divergences,
    String explanation,
    StoryEvidence storyEvidence) implements java.io.Serializable {

  public PairJudgement {
    passages = List.copyOf(passages);
    divergences = List.copyOf(divergences);
  }

  /** A judgement without story evidence: a reuse pair's evidence is its passages. */
  public PairJudgement(DocumentId first, DocumentId second, Relation relation, PairScores scores,
      Direction direction, List<AlignedPassage> passages, List<Divergence> divergences, String explanation) {
    this(first, second, relation, scores, direction, passages, divergences, explanation, null);
  }

  public Optional<Direction> knownDirection() {
    return Optional.ofNullable(direction);
  }
}
