package org.reprint.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reprint.evaluation.ReutersToJsonLines;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the real articles that a generated corpus starts from: Reuters-21578 bodies, BBC News articles and
 * 20 Newsgroups posts, each cut into paragraphs and sentences, then passed through a {@link SharedRunFilter}
 * so that no two of them share a passage.
 *
 * <p>Per collection: Reuters paragraphs start at an indented line, and the trailing "Reuter" sign-off is
 * dropped. BBC files have the headline on their first line. A 20 Newsgroups post loses its header block (up
 * to the first blank line; the Subject becomes the title), every quoted line ({@code >} or {@code |>}),
 * attribution lines ("In article ..., X writes:") and everything after the signature mark {@code "-- "}, so
 * that it carries none of the quoting it is known for; paragraphs that are mostly not letters (code, tables,
 * ASCII art) are dropped too. Files are read in sorted path order, so the result is the same on every
 * machine.
 *
 * @param articles kept articles, in reading order
 * @param loadedByOrigin articles read per collection, before filtering
 * @param keptByOrigin articles kept per collection
 * @param droppedSentences sentences dropped because they repeat a run of words
 */
record SourceArticles(
    List<SourceArticle> articles,
    Map<String, Integer> loadedByOrigin,
    Map<String, Integer> keptByOrigin,
    long droppedSentences) {

  static final String REUTERS = "reuters21578";
  static final String BBC = "bbc_news";
  static final String NEWSGROUPS = "20newsgroups_bydate";

  /** Shortest article kept, in words; shorter ones make poor bases to copy or quote from. */
  private static final int MIN_WORDS = 30;
  /** Longest article kept, in characters; a few newsgroup FAQs run to 100 KB. */
  private static final int MAX_CHARACTERS = 12_000;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern QUOTED_LINE = Pattern.compile("^\\s*(?:[>|:]|\\w{0,3}>)");
  private static final Pattern ATTRIBUTION = Pattern.compile("(?i).*\\b(?:writes|wrote|says)\\s*:\\s*$");

  /**
   * One real article.
   *
   * @param origin the collection folder name, e.g. {@code bbc_news}
   * @param title the headline or subject
   * @param paragraphs sentences per paragraph, whitespace collapsed
   */
  record SourceArticle(String origin, String title, List<List<String>> paragraphs) {}

  /** Reads every collection present under {@code datasets}; throws when none is. */
  static SourceArticles load(Path datasets) throws IOException {
    List<SourceArticle> raw = new ArrayList<>();
    readReuters(datasets.resolve(REUTERS), raw);
    readBbc(datasets.resolve(BBC), raw);
    readNewsgroups(datasets.resolve(NEWSGROUPS), raw);
    if (raw.isEmpty()) {
      throw new IOException(
          "no articles found under " + datasets + " (expected " + REUTERS + ", " + BBC + " or " + NEWSGROUPS + ")");
    }
    return filtered(raw);
  }

  private static SourceArticles filtered(List<SourceArticle> raw) {
    SharedRunFilter filter = new SharedRunFilter();
    List<SourceArticle> kept = new ArrayList<>();
    Map<String, Integer> loaded = new TreeMap<>();
    Map<String, Integer> keptCounts = new TreeMap<>();
    for (SourceArticle article : raw) {
      loaded.merge(article.origin(), 1, Integer::sum);
      List<List<String>> paragraphs = filter.filter(article.paragraphs());
      if (isUsable(paragraphs)) {
        kept.add(new SourceArticle(article.origin(), article.title(), paragraphs));
        keptCounts.merge(article.origin(), 1, Integer::sum);
      }
    }
    return new SourceArticles(List.copyOf(kept), loaded, keptCounts, filter.droppedSentences());
  }

  /** At least two sentences (a quote takes two) and {@link #MIN_WORDS} words. */
  private static boolean isUsable(List<List<String>> paragraphs) {
    int sentences = 0;
    int words = 0;
    for (List<String> paragraph : paragraphs) {
      sentences += paragraph.size();
      for (String sentence : paragraph) {
        words += SPACES.split(sentence).length;
      }
    }
    return sentences >= 2 && words >= MIN_WORDS;
  }

  private static void readReuters(Path folder, List<SourceArticle> sink) throws IOException {
    for (Path file : files(folder, 1, "reut2-\\d+\\.sgm")) {
      String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
      ReutersToJsonLines.stories(
          sgml,
          story ->
              add(sink, REUTERS, story.title(), reutersParagraphs(story.text())));
    }
  }

  /** Reuters bodies are hard-wrapped at 70 columns; a paragraph starts at an indented line. */
  static List<String> reutersParagraphs(String body) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (line.strip().equalsIgnoreCase("reuter")) {
        break;
      }
      if ((line.isBlank() || Character.isWhitespace(line.charAt(0))) && current.length() > 0) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
      current.append(line).append(' ');
    }
    paragraphs.add(current.toString());
    return paragraphs;
  }

  private static void readBbc(Path folder, List<SourceArticle> sink) throws IOException {
    for (Path file : files(folder, 2, "\\d+\\.txt")) {
      String text = decode(Files.readAllBytes(file));
      int firstBreak = text.indexOf('\n');
      if (firstBreak < 0) {
        continue;
      }
      add(sink, BBC, text.substring(0, firstBreak).strip(), List.of(text.substring(firstBreak + 1).split("\n\\s*\n")));
    }
  }

  private static void readNewsgroups(Path folder, List<SourceArticle> sink) throws IOException {
    for (Path file : files(folder, 3, "\\d+")) {
      String post = Files.readString(file, StandardCharsets.ISO_8859_1).replace("\r", "");
      int headerEnd = post.indexOf("\n\n");
      if (headerEnd < 0) {
        continue;
      }
      add(sink, NEWSGROUPS, subject(post.substring(0, headerEnd)), newsgroupParagraphs(post.substring(headerEnd + 2)));
    }
  }

  /** The post body without quoted lines, attributions and signature, cut at blank lines. */
  static List<String> newsgroupParagraphs(String body) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (line.equals("-- ") || line.equals("--")) {
        break;
      }
      if (QUOTED_LINE.matcher(line).find() || ATTRIBUTION.matcher(line).matches()) {
        continue;
      }
      if (line.isBlank()) {
        paragraphs.add(current.toString());
        current.setLength(0);
      } else {
        current.append(line).append(' ');
      }
    }
    paragraphs.add(current.toString());
    paragraphs.removeIf(paragraph -> !isMostlyLetters(paragraph));
    return paragraphs;
  }

  private static boolean isMostlyLetters(String paragraph) {
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (!Character.isWhitespace(c)) {
        visible++;
        letters += Character.isLetter(c) ? 1 : 0;
      }
    }
    return visible >= 20 && letters >= 0.7 * visible;
  }

  private static String subject(String header) {
    for (String line : header.split("\n")) {
      if (line.startsWith("Subject:")) {
        return line.substring("Subject:".length()).replaceFirst("^\\s*(?i:re:\\s*)*", "").strip();
      }
    }
    return "";
  }

  /** Collapses whitespace, splits sentences, caps the length; adds when anything is left. */
  private static void add(List<SourceArticle> sink, String origin, String title, List<String> paragraphs) {
    List<List<String>> split = new ArrayList<>();
    int characters = 0;
    for (String paragraph : paragraphs) {
      String clean = SPACES.matcher(paragraph).replaceAll(" ").strip();
      if (clean.isEmpty() || characters + clean.length() > MAX_CHARACTERS) {
        continue;
      }
      characters += clean.length();
      split.add(SentenceSplitter.split(clean));
    }
    if (!split.isEmpty()) {
      sink.add(new SourceArticle(origin, title == null ? "" : SPACES.matcher(title).replaceAll(" ").strip(), split));
    }
  }

  /** UTF-8, else windows-1252-ish latin-1 (one BBC file is not UTF-8). */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString()
          .replace("\r", "");
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "");
    }
  }

  /** Regular files {@code depth} levels below {@code folder} whose name matches, in path order. */
  private static List<Path> files(Path folder, int depth, String namePattern) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder, depth)) {
      return walk.filter(path -> folder.relativize(path).getNameCount() == depth)
          .filter(Files::isRegularFile)
          .filter(path -> path.getFileName().toString().matches(namePattern))
          .sorted()
          .toList();
    }
  }
}
