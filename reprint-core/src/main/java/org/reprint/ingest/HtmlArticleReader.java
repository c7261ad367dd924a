package org.reprint.ingest;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.reprint.document.Metadata;

/**
 * Reads the article out of an HTML page: its metadata from the head and its main text without navigation,
 * comments and other page furniture.
 *
 * <p>Metadata is read first, from the whole page: title from {@code og:title}, else {@code <title>}, else
 * the first {@code <h1>}; byline from {@code <meta name="author">}, else a {@code rel=author} element, else
 * a {@code .byline} element (without a leading "By"); date from {@code article:published_time}, else {@code
 * <meta name="date">}, else the first {@code <time datetime>}; URL from {@code <link rel="canonical">}, else
 * {@code og:url}; outlet from {@code og:site_name}, else the URL's host.
 *
 * <p>Then page furniture is removed (navigation, header, footer, asides, scripts, forms, figures, comment,
 * share and related-links blocks) and the main content chosen: the {@code <article>} element if there is
 * one, else the {@code div}, {@code section} or {@code main} whose direct {@code <p>} children hold the most
 * text, else the body. Its block elements ({@code p}, {@code h1}-{@code h6}, {@code li}, {@code blockquote},
 * {@code pre}) each become one paragraph with inline white space collapsed; paragraphs are separated by a
 * blank line. This extracted text is the document's original text, so offsets of an HTML document point into
 * it, not into the page source.
 */
final class HtmlArticleReader {

  /** The text and metadata of one page. */
  record Article(String text, Metadata metadata) {}

  private static final String FURNITURE =
      "nav, header, footer, aside, script, style, noscript, form, iframe, figure, .comments, #comments,"
          + " .share, .related, [role=navigation], [role=complementary]";

  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");

  private static final String BLOCK_QUERY = String.join(", ", BLOCKS);

  private HtmlArticleReader() {}

  static Article read(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    Metadata metadata = metadata(page);
    page.select(FURNITURE).remove();
    List<String> paragraphs = new ArrayList<>();
    collectParagraphs(mainContent(page), paragraphs);
    return new Article(String.join("\n\n", paragraphs), metadata);
  }

  private static Metadata metadata(org.jsoup.nodes.Document page) {
    String title = first(meta(page, "meta[property=og:title]"), text(page, "title"), text(page, "h1"));
    String byline = first(meta(page, "meta[name=author]"), text(page, "[rel=author]"), text(page, ".byline"));
    if (byline != null) {
      byline = byline.replaceFirst("^(?:By|BY)\\s+", "");
    }
    String date =
        first(
            meta(page, "meta[property=article:published_time]"),
            meta(page, "meta[name=date]"),
            attribute(page, "time[datetime]", "datetime"));
    LocalDate published = date == null ? null : DateReader.parsePhrase(date);
    String url = first(attribute(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]"));
    String outlet = first(meta(page, "meta[property=og:site_name]"), WebAddress.outletOf(url));
    return new Metadata(title, byline, published, url, outlet);
  }

  private static Element mainContent(org.jsoup.nodes.Document page) {
    Element article = page.selectFirst("article");
    if (article != null) {
      return article;
    }
    Element best = page.body();
    int bestLength = 0;
    for (Element candidate : page.select("div, section, main")) {
      int length = 0;
      for (Element child : candidate.children()) {
        length += child.normalName().equals("p") ? child.text().length() : 0;
      }
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  /**
   * Adds one paragraph per innermost block element. A block holding other blocks (a quote of several
   * paragraphs) is descended into; an element with no blocks at all gives its whole text as one paragraph.
   * The walk keeps its own stack rather than recursing: a hostile page nests thousands of elements, which
   * overflowed the thread's stack and stopped the whole run. Elements are visited in document order.
   */
  private static void collectParagraphs(Element root, List<String> paragraphs) {
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      if (element.select(BLOCK_QUERY).size() == (isBlock(element) ? 1 : 0)) {
        addParagraph(element, paragraphs);
        continue;
      }
      Elements children = element.children();
      for (int i = children.size() - 1; i >= 0; i--) { // pushed last to first, so popped first to last
        Element child = children.get(i);
        if (isBlock(child) || !child.select(BLOCK_QUERY).isEmpty()) {
          pending.push(child);
        }
      }
    }
  }

  private static void addParagraph(Element element, List<String> paragraphs) {
    String text = element.normalName().equals("pre") ? element.wholeText().strip() : element.text().strip();
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
  }

  private static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  private static String meta(org.jsoup.nodes.Document page, String query) {
    return attribute(page, query, "content");
  }

  private static String attribute(org.jsoup.nodes.Document page, String query, String name) {
    Element element = page.selectFirst(query);
    return element == null ? null : blankToNull(element.attr(name));
  }

  private static String text(org.jsoup.nodes.Document page, String query) {
    Elements elements = page.select(query);
    return elements.isEmpty() ? null : blankToNull(elements.first().text());
  }

  @SafeVarargs
  private static <T> T first(T... candidates) {
    for (T candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
