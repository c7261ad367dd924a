package org.reprint.document;

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
 */
public record Metadata(String title, String byline, LocalDate published, String url, String outlet) implements java.io.Serializable {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** How many of the five fields are known; used to break ties when naming a likely original. */
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
