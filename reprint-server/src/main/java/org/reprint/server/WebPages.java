package org.reprint.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.reprint.classify.PairJudgement;
import org.reprint.cluster.DocumentGroup;
import org.reprint.cluster.ProvenanceEdge;
import org.reprint.cluster.TimelineEntry;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.engine.ScanResult;
import org.reprint.report.HtmlViews;
import org.reprint.report.Plural;

/**
 * The web page's screens, each built from the views the static report uses ({@link HtmlViews}) and linked
 * to the same style sheet, served at {@value #STYLE_SHEET}: the check form, a check's ranked matches with
 * each match side by side, an article, a pair side by side, a family and a story. No screen has a script;
 * the server's Content-Security-Policy forbids them.
 */
final class WebPages {

  static final String STYLE_SHEET = "/assets/reprint.css";

  /** Matches of a check shown side by side, the strongest first; the table lists them all. */
  static final int SIDE_BY_SIDE = 20;

  /** Families larger than this are cut when followed from the web page. */
  static final int FAMILY_LIMIT = 50;

  private WebPages() {}

  /**
   * Links between the server's screens; {@code local} is an article not in the index (the checked one), or
   * null when every article is indexed.
   */
  private record ServerLinks(DocumentId local, Map<DocumentId, String> matchAnchors) implements HtmlViews.Links {
    @Override
    public String document(DocumentId id) {
      return id.equals(local) ? null : "/article?id=" + encode(id.value());
    }

    @Override
    public String pair(DocumentId first, DocumentId second) {
      if (local != null && (first.equals(local) || second.equals(local))) {
        return matchAnchors.get(first.equals(local) ? second : first);
      }
      return "/match?a=" + encode(first.value()) + "&b=" + encode(second.value());
    }

    @Override
    public String family(DocumentId member) {
      return member.equals(local) ? null : "/family?id=" + encode(member.value());
    }

    @Override
    public String story(DocumentId member) {
      return member.equals(local) ? null : "/story?id=" + encode(member.value());
    }
  }

  private static final ServerLinks INDEXED = new ServerLinks(null, Map.of());

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A page with the header every screen has; returns its {@code main}, for the caller to fill. */
  private static Element shell(String title, int indexed) {
    org.jsoup.nodes.Document page = HtmlViews.page(title + " · Reprint");
    page.head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLE_SHEET);
    Element header = page.body().appendElement("header").addClass("top");
    header.appendElement("a").addClass("brand").attr("href", "/").text("Reprint");
    Element nav = header.appendElement("nav");
    nav.appendElement("a").attr("href", "/").text("Check an article");
    header.appendElement("span").addClass("muted").text(Plural.of(indexed, "article") + " indexed");
    return page.body().appendElement("main");
  }

  static String checkForm(int indexed, String message) {
    Element main = shell("Check an article", indexed);
    main.appendElement("h1").text("Check an article against the index");
    main.appendElement("p").addClass("muted").text("Paste an article or upload a file (.txt, .md, .html)."
        + " Reprint finds the indexed articles it copies, rewrites, quotes or reports alongside; nothing is"
        + " added to the index.");
    if (message != null) {
      main.appendElement("p").addClass("notice").addClass("error").text(message);
    }
    Element form = main.appendElement("form").addClass("check").attr("method", "post").attr("action", "/check")
        .attr("enctype", "multipart/form-data");
    form.appendElement("label").attr("for", "text").addClass("muted").text("Article text");
    form.appendElement("textarea").attr("id", "text").attr("name", "text")
        .attr("placeholder", "Paste the article here: title on the first line, then the text.");
    Element row = form.appendElement("div").addClass("row");
    Element file = row.appendElement("label");
    file.appendText("or a file: ");
    file.appendElement("input").attr("type", "file").attr("name", "file").attr("id", "file")
        .attr("accept", ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html");
    Element format = row.appendElement("label");
    format.appendText("pasted text is ");
    Element select = format.appendElement("select").attr("name", "format").attr("id", "format");
    select.appendElement("option").attr("value", "text").attr("selected", true).text("plain text");
    select.appendElement("option").attr("value", "markdown").text("Markdown");
    select.appendElement("option").attr("value", "html").text("HTML");
    row.appendElement("button").attr("type", "submit").attr("id", "check").text("Check");
    return HtmlViews.html(main.ownerDocument());
  }

  /**
   * A check's result: the indexed articles related to the checked one, ranked (strongest relation first;
   * among equals the family's likely original, then the larger share of the checked text reused), then
   * each match with both texts side by side. The checked article was read (the caller answers an unreadable
   * one with the form and the reason).
   */
  static String checkResult(ScanResult result, DocumentId checked, int indexed) {
    Element main = shell("Check", indexed);
    Map<DocumentId, Document> documents = byId(result);
    List<PairJudgement> matches = ranked(result, checked);
    main.appendElement("h1").text("Check: " + HtmlViews.name(documents.get(checked)));
    main.appendElement("p").attr("id", "summary").text(matches.isEmpty()
        ? "No indexed article is related to this one."
        : Plural.of(matches.size(), "indexed article") + " related to this one, strongest first.");
    Map<DocumentId, String> anchors = new HashMap<>();
    int shown = Math.min(matches.size(), SIDE_BY_SIDE);
    if (matches.size() > shown) {
      main.appendElement("p").addClass("muted").text("The first " + shown + " are shown side by side below.");
    }
    for (int i = 0; i < shown; i++) {
      anchors.put(other(matches.get(i), checked), "#match-" + (i + 1));
    }
    ServerLinks links = new ServerLinks(checked, anchors);
    if (!matches.isEmpty()) {
      matchTable(main, matches, checked, documents, links);
      HtmlViews.legend(main);
    }
    for (int i = 0; i < shown; i++) {
      PairJudgement match = matches.get(i);
      Element section = main.appendElement("section").addClass("pair").addClass(match.relation().name())
          .attr("id", "match-" + (i + 1));
      Element heading = section.appendElement("h2");
      heading.appendText((i + 1) + ". ");
      HtmlViews.relationBadge(heading, match.relation());
      heading.appendText(" " + HtmlViews.name(documents.get(other(match, checked))));
      HtmlViews.pair(section, match, documents, true, links);
    }
    return HtmlViews.html(main.ownerDocument());
  }

  private static void matchTable(
      Element main, List<PairJudgement> matches, DocumentId checked, Map<DocumentId, Document> documents,
      ServerLinks links) {
    Element table = main.appendElement("table").addClass("list").attr("id", "matches");
    Element head = table.appendElement("tr");
    head.appendElement("th").addClass("tiny").text("#");
    head.appendElement("th").addClass("relation").text("Relation");
    head.appendElement("th").text("Indexed article");
    head.appendElement("th").addClass("narrow").text("Of your text reused");
    head.appendElement("th").addClass("optional").text("Word for word");
    head.appendElement("th").addClass("optional").text("Story similarity");
    for (int i = 0; i < matches.size(); i++) {
      PairJudgement match = matches.get(i);
      boolean checkedFirst = match.first().equals(checked);
      Element row = table.appendElement("tr").addClass("match");
      Element number = row.appendElement("td").addClass("number");
      if (i < SIDE_BY_SIDE) {
        number.appendElement("a").attr("href", "#match-" + (i + 1)).text(String.valueOf(i + 1));
      } else {
        number.text(String.valueOf(i + 1));
      }
      HtmlViews.relationBadge(row.appendElement("td"), match.relation());
      DocumentId other = other(match, checked);
      HtmlViews.articleLabel(row.appendElement("td"), documents.get(other), links.document(other));
      // a pair with no reuse relation has no passage to speak of: its aligned sentences fell short of reuse
      boolean reuse = match.relation().isReuse();
      row.appendElement("td").addClass("number").text(!reuse ? "—" : percent(checkedFirst
          ? match.scores().alignedShareFirst() : match.scores().alignedShareSecond()));
      row.appendElement("td").addClass("number").addClass("optional").text(!reuse ? "—" : percent(checkedFirst
          ? match.scores().verbatimShareFirst() : match.scores().verbatimShareSecond()));
      row.appendElement("td").addClass("number").addClass("optional")
          .text(String.format(java.util.Locale.ROOT, "%.2f", match.scores().storySimilarity()));
    }
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  static List<PairJudgement> ranked(ScanResult result, DocumentId checked) {
    Optional<DocumentGroup> family = result.clustering().families().stream()
        .filter(f -> f.members().contains(checked)).findFirst();
    DocumentId original = family.map(DocumentGroup::original).orElse(null);
    return result.pairs().stream()
        .filter(p -> p.first().equals(checked) || p.second().equals(checked))
        .sorted(Comparator.comparing(PairJudgement::relation)
            .thenComparing(p -> !other(p, checked).equals(original))
            .thenComparing(p -> -(p.first().equals(checked)
                ? p.scores().alignedShareFirst() : p.scores().alignedShareSecond()))
            .thenComparing(p -> -p.scores().storySimilarity())
            .thenComparing(p -> other(p, checked)))
        .toList();
  }

  private static DocumentId other(PairJudgement pair, DocumentId one) {
    return pair.first().equals(one) ? pair.second() : pair.first();
  }

  private static Map<DocumentId, Document> byId(ScanResult result) {
    Map<DocumentId, Document> documents = new HashMap<>();
    result.documents().forEach(d -> documents.put(d.id(), d));
    return documents;
  }

  static String article(Document document, int indexed) {
    Element main = shell(HtmlViews.name(document), indexed);
    Element heading = main.appendElement("h1");
    heading.text(HtmlViews.name(document));
    Element meta = main.appendElement("p");
    meta.appendElement("span").addClass("meta").text(HtmlViews.meta(document.metadata()));
    meta.appendElement("br");
    meta.appendElement("span").addClass("id").text(document.id().value());
    Element links = main.appendElement("p");
    links.appendElement("a").attr("href", INDEXED.family(document.id())).text("Its reuse family");
    links.appendText(" · ");
    links.appendElement("a").attr("href", INDEXED.story(document.id())).text("Its story");
    HtmlViews.webAddress(document.metadata().url()).ifPresent(url -> {
      links.appendText(" · ");
      links.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer nofollow").text("Source");
    });
    main.appendElement("div").addClass("text").text(document.originalText());
    return HtmlViews.html(main.ownerDocument());
  }

  /** Two indexed articles side by side, as a query of the first judges them. */
  static String match(ScanResult result, DocumentId first, DocumentId second, int indexed) {
    Map<DocumentId, Document> documents = byId(result);
    Element main = shell("Side by side", indexed);
    Optional<PairJudgement> pair = result.pair(first.value(), second.value());
    Element heading = main.appendElement("h1");
    if (pair.isEmpty()) {
      heading.text("Not related");
      main.appendElement("p").addClass("notice").text("The index does not relate these two articles: they"
          + " share no passage and do not tell the same story.");
      return HtmlViews.html(main.ownerDocument());
    }
    HtmlViews.relationBadge(heading, pair.get().relation());
    heading.appendText(" " + HtmlViews.name(documents.get(pair.get().first())) + " ↔ "
        + HtmlViews.name(documents.get(pair.get().second())));
    HtmlViews.legend(main);
    HtmlViews.pair(main, pair.get(), documents, true, INDEXED);
    return HtmlViews.html(main.ownerDocument());
  }

  /**
   * A reuse family: its likely original and why, its members, who took from whom, and what each copy
   * changed.
   */
  static String family(ScanResult result, DocumentId id, int indexed) {
    Map<DocumentId, Document> documents = byId(result);
    Element main = shell("Family", indexed);
    Optional<DocumentGroup> found = result.clustering().families().stream()
        .filter(f -> f.members().contains(id)).findFirst();
    Element heading = main.appendElement("h1");
    if (found.isEmpty()) {
      heading.text("No reuse family");
      Element notice = main.appendElement("p").addClass("notice");
      notice.appendText(HtmlViews.name(documents.get(id)) + " shares no passage with another indexed article. ");
      notice.appendElement("a").attr("href", INDEXED.story(id)).text("See its story");
      return HtmlViews.html(main.ownerDocument());
    }
    DocumentGroup family = found.get();
    heading.text("Reuse family: " + Plural.of(family.members().size(), "article"));
    if (family.members().size() >= FAMILY_LIMIT) {
      main.appendElement("p").addClass("notice").text("The family was followed to " + FAMILY_LIMIT
          + " articles, those closest to the one you opened; it may be larger.");
    }
    Element original = main.appendElement("p").attr("id", "original");
    original.appendElement("span").addClass("badge").addClass("original").text("likely original");
    original.appendText(" ");
    HtmlViews.articleLabel(original, documents.get(family.original()), INDEXED.document(family.original()));
    original.appendElement("br");
    original.appendElement("span").addClass("muted").text("Why: " + family.originalEvidence());
    List<PairJudgement> pairs = result.pairs().stream()
        .filter(p -> p.relation().isReuse() && family.members().contains(p.first())
            && family.members().contains(p.second()))
        .toList();
    members(main, family, documents);
    whoTookFromWhom(main, family, documents);
    changes(main, changedFromSource(family, pairs), documents);
    return HtmlViews.html(main.ownerDocument());
  }

  /**
   * One pair per copy, to say what it changed: its pair with the likely original when they are related,
   * else its pair with a source the direction names, else none. A family of n copies gets n - 1 lists,
   * not n(n-1)/2.
   */
  private static List<PairJudgement> changedFromSource(DocumentGroup family, List<PairJudgement> pairs) {
    List<PairJudgement> chosen = new ArrayList<>();
    for (DocumentId member : family.members()) {
      if (member.equals(family.original())) {
        continue;
      }
      pairs.stream()
          .filter(p -> p.first().equals(member) || p.second().equals(member))
          .filter(p -> other(p, member).equals(family.original())
              || p.knownDirection().map(d -> d.copy().equals(member)).orElse(false))
          .min(Comparator.comparing((PairJudgement p) -> !other(p, member).equals(family.original())))
          .ifPresent(chosen::add);
    }
    return chosen;
  }

  /** The members in time order, each with the member it took its text from and how much of it. */
  private static void members(Element main, DocumentGroup family, Map<DocumentId, Document> documents) {
    boolean dated = family.members().stream().anyMatch(id -> documents.get(id).metadata().published() != null);
    main.appendElement("h2").text(dated ? "Members, in time order (undated ones after their source)"
        : "Members (none is dated: each after its source)");
    Element table = main.appendElement("table").addClass("list").attr("id", "members");
    Element head = table.appendElement("tr");
    head.appendElement("th").text("Article");
    head.appendElement("th").text("Took from");
    for (TimelineEntry entry : family.timeline()) {
      Element row = table.appendElement("tr");
      Element cell = row.appendElement("td");
      if (entry.id().equals(family.original())) {
        cell.appendElement("span").addClass("badge").addClass("original").text("likely original");
        cell.appendText(" ");
      }
      HtmlViews.articleLabel(cell, documents.get(entry.id()), INDEXED.document(entry.id()));
      Element source = row.appendElement("td");
      if (entry.source() == null) {
        source.text("—");
        continue;
      }
      HtmlViews.relationBadge(source, entry.relationToSource());
      source.appendText(" " + HtmlViews.name(documents.get(entry.source())) + ": " + entry.shares());
    }
  }

  /** The family's tree of who took from whom, each step with its evidence. */
  private static void whoTookFromWhom(Element main, DocumentGroup family, Map<DocumentId, Document> documents) {
    main.appendElement("h2").text("Who took from whom");
    Element list = main.appendElement("ul").attr("id", "directions");
    for (ProvenanceEdge edge : family.edges()) {
      Element item = list.appendElement("li");
      HtmlViews.relationBadge(item, edge.relation());
      item.appendText(" ");
      boolean sourceFirst = edge.source().compareTo(edge.copy()) < 0;
      item.appendElement("a").attr("href", sourceFirst ? INDEXED.pair(edge.source(), edge.copy())
              : INDEXED.pair(edge.copy(), edge.source()))
          .text(HtmlViews.name(documents.get(edge.source())) + (edge.directed() ? " → " : " ↔ ")
              + HtmlViews.name(documents.get(edge.copy())));
      item.appendElement("br");
      item.appendElement("span").addClass("muted").text(edge.evidence());
    }
  }

  private static void changes(Element main, List<PairJudgement> pairs, Map<DocumentId, Document> documents) {
    main.appendElement("h2").text("What each copy changed (from the likely original, or the source it took from)");
    boolean any = false;
    for (PairJudgement pair : pairs) {
      if (pair.divergences().isEmpty()) {
        continue;
      }
      any = true;
      Element heading = main.appendElement("h3");
      heading.appendElement("a").attr("href", INDEXED.pair(pair.first(), pair.second()))
          .text(HtmlViews.name(documents.get(pair.first())) + " ↔ " + HtmlViews.name(documents.get(pair.second())));
      HtmlViews.divergenceList(main, pair, documents.get(pair.first()), documents.get(pair.second()));
    }
    if (!any) {
      main.appendElement("p").addClass("muted").text("No copy changed a name, number, negation or quotation.");
    }
  }

  /** Articles judged among themselves for a story page's time line of the event: n(n-1)/2 pairs. */
  static final int EVENT_LIMIT = 30;

  /**
   * The articles the index relates to one, in time order, each with its relation to it; then the event:
   * those of them ({@code event}, judged among themselves) that form one story with it, as a time line.
   */
  static String story(ScanResult result, ScanResult event, DocumentId id, int indexed) {
    Map<DocumentId, Document> documents = byId(result);
    Element main = shell("Story", indexed);
    List<PairJudgement> related = ranked(result, id);
    Map<DocumentId, PairJudgement> relationTo = new HashMap<>();
    related.forEach(p -> relationTo.put(other(p, id), p));
    main.appendElement("h1").text("Story: " + HtmlViews.name(documents.get(id)));
    main.appendElement("p").text(Plural.of(related.size() + 1, "article") + " in time order: this one and"
        + " every indexed article related to it (reused text or the same story told independently).");
    List<DocumentId> members = new ArrayList<>(relationTo.keySet());
    members.add(id);
    Element table = main.appendElement("table").addClass("list").attr("id", "story");
    Element head = table.appendElement("tr");
    head.appendElement("th").text("Date");
    head.appendElement("th").text("Article");
    head.appendElement("th").text("Relation to it");
    for (Document member : HtmlViews.inTimeOrder(members, documents)) {
      Element row = table.appendElement("tr");
      row.appendElement("td").addClass("number").text(member.metadata().published() == null
          ? "undated" : member.metadata().published().toString());
      HtmlViews.articleLabel(row.appendElement("td"), member, INDEXED.document(member.id()));
      Element relation = row.appendElement("td");
      PairJudgement pair = relationTo.get(member.id());
      if (pair == null) {
        relation.text("(this article)");
        continue;
      }
      Element link = relation.appendElement("a").attr("href", INDEXED.pair(pair.first(), pair.second()));
      HtmlViews.relationBadge(link, pair.relation());
      if (pair.relation().isReuse()) {
        relation.appendText(" ");
        relation.appendElement("a").attr("href", INDEXED.family(member.id())).text("family");
      }
    }
    Map<DocumentId, Document> judged = byId(event);
    event.clustering().stories().stream().filter(s -> s.members().contains(id)).findFirst().ifPresent(story -> {
      main.appendElement("h2").text("The event: " + Plural.of(story.members().size(), "article"));
      main.appendElement("p").addClass("muted").text("Those of "
          + (related.size() + 1 > EVENT_LIMIT ? "the " + EVENT_LIMIT + " closest of " : "")
          + "these articles that report one event with this one, judged among themselves: each is related"
          + " to most of the others. Likely original: " + HtmlViews.name(judged.get(story.original())) + " ("
          + story.originalEvidence() + ").");
      HtmlViews.timeline(main, story.timeline(), judged, INDEXED).attr("id", "timeline");
    });
    return HtmlViews.html(main.ownerDocument());
  }


  /** An error as a page, for the browser. */
  static String error(int status, String message, int indexed) {
    Element main = shell("Error " + status, indexed);
    main.appendElement("h1").text("Error " + status);
    main.appendElement("p").addClass("notice").addClass("error").text(message);
    main.appendElement("p").appendElement("a").attr("href", "/").text("Check an article");
    return HtmlViews.html(main.ownerDocument());
  }
}
