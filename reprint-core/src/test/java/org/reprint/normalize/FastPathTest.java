package org.reprint.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcuts that keep the chain fast must not change its answers: a rule's keyword test must let
 * through every line its case-insensitive pattern matches, and the copy-free paths must give what the full
 * path gives.
 */
class FastPathTest {

  private final Normalizer normalizer = new Normalizer();

  /** Chars that a case-insensitive Unicode pattern takes for an ASCII letter: dotless i, dotted I. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "All rıghts reserved | copyright",
        "ALL RİGHTS RESERVED | copyright",
        "Soldiers at the front. Getty İmages | photo-credit",
        "COPYRİGHT 2020 The Paper | copyright",
        "(C) 2020 The Paper | copyright",
      })
  void keywordTestKeepsWhatThePatternMatches(String line, String rule) {
    assertThat(BoilerplateRules.ruleFor(line, line.split(" ").length)).isEqualTo(rule);
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Plain ASCII text.\n\nA second paragraph.", "Plain ASCII text.\nA second paragraph."),
        Arguments.of(
            "Caf\u00e9 au lait \u2014 a \u201cquote\u201d, e\u0301 and \ufb01ne.",
            "Caf\u00e9 au lait - a \"quote\", \u00e9 and fine."),
        Arguments.of("A mark at the end of a run: e\u0301", "A mark at the end of a run: \u00e9"),
        Arguments.of(
            "Two  spaces, a tab\tand a wrapped de-\nescalation.", "Two spaces, a tab and a wrapped de-escalation."));
  }

  /** Texts that take the plain-ASCII runs, the table of single chars, and the full NFKC path of a unit. */
  @ParameterizedTest
  @MethodSource("texts")
  void normalizesAsTheFullPathWould(String text, String expected) {
    NormalizedText normalized = normalizer.normalize(text);
    assertThat(normalized.text()).isEqualTo(expected);
    assertThat(normalizer.normalize(text)).isEqualTo(normalized);
    OffsetInvariants.check(text, normalized, text);
  }
}
