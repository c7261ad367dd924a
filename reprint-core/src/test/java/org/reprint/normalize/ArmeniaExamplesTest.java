package org.reprint.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.document.TextSpan;

/** The bundled corpus: five versions of one AFP story from October 2020, in plain text and Markdown. */
@DisplayName("armenia-2020: one AFP story as five outlets printed it")
class ArmeniaExamplesTest {

  private static final Path CORPUS = Path.of("..", "examples", "armenia-2020");

  private final Normalizer normalizer = new Normalizer();

  @Test
  @DisplayName("000 (hard-wrapped text): paragraphs unwrapped, hyphens joined, related links dropped")
  void hardWrappedTextIsUnwrapped() throws IOException {
    String original = read("000_");
    NormalizedText normalized = normalizer.normalize(original);

    String[] paragraphs = normalized.text().split("\n");
    assertThat(paragraphs[0])
        .isEqualTo(
            "Russia said Saturday it would provide \"necessary\" assistance to Yerevan in its conflict with"
                + " Azerbaijan if fighting reached Armenian territory after its ally requested help.");
    assertThat(paragraphs).hasSize(26);
    for (String paragraph : paragraphs) {
      boolean subheading = paragraph.equals("'Impossible to calculate risks'");
      assertThat(subheading || BoilerplateRemoval.endsSentence(paragraph))
          .as("paragraph is whole, not a wrapped fragment: %s", paragraph)
          .isTrue();
    }
    assertThat(normalized.text()).contains("de-escalate tensions", "or non-military objects");
    assertThat(normalized.text()).doesNotContain("Related article", "Small Outpost");
    assertThat(removedTexts(normalized, original, "related-link"))
        .containsExactly(
            "Related article: Small Outpost is Russia\u2019s First Visible Aid to Armenia",
            "Related article: Russia \u2018Open\u2019 to Return of Armenia-Held Land to Azerbaijan \u2013 Putin");
    OffsetInvariants.check(original, normalized, "000");
  }

  @Test
  @DisplayName("001 (Markdown): emphasis, headings, link syntax, autolink and photo credit removed")
  void markdownSyntaxIsRemoved() throws IOException {
    String original = read("001_");
    NormalizedText normalized = normalizer.normalize(markdown(original, List.of()));

    assertThat(normalized.text()).doesNotContain("**", "#", "](", "[", "<https://", "themoscowtimes");
    assertThat(normalized.text()).startsWith("Russia Pledges Help to Yerevan if Fighting Reaches Armenia\n");
    assertThat(normalized.text()).contains("\nBy Mariam Harutyunyan for AFP\n");
    assertThat(normalized.text()).contains("\n'Impossible to calculate risks'\n");
    assertThat(rules(normalized)).contains("photo-credit", "related-link", "trailing-unrelated-line");
    assertThat(removedTexts(normalized, original, "photo-credit"))
        .containsExactly("Stepanakert, Nagorno-Karabakh. **Stanislav Krasilnikov / TASS**");
    OffsetInvariants.check(original, normalized, "001");
  }

  @Test
  @DisplayName("000 and 001 hold the same words once 001's metadata lines are dropped")
  void plainAndMarkdownVersionsHaveTheSameWords() throws IOException {
    String plain = read("000_");
    String markdown = read("001_");
    List<TextSpan> metadata =
        List.of(
            lineStartingWith(markdown, "# Russia Pledges Help"),
            lineStartingWith(markdown, "By [Mariam"),
            lineStartingWith(markdown, "October 31, 2020"),
            lineStartingWith(markdown, "<https://www.themoscowtimes.com/"));

    NormalizedText fromPlain = normalizer.normalize(plain);
    NormalizedText fromMarkdown = normalizer.normalize(markdown(markdown, metadata));

    assertThat(words(fromMarkdown.text())).isEqualTo(words(fromPlain.text()));
    assertThat(rules(fromMarkdown)).filteredOn("metadata"::equals).hasSize(4);
    assertThat(rules(fromMarkdown)).contains("photo-credit", "trailing-unrelated-line");
    OffsetInvariants.check(markdown, fromMarkdown, "001 with metadata");
  }

  @Test
  @DisplayName("002: repeated headline, trailing teaser and comment prompt dropped")
  void repeatedHeadlineAndTrailingLinesAreDropped() throws IOException {
    String original = read("002_");
    NormalizedText normalized = normalizer.normalize(original);

    String headline = "Russia has promised to help Yerevan if the war reaches Armenia";
    assertThat(normalized.text()).startsWith(headline + "\n");
    assertThat(normalized.text().indexOf(headline, 1)).isNegative();
    assertThat(normalized.text()).doesNotContain("Post a Comment", "Biden", "100 days");
    assertThat(normalized.text()).endsWith("the actual death toll is believed' to be much higher.");
    assertThat(removedTexts(normalized, original, "repeated-paragraph")).containsExactly(headline);
    assertThat(removedTexts(normalized, original, "trailing-unrelated-line"))
        .containsExactly("Biden's first 100 days agenda as president");
    assertThat(removedTexts(normalized, original, "comment-form")).containsExactly("Post a Comment");
    OffsetInvariants.check(original, normalized, "002");
  }

  @Test
  @DisplayName("003: embedded tweet attribution dropped, curly quotes and NBSP folded")
  void socialPostAttributionIsDropped() throws IOException {
    String original = read("003_");
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).doesNotContain("@AlArabiya_Eng", "\u201C", "\u2019", "\u00A0");
    assertThat(normalized.text()).contains("#Turkey's intervention,\" Armenian Prime Minister");
    assertThat(rules(normalized)).containsExactly("social-post-attribution");
    OffsetInvariants.check(original, normalized, "003");
  }

  @Test
  @DisplayName("004: comment form dropped")
  void commentFormIsDropped() throws IOException {
    String original = read("004_");
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).doesNotContain("Leave a Reply", "Your email address", "Required fields");
    assertThat(normalized.text()).endsWith("as well as settlements in Terter and Aghjabedi.");
    assertThat(removedTexts(normalized, original, "comment-form"))
        .containsExactly(
            "Leave a Reply", "Your email address will not be published. Required fields are marked *");
    OffsetInvariants.check(original, normalized, "004");
  }

  private static String read(String prefix) throws IOException {
    try (var files = Files.list(CORPUS)) {
      Path file = files.filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  private static Document markdown(String text, List<TextSpan> metadataSpans) {
    return new Document(new DocumentId("001"), text, SourceFormat.MARKDOWN, Metadata.EMPTY, metadataSpans);
  }

  /** The span of the line that starts with {@code prefix}, without its line break. */
  private static TextSpan lineStartingWith(String text, String prefix) {
    int start = text.indexOf("\n" + prefix) + 1;
    assertThat(start).as("line starting with %s", prefix).isPositive();
    int end = text.indexOf('\n', start);
    return new TextSpan(start, end < 0 ? text.length() : end);
  }

  /** Lowercased runs of letters and digits: the words, whatever the punctuation and layout. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    words.removeIf(String::isEmpty);
    return words;
  }

  private static List<String> rules(NormalizedText normalized) {
    return normalized.removed().stream().map(RemovedSpan::rule).toList();
  }

  private static List<String> removedTexts(NormalizedText normalized, String original, String rule) {
    return normalized.removed().stream()
        .filter(span -> span.rule().equals(rule))
        .map(span -> span.original().of(original))
        .toList();
  }
}
