package org.reprint.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SentenceSplitter: sentence ends in wire copy")
class SentenceSplitterTest {

  private final WordTokenizer tokenizer = new WordTokenizer(new TokenHash(0));

  @Test
  @DisplayName("abbreviations do not end a sentence: Mr., Sept. 27, U.S. ambassador")
  void abbreviations() {
    assertThat(sentences("Mr. Pashinyan wrote to Putin. The letter was sent on Sept. 27 at noon."))
        .containsExactly("Mr. Pashinyan wrote to Putin.", "The letter was sent on Sept. 27 at noon.");
    assertThat(
            sentences(
                "Carey Cavanaugh, a former U.S. ambassador, said Putin was aware. He teaches in Kentucky."))
        .containsExactly(
            "Carey Cavanaugh, a former U.S. ambassador, said Putin was aware.", "He teaches in Kentucky.");
    assertThat(sentences("Dr. Smith and Gov. Jones met Lt. Col. Brown. They spoke."))
        .containsExactly("Dr. Smith and Gov. Jones met Lt. Col. Brown.", "They spoke.");
  }

  @Test
  @DisplayName("initials and decimal numbers do not end a sentence")
  void initialsAndDecimals() {
    assertThat(sentences("John F. Kennedy spoke. Prices rose 3.5 percent to 1,200.50 dollars. Then fell."))
        .containsExactly(
            "John F. Kennedy spoke.", "Prices rose 3.5 percent to 1,200.50 dollars.", "Then fell.");
  }

  @Test
  @DisplayName("closing quotes and brackets after the point stay with their sentence")
  void quotesAfterThePoint() {
    assertThat(
            sentences(
                "The ministry said there were \"wounded among civilians.\" Baku denied it. (It did.) \"No,\""
                    + " he said. \"We will help.\" She agreed!"))
        .containsExactly(
            "The ministry said there were \"wounded among civilians.\"",
            "Baku denied it.",
            "(It did.)",
            "\"No,\" he said.",
            "\"We will help.\"",
            "She agreed!");
  }

  @Test
  @DisplayName("a paragraph break always ends a sentence, even without a point")
  void paragraphBreaks() {
    assertThat(sentences("'Impossible to calculate risks'\nCarey Cavanaugh said Putin was aware.\nend"))
        .containsExactly("'Impossible to calculate risks'", "Carey Cavanaugh said Putin was aware.", "end");
  }

  @Test
  @DisplayName("a point followed by a lower-case word or no space is not an end")
  void lowerCaseAndGluedPoints() {
    assertThat(sentences("It rose to 3. then fell. The U.S.-led talks.Next"))
        .containsExactly("It rose to 3. then fell.", "The U.S.-led talks.Next");
  }

  @Test
  @DisplayName("sentences cover every token once, in order; offsets trimmed of trailing space")
  void sentencesPartitionTheTokens() {
    AnalyzedDocument article = TestDocuments.analyzedExample("000");
    String text = article.normalized().text();
    List<Sentence> sentences = article.sentences();
    assertThat(sentences.get(0).firstToken()).isZero();
    assertThat(sentences.get(sentences.size() - 1).endToken()).isEqualTo(article.tokenCount());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      assertThat(sentence.tokenCount()).isPositive();
      if (i > 0) {
        assertThat(sentence.firstToken()).isEqualTo(sentences.get(i - 1).endToken());
      }
      String sentenceText = text.substring(sentence.start(), sentence.end());
      assertThat(sentenceText).isEqualTo(sentenceText.strip());
    }
    assertThat(sentences.stream().map(s -> text.substring(s.start(), s.end())))
        .contains(
            "The current clashes broke out on Sept. 27 and fighting has persisted despite repeated"
                + " international attempts to secure a ceasefire.",
            "The ministry said there were \"wounded among civilians\" in Shusha.",
            "Baku denied targeting the main city in Karabakh.");
    assertThat(sentences.stream().map(s -> text.substring(s.start(), s.end())))
        .anyMatch(s -> s.startsWith("Carey Cavanaugh, a former U.S. ambassador and co-chair"));
  }

  private List<String> sentences(String text) {
    TokenSequence tokens = tokenizer.tokenize(text);
    return SentenceSplitter.split(text, tokens).stream()
        .map(sentence -> text.substring(sentence.start(), sentence.end()))
        .toList();
  }
}
