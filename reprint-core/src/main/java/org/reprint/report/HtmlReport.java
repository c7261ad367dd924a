package org.reprint.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.DocumentGroup;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.engine.DuplicateGroup;
import org.reprint.engine.ScanResult;

/**
 * One self-contained HTML page of a scan, built from the views the server's web page uses
 * ({@link HtmlViews}), with the same style sheet inlined: a table of contents, a filter per relation, the
 * legend, the reuse families (likely original and why, their pairs), the stories in time order, every
 * related pair (its passages side by side with some context, what changed numbered in both texts), and
 * the articles with their titles, outlets and dates, everything linked to everything it names.
 *
 * <p>No script: the page carries a Content-Security-Policy that forbids any, and the relation filters are
 * checkboxes that the style sheet reads. When a scan has more than {@value #MANY_PAIRS} pairs, SAME_STORY
 * pairs (the most numerous, with no passage to show) start hidden. Pairs are folded, so a page of
 * thousands of articles opens on its contents rather than on megabytes of text.
 */
public final class HtmlReport {

  /** Pairs from which SAME_STORY pairs start hidden. */
  static final int MANY_PAIRS = 50;

  private HtmlReport() {}

  public static void write(ScanResult result, Writer out) {
    org.jsoup.nodes.Document page = HtmlViews.page("Reprint report");
    page.head().appendElement("meta").attr("http-equiv", "Content-Security-Policy")
        .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(HtmlViews.styleSheet()));
    new Builder(result, page.body()).build();
    try {
      out.write(HtmlViews.html(page));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML report", e);
    }
  }

  /** Builds one page: anchors for every article, pair, family and story, then the sections. */
  private static final class Builder implements HtmlViews.Links {
    private final ScanResult result;
    private final Element body;
    private final Map<DocumentId, Document> documents = new LinkedHashMap<>();
    private final Map<DocumentId, Integer> documentNumbers = new HashMap<>();
    private final Map<List<DocumentId>, Integer> pairNumbers = new HashMap<>();
    private final Map<DocumentId, Integer> familyNumbers = new HashMap<>();
    private final Map<DocumentId, Integer> storyNumbers = new HashMap<>();
    private final Map<DocumentId, List<Integer>> pairsOf = new HashMap<>();

    Builder(ScanResult result, Element body) {
      this.result = result;
      this.body = body;
      for (Document document : result.documents()) {
        documentNumbers.put(document.id(), documents.size() + 1);
        documents.put(document.id(), document);
      }
      for (int i = 0; i < result.pairs().size(); i++) {
        PairJudgement pair = result.pairs().get(i);
        pairNumbers.put(List.of(pair.first(), pair.second()), i + 1);
        pairsOf.computeIfAbsent(pair.first(), id -> new ArrayList<>()).add(i + 1);
        pairsOf.computeIfAbsent(pair.second(), id -> new ArrayList<>()).add(i + 1);
      }
      number(result.clustering().families(), familyNumbers);
      number(result.clustering().stories(), storyNumbers);
    }

    private static void number(List<DocumentGroup> groups, Map<DocumentId, Integer> numbers) {
      for (int i = 0; i < groups.size(); i++) {
        for (DocumentId member : groups.get(i).members()) {
          numbers.put(member, i + 1);
        }
      }
    }

    @Override
    public String document(DocumentId id) {
      Integer number = documentNumbers.get(id);
      return number == null ? null : "#doc-" + number;
    }

    @Override
    public String pair(DocumentId first, DocumentId second) {
      Integer number = pairNumbers.get(List.of(first, second));
      if (number == null) {
        number = pairNumbers.get(List.of(second, first));
      }
      return number == null ? null : "#pair-" + number;
    }

    @Override
    public String family(DocumentId member) {
      Integer number = familyNumbers.get(member);
      return number == null ? null : "#family-" + number;
    }

    @Override
    public String story(DocumentId member) {
      Integer number = storyNumbers.get(member);
      return number == null ? null : "#story-" + number;
    }

    void build() {
      Map<Relation, Integer> counts = relationCounts();
      for (Relation relation : counts.keySet()) { // the filters come first: the style sheet reads them
        Element box = body.appendElement("input").attr("type", "checkbox").addClass("filter")
            .attr("id", "show-" + relation.name()).attr("aria-label", "show " + relation.name() + " pairs");
        if (relation != Relation.SAME_STORY || result.pairs().size() <= MANY_PAIRS) {
          box.attr("checked", true);
        }
      }
      header(counts);
      Element main = body.appendElement("main");
      summary(main, counts);
      families(main);
      stories(main);
      pairs(main, counts);
      articles(main);
      duplicateGroups(main);
      boilerplate(main);
      skipped(main);
    }

    private Map<Relation, Integer> relationCounts() {
      Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
      result.pairs().forEach(p -> counts.merge(p.relation(), 1, Integer::sum));
      return counts;
    }

    private void header(Map<Relation, Integer> counts) {
      Element header = body.appendElement("header").addClass("top");
      header.appendElement("span").addClass("brand").text("Reprint report");
      Element toc = header.appendElement("nav").addClass("toc").attr("aria-label", "contents");
      toc.appendElement("a").attr("href", "#summary").text("Summary");
      toc.appendElement("a").attr("href", "#families")
          .text("Families (" + result.clustering().families().size() + ")");
      toc.appendElement("a").attr("href", "#stories").text("Stories (" + result.clustering().stories().size() + ")");
      toc.appendElement("a").attr("href", "#pairs").text("Pairs (" + result.pairs().size() + ")");
      toc.appendElement("a").attr("href", "#articles").text("Articles (" + documents.size() + ")");
      if (!result.skipped().isEmpty()) {
        toc.appendElement("a").attr("href", "#skipped").text("Skipped (" + result.skipped().size() + ")");
      }
      if (!counts.isEmpty()) {
        Element filters = header.appendElement("div").addClass("filters");
        filters.appendElement("span").addClass("muted").text("Show pairs:");
        counts.forEach((relation, count) -> filters.appendElement("label").addClass("filter-label")
            .attr("for", "show-" + relation.name()).text(relation.name() + " (" + count + ")"));
      }
    }

    private void summary(Element main, Map<Relation, Integer> counts) {
      Element section = main.appendElement("section").attr("id", "summary");
      section.appendElement("h1").text("Reprint report");
      List<String> byRelation = new ArrayList<>();
      counts.forEach((relation, count) -> byRelation.add(count + " " + relation.name()));
      section.appendElement("p").text(Plural.of(result.statistics().documents(), "article") + " compared, "
          + result.skipped().size() + " skipped; " + Plural.of(result.pairs().size(), "related pair")
          + (byRelation.isEmpty() ? "" : " (" + String.join(", ", byRelation) + ")") + "; "
          + Plural.of(result.clustering().families().size(), "reuse family", "reuse families") + ", "
          + Plural.of(result.clustering().stories().size(), "story", "stories") + ".");
      if (counts.containsKey(Relation.SAME_STORY) && result.pairs().size() > MANY_PAIRS) {
        section.appendElement("p").addClass("muted").text("SAME_STORY pairs (no text reused) start hidden:"
            + " tick SAME_STORY above to show them.");
      }
      HtmlViews.legend(section);
    }

    private void families(Element main) {
      Element section = main.appendElement("section").attr("id", "families");
      section.appendElement("h2").text("Reuse families: text passed between these articles");
      List<DocumentGroup> families = result.clustering().families();
      if (families.isEmpty()) {
        section.appendElement("p").addClass("muted").text("No article shares text with another.");
      }
      for (int i = 0; i < families.size(); i++) {
        DocumentGroup family = families.get(i);
        Element block = section.appendElement("div").addClass("family").attr("id", "family-" + (i + 1));
        block.appendElement("h3").text("Family " + (i + 1) + ": " + Plural.of(family.members().size(), "article"));
        Element original = block.appendElement("p");
        original.appendElement("span").addClass("badge").addClass("original").text("likely original");
        original.appendText(" ");
        HtmlViews.articleLabel(original, documents.get(family.original()), document(family.original()));
        original.appendElement("br");
        original.appendElement("span").addClass("muted").text("Why: " + family.originalEvidence());
        block.appendElement("h4").text("Who took from whom");
        Element edges = block.appendElement("ul");
        for (org.reprint.cluster.ProvenanceEdge edge : family.edges()) {
          edgeItem(edges.appendElement("li"), edge);
        }
      }
    }

    /** "RELATION A → B" (A ↔ B when the direction is unknown), linked to the pair, with the evidence. */
    private void edgeItem(Element item, org.reprint.cluster.ProvenanceEdge edge) {
      HtmlViews.relationBadge(item, edge.relation());
      item.appendText(" ");
      boolean sourceFirst = edge.source().compareTo(edge.copy()) < 0;
      Element link = item.appendElement("a").attr("href",
          sourceFirst ? pair(edge.source(), edge.copy()) : pair(edge.copy(), edge.source()));
      link.text(HtmlViews.name(documents.get(edge.source())) + (edge.directed() ? " → " : " ↔ ")
          + HtmlViews.name(documents.get(edge.copy())));
      item.appendElement("br");
      item.appendElement("span").addClass("muted").text(edge.evidence());
    }

    private void stories(Element main) {
      Element section = main.appendElement("section").attr("id", "stories");
      section.appendElement("h2").text("Stories: articles on the same event, in time order");
      List<DocumentGroup> stories = result.clustering().stories();
      for (int i = 0; i < stories.size(); i++) {
        DocumentGroup story = stories.get(i);
        Element block = section.appendElement("div").addClass("story").attr("id", "story-" + (i + 1));
        block.appendElement("h3").text("Story " + (i + 1) + ": " + Plural.of(story.members().size(), "article"));
        HtmlViews.timeline(block, story.timeline(), documents, this);
      }
    }


    private void pairs(Element main, Map<Relation, Integer> counts) {
      Element section = main.appendElement("section").attr("id", "pairs");
      section.appendElement("h2").text("Related pairs");
      for (int i = 0; i < result.pairs().size(); i++) {
        PairJudgement pair = result.pairs().get(i);
        Element details = section.appendElement("details").addClass("pair").addClass(pair.relation().name())
            .attr("id", "pair-" + (i + 1));
        Element summary = details.appendElement("summary");
        summary.appendText((i + 1) + ". ");
        HtmlViews.relationBadge(summary, pair.relation());
        summary.appendText(" ");
        summary.appendElement("a").attr("href", document(pair.first())).text(HtmlViews.name(documents.get(pair.first())));
        summary.appendText(" ↔ ");
        summary.appendElement("a").attr("href", document(pair.second()))
            .text(HtmlViews.name(documents.get(pair.second())));
        HtmlViews.pair(details, pair, documents, false, this);
      }
    }

    private void articles(Element main) {
      Element section = main.appendElement("section").attr("id", "articles");
      section.appendElement("h2").text("Articles");
      Element table = section.appendElement("table").addClass("list");
      Element head = table.appendElement("tr");
      head.appendElement("th").text("#");
      head.appendElement("th").text("Article");
      head.appendElement("th").text("Family");
      head.appendElement("th").addClass("optional").text("Pairs");
      for (Document document : documents.values()) {
        Element row = table.appendElement("tr").attr("id", "doc-" + documentNumbers.get(document.id()));
        row.appendElement("td").addClass("number").text(String.valueOf(documentNumbers.get(document.id())));
        Element cell = row.appendElement("td");
        HtmlViews.articleLabel(cell, document, null);
        HtmlViews.webAddress(document.metadata().url()).ifPresent(url -> {
          cell.appendText(" ");
          cell.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer nofollow").text("source");
        });
        Element family = row.appendElement("td");
        Integer familyNumber = familyNumbers.get(document.id());
        if (familyNumber != null) {
          family.appendElement("a").attr("href", "#family-" + familyNumber).text(String.valueOf(familyNumber));
        }
        Element pairs = row.appendElement("td").addClass("optional");
        for (int number : pairsOf.getOrDefault(document.id(), List.of())) {
          pairs.appendElement("a").attr("href", "#pair-" + number).text(String.valueOf(number));
          pairs.appendText(" ");
        }
      }
    }

    private void duplicateGroups(Element main) {
      if (result.duplicateGroups().isEmpty()) {
        return;
      }
      Element section = main.appendElement("section").attr("id", "duplicate-groups");
      section.appendElement("h2").text("Duplicate groups");
      section.appendElement("p").text("The same words; each group is judged once through its representative,"
          + " whose pairs hold for every member.");
      Element list = section.appendElement("ol");
      for (DuplicateGroup group : result.duplicateGroups()) {
        Element item = list.appendElement("li");
        item.appendText(Plural.of(group.members().size(), "member") + "; representative ");
        item.appendElement("a").attr("href", document(group.representative()))
            .text(group.representative().value());
      }
    }

    private void boilerplate(Element main) {
      if (result.boilerplate().isEmpty()) {
        return;
      }
      Element section = main.appendElement("section").attr("id", "boilerplate");
      section.appendElement("h2").text("Corpus boilerplate");
      section.appendElement("p").text("Text so common in the corpus that it makes no pair by itself: boilerplate"
          + " is left out of every pair, a formula (a stock sentence) out of the pairs of articles that do not"
          + " tell the same story.");
      Element list = section.appendElement("ol");
      for (var piece : result.boilerplate()) {
        Element item = list.appendElement("li");
        item.appendText((piece.kind().equals("formula") ? "A formula in " : "In ")
            + Plural.of(piece.documents(), "document") + ", left out of " + Plural.of(piece.pairs(), "pair") + ": ");
        item.appendElement("q").text(piece.text());
      }
    }

    private void skipped(Element main) {
      if (result.skipped().isEmpty()) {
        return;
      }
      Element section = main.appendElement("section").attr("id", "skipped");
      section.appendElement("h2").text("Skipped inputs");
      Element list = section.appendElement("ul");
      result.skipped().forEach(s -> list.appendElement("li")
          .text(s.id() + ": " + s.reason() + " (" + s.detail() + ")"));
    }
  }
}
