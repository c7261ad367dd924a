package org.reprint.fingerprint;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Content terms: the words that carry a story. A token is a content term when it is not on the Snowball
 * English stop word list and is longer than one character; the term is its Snowball (Porter 2) English stem,
 * so that "targeting" and "target", "assistance" and "assist" meet.
 */
public final class ContentTerms {

  private static final CharArraySet STOP_WORDS = loadStopWords();

  private static final java.util.Set<String> CALENDAR_WORDS =
      java.util.Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday");

  /**
   * Stems by word. Snowball stemming costs more than the rest of fingerprinting, and news repeats a small
   * vocabulary, so each distinct word is stemmed once. Bounded, so that a stream of junk tokens cannot grow it
   * without limit; past the bound, words are stemmed every time.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_CACHED_STEMS = 1 << 20;

  /** Stands for "stop word" in the stem cache, which cannot hold null. */
  private static final String NO_TERM = "";

  private ContentTerms() {}

  /** Whether a word, lower-cased, names a month or a weekday ("february", "feb", "monday"). */
  public static boolean isCalendarWord(String lowerCaseWord) {
    return CALENDAR_WORDS.contains(lowerCaseWord);
  }

  /** The content term of every token, or {@code null} where the token is a stop word. */
  public static String[] of(TokenSequence tokens) {
    String[] terms = new String[tokens.size()];
    EnglishStemmer stemmer = new EnglishStemmer(); // not thread-safe: one per call
    for (int i = 0; i < terms.length; i++) {
      terms[i] = contentTerm(tokens.term(i), stemmer);
    }
    return terms;
  }

  /**
   * Marks the tokens that look like names: a capitalized word that does not open a sentence or paragraph
   * ("Pashinyan", "Gyumri"), or an acronym of two or more capitals ("OSCE"). Names are what tie articles to one
   * event, so story similarity weighs them more. Sentence-initial words are left out because their capital
   * says nothing, and so are month and weekday names, which English capitalizes although they name no actor
   * (every wire story of a week shares them).
   */
  public static boolean[] properNames(String text, TokenSequence tokens) {
    boolean[] names = new boolean[tokens.size()];
    for (int i = 0; i < names.length; i++) {
      int start = tokens.starts()[i];
      int first = text.codePointAt(start);
      if (!Character.isUpperCase(first)) {
        continue;
      }
      boolean acronym = tokens.ends()[i] - start >= 2 && Character.isUpperCase(text.codePointAt(start + 1));
      names[i] = (acronym || !opensSentence(text, start)) && !CALENDAR_WORDS.contains(tokens.term(i));
    }
    return names;
  }

  private static boolean opensSentence(String text, int start) {
    for (int c = start - 1; c >= 0; c--) {
      char ch = text.charAt(c);
      if (ch == ' ' || ch == '"' || ch == '\'' || ch == '(') {
        continue;
      }
      return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '\n' || ch == '-';
    }
    return true;
  }

  public static boolean isStopWord(String term) {
    return STOP_WORDS.contains(term);
  }

  private static String contentTerm(String term, EnglishStemmer stemmer) {
    String cached = STEMS.get(term);
    if (cached == null) {
      cached = computeContentTerm(term, stemmer);
      if (STEMS.size() < MAX_CACHED_STEMS) {
        STEMS.putIfAbsent(term, cached == null ? NO_TERM : cached);
      }
      return cached;
    }
    return cached.isEmpty() ? null : cached;
  }

  private static String computeContentTerm(String term, EnglishStemmer stemmer) {
    String bare = stripPossessive(term);
    if (bare.length() < 2 || STOP_WORDS.contains(bare)) {
      return null;
    }
    if (!Character.isLetter(bare.charAt(0))) {
      return bare.replace(",", "");
    }
    stemmer.setCurrent(bare);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static String stripPossessive(String term) {
    return term.endsWith("'s") ? term.substring(0, term.length() - 2) : term;
  }

  private static CharArraySet loadStopWords() {
    java.io.InputStream stream = SnowballFilter.class.getResourceAsStream("english_stop.txt");
    if (stream == null) {
      throw new IllegalStateException("the Snowball English stop word list is missing from the classpath");
    }
    try (Reader reader = new java.io.InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the Snowball English stop word list", e);
    }
  }
}
