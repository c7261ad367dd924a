package org.reprint.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.Metadata;
import org.reprint.document.SourceFormat;
import org.reprint.document.TextSpan;

/** Each step of the chain on small hand-written inputs. */
class NormalizationRulesTest {

  private static final String BODY = "The body ends with a sentence.";

  private final Normalizer normalizer = new Normalizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Related: Another story about the war | related-link",
        "READ MORE: Ceasefire collapses | related-link",
        "See also | related-link",
        "Leave a comment | comment-form",
        "Your email address will not be published. | comment-form",
        "Share on Twitter | share-prompt",
        "Subscribe to our daily newsletter | share-prompt",
        "Sign up for the Morning Briefing newsletter | share-prompt",
        "Follow us on Telegram | share-prompt",
        "Click here to read the full report | share-prompt",
        "Photo credit: Jane Doe | photo-credit",
        "Image: AFP | photo-credit",
        "Soldiers at a checkpoint (Photo by Jane Doe/AFP) | photo-credit",
        "Soldiers near the front line. Getty Images | photo-credit",
        "Yerevan, Armenia. Anna Petrova / REUTERS | photo-credit",
        "\u2014 Some Agency (@some_agency) March 3, 2021 | social-post-attribution",
        "- Someone (@someone) 3 March 2021 | social-post-attribution",
        "\u00A9 2020 Some Outlet | copyright",
        "Copyright 2019 Some Outlet Ltd | copyright",
        "Some Outlet. All Rights Reserved | copyright",
      })
  void boilerplateLineIsDroppedWithItsRule(String line, String rule) {
    String original = BODY + "\n\n" + line + "\n\nThe article goes on after it.";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).isEqualTo(BODY + "\nThe article goes on after it.");
    assertThat(normalized.removed()).hasSize(1);
    assertThat(normalized.removed().get(0).rule()).isEqualTo(rule);
    assertThat(normalized.removed().get(0).original().of(original)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Related concerns were raised by the ministry on Friday.",
        "She said the photo was taken in Shusha.",
        "Copyrighted material was shown.",
        "Officials said the price rose to 5 / 10 of the old level.",
        "Stanislav Krasilnikov / TASS reported that fighting continued overnight and that both sides had"
            + " agreed to talks in Geneva on Friday.",
      })
  void articleTextIsKept(String line) {
    String original = BODY + "\n\n" + line + "\n\nThe article goes on after it.";

    assertThat(normalizer.normalize(original).removed()).isEmpty();
  }

  @Test
  void repeatedParagraphIsDroppedIgnoringCaseAndSpacing() {
    String original = "The Headline\n\nFirst sentence.\n\nthe   HEADLINE\n\nLast sentence.";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).isEqualTo("The Headline\nFirst sentence.\nLast sentence.");
    assertThat(normalized.removed()).containsExactly(new RemovedSpan(new TextSpan(31, 45), "repeated-paragraph"));
  }

  @Test
  void trailingShortLinesAfterTheLastSentenceAreDropped() {
    String original = "A sentence.\n\nA quote ends here.\"\n\nAnother headline\n\nMore stories";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).isEqualTo("A sentence.\nA quote ends here.\"");
    assertThat(normalized.removed()).extracting(RemovedSpan::rule)
        .containsExactly("trailing-unrelated-line", "trailing-unrelated-line");
  }

  @Test
  void textWithoutAnySentenceKeepsItsLines() {
    String original = "Headline one\n\nHeadline two";

    assertThat(normalizer.normalize(original).text()).isEqualTo("Headline one\nHeadline two");
  }

  @Test
  void markdownSyntaxIsRemovedAndWordsKept() {
    String original =
        "## A *bold* move ##\n\n> Quoted **strong** and __also__ text.\n\n- first [item](http://x.y \"t\")\n"
            + "* second ![logo](logo.png) item\n1. third <https://x.y/z> item\n\n---\n\nsnake_case stays\\*.";
    NormalizedText normalized = normalizer.normalize(markdown(original));

    assertThat(normalized.text())
        .isEqualTo(
            "A bold move\nQuoted strong and also text.\nfirst item second item third item\nsnake_case stays*.");
  }

  @Test
  void plainTextGetsOnlyUnambiguousMarkdown() {
    String original = "# Title\n\n- a *starred* word, a [link](http://x.y) and **bold**.";

    assertThat(normalizer.normalize(original).text())
        .isEqualTo("Title\n- a *starred* word, a link and bold.");
  }

  @Test
  void htmlTextIsLeftAsExtracted() {
    String original = "# not a heading **really**";
    Document html = new Document(new DocumentId("h"), original, SourceFormat.HTML, Metadata.EMPTY, List.of());

    assertThat(normalizer.normalize(html).text()).isEqualTo(original);
  }

  @Test
  void punctuationAndSpacesAreFolded() {
    String original = "\u201CIt\u2019s\u00A0done\u201D \u2013 \u00ABoui\u00BB \u2212 co\u00ADoperate zero\u200Bwidth `x\u00B4 5\u2033";

    assertThat(normalizer.normalize(original).text())
        .isEqualTo("\"It's done\" - \"oui\" - cooperate zerowidth 'x' 5\"");
  }

  @Test
  void nfkcComposesAccentsAndExpandsCompatibilityForms() {
    String original = "Cafe\u0301 \uFB01nal \uFF21\uFF22 \u2460 \uD83D\uDE00x";

    assertThat(normalizer.normalize(original).text()).isEqualTo("Caf\u00E9 final AB 1 \uD83D\uDE00x");
  }

  @Test
  void lineBreaksBecomeSpacesAndBlankLinesEndParagraphs() {
    String original = "one\r\ntwo\rthree\n \t\nfour   five\r\n\r\nsix";

    assertThat(normalizer.normalize(original).text()).isEqualTo("one two three\nfour five\nsix");
  }

  @Test
  void lineEndHyphenJoinsOnlyBeforeALowercaseLetter() {
    String original = "non-\nmilitary and Nagorno-\nKarabakh and 1990-\n2000 and de-  \r\n  escalate";

    assertThat(normalizer.normalize(original).text())
        .isEqualTo("non-military and Nagorno- Karabakh and 1990- 2000 and de-escalate");
  }

  @Test
  void metadataSpansAreDropped() {
    String original = "Title line\nBy Someone\n\nBody sentence.";
    Document document =
        new Document(
            new DocumentId("m"),
            original,
            SourceFormat.PLAIN_TEXT,
            Metadata.EMPTY,
            List.of(new TextSpan(0, 10), new TextSpan(11, 21)));
    NormalizedText normalized = normalizer.normalize(document);

    assertThat(normalized.text()).isEqualTo("Body sentence.");
    assertThat(normalized.removed())
        .containsExactly(
            new RemovedSpan(new TextSpan(0, 10), "metadata"), new RemovedSpan(new TextSpan(11, 21), "metadata"));
  }

  private static Document markdown(String text) {
    return new Document(new DocumentId("md"), text, SourceFormat.MARKDOWN, Metadata.EMPTY, List.of());
  }
}
