package org.reprint.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An absolute http or https URL as found in metadata, and the outlet it names. */
record WebAddress(String url, String host) {

  /** The address {@code text} holds as a whole, or {@code null} when it is not an absolute web URL. */
  static WebAddress parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String url = text.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return web && uri.getHost() != null ? new WebAddress(url, uri.getHost()) : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The host in lower case without a leading {@code www.}: {@code themoscowtimes.com}. */
  String outlet() {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("www.") ? lower.substring(4) : lower;
  }

  /** The outlet named by {@code url}, or {@code null} when it is absent or not a web URL. */
  static String outletOf(String url) {
    WebAddress address = parse(url);
    return address == null ? null : address.outlet();
  }
}
