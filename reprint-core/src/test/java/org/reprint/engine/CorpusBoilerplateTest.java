package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.document.Document;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph shared by very many articles (a disclaimer, a footer) is the corpus's boilerplate: it is
 * reported once, with its count, and makes no pair by itself, while real reuse beside it is still found.
 */
class CorpusBoilerplateTest {

  static final long SEED = 20261203L;

  static final String DISCLAIMER = "This article is provided for information only and does not constitute"
      + " investment advice. The publisher and its contributors accept no liability for any loss arising from"
      + " the use of this material, which may not be reproduced, distributed or published without the prior"
      + " written consent of the copyright holder.";

  @TempDir java.nio.file.Path folder;

  /** {@code count} articles of distinct random words, each ending with the disclaimer; plus 003 quoting 000. */
  static List<Document> corpus(int count) {
    Random random = new Random(SEED);
    String[] words = ("minister talks ceasefire border village army report city market bank shares profit"
        + " river bridge court judge election vote school hospital farm harvest storm flood train airport"
        + " factory strike union wage price oil gas coal steel museum festival team match coach").split(" ");
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 90; w++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(w % 12 == 11 ? ". " : " ");
      }
      documents.add(Document.ofText(String.format("article-%03d.txt", i), text.toString().strip() + "\n\n" + DISCLAIMER));
    }
    documents.add(Document.ofText("quoted-000.txt", TestDocuments.example("000") + "\n\n" + DISCLAIMER));
    documents.add(Document.ofText("quoting-003.txt", TestDocuments.example("003") + "\n\n" + DISCLAIMER));
    return documents;
  }

  @Test
  @DisplayName("a disclaimer in 150 articles is reported once and makes no pair; real quotation still does")
  void sharedParagraphIsBoilerplate() {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    ScanResult result = Engine.scan(new IngestResult(corpus(150), List.of(), List.of()), options);
    assertThat(result.boilerplate()).isNotEmpty();
    Boilerplate disclaimer = result.boilerplate().get(0);
    assertThat(disclaimer.documents()).isGreaterThan(options.candidates().maxFingerprintPostings());
    assertThat(DISCLAIMER.replaceAll("\\s+", " ")).contains(disclaimer.text().replace("...", "").strip()
        .substring(0, 40));
    assertThat(disclaimer.pairs()).isGreaterThan(0);
    assertThat(disclaimer.examples()).hasSize(3);
    List<PairJudgement> reuse = result.pairs().stream().filter(p -> p.relation().isReuse()).toList();
    assertThat(reuse).extracting(p -> p.first().value() + " " + p.second().value())
        .containsExactly("quoted-000.txt quoting-003.txt");
    assertThat(reuse.get(0).relation()).isEqualTo(Relation.PARTIAL_REUSE);
  }

  @Test
  @DisplayName("the disclaimer was left out of the many pairs its band collisions proposed, which it alone made")
  void theDisclaimerIsLeftOutOfManyPairs() {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    IngestResult ingested = new IngestResult(corpus(150), List.of(), List.of());
    ScanResult result = Engine.scan(ingested, options);
    long judgedReuse = result.statistics().pairsByRelation().get(Relation.PARTIAL_REUSE);
    assertThat(judgedReuse).isEqualTo(1);
    assertThat(result.boilerplate().get(0).pairs()).isGreaterThan(10); // pairs the disclaimer alone made before
  }

  @Test
  @DisplayName("a query against an index of the corpus leaves the disclaimer out the same way")
  void queryLeavesItOutToo() {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1).withGroupDuplicatesFrom(0);
    List<Document> documents = corpus(150);
    try (ReprintIndex index = ReprintIndex.openForWriting(folder, options.fingerprint())) {
      IncrementalEngine.index(index, new IngestResult(documents, List.of(), List.of()), options,
          ProgressListener.NONE);
      ScanResult scan = Engine.scan(new IngestResult(documents, List.of(), List.of()), options);
      for (Document document : List.of(documents.get(0), documents.get(151))) {
        ScanResult query = IncrementalEngine.query(index, document, options);
        List<String> viaQuery = query.pairs().stream().map(p -> p.first() + " " + p.second() + " " + p.relation())
            .toList();
        List<String> viaScan = scan.pairs().stream()
            .filter(p -> p.first().equals(document.id()) || p.second().equals(document.id()))
            .map(p -> p.first() + " " + p.second() + " " + p.relation()).toList();
        assertThat(viaQuery).as(document.id().value()).isEqualTo(viaScan);
      }
    }
  }

  static final String FORMULA =
      "said it filed a registration statement with the Securities and Exchange Commission covering a proposed";

  /** {@code count} unrelated random articles, each with the formula once in its middle. */
  static List<Document> formulaCorpus(int count) {
    Random random = new Random(SEED + 1);
    String[] words = ("tractor copper sugar cocoa tin zinc rubber coffee wheat barley cotton wool lumber"
        + " rice soybean palm corn nickel silver platinum lead gold iron timber salmon tuna beef pork").split(" ");
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 120; w++) {
        if (w == 60) {
          text.append("Company").append(i).append(" ").append(FORMULA).append(" offering. ");
        }
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(w % 12 == 11 ? ". " : " ");
      }
      documents.add(Document.ofText(String.format("filing-%03d.txt", i), text.toString().strip()));
    }
    return documents;
  }

  @Test
  @DisplayName("a stock sentence in 30 unrelated articles is a formula: no PARTIAL_REUSE; in 10, it still pairs")
  void formulaMakesNoPairBetweenUnrelatedArticles() {
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(2);
    ScanResult thirty = Engine.scan(new IngestResult(formulaCorpus(30), List.of(), List.of()), options);
    assertThat(thirty.pairs()).noneMatch(p -> p.relation().isReuse());
    assertThat(thirty.boilerplate()).singleElement().satisfies(formula -> {
      assertThat(formula.kind()).isEqualTo("formula");
      assertThat(formula.documents()).isEqualTo(30);
      assertThat(formula.text()).contains("filed a registration statement");
    });
    ScanResult ten = Engine.scan(new IngestResult(formulaCorpus(10), List.of(), List.of()), options);
    assertThat(ten.boilerplate()).isEmpty();
    assertThat(ten.pairs().stream().filter(p -> p.relation() == Relation.PARTIAL_REUSE).count())
        .isEqualTo(10 * 9 / 2);
  }
}
