package org.reprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.TextSpan;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.CorpusStatistics;

/** Passage alignment on the armenia-2020 examples: one AFP story, a quoting outlet and a spun copy. */
@DisplayName("PairAligner on armenia-2020: quoted passages, a paraphrased copy, word boundaries")
class ArmeniaAlignmentTest {

  private static final String[] PREFIXES = {"000", "001", "002", "003", "004"};

  private final List<AnalyzedDocument> examples = new ArrayList<>();
  private final ToDoubleFunction<String> idf;
  private final PairAligner aligner = new PairAligner(AlignmentOptions.DEFAULT);

  ArmeniaAlignmentTest() {
    for (String prefix : PREFIXES) {
      examples.add(TestDocuments.analyzedExample(prefix));
    }
    idf = CorpusStatistics.of(examples)::idf;
  }

  @Test
  @DisplayName("000 vs 003: the quoted AFP passages are verbatim passages in both files")
  void quotingOutletSharesVerbatimPassages() {
    AnalyzedDocument afp = example("000");
    AnalyzedDocument quoting = example("003");
    Alignment alignment = aligner.align(afp, quoting, idf);

    List<String> afpTexts = verbatimTexts(alignment, afp, true);
    List<String> quotingTexts = verbatimTexts(alignment, quoting, false);
    for (String quoted :
        new String[] {
          "Moscow, which has previously said that its defense pact",
          "It is impossible to calculate the risk",
          "concrete formats"
        }) {
      assertThat(afpTexts).as("000's verbatim passages").anyMatch(text -> text.contains(quoted));
      assertThat(quotingTexts).as("003's verbatim passages").anyMatch(text -> text.contains(quoted));
    }
    assertThat(alignment.longestVerbatimWords()).isGreaterThanOrEqualTo(27);
    // 003 is another outlet's article that quotes parts: far from a copy
    assertThat(alignment.verbatimShareFirst()).isLessThan(0.3);
    assertThat(alignment.verbatimShareSecond()).isLessThan(0.3);
  }

  @Test
  @DisplayName("000 vs 002: most sentences of the spun copy are aligned, many as reworded passages")
  void paraphrasedCopyIsMostlyAligned() {
    Alignment alignment = aligner.align(example("000"), example("002"), idf);
    assertThat(alignment.alignedShareFirst()).isGreaterThanOrEqualTo(0.6);
    assertThat(alignment.alignedShareSecond()).isGreaterThanOrEqualTo(0.6);
    assertThat(alignment.verbatimShareFirst()).isLessThan(0.8);
    assertThat(alignment.passages())
        .filteredOn(passage -> passage.kind() == PassageKind.REWORDED)
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(passage -> assertThat(passage.similarity()).isBetween(0.5, 1.0))
        .allSatisfy(passage -> assertThat(passage.verbatimWords()).isZero());
    assertThat(alignment.passages())
        .filteredOn(passage -> passage.kind() == PassageKind.VERBATIM)
        .isNotEmpty()
        .allSatisfy(passage -> assertThat(passage.firstWords().length()).isGreaterThanOrEqualTo(12))
        .allSatisfy(passage -> assertThat(passage.verbatimWords()).isGreaterThanOrEqualTo(8));
  }

  @Test
  @DisplayName("every passage of every example pair starts and ends on word boundaries of both files")
  void passagesStartAndEndOnWordBoundaries() {
    int passages = 0;
    for (int i = 0; i < examples.size(); i++) {
      for (int j = i + 1; j < examples.size(); j++) {
        AnalyzedDocument first = examples.get(i);
        AnalyzedDocument second = examples.get(j);
        Alignment alignment = aligner.align(first, second, idf);
        List<AlignedPassage> sorted = alignment.passages();
        for (int p = 0; p < sorted.size(); p++) {
          AlignedPassage passage = sorted.get(p);
          String where = first.id() + " vs " + second.id() + ", " + passage;
          checkWordBoundaries(first.document().originalText(), passage.firstOriginal(), where);
          checkWordBoundaries(second.document().originalText(), passage.secondOriginal(), where);
          assertThat(passage.firstWords().end()).as(where).isLessThanOrEqualTo(first.tokenCount());
          assertThat(passage.secondWords().end()).as(where).isLessThanOrEqualTo(second.tokenCount());
          if (p > 0) {
            assertThat(passage.firstWords().start())
                .as("passages ordered by their start in the first document")
                .isGreaterThanOrEqualTo(sorted.get(p - 1).firstWords().start());
          }
          passages++;
        }
        assertThat(alignment.alignedShareFirst()).isBetween(alignment.verbatimShareFirst(), 1.0);
        assertThat(alignment.alignedShareSecond()).isBetween(alignment.verbatimShareSecond(), 1.0);
      }
    }
    assertThat(passages).isGreaterThan(50);
  }

  @Test
  @DisplayName("a document aligned with itself is one verbatim passage covering all of it")
  void documentAlignedWithItselfIsFullyCovered() {
    for (String prefix : PREFIXES) {
      AnalyzedDocument document = example(prefix);
      AnalyzedDocument copy = TestDocuments.analyze(prefix + "-copy", document.document().originalText());
      Alignment alignment = aligner.align(document, copy, idf);
      assertThat(alignment.verbatimShareFirst()).as(prefix).isEqualTo(1.0);
      assertThat(alignment.verbatimShareSecond()).as(prefix).isEqualTo(1.0);
      assertThat(alignment.alignedShareFirst()).as(prefix).isEqualTo(1.0);
      assertThat(alignment.alignedShareSecond()).as(prefix).isEqualTo(1.0);
      assertThat(alignment.longestVerbatimWords()).as(prefix).isEqualTo(document.tokenCount());
      assertThat(alignment.passages()).as(prefix).hasSize(1);
      AlignedPassage passage = alignment.passages().get(0);
      assertThat(passage.firstWords()).isEqualTo(new WordRange(0, document.tokenCount()));
      assertThat(passage.secondWords()).isEqualTo(passage.firstWords());
      assertThat(passage.similarity()).isEqualTo(1.0);
    }
  }

  @Test
  @DisplayName("004, an independent report of the same event, shares no verbatim passage with 000")
  void independentReportSharesNoVerbatimPassage() {
    Alignment alignment = aligner.align(example("000"), example("004"), idf);
    assertThat(alignment.passages())
        .filteredOn(passage -> passage.kind() == PassageKind.VERBATIM)
        .isEmpty();
    assertThat(alignment.alignedShareFirst()).isLessThan(0.6);
    assertThat(alignment.alignedShareSecond()).isLessThan(0.6);
  }

  private static void checkWordBoundaries(String text, TextSpan span, String where) {
    assertThat(span.end()).as(where).isLessThanOrEqualTo(text.length());
    assertThat(span.length()).as(where).isPositive();
    assertThat(Character.isLetterOrDigit(text.codePointAt(span.start())))
        .as("%s: starts on a word: [%s]", where, span.of(text))
        .isTrue();
    assertThat(span.start() == 0 || !Character.isLetterOrDigit(text.codePointBefore(span.start())))
        .as("%s: starts at the start of a word: [%s]", where, span.of(text))
        .isTrue();
    assertThat(Character.isLetterOrDigit(text.codePointBefore(span.end())))
        .as("%s: ends on a word: [%s]", where, span.of(text))
        .isTrue();
    assertThat(span.end() == text.length() || !Character.isLetterOrDigit(text.codePointAt(span.end())))
        .as("%s: ends at the end of a word: [%s]", where, span.of(text))
        .isTrue();
  }

  private static List<String> verbatimTexts(Alignment alignment, AnalyzedDocument document, boolean first) {
    String text = document.document().originalText();
    return alignment.passages().stream()
        .filter(passage -> passage.kind() == PassageKind.VERBATIM)
        .map(passage -> (first ? passage.firstOriginal() : passage.secondOriginal()).of(text))
        .map(passageText -> passageText.replaceAll("\\s+", " "))
        .toList();
  }

  private AnalyzedDocument example(String prefix) {
    return examples.get(List.of(PREFIXES).indexOf(prefix));
  }
}
