package org.reprint.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reprint.align.AlignedPassage;
import org.reprint.classify.Divergence;
import org.reprint.classify.PairJudgement;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.TextSpan;
import org.reprint.engine.ScanResult;

/**
 * One self-contained HTML page: families and stories, then every related pair with its scores and its
 * passages side by side, each highlighted inside some context from the original file, with what changed
 * between the two sides in red (the type and detail as a tooltip) and listed below the passages. No script and no
 * resource from elsewhere, so the page can be mailed or archived as it is.
 */
public final class HtmlReport {

  /** Characters of original text shown on each side of a passage. */
  private static final int CONTEXT = 160;

  private HtmlReport() {}

  public static void write(ScanResult result, Writer out) {
    Map<DocumentId, Document> byId = new HashMap<>();
    result.documents().forEach(d -> byId.put(d.id(), d));
    StringBuilder html = new StringBuilder(1 << 16);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Reprint report</title><style>").append(STYLE).append("</style></head><body>\n")
        .append("<h1>Reprint report</h1>\n");
    html.append(String.format(Locale.ROOT, "<p>%s compared, %d skipped, %s.</p>%n",
        Plural.of(result.statistics().documents(), "document"), result.skipped().size(),
        Plural.of(result.pairs().size(), "related pair")));
    duplicateGroups(html, result);
    boilerplate(html, result);
    groups(html, "Reuse families", result.clustering().families());
    groups(html, "Stories", result.clustering().stories());
    html.append("<h2>Pairs</h2>\n");
    int number = 0;
    for (PairJudgement pair : result.pairs()) {
      pair(html, pair, byId, ++number);
    }
    skipped(html, result);
    html.append("</body></html>\n");
    try {
      out.write(html.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML report", e);
    }
  }

  private static void duplicateGroups(StringBuilder html, ScanResult result) {
    if (result.duplicateGroups().isEmpty()) {
      return;
    }
    html.append("<h2>Duplicate groups</h2>\n<p>The same words; each group is judged once through its"
        + " representative (in bold), whose pairs hold for every member.</p>\n<ol>\n");
    for (var group : result.duplicateGroups()) {
      html.append("<li>").append(Plural.of(group.members().size(), "member")).append(": ");
      List<String> members = new java.util.ArrayList<>();
      for (DocumentId member : group.members()) {
        members.add(member.equals(group.representative())
            ? "<strong>" + escape(member.value()) + "</strong>" : escape(member.value()));
      }
      html.append(String.join(", ", members)).append("</li>\n");
    }
    html.append("</ol>\n");
  }

  private static void boilerplate(StringBuilder html, ScanResult result) {
    if (result.boilerplate().isEmpty()) {
      return;
    }
    html.append("<h2>Corpus boilerplate</h2>\n<p>Text so common in the corpus that it makes no pair by itself:"
        + " boilerplate is left out of every pair, a formula (a stock sentence) out of the pairs of articles"
        + " that do not tell the same story.</p>\n<ol>\n");
    for (var piece : result.boilerplate()) {
      html.append("<li>").append(piece.kind().equals("formula") ? "A formula in " : "In ")
          .append(Plural.of(piece.documents(), "document")).append(", left out of ")
          .append(Plural.of(piece.pairs(), "pair")).append(" (for example ")
          .append(escape(String.join(", ", piece.examples().stream().map(DocumentId::value).toList())))
          .append("): <q>").append(escape(piece.text())).append("</q></li>\n");
    }
    html.append("</ol>\n");
  }

  private static void groups(StringBuilder html, String heading, List<DocumentGroup> groups) {
    html.append("<h2>").append(heading).append("</h2>\n<ol>\n");
    for (DocumentGroup group : groups) {
      html.append("<li>");
      for (DocumentId member : group.members()) {
        boolean original = member.equals(group.original());
        html.append(original ? "<strong>" : "").append(escape(member.value()))
            .append(original ? "</strong> (likely original: " + escape(group.originalEvidence()) + ")" : "")
            .append("; ");
      }
      html.append("</li>\n");
    }
    html.append("</ol>\n");
  }

  private static void pair(StringBuilder html, PairJudgement pair, Map<DocumentId, Document> byId, int number) {
    html.append("<section class=\"pair\" id=\"pair-").append(number).append("\">\n<h3>")
        .append(escape(pair.first().value())).append(" &harr; ").append(escape(pair.second().value()))
        .append(" <span class=\"relation ").append(pair.relation().name()).append("\">")
        .append(pair.relation().name()).append("</span></h3>\n<p>").append(escape(pair.explanation()));
    pair.knownDirection().ifPresent(d -> html.append("<br>Direction: ").append(escape(d.source().value()))
        .append(" &rarr; ").append(escape(d.copy().value())).append(" (").append(escape(d.evidence())).append(")"));
    html.append("</p>\n<p class=\"scores\">");
    JsonReport.scores(pair.scores()).forEach((name, value) ->
        html.append(escape(name)).append(' ').append(value).append(" &middot; "));
    html.append("</p>\n");
    if (!pair.passages().isEmpty()) {
      html.append("<table><tr><th>").append(escape(pair.first().value())).append("</th><th>")
          .append(escape(pair.second().value())).append("</th></tr>\n");
      String first = byId.get(pair.first()).originalText();
      String second = byId.get(pair.second()).originalText();
      for (AlignedPassage passage : pair.passages()) {
        String kind = passage.kind().name().toLowerCase(Locale.ROOT);
        html.append("<tr class=\"").append(kind).append("\"><td>")
            .append(excerpt(first, passage.firstOriginal(), kind, pair.divergences(), true))
            .append("</td><td>")
            .append(excerpt(second, passage.secondOriginal(), kind, pair.divergences(), false))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    changes(html, pair);
    html.append("</section>\n");
  }

  /** The list of what changed between the two sides, struck out and inserted. */
  private static void changes(StringBuilder html, PairJudgement pair) {
    if (pair.divergences().isEmpty()) {
      return;
    }
    html.append("<h4>What changed</h4>\n<ul class=\"changes\">\n");
    for (Divergence divergence : pair.divergences()) {
      html.append("<li><b>").append(divergence.type().name()).append("</b> <del>")
          .append(escape(divergence.firstText())).append("</del> &rarr; <ins>")
          .append(escape(divergence.secondText())).append("</ins> (").append(escape(divergence.detail()))
          .append(")</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String excerpt(
      String text, TextSpan span, String kind, List<Divergence> divergences, boolean firstSide) {
    int from = Math.max(0, span.start() - CONTEXT);
    int to = Math.min(text.length(), span.end() + CONTEXT);
    return (from > 0 ? "&hellip;" : "")
        + escape(text.substring(from, span.start()))
        + "<mark class=\"" + kind + "\" title=\"chars " + span.start() + "-" + span.end() + "\">"
        + highlighted(text, span, divergences, firstSide) + "</mark>"
        + escape(text.substring(span.end(), to))
        + (to < text.length() ? "&hellip;" : "");
  }

  /**
   * The passage's text with its side of each divergence in red, the type and detail as a tooltip. Only the
   * part of a divergence inside the passage is marked, and a divergence overlapping an earlier one is left
   * to the "what changed" list, so that the marks nest.
   */
  private static String highlighted(
      String text, TextSpan passage, List<Divergence> divergences, boolean firstSide) {
    StringBuilder marked = new StringBuilder();
    int cursor = passage.start();
    List<Divergence> inOrder = divergences.stream()
        .sorted(java.util.Comparator.comparing(d -> firstSide ? d.firstSpan() : d.secondSpan()))
        .toList();
    for (Divergence divergence : inOrder) {
      TextSpan side = firstSide ? divergence.firstSpan() : divergence.secondSpan();
      int start = Math.max(side.start(), cursor);
      int end = Math.min(side.end(), passage.end());
      if (start >= end || side.start() < cursor) {
        continue;
      }
      marked.append(escape(text.substring(cursor, start)))
          .append("<span class=\"divergence\" title=\"")
          .append(escape(divergence.type().name() + ": " + divergence.detail())).append("\">")
          .append(escape(text.substring(start, end))).append("</span>");
      cursor = end;
    }
    return marked.append(escape(text.substring(cursor, passage.end()))).toString();
  }

  private static void skipped(StringBuilder html, ScanResult result) {
    if (result.skipped().isEmpty()) {
      return;
    }
    html.append("<h2>Skipped inputs</h2>\n<ul>\n");
    result.skipped().forEach(s -> html.append("<li>").append(escape(s.id())).append(": ")
        .append(s.reason()).append(" (").append(escape(s.detail())).append(")</li>\n"));
    html.append("</ul>\n");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\n' -> escaped.append("<br>");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static final String STYLE =
      "body{font:15px/1.45 system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}"
          + "table{border-collapse:collapse;width:100%;table-layout:fixed}"
          + "td,th{border:1px solid #ccc;padding:.5em;vertical-align:top;text-align:left;font-size:14px}"
          + "th{background:#f4f4f4;word-break:break-all}"
          + "mark.verbatim{background:#ffd54f}mark.reworded{background:#b3e5fc}"
          + ".divergence{color:#fff;background:#c62828;border-radius:.2em;padding:0 .1em}"
          + "ul.changes del{color:#c62828}ul.changes ins{color:#2e7d32}"
          + ".relation{font-size:.75em;padding:.15em .5em;border-radius:.3em;background:#eee;margin-left:.5em}"
          + ".DUPLICATE,.NEAR_DUPLICATE{background:#ef9a9a}.PARAPHRASE{background:#ce93d8}"
          + ".PARTIAL_REUSE{background:#ffcc80}.SAME_STORY{background:#a5d6a7}"
          + ".scores{color:#555;font-size:13px}section.pair{border-top:2px solid #ddd;margin-top:1.5em}";
}
