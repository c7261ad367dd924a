package org.reprint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reprint.align.PairAligner;
import org.reprint.document.DocumentId;

/**
 * Gathers the verbatim matches judging left out as corpus boilerplate, so that the result reports each
 * piece of common text once, with how many documents hold it and a few examples, instead of as thousands
 * of pairs. Thread-safe; what it reports does not depend on the order matches arrive in.
 */
final class CorpusBoilerplate {

  /** Example documents kept per piece of boilerplate. */
  static final int EXAMPLES = 3;

  /** Characters of the text shown. */
  static final int TEXT = 300;

  private static final class Entry {
    int documents;
    int pairs;
    boolean beyondFormula; // left out of some pair as boilerplate, not only as a formula
    String text;
    DocumentId textFrom;
    final TreeSet<DocumentId> examples = new TreeSet<>();
  }

  private final Map<Long, Entry> byKey = new TreeMap<>();

  /** Records a match left out of the pair of {@code first} and {@code second}. */
  synchronized void add(PairAligner.CommonMatch match, org.reprint.document.Document first, DocumentId second) {
    Entry entry = byKey.computeIfAbsent(match.key(), key -> new Entry());
    entry.documents = Math.max(entry.documents, match.documents());
    entry.pairs++;
    entry.beyondFormula |= !match.formula();
    if (entry.textFrom == null || first.id().compareTo(entry.textFrom) < 0) {
      entry.textFrom = first.id();
      String text = first.originalText()
          .substring(match.firstOriginal().start(), match.firstOriginal().end()).replaceAll("\\s+", " ").strip();
      entry.text = text.length() <= TEXT ? text : text.substring(0, TEXT - 3) + "...";
    }
    keepSmallest(entry.examples, first.id());
    keepSmallest(entry.examples, second);
  }

  private static void keepSmallest(TreeSet<DocumentId> examples, DocumentId id) {
    examples.add(id);
    if (examples.size() > EXAMPLES) {
      examples.pollLast();
    }
  }

  /** The boilerplate found, most widespread first. */
  synchronized List<Boilerplate> result() {
    List<Boilerplate> result = new ArrayList<>();
    for (Entry entry : byKey.values()) {
      result.add(new Boilerplate(entry.beyondFormula ? "boilerplate" : "formula", entry.text, entry.documents,
          entry.pairs, List.copyOf(entry.examples)));
    }
    result.sort(Comparator.comparingInt(Boilerplate::documents).reversed().thenComparing(Boilerplate::text));
    return result;
  }
}
