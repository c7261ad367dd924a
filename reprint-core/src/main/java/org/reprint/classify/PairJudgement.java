package org.reprint.classify;

import java.util.List;
import java.util.Optional;
import org.reprint.align.AlignedPassage;
import org.reprint.document.DocumentId;

/**
 * The verdict on one pair: relation, scores, direction (when it can be told), the aligned passages and a
 * one-sentence explanation. {@code first} sorts before {@code second}.
 */
public record PairJudgement(
    DocumentId first,
    DocumentId second,
    Relation relation,
    PairScores scores,
    Direction direction,
    List<AlignedPassage> passages,
    String explanation) {

  public PairJudgement {
    passages = List.copyOf(passages);
  }

  public Optional<Direction> knownDirection() {
    return Optional.ofNullable(direction);
  }
}
