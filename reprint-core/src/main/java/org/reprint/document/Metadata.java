package org.reprint.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every field may be absent ({@code null}); the accessors
 * returning {@link Optional} are for callers that prefer them.
 *
 * @param title the headline
 * @param byline the author line, without a leading "By"
 * @param published the publication date
 * @param url the canonical URL
 * @param outlet the publishing outlet: a source name from the input, else the URL's host without "www."
 * @param crawled when a crawler fetched the page (a WARC record's date, or a JSON Lines record's {@code
 *     crawled}): the article was online by then, so it bounds the publication date from above without being it
 */
public record Metadata(String title, String byline, LocalDate published, String url, String outlet, Instant crawled)
    implements java.io.Serializable {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

  /** Metadata of an article that was not crawled. */
  public Metadata(String title, String byline, LocalDate published, String url, String outlet) {
    this(title, byline, published, url, outlet, null);
  }

  /** This metadata with {@code crawled} as the crawl time. */
  public Metadata withCrawled(Instant crawled) {
    return new Metadata(title, byline, published, url, outlet, crawled);
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /**
   * How many of the first five fields are known; used to break ties when naming a likely original. The crawl
   * time is left out: it says when a crawler came by, not how well the article is described.
   */
  public int completeness() {
    int known = 0;
    for (Object field : new Object[] {title, byline, published, url, outlet}) {
      if (field != null) {
        known++;
      }
    }
    return known;
  }
}
