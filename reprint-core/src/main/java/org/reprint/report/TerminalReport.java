package org.reprint.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.reprint.classify.Divergence;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.PairScores;
import org.reprint.classify.Relation;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.SkippedDocument;
import org.reprint.engine.ScanResult;
import org.reprint.engine.ScanStatistics;

/**
 * A readable summary for a terminal: reuse families, stories, a pair table with a few lines on what changed
 * in each pair, and skipped inputs.
 */
public final class TerminalReport {

  /** Changes listed per pair; the rest are counted. */
  private static final int CHANGES_SHOWN = 5;

  /** Characters of each side of a change shown on its line. */
  private static final int CHANGE_TEXT = 40;

  private TerminalReport() {}

  public static void write(ScanResult result, PrintWriter out) {
    ScanStatistics statistics = result.statistics();
    if (statistics.indexedDocuments().isPresent()) {
      print(out, "Reprint query: %s against %d indexed, %d skipped, %s%n",
          Plural.of(statistics.documents(), "query article"), statistics.indexedDocuments().getAsInt(),
          result.skipped().size(), Plural.of(result.pairs().size(), "related pair"));
    } else {
      print(out, "Reprint scan: %s compared, %d skipped, %s%n",
          Plural.of(statistics.documents(), "document"), result.skipped().size(),
          Plural.of(result.pairs().size(), "related pair"));
    }
    duplicateGroups(out, result);
    boilerplate(out, result);
    families(out, result.clustering().families());
    stories(out, result.clustering().stories());
    pairs(out, result);
    skipped(out, result);
    out.flush();
  }

  /** Duplicate groups, when there are any: members listed once, the representative marked. */
  private static void duplicateGroups(PrintWriter out, ScanResult result) {
    if (result.duplicateGroups().isEmpty()) {
      return;
    }
    print(out, "%nDuplicate groups (the same words; each judged once through its representative *): %d%n",
        result.duplicateGroups().size());
    int number = 1;
    for (var group : result.duplicateGroups()) {
      print(out, "  %d. %s; pairs of %s hold for every member%n", number++,
          Plural.of(group.members().size(), "member"), group.representative());
      var shown = group.members().subList(0, Math.min(GROUP_MEMBERS_SHOWN, group.members().size()));
      for (var member : shown) {
        print(out, "       %s%s%n", member, member.equals(group.representative()) ? "  *" : "");
      }
      if (group.members().size() > shown.size()) {
        print(out, "       ... and %d more (see the JSON report)%n", group.members().size() - shown.size());
      }
    }
  }

  /** Corpus boilerplate, when there is any: each piece once, with its count and a few examples. */
  private static void boilerplate(PrintWriter out, ScanResult result) {
    if (result.boilerplate().isEmpty()) {
      return;
    }
    print(out, "%nCorpus boilerplate and formulas (text so common that it makes no pair by itself): %d%n",
        result.boilerplate().size());
    int number = 1;
    for (var piece : result.boilerplate().subList(0, Math.min(BOILERPLATE_SHOWN, result.boilerplate().size()))) {
      print(out, "  %d. %s in %s, left out of %s; e.g. %s%n       %s%n", number++, piece.kind(),
          Plural.of(piece.documents(), "document"), Plural.of(piece.pairs(), "pair"),
          String.join(", ", piece.examples().stream().map(Object::toString).toList()), quoted(piece.text()));
    }
    if (result.boilerplate().size() > BOILERPLATE_SHOWN) {
      print(out, "  ... and %d more (see the JSON report)%n", result.boilerplate().size() - BOILERPLATE_SHOWN);
    }
  }

  /** Pieces of corpus boilerplate listed in the terminal. */
  private static final int BOILERPLATE_SHOWN = 10;

  /** Members of a duplicate group listed in the terminal; a group of 2,000 copies is not 2,000 lines. */
  private static final int GROUP_MEMBERS_SHOWN = 10;

  /** Lines of one family's edges or one story's time line; a wire story's thousand copies are not. */
  private static final int GROUP_LINES_SHOWN = 12;

  /** Each family, its likely original, and who took from whom. */
  private static void families(PrintWriter out, java.util.List<DocumentGroup> families) {
    print(out, "%nReuse families (text passed between these documents): %d%n", families.size());
    int number = 1;
    for (DocumentGroup family : families) {
      print(out, "  %d. %s; likely original %s (%s)%n", number++, Plural.of(family.members().size(), "member"),
          family.original(), family.originalEvidence());
      int shown = 0;
      for (org.reprint.cluster.ProvenanceEdge edge : family.edges()) {
        if (shown++ == GROUP_LINES_SHOWN) {
          print(out, "       ... and %d more (see the JSON or HTML report)%n", family.edges().size() - GROUP_LINES_SHOWN);
          break;
        }
        print(out, "       %s %s %s  %s: %s%n", edge.source(), edge.directed() ? "->" : "--", edge.copy(),
            edge.relation(), edge.evidence());
      }
    }
  }

  /** Each story, its likely original, and its articles in time order with what each took from its source. */
  private static void stories(PrintWriter out, java.util.List<DocumentGroup> stories) {
    print(out, "%nStories (reuse plus independent reports of the same event): %d%n", stories.size());
    int number = 1;
    for (DocumentGroup story : stories) {
      print(out, "  %d. %s; likely original %s (%s)%n", number++, Plural.of(story.members().size(), "member"),
          story.original(), story.originalEvidence());
      int shown = 0;
      for (org.reprint.cluster.TimelineEntry entry : story.timeline()) {
        if (shown++ == GROUP_LINES_SHOWN) {
          print(out, "       ... and %d more (see the JSON or HTML report)%n", story.timeline().size() - GROUP_LINES_SHOWN);
          break;
        }
        print(out, "       %-10s %s  %s%n", entry.undated() ? "undated" : entry.published(), entry.id(),
            entry.summary());
      }
    }
  }


  private static void pairs(PrintWriter out, ScanResult result) {
    print(out, "%nPairs: %d related", result.pairs().size());
    for (Relation relation : Relation.values()) {
      int count = result.statistics().pairsByRelation().getOrDefault(relation, 0);
      if (count > 0) {
        print(out, ", %d %s", count, relation);
      }
    }
    out.println();
    print(out, "  %-28s %-28s %-14s %6s %11s %11s %6s  %s%n",
        "A", "B", "relation", "resem", "aligned A/B", "verbatim A/B", "story", "direction");
    for (PairJudgement pair : result.pairs()) {
      PairScores s = pair.scores();
      print(out, "  %-28s %-28s %-14s %6.2f %5.2f/%5.2f %5.2f/%5.2f %6.2f  %s%n",
          shorten(pair.first().value()), shorten(pair.second().value()), pair.relation(),
          s.resemblance(), s.alignedShareFirst(), s.alignedShareSecond(),
          s.verbatimShareFirst(), s.verbatimShareSecond(), s.storySimilarity(),
          pair.knownDirection().map(d -> shorten(d.source().value()) + " -> " + shorten(d.copy().value()))
              .orElse("-"));
      print(out, "      %s%n", pair.explanation());
      changes(out, pair);
    }
  }

  /** A short "what changed" list: at most {@value #CHANGES_SHOWN} lines per pair, then a count. */
  private static void changes(PrintWriter out, PairJudgement pair) {
    List<Divergence> divergences = pair.divergences();
    for (Divergence divergence : divergences.subList(0, Math.min(CHANGES_SHOWN, divergences.size()))) {
      print(out, "      changed: %-16s %s -> %s (%s)%n", divergence.type(),
          quoted(divergence.firstText()), quoted(divergence.secondText()), divergence.detail());
    }
    if (divergences.size() > CHANGES_SHOWN) {
      print(out, "      ... and %d more changes (see the JSON or HTML report)%n",
          divergences.size() - CHANGES_SHOWN);
    }
  }

  /** Text on one line, cut to {@value #CHANGE_TEXT} chars, in quotation marks; a dash when empty. */
  /**
   * The text on one line, quoted and cut to {@link #CHANGE_TEXT} chars. A word hyphenated across a line
   * break in a hard-wrapped file ("de-" then "escalate") is joined again, as the text means "de-escalate".
   */
  static String quoted(String text) {
    String flat = text.replaceAll("(?<=\\p{L})-[ \\t]*\\R\\s*(?=\\p{L})", "-").replaceAll("\\s+", " ").strip();
    if (flat.isEmpty()) {
      return "-";
    }
    return "\"" + (flat.length() <= CHANGE_TEXT ? flat : flat.substring(0, CHANGE_TEXT - 3) + "...") + "\"";
  }

  private static void skipped(PrintWriter out, ScanResult result) {
    if (result.skipped().isEmpty() && result.warnings().isEmpty()) {
      return;
    }
    print(out, "%nSkipped: %d, warnings: %d%n", result.skipped().size(), result.warnings().size());
    for (SkippedDocument skipped : result.skipped()) {
      print(out, "  skipped %s: %s (%s)%n", skipped.id(), skipped.reason(), skipped.detail());
    }
    result.warnings().forEach(
        w -> print(out, "  warning %s: %s (%s)%n", w.id(), w.kind(), w.detail()));
  }

  private static String shorten(String id) {
    return id.length() <= 28 ? id : "..." + id.substring(id.length() - 25);
  }

  /**
   * Prints one formatted piece with every text argument made safe for a terminal ({@link TerminalText}):
   * the format strings are Reprint's own, the arguments come from the inputs.
   */
  private static void print(PrintWriter out, String format, Object... arguments) {
    Object[] safe = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      safe[i] = argument instanceof CharSequence || argument instanceof org.reprint.document.DocumentId
          ? TerminalText.safe(argument.toString()) : argument;
    }
    out.printf(Locale.ROOT, format, safe);
  }
}
