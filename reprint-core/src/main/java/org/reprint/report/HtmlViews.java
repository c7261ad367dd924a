package org.reprint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.reprint.align.AlignedPassage;
import org.reprint.align.PassageKind;
import org.reprint.classify.Divergence;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.PairScores;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.TextSpan;

/**
 * The HTML views of a scan that the static report and the server's web page share: an article's label
 * (title, outlet, date, id), a relation badge, the scores behind a label, the legend, two texts side by side
 * with their reused passages highlighted by kind and each divergence numbered in place on both sides, and
 * the numbered list of divergences. One style sheet, {@link #styleSheet()}, goes with them.
 *
 * <p>Every view is built as jsoup elements: text goes in through {@link Element#text} or
 * {@link Element#appendText} and attribute values through {@link Element#attr}, which escape it, so an
 * article holding {@code <script>} or {@code onerror=} shows those characters and never runs them. A link
 * is made from an article's URL only when it is http or https ({@link #webAddress}).
 */
public final class HtmlViews {

  /** Characters of original text shown around a passage when the views show excerpts, not whole texts. */
  static final int CONTEXT = 200;

  private HtmlViews() {}

  /** Where a view links to; each method may return null when the page has nothing to link to. */
  public interface Links {
    String document(DocumentId id);

    String pair(DocumentId first, DocumentId second);

    String family(DocumentId member);

    String story(DocumentId member);
  }

  /** Reprint's style sheet, shared by the report (inlined) and the server (served as a file). */
  public static String styleSheet() {
    try (InputStream css = HtmlViews.class.getResourceAsStream("reprint.css")) {
      if (css == null) {
        throw new IllegalStateException("the style sheet reprint.css is missing from the build");
      }
      return new String(css.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the style sheet reprint.css", e);
    }
  }

  /**
   * An empty page: {@code head} with charset, viewport and title, and an empty {@code body}; the caller adds
   * the style sheet (inline or linked) and the content.
   */
  public static org.jsoup.nodes.Document page(String title) {
    org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
    page.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
    page.selectFirst("html").attr("lang", "en");
    Element head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title);
    return page;
  }

  /** The page as text, with its doctype. */
  public static String html(org.jsoup.nodes.Document page) {
    return "<!DOCTYPE html>\n" + page.html() + "\n";
  }

  /** The article's URL if it is an http or https address, the only kind a page links to. */
  public static Optional<String> webAddress(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(url.strip()) : Optional.empty();
  }

  /** What a person calls an article: its title, else its id. */
  public static String name(Document document) {
    String title = document.metadata().title();
    return title == null || title.isBlank() ? document.id().value() : title.strip();
  }

  /**
   * An article's label: its title (a link to {@code href} when given), then outlet and date, then its id in
   * small type (left out when it is already the title).
   */
  public static Element articleLabel(Element parent, Document document, String href) {
    Element label = parent.appendElement("span").addClass("article-label");
    Element title = href == null ? label.appendElement("span") : label.appendElement("a").attr("href", href);
    title.addClass("title").text(name(document));
    String meta = meta(document.metadata());
    if (!meta.isEmpty()) {
      label.appendText(" ");
      label.appendElement("span").addClass("meta").text(meta);
    }
    if (document.metadata().title() != null && !document.metadata().title().isBlank()) {
      label.appendElement("br");
      label.appendElement("span").addClass("id").text(document.id().value());
    }
    return label;
  }

  /** "outlet · date · byline", with what is known. */
  public static String meta(Metadata metadata) {
    List<String> parts = new ArrayList<>();
    if (metadata.outlet() != null) {
      parts.add(metadata.outlet());
    }
    if (metadata.published() != null) {
      parts.add(metadata.published().toString());
    } else if (metadata.crawled() != null) {
      parts.add("crawled " + metadata.crawled().toString().substring(0, 10));
    }
    if (metadata.byline() != null) {
      parts.add("by " + metadata.byline());
    }
    return String.join(" · ", parts);
  }

  /** Articles by publication date, undated last, then by id: the order of a story's time line. */
  public static List<Document> inTimeOrder(List<DocumentId> members, Map<DocumentId, Document> documents) {
    return members.stream().map(documents::get)
        .sorted(Comparator.comparing((Document d) -> d.metadata().published(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Document::id))
        .toList();
  }

  /**
   * A story's time line: each article with its date (or "undated", placed after its source), its label, what
   * it took from its source and how much of it is its own, and a link to its family.
   */
  public static Element timeline(
      Element parent, List<org.reprint.cluster.TimelineEntry> timeline, Map<DocumentId, Document> documents,
      Links links) {
    Element list = parent.appendElement("ol").addClass("timeline");
    for (org.reprint.cluster.TimelineEntry entry : timeline) {
      Element item = list.appendElement("li");
      item.appendElement("span").addClass("when").addClass(entry.undated() ? "undated" : "dated")
          .text(entry.undated() ? "undated" : entry.published().toString());
      item.appendText(" ");
      articleLabel(item, documents.get(entry.id()), links.document(entry.id()));
      Element note = item.appendElement("div").addClass("muted");
      if (entry.relationToSource() != null) {
        relationBadge(note, entry.relationToSource());
        note.appendText(" ");
      }
      note.appendText(entry.source() == null ? (entry.relationToSource() == null ? "likely original"
          : "independent report")
          : "of " + name(documents.get(entry.source())) + ": " + entry.shares());
      String family = links.family(entry.id());
      if (family != null) {
        note.appendText(" · ");
        note.appendElement("a").attr("href", family).text("family");
      }
    }
    return list;
  }

  /** The relation as a coloured badge. */
  public static Element relationBadge(Element parent, Relation relation) {
    return parent.appendElement("span").addClass("badge").addClass(relation.name()).text(relation.name());
  }

  /** The scores behind a pair's label, named as in the JSON report, A and B being the pair's two sides. */
  public static Element scores(Element parent, PairScores scores) {
    Element list = parent.appendElement("div").addClass("scores");
    JsonReport.scores(scores).forEach((name, value) -> {
      Element score = list.appendElement("span");
      score.appendText(name + " ");
      score.appendElement("b").text(String.valueOf(value));
    });
    return list;
  }

  /** The key to the highlights. */
  public static Element legend(Element parent) {
    Element legend = parent.appendElement("div").addClass("legend");
    legend.appendElement("mark").addClass("verbatim").text("verbatim: the same words");
    legend.appendElement("mark").addClass("reworded").text("reworded: an aligned sentence in other words");
    Element change = legend.appendElement("span");
    change.appendElement("sup").addClass("marker").text("1");
    change.appendElement("mark").addClass("change").text("what the copy changed");
    change.appendText(" (numbered alike in both texts)");
    return legend;
  }

  /**
   * The pair's two texts side by side. {@code whole} shows each text entire; otherwise only each passage
   * with {@value #CONTEXT} characters around it, as a report of many pairs needs.
   */
  public static Element sideBySide(
      Element parent, PairJudgement pair, Document first, Document second, boolean whole, Links links) {
    Element grid = parent.appendElement("div").addClass("side-by-side");
    side(grid, pair, first, true, whole, links);
    side(grid, pair, second, false, whole, links);
    return grid;
  }

  private static void side(Element grid, PairJudgement pair, Document document, boolean firstSide, boolean whole,
      Links links) {
    Element column = grid.appendElement("div");
    articleLabel(column.appendElement("h3"), document, links.document(document.id()));
    List<Mark> marks = marks(pair, firstSide);
    Element text = column.appendElement("div").addClass("text").attr("lang", "");
    String original = document.originalText();
    if (whole) {
      render(text, original, 0, original.length(), marks);
      return;
    }
    int previousEnd = 0;
    for (TextSpan window : windows(pair, firstSide, original.length())) {
      if (window.start() > previousEnd) {
        text.appendElement("span").addClass("gap").text(previousEnd == 0 ? "… " : "\n…\n");
      }
      render(text, original, window.start(), window.end(), marks);
      previousEnd = window.end();
    }
    if (previousEnd < original.length()) {
      text.appendElement("span").addClass("gap").text(" …");
    }
  }

  /** A highlighted span of one side: a passage, or a divergence (numbered from 1 as in the list). */
  private record Mark(TextSpan span, String kind, int number, String note) {}

  private static List<Mark> marks(PairJudgement pair, boolean firstSide) {
    List<Mark> marks = new ArrayList<>();
    for (AlignedPassage passage : pair.passages()) {
      marks.add(new Mark(firstSide ? passage.firstOriginal() : passage.secondOriginal(),
          passage.kind() == PassageKind.VERBATIM ? "verbatim" : "reworded", 0, null));
    }
    List<Divergence> divergences = pair.divergences();
    for (int i = 0; i < divergences.size(); i++) {
      Divergence divergence = divergences.get(i);
      marks.add(new Mark(firstSide ? divergence.firstSpan() : divergence.secondSpan(), "change", i + 1,
          divergence.type().name() + ": " + divergence.detail()));
    }
    return marks;
  }

  /** The passages of one side with their context, merged where they touch. */
  private static List<TextSpan> windows(PairJudgement pair, boolean firstSide, int length) {
    List<TextSpan> spans = new ArrayList<>();
    for (AlignedPassage passage : pair.passages()) {
      TextSpan span = firstSide ? passage.firstOriginal() : passage.secondOriginal();
      spans.add(new TextSpan(Math.max(0, span.start() - CONTEXT), Math.min(length, span.end() + CONTEXT)));
    }
    spans.sort(Comparator.naturalOrder());
    List<TextSpan> merged = new ArrayList<>();
    for (TextSpan span : spans) {
      TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start() <= last.end()) {
        merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /**
   * Text {@code [from, to)} cut at every mark boundary; each piece is plain text or a {@code mark} whose
   * class says what covers it (a change over a passage wins, verbatim over reworded), and each divergence
   * gets its number where it starts, also where it has no text on this side (a dropped word).
   */
  private static void render(Element target, String text, int from, int to, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (Mark mark : marks) {
      cuts.add(Math.max(from, Math.min(to, mark.span().start())));
      cuts.add(Math.max(from, Math.min(to, mark.span().end())));
    }
    Integer start = from;
    while (start != null && start < to) {
      int end = cuts.higher(start);
      for (Mark mark : marks) {
        if (mark.number() > 0 && mark.span().start() == start) {
          target.appendElement("sup").addClass("marker").attr("title", mark.note()).text(String.valueOf(mark.number()));
        }
      }
      piece(target, text.substring(start, end), covering(marks, start, end));
      start = end;
    }
    for (Mark mark : marks) { // a change with no text at the very end of the window
      if (mark.number() > 0 && mark.span().start() == to && to == text.length()) {
        target.appendElement("sup").addClass("marker").attr("title", mark.note()).text(String.valueOf(mark.number()));
      }
    }
  }

  private static List<Mark> covering(List<Mark> marks, int start, int end) {
    List<Mark> covering = new ArrayList<>();
    for (Mark mark : marks) {
      if (mark.span().start() <= start && mark.span().end() >= end && mark.span().length() > 0) {
        covering.add(mark);
      }
    }
    return covering;
  }

  private static void piece(Element target, String text, List<Mark> covering) {
    if (covering.isEmpty()) {
      target.appendText(text);
      return;
    }
    Mark change = covering.stream().filter(m -> m.number() > 0).findFirst().orElse(null);
    boolean verbatim = covering.stream().anyMatch(m -> m.kind().equals("verbatim"));
    boolean reworded = covering.stream().anyMatch(m -> m.kind().equals("reworded"));
    Element mark = target.appendElement("mark").text(text);
    if (verbatim || reworded) {
      mark.addClass(verbatim ? "verbatim" : "reworded");
    }
    if (change != null) {
      mark.addClass("change").attr("title", change.note());
    }
  }

  /** The numbered list of what changed between the two sides, the numbers those in the texts. */
  public static Element divergenceList(Element parent, PairJudgement pair, Document first, Document second) {
    if (pair.divergences().isEmpty()) {
      return parent.appendElement("p").addClass("muted").text(pair.passages().isEmpty()
          ? "No passage is shared, so there is nothing to compare word for word."
          : "Nothing changed in the shared passages: no name, number, negation or quotation differs.");
    }
    Element list = parent.appendElement("ol").addClass("changes");
    for (Divergence divergence : pair.divergences()) {
      Element item = list.appendElement("li");
      item.appendElement("span").addClass("badge").text(divergence.type().name());
      item.appendText(" ");
      item.appendElement("del").attr("title", name(first)).text(shown(divergence.firstText()));
      item.appendText(" → ");
      item.appendElement("ins").attr("title", name(second)).text(shown(divergence.secondText()));
      item.appendText(" ");
      item.appendElement("span").addClass("muted").text("(" + divergence.detail() + ")");
    }
    return list;
  }

  private static String shown(String text) {
    return text.isEmpty() ? "(nothing)" : text;
  }

  /**
   * One pair: relation, the two articles, the explanation, the direction, the scores, the texts side by side
   * and the divergences.
   */
  public static Element pair(
      Element parent, PairJudgement pair, Map<DocumentId, Document> documents, boolean whole, Links links) {
    Document first = documents.get(pair.first());
    Document second = documents.get(pair.second());
    Element section = parent.appendElement("div").addClass("pair-body");
    section.appendElement("p").text(pair.explanation());
    pair.knownDirection().ifPresent(direction -> {
      Element line = section.appendElement("p");
      line.appendElement("b").text("Direction: ");
      line.appendText(name(documents.get(direction.source())) + " → " + name(documents.get(direction.copy()))
          + " (" + direction.evidence() + ")");
    });
    scores(section, pair.scores());
    if (!pair.passages().isEmpty()) {
      sideBySide(section, pair, first, second, whole, links);
      section.appendElement("h4").text("What changed");
    }
    divergenceList(section, pair, first, second);
    return section;
  }
}
