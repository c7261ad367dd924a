package org.reprint.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprint.document.TextSpan;

/**
 * Moves the suspicious side of a verbatim case to where its source passage really is, for corpora whose text
 * was re-extracted after annotation (see the PAN subset's SOURCE.md: its suspicious-side offsets drift, in
 * places by more than a thousand chars, because text was dropped before the passage).
 *
 * <p>A case is left alone unless both hold: its annotated suspicious span contains fewer than half of the
 * source passage's word {@value #GRAM}-grams, and one word offset (suspicious word index minus source word
 * index) carries at least half of them elsewhere in the suspicious document. The case then covers the source
 * passage's words shifted by that offset. Words are runs of letters and digits, lower-cased: a locator
 * independent of Reprint's own tokenizer and aligner, so a detector cannot move the truth towards itself.
 * Eight words rarely repeat by chance in a document, and a char mangled by the re-extraction spoils only the
 * grams that hold it. Obfuscated cases, whose source words are not copied in order, are never moved.
 */
final class AnnotationAnchoring {

  /** Words per gram: long enough not to repeat by chance, short enough to survive a mangled char. */
  static final int GRAM = 8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Map<String, Words> words = new HashMap<>();
  private final Map<String, String> texts;
  private int moved;

  /** @param texts each document's text by name */
  AnnotationAnchoring(Map<String, String> texts) {
    this.texts = texts;
  }

  /** The cases, each re-anchored where the rule above applies, in the same order. */
  List<PassagePair> anchor(List<PassagePair> cases) {
    List<PassagePair> anchored = new ArrayList<>(cases.size());
    for (PassagePair annotated : cases) {
      PassagePair result = anchor(annotated);
      moved += result.equals(annotated) ? 0 : 1;
      anchored.add(result);
    }
    return anchored;
  }

  /** How many cases {@link #anchor} moved so far. */
  int moved() {
    return moved;
  }

  private PassagePair anchor(PassagePair annotated) {
    Words suspicious = words(annotated.suspicious());
    Words source = words(annotated.source());
    int first = source.firstWithin(annotated.sourceSpan());
    int last = source.lastWithin(annotated.sourceSpan());
    int grams = last - first + 2 - GRAM;
    if (grams <= 0) {
      return annotated;
    }
    int inPlace = 0;
    Map<Integer, Integer> votes = new TreeMap<>();
    for (int i = first; i + GRAM - 1 <= last; i++) {
      boolean held = false;
      for (int position : suspicious.positions(source.gram(i))) {
        votes.merge(position - i, 1, Integer::sum);
        held |= within(suspicious.span(position, position + GRAM - 1), annotated.suspiciousSpan());
      }
      inPlace += held ? 1 : 0;
    }
    if (2 * inPlace >= grams) {
      return annotated;
    }
    Map.Entry<Integer, Integer> best = null;
    for (Map.Entry<Integer, Integer> vote : votes.entrySet()) { // ascending offsets: ties go to the first
      best = best == null || vote.getValue() > best.getValue() ? vote : best;
    }
    if (best == null || 2 * best.getValue() < grams) {
      return annotated;
    }
    int start = Math.max(0, first + best.getKey());
    int end = Math.min(suspicious.count() - 1, last + best.getKey());
    return new PassagePair(annotated.suspicious(), annotated.source(), suspicious.span(start, end),
        annotated.sourceSpan());
  }

  private static boolean within(TextSpan inner, TextSpan outer) {
    return inner.start() >= outer.start() && inner.end() <= outer.end();
  }

  private Words words(String name) {
    return words.computeIfAbsent(name, key -> {
      String text = texts.get(key);
      if (text == null) {
        throw new IllegalArgumentException("texts must hold every annotated document, got none for " + key);
      }
      return new Words(text);
    });
  }

  /** A document's words, their char spans, and where each word gram starts. */
  private static final class Words {
    private final List<String> words = new ArrayList<>();
    private final List<TextSpan> spans = new ArrayList<>();
    private final Map<String, List<Integer>> grams = new HashMap<>();

    Words(String text) {
      Matcher word = WORD.matcher(text);
      while (word.find()) {
        words.add(word.group().toLowerCase(Locale.ROOT));
        spans.add(new TextSpan(word.start(), word.end()));
      }
      for (int i = 0; i + GRAM <= words.size(); i++) {
        grams.computeIfAbsent(gram(i), g -> new ArrayList<>()).add(i);
      }
    }

    int count() {
      return words.size();
    }

    String gram(int first) {
      return String.join(" ", words.subList(first, first + GRAM));
    }

    List<Integer> positions(String gram) {
      return grams.getOrDefault(gram, List.of());
    }

    /** The chars from the start of word {@code first} to the end of word {@code last}. */
    TextSpan span(int first, int last) {
      return new TextSpan(spans.get(first).start(), spans.get(last).end());
    }

    /** The first word that starts inside {@code span} or after it (the word count when none does). */
    int firstWithin(TextSpan span) {
      int low = 0;
      int high = spans.size();
      while (low < high) { // the first word whose start is at least span.start
        int middle = (low + high) >>> 1;
        if (spans.get(middle).start() < span.start()) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }

    /** The last word that ends inside {@code span} or before it (-1 when none does). */
    int lastWithin(TextSpan span) {
      int low = 0;
      int high = spans.size();
      while (low < high) { // the first word whose end is past span.end
        int middle = (low + high) >>> 1;
        if (spans.get(middle).end() <= span.end()) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low - 1;
    }
  }
}
