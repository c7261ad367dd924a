package org.reprint.classify;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.reprint.document.Metadata;

/**
 * The news agencies whose credit lines Reprint recognizes, each with the names a text calls it by and the
 * web hosts of its own sites. Names are matched case-sensitively as whole words: "AP" is the agency, "ap"
 * is not. Agencies whose short name is an ordinary word or a person's name (Bloomberg) are kept, because
 * a credit needs an attribution verb next to the name as well (see {@link AttributionFinder}).
 */
public enum NewsAgency {
  AFP("AFP", List.of("Agence France-Presse", "Agence France Presse", "AFP"), List.of("afp.com")),
  AP("AP", List.of("Associated Press", "AP"), List.of("apnews.com", "ap.org")),
  REUTERS("Reuters", List.of("Reuters"), List.of("reuters.com")),
  BLOOMBERG("Bloomberg", List.of("Bloomberg News", "Bloomberg"), List.of("bloomberg.com")),
  TASS("TASS", List.of("ITAR-TASS", "TASS", "Tass"), List.of("tass.com", "tass.ru")),
  XINHUA("Xinhua", List.of("Xinhua News Agency", "Xinhua"), List.of("xinhuanet.com", "news.cn")),
  DPA("dpa", List.of("Deutsche Presse-Agentur", "dpa", "DPA"), List.of("dpa.com")),
  EFE("EFE", List.of("EFE"), List.of("efe.com")),
  ANSA("ANSA", List.of("ANSA"), List.of("ansa.it")),
  KYODO("Kyodo", List.of("Kyodo News", "Kyodo"), List.of("kyodonews.net")),
  UPI("UPI", List.of("United Press International", "UPI"), List.of("upi.com")),
  PTI("PTI", List.of("Press Trust of India", "PTI"), List.of("ptinews.com")),
  ANADOLU("Anadolu", List.of("Anadolu Agency", "Anadolu"), List.of("aa.com.tr"));

  private final String shortName;
  private final List<String> names;
  private final List<String> hosts;
  private final Pattern namePattern;

  NewsAgency(String shortName, List<String> names, List<String> hosts) {
    this.shortName = shortName;
    this.names = names;
    this.hosts = hosts;
    this.namePattern = Pattern.compile("(?<![\\w-])(?:" + alternatives(names) + ")(?![\\w-])");
  }

  /** The name reports use: "AFP", "Reuters". */
  public String shortName() {
    return shortName;
  }

  /**
   * The agencies a document's byline or outlet names: the document is that agency's own copy ("Mariam
   * Harutyunyan for AFP", outlet {@code reuters.com}).
   */
  public static Set<NewsAgency> identifiedBy(Metadata metadata) {
    Set<NewsAgency> agencies = EnumSet.noneOf(NewsAgency.class);
    for (NewsAgency agency : values()) {
      if (agency.isNamedIn(metadata.byline()) || agency.isOutlet(metadata.outlet())) {
        agencies.add(agency);
      }
    }
    return agencies;
  }

  /** Whether {@code outlet} (a host or a source name) is this agency's own. */
  boolean isOutlet(String outlet) {
    if (outlet == null) {
      return false;
    }
    String host = outlet.toLowerCase(Locale.ROOT);
    for (String own : hosts) {
      if (host.equals(own) || host.endsWith("." + own)) {
        return true;
      }
    }
    return isNamedIn(outlet);
  }

  private boolean isNamedIn(String text) {
    return text != null && namePattern.matcher(text).find();
  }

  /** The agency a matched name belongs to. */
  static NewsAgency byName(String name) {
    for (NewsAgency agency : values()) {
      if (agency.names.contains(name)) {
        return agency;
      }
    }
    throw new IllegalArgumentException("not an agency name: " + name);
  }

  /** Where the first agency name at or after {@code from} starts in {@code text}, or -1 if none does. */
  static int firstNameFrom(String text, int from) {
    int first = -1;
    for (NewsAgency agency : values()) {
      for (String name : agency.names) {
        int at = text.indexOf(name, from);
        if (at >= 0 && (first < 0 || at < first)) {
          first = at;
        }
      }
    }
    return first;
  }

  /** A regular-expression alternation of every agency name, longest first so that a long name wins. */
  static String allNames() {
    List<String> all = new java.util.ArrayList<>();
    for (NewsAgency agency : values()) {
      all.addAll(agency.names);
    }
    all.sort((x, y) -> Integer.compare(y.length(), x.length()));
    return alternatives(all);
  }

  private static String alternatives(List<String> names) {
    StringBuilder pattern = new StringBuilder();
    for (String name : names) {
      pattern.append(pattern.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    return pattern.toString();
  }
}
