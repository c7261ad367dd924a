package org.reprint.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WordTokenizer: words with offsets into the normalized text")
class WordTokenizerTest {

  /** Base seed of the random-text test; override with -Dtests.seed=... to replay a failure. */
  private static final long SEED = Long.getLong("tests.seed", 0x7E57_5EEDL);

  private final TokenHash hash = new TokenHash(0);
  private final WordTokenizer tokenizer = new WordTokenizer(hash);

  @Test
  @DisplayName("offsets map each token exactly onto the text of the AFP lead")
  void offsetsMapOntoTheText() {
    String text =
        "Russia said Saturday it would provide \"necessary\" assistance to Yerevan in its conflict with"
            + " Azerbaijan if fighting reached Armenian territory after its ally requested help.";
    TokenSequence tokens = tokenizer.tokenize(text);
    assertThat(terms(tokens))
        .startsWith("russia", "said", "saturday", "it", "would", "provide", "necessary", "assistance")
        .endsWith("ally", "requested", "help")
        .hasSize(25);
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(text.substring(tokens.starts()[i], tokens.ends()[i]).toLowerCase(Locale.ROOT))
          .isEqualTo(tokens.term(i));
      assertThat(tokens.hashes()[i]).isEqualTo(hash.hashTerm(tokens.term(i)));
    }
    assertThat(text.substring(tokens.starts()[6], tokens.ends()[6])).isEqualTo("necessary");
  }

  @Test
  @DisplayName("apostrophes, hyphens, thousands separators and decimal points inside a word stay in it")
  void joinersKeepNewsTokensWhole() {
    assertThat(terms("Russia's call to de-escalate in Nagorno-Karabakh left 1,200 dead and a 3.5% fall"))
        .containsExactly(
            "russia's", "call", "to", "de-escalate", "in", "nagorno-karabakh", "left", "1,200", "dead",
            "and", "a", "3.5", "fall");
    // a joiner needs a word character on both sides
    assertThat(terms("'quoted' - rock-'n'-roll, 12, 3. end-")).containsExactly(
        "quoted", "rock", "n", "roll", "12", "3", "end");
    // points and commas only join digits
    assertThat(terms("U.S. ambassador, Paris,France 2.b")).containsExactly(
        "u", "s", "ambassador", "paris", "france", "2", "b");
  }

  @Test
  @DisplayName("letters outside the BMP and combining marks stay inside their word")
  void surrogatePairsAndCombiningMarksStayInWords() {
    String mathBold = "\uD835\uDC00\uD835\uDC01c"; // MATHEMATICAL BOLD CAPITAL A, B, then c
    String deseret = "\uD801\uDC00\uD801\uDC01"; // DESERET CAPITAL LONG I, LONG E
    String decomposed = "nai\u0308ve caf\u00E9 e\u0301clair"; // i + COMBINING DIAERESIS, e + ACUTE
    String devanagari = "\u0928\u092E\u0938\u094D\u0924\u0947"; // namaste: virama and vowel signs
    String text = mathBold + " " + deseret + "-x " + decomposed + " " + devanagari;
    TokenSequence tokens = tokenizer.tokenize(text);
    assertThat(spans(text, tokens))
        .containsExactly(
            mathBold, deseret + "-x", "nai\u0308ve", "caf\u00E9", "e\u0301clair", devanagari);
    assertThat(tokens.term(1)).isEqualTo(deseret.toLowerCase(Locale.ROOT) + "-x");
  }

  @Test
  @DisplayName("random text: tokens ordered, disjoint, in range, maximal, lower-cased, and stable")
  void randomText() {
    for (int iteration = 0; iteration < 500; iteration++) {
      long seed = SEED + iteration;
      String text = randomText(new Random(seed), 1 + iteration % 300);
      String context = "seed " + seed + " (replay with -Dtests.seed=" + seed + "), text: " + escape(text);
      TokenSequence tokens = tokenizer.tokenize(text);
      checkTokens(text, tokens, context);
      TokenSequence again = tokenizer.tokenize(text);
      assertThat(again.starts()).as(context).isEqualTo(tokens.starts());
      assertThat(again.ends()).as(context).isEqualTo(tokens.ends());
      assertThat(again.terms()).as(context).isEqualTo(tokens.terms());
    }
  }

  private void checkTokens(String text, TokenSequence tokens, String context) {
    assertThat(tokens.ends()).as(context).hasSameSizeAs(tokens.starts());
    assertThat(tokens.hashes()).as(context).hasSize(tokens.size());
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.starts()[i];
      int end = tokens.ends()[i];
      String where = context + ", token " + i;
      assertThat(start).as(where).isGreaterThanOrEqualTo(previousEnd).isLessThan(end);
      assertThat(end).as(where).isLessThanOrEqualTo(text.length());
      assertThat(Character.isLowSurrogate(text.charAt(start))).as(where + " starts mid-pair").isFalse();
      assertThat(end < text.length() && Character.isLowSurrogate(text.charAt(end)))
          .as(where + " ends mid-pair")
          .isFalse();
      String tokenText = text.substring(start, end);
      assertThat(tokenText.toLowerCase(Locale.ROOT)).as(where).isEqualTo(tokens.term(i));
      assertThat(tokens.hashes()[i]).as(where).isEqualTo(hash.hashTerm(tokens.term(i)));
      assertThat(start == 0 || !WordTokenizer.isWordPart(text.codePointBefore(start)))
          .as(where + " is maximal on the left")
          .isTrue();
      assertThat(end == text.length() || !WordTokenizer.isWordPart(text.codePointAt(end)))
          .as(where + " is maximal on the right")
          .isTrue();
      Arrays.fill(covered, start, end, true);
      previousEnd = end;
    }
    for (int c = 0; c < text.length(); c++) {
      if (!covered[c] && !Character.isLowSurrogate(text.charAt(c))) {
        assertThat(WordTokenizer.isWordPart(text.codePointAt(c)))
            .as("%s: letter, digit or mark outside every token at %s", context, c)
            .isFalse();
      }
    }
  }

  /** Short runs drawn from a mix of scripts, joiners, marks, spaces and line breaks. */
  private static String randomText(Random random, int pieces) {
    String[] alphabet = {
      "a", "Z", "é", "ß", "İ", "ж", "Ж", "東", "7", "0", "'", "-", ".", ",", " ", " ", "\u00A0", "\r\n",
      "\n", "\t", "\"", "(", "!", "?", "\u0301", "\u0308", "\u094D", "\uD835\uDC00", "\uD801\uDC00",
      "\uD83D\uDE00", "\u200B", "\u2019", "\u2013", "\uFE0F"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(alphabet[random.nextInt(alphabet.length)]);
    }
    if (random.nextInt(10) == 0) {
      text.append('\uD835'); // a lone high surrogate at the end
    }
    return text.toString();
  }

  private List<String> terms(String text) {
    return terms(tokenizer.tokenize(text));
  }

  private static List<String> terms(TokenSequence tokens) {
    return Arrays.asList(tokens.terms());
  }

  private static List<String> spans(String text, TokenSequence tokens) {
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      spans.add(text.substring(tokens.starts()[i], tokens.ends()[i]));
    }
    return spans;
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char ch : text.toCharArray()) {
      escaped.append(ch >= 0x20 && ch < 0x7F ? String.valueOf(ch) : String.format(Locale.ROOT, "\\u%04X", (int) ch));
    }
    return escaped.toString();
  }
}
