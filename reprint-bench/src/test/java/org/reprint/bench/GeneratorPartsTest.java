package org.reprint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generator's text parts on handmade input: no datasets needed. */
class GeneratorPartsTest {

  @Test
  void splitsSentencesButNotAbbreviations() {
    assertThat(SentenceSplitter.split("Mr. Smith went to the U.S. on Monday. He said \"yes.\" Then 3 left."))
        .containsExactly("Mr. Smith went to the U.S. on Monday.", "He said \"yes.\"", "Then 3 left.");
  }

  @Test
  void chunksAreShortInReprintsWordsToo() {
    // A newsgroup path is one space-separated word but seven words to Reprint: a sentence holding one
    // would give chunks longer than a 12-word passage, so it is not cut at all.
    SourceArticles.SourceArticle article = new SourceArticles.SourceArticle("test", "t", List.of(List.of(
        "Get it from ftp.uu.net:pub/fbm.tar.Z or from the usual mirror sites today please.",
        "The central bank said on Tuesday that it would keep its key rate unchanged this month.",
        "Shares of the carmaker rose sharply in early trading after the results were announced.")));
    ChunkPool pool = new ChunkPool(List.of(article), 7);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 50; i++) {
      String sentence = pool.sentence(random);
      assertThat(sentence).doesNotContain("ftp").doesNotContain("mirror");
    }
    assertThat(pool.size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void sharedRunFilterDropsRepeatedRuns() {
    SharedRunFilter filter = new SharedRunFilter();
    String sentence = "one two three four five six seven eight nine ten.";
    assertThat(filter.filter(List.of(List.of(sentence, "Something else entirely here.")))).hasSize(1);
    assertThat(filter.filter(List.of(List.of("A new start.", sentence)))).containsExactly(List.of("A new start."));
    assertThat(filter.droppedSentences()).isEqualTo(1);
  }

  @Test
  void quoteIsVerbatimAtItsOffsets() {
    ArticleText source = ArticleText.of(List.of(List.of("First one here.", "Second one here."), List.of("Third.")));
    List<List<String>> host = List.of(List.of("Host opening."), List.of("Host closing."));
    for (long seed = 0; seed < 20; seed++) {
      QuotePlanter.Quote quote = QuotePlanter.plant(source, "Harbor Times", host, new SplittableRandom(seed));
      assertThat(quote.text().substring(quote.bStart(), quote.bEnd()))
          .as("seed %d", seed)
          .isEqualTo(source.text().substring(quote.aStart(), quote.aEnd()));
    }
  }

  @Test
  void wrapKeepsWordsAndParagraphs() {
    String text = "alpha beta gamma delta epsilon zeta eta theta\n\niota kappa lambda mu nu xi omicron pi rho";
    String wrapped = CopyEditor.wrap(text, 20);
    assertThat(wrapped.replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
    assertThat(wrapped).contains("\n\n");
    assertThat(wrapped.lines()).allMatch(line -> line.length() <= 20);
  }

  @Test
  void swapsClausesAtTheOnlyComma() {
    assertThat(Paraphraser.swapClauses("The bank said on Monday, profits rose by ten pct."))
        .isEqualTo("Profits rose by ten pct, the bank said on Monday.");
  }
}
