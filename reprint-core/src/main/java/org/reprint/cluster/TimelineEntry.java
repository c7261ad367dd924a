package org.reprint.cluster;

import java.time.LocalDate;
import org.reprint.classify.Relation;
import org.reprint.document.DocumentId;

/**
 * One article of a story or family, in time order.
 *
 * @param published its publication date, or null: an undated article is placed after the member it took its
 *     text from, else after the dated ones
 * @param source the member it took its text from (its {@link ProvenanceEdge}), or null for the likely
 *     original and for articles that reuse no member's text
 * @param relationToSource the relation of the pair with {@code source}; {@code SAME_STORY} for an
 *     independent report of the story, null for the likely original
 * @param verbatimShare share of its words that are word-for-word reuse of {@code source}
 * @param rewordedShare share of its words aligned with {@code source} but reworded
 * @param ownShare share of its words not found in {@code source}: 1 for the original and independent reports
 * @param divergences how many changes (names, numbers, negations, quotes) it makes to {@code source}
 */
public record TimelineEntry(
    DocumentId id,
    String title,
    String outlet,
    LocalDate published,
    DocumentId source,
    Relation relationToSource,
    double verbatimShare,
    double rewordedShare,
    double ownShare,
    int divergences) implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public boolean undated() {
    return published == null;
  }

  /**
   * Its standing in words: "likely original", "independent report (SAME_STORY)", or "PARAPHRASE of X: 34%
   * verbatim, 50% reworded, 16% its own; 17 changes".
   */
  public String summary() {
    if (relationToSource == null) {
      return "likely original";
    }
    if (source == null) {
      return "independent report (" + relationToSource + ")";
    }
    return relationToSource + " of " + source + ": " + shares();
  }

  /** "34% verbatim, 50% reworded, 16% its own; 17 changes": what it took from its source. */
  public String shares() {
    return String.format(java.util.Locale.ROOT, "%.0f%% verbatim, %.0f%% reworded, %.0f%% its own%s",
        100 * verbatimShare, 100 * rewordedShare, 100 * ownShare,
        divergences == 0 ? "" : divergences == 1 ? "; 1 change" : "; " + divergences + " changes");
  }
}
