package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprint.document.Metadata;

/** The plain-text and Markdown metadata rules, each on a short article head. */
class TextMetadataRulesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "October 31, 2020",
        "Oct. 31, 2020",
        "Oct 31, 2020",
        "31 October 2020",
        "2020-10-31",
        "Published: October 31, 2020",
        "Updated: 2020-10-31T18:30:00+03:00",
        "Date: Saturday, October 31, 2020",
        "**October 31, 2020**"
      })
  void dateLinesInTheHeadAreRead(String dateLine) {
    Metadata metadata = plain("A headline\n\n" + dateLine + "\n\nThe body.\n");
    assertThat(metadata.published()).isEqualTo(LocalDate.of(2020, 10, 31));
  }

  @Test
  void septemberMayBeAbbreviatedSept() {
    assertThat(plain("Sept. 27, 2020\n\nThe body.\n").published()).isEqualTo(LocalDate.of(2020, 9, 27));
  }

  @Test
  void aSentenceMentioningADateIsNotADateLine() {
    Metadata metadata = plain("A headline\n\nThe clashes broke out on Sept. 27, 2020.\n\nMore.\n");
    assertThat(metadata.published()).isNull();
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    assertThat(plain("A headline\n\nBy the time help came, it was over.\n").byline()).isNull();
    assertThat(plain("A headline\n\nBy **Jane Doe**\n\nText.\n").byline()).isEqualTo("Jane Doe");
  }

  @Test
  void aFirstLineEndingLikeASentenceIsNotATitle() {
    assertThat(plain("Russia will help Armenia.\n\nMore text follows.\n").title()).isNull();
    assertThat(plain("He said: \"we will help.\"\n\nMore text follows.\n").title()).isNull();
    assertThat(plain("A lone line without a body\n").title()).isNull();
  }

  @Test
  void markdownTitleIsTheFirstLevelOneOrTwoHeading() {
    Metadata metadata =
        TextMetadataReader.read(
                "Intro line.\n\n### Not this\n\n## The **real** [title](https://x.org)\n\nBody.\n", true)
            .metadata();
    assertThat(metadata.title()).isEqualTo("The real title");
  }

  @Test
  void sourceUrlOnTheSameLineAsAMarkdownLink() {
    Metadata metadata =
        plain("Body text.\n\nSource: [the original](https://www.reuters.com/world/story-1)\n");
    assertThat(metadata.url()).isEqualTo("https://www.reuters.com/world/story-1");
    assertThat(metadata.outlet()).isEqualTo("reuters.com");
  }

  @Test
  void aSourceLabelWithoutAUrlIsText() {
    assertThat(plain("Body text.\n\nSource: a senior official\n").url()).isNull();
  }

  private static Metadata plain(String text) {
    return TextMetadataReader.read(text, false).metadata();
  }
}
