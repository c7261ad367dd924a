package org.reprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprint.align.SentenceAligner.SentencePair;
import org.reprint.document.Document;
import org.reprint.engine.DocumentAnalyzer;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;

@DisplayName("LexicalRewriteDetector: heavy revisions found from shared content words, templates and follow-ups not")
class LexicalRewriteDetectorTest {

  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(FingerprintParameters.DEFAULT);
  private static final LexicalRewriteDetector DETECTOR = new LexicalRewriteDetector(AlignmentOptions.DEFAULT);
  private static final Path REWRITES = Path.of("..", "evaluation", "rewrites");

  @ParameterizedTest(name = "evaluation/rewrites/{0}")
  @ValueSource(strings = {"01", "06", "13", "21", "28"})
  @DisplayName("a heavy revision is a chain in order holding most of both texts; the independent report is not")
  void heavyRevisionAndIndependentReport(String folder) throws Exception {
    AnalyzedDocument source = analyzed(REWRITES.resolve(folder).resolve("source.txt"));
    AnalyzedDocument heavy = analyzed(REWRITES.resolve(folder).resolve("heavy.txt"));
    List<SentencePair> chain = DETECTOR.rewriteChain(source, heavy);
    assertThat(chain).hasSizeGreaterThanOrEqualTo(LexicalRewriteDetector.MIN_PAIRS);
    for (int i = 1; i < chain.size(); i++) {
      assertThat(chain.get(i).firstSentence()).isGreaterThan(chain.get(i - 1).firstSentence());
      assertThat(chain.get(i).secondSentence()).isGreaterThan(chain.get(i - 1).secondSentence());
    }
    assertThat(chain).allSatisfy(pair -> assertThat(pair.similarity()).isBetween(LexicalRewriteDetector.DICE, 1.0));
    assertThat(RewriteChains.share(source, chain, true)).isGreaterThanOrEqualTo(RewriteChains.SHARE);
    assertThat(RewriteChains.share(heavy, chain, false)).isGreaterThanOrEqualTo(RewriteChains.SHARE);
    // the other way round, the same chain mirrored
    assertThat(DETECTOR.rewriteChain(heavy, source)).hasSameSizeAs(chain);
    assertThat(DETECTOR.rewriteChain(source, analyzed(REWRITES.resolve(folder).resolve("independent.txt"))))
        .isEmpty();
  }

  @Test
  @DisplayName("one wire template filled in for two bond issues is no rewrite: the figures differ")
  void templateForTwoIssuesIsNoRewrite() {
    AnalyzedDocument denmark = analyzed("denmark", """
        The Kingdom of Denmark is issuing a 200 mln ECU eurobond due April 23, 1992 paying 7-1/4 pct and
        priced at 101-3/8 pct, lead manager Morgan Stanley International said.
        The non-callable bond is available in denominations of 1,000 and 10,000 ECU and will be listed in
        Luxembourg.
        The selling concession is 1-1/4 pct, while management and underwriting combined pays 5/8 pct.
        The payment date for the bond is April 23 and the issue will be signed on April 20.
        The bond will be sold in Europe and Asia through a syndicate of 14 banks.
        """);
    AnalyzedDocument finland = analyzed("finland", """
        The Union Bank of Finland is issuing a 100 mln ECU eurobond due May 30, 1994 paying 7-3/4 pct and
        priced at 100-7/8 pct, lead manager Nomura International said.
        The non-callable bond is available in denominations of 5,000 and 50,000 ECU and will be listed in
        London.
        The selling concession is 1-3/8 pct, while management and underwriting combined pays 3/8 pct.
        The payment date for the bond is May 30 and the issue will be signed on May 26.
        The bond will be sold in Europe and Asia through a syndicate of 9 banks.
        """);
    // sentence by sentence the two are alike enough to chain: only their figures tell them apart
    List<SentencePair> chain = RewriteChains.longestInOrder(SentenceAligner.greedyOneToOne(
        DETECTOR.alike(profile(denmark), profile(finland)), denmark.sentences().size(), finland.sentences().size()));
    assertThat(chain).hasSizeGreaterThanOrEqualTo(LexicalRewriteDetector.MIN_PAIRS);
    assertThat(RewriteChains.share(denmark, chain, true)).isGreaterThanOrEqualTo(RewriteChains.SHARE);
    assertThat(RewriteChains.share(finland, chain, false)).isGreaterThanOrEqualTo(RewriteChains.SHARE);
    assertThat(RewriteChains.keepsFigures(denmark, finland)).isFalse();
    assertThat(DETECTOR.rewriteChain(denmark, finland)).isEmpty();
  }

  @Test
  @DisplayName("a short follow-up whose sentences each echo the first report is no rewrite of the longer report")
  void followUpHoldsTooLittleOfTheFirstReport() {
    AnalyzedDocument first = analyzed("first", """
        The central bank extended the reserve requirement for banks to their convertible peseta funds.
        The bank said the measure would curb speculation in short-term capital flowing into the country.
        Convertible peseta funds had been previously exempt from the reserve requirements of the bank.
        Banking sources say high real interest rates have attracted a large influx of speculative funds.
        Dealers said the peseta weakened slightly after the announcement in thin morning trading.
        Traders in Madrid expect the finance ministry to announce further measures later this month.
        Analysts said the government fears the influx will push money supply growth above its target.
        The opposition criticised the measure as too late to stop the flood of foreign money.
        Exporters have complained for months that the strong currency is costing them orders abroad.
        The stock exchange index closed two points lower in Madrid, with electricity shares leading the fall.
        """);
    AnalyzedDocument followUp = analyzed("follow-up", """
        A bank spokesman said the reserve requirement for banks would apply only to new convertible peseta funds.
        The measure was meant to curb speculation in short-term capital, the spokesman said on Thursday.
        Convertible peseta funds were previously exempt from reserve requirements, he added.
        He said high real interest rates had attracted a large influx of speculative money.
        """);
    List<SentencePair> alike = DETECTOR.alike(profile(first), profile(followUp));
    List<SentencePair> chain = RewriteChains.longestInOrder(
        SentenceAligner.greedyOneToOne(alike, first.sentences().size(), followUp.sentences().size()));
    assertThat(chain).hasSizeGreaterThanOrEqualTo(LexicalRewriteDetector.MIN_PAIRS);
    assertThat(RewriteChains.shorterShare(first, followUp, chain)).isGreaterThanOrEqualTo(RewriteChains.SHARE);
    assertThat(RewriteChains.share(first, chain, true)).isLessThan(RewriteChains.SHARE);
    assertThat(DETECTOR.rewriteChain(first, followUp)).isEmpty();
  }

  @Test
  @DisplayName("two months of one monthly report state other facts, though both name the US")
  void twoMonthsStateOtherFacts() {
    AnalyzedDocument february = analyzed("february",
        "US industrial output rose for the 21st month in a row in February, official figures showed.\n");
    AnalyzedDocument december = analyzed("december",
        "US industrial output rose in December, according to the latest survey from the ISM.\n");
    AnalyzedDocument rewrite = analyzed("rewrite",
        "In February, official data showed, US factory output grew for a 21st straight month.\n");
    assertThat(RewriteChains.statesOtherFacts(february, 0, december, 0)).isTrue();
    assertThat(RewriteChains.statesOtherFacts(february, 0, rewrite, 0)).isFalse();
  }

  @Test
  @DisplayName("names alone do not make sentences alike: two sentences about one trial share two names and no more")
  void namesDoNotCountAsSharedWords() {
    AnalyzedDocument first = analyzed("first", "Prosecutor Jane Marlow questioned banker Tom Ebbers about the loans.\n");
    AnalyzedDocument second = analyzed("second", "Banker Tom Ebbers denied wrongdoing, lawyers for Marlow said.\n");
    assertThat(DETECTOR.alike(profile(first), profile(second))).isEmpty();
  }

  private static SentenceProfile profile(AnalyzedDocument document) {
    java.util.Map<String, Integer> vocabulary = SHARED_VOCABULARY;
    return SentenceProfile.of(document, term -> vocabulary.computeIfAbsent(term, t -> vocabulary.size()), id -> 1.0);
  }

  /** One vocabulary for the profiles of one test, so that term ids agree across documents. */
  private static final java.util.Map<String, Integer> SHARED_VOCABULARY = new java.util.concurrent.ConcurrentHashMap<>();

  private static AnalyzedDocument analyzed(Path file) throws Exception {
    return analyzed(file.toString(), Files.readString(file));
  }

  private static AnalyzedDocument analyzed(String id, String text) {
    return ANALYZER.analyze(Document.ofText(id, text));
  }
}
