package org.reprint.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.document.TextSpan;

class OffsetMapTest {

  private final Normalizer normalizer = new Normalizer();

  @Test
  void wordsMapBackToTheirOriginalText() {
    String original = "  Alpha   beta\r\ngamma\n\n\tdelta  ";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).isEqualTo("Alpha beta gamma\ndelta");
    assertThat(spanOf(normalized, "gamma").of(original)).isEqualTo("gamma");
    assertThat(spanOf(normalized, "delta").of(original)).isEqualTo("delta");
  }

  @Test
  void separatorsCoverTheWholeGapTheyReplace() {
    String original = "one \r\n  two\n \n three";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).isEqualTo("one two\nthree");
    assertThat(normalized.offsets().toOriginal(3, 4).of(original)).isEqualTo(" \r\n  ");
    assertThat(normalized.offsets().toOriginal(7, 8).of(original)).isEqualTo("\n \n ");
  }

  @Test
  void joinedHyphenatedWordMapsToBothLines() {
    String original = "to de-\nescalate now";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).isEqualTo("to de-escalate now");
    assertThat(spanOf(normalized, "de-escalate").of(original)).isEqualTo("de-\nescalate");
  }

  @Test
  void combiningMarkAndLigatureMapToTheirWholeSource() {
    String original = "cafe\u0301 \uFB01ne";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.text()).isEqualTo("caf\u00E9 fine");
    assertThat(normalized.offsets().toOriginal(3, 4)).isEqualTo(new TextSpan(3, 5));
    assertThat(normalized.offsets().toOriginal(5, 6)).isEqualTo(new TextSpan(6, 7));
    assertThat(normalized.offsets().toOriginal(6, 7)).isEqualTo(new TextSpan(6, 7));
  }

  @Test
  void emptyRangeIsAnEmptySpanBeforeItsCharOrAtTheTextEnd() {
    String original = "  one two ";
    NormalizedText normalized = normalizer.normalize(original);

    assertThat(normalized.offsets().toOriginal(4, 4)).isEqualTo(new TextSpan(6, 6));
    assertThat(normalized.offsets().toOriginal(7, 7)).isEqualTo(new TextSpan(10, 10));
    assertThat(normalizer.normalize("").offsets().toOriginal(0, 0)).isEqualTo(new TextSpan(0, 0));
  }

  @Test
  void indexOutOfRangeNamesTheIndexAndTheRange() {
    OffsetMap offsets = normalizer.normalize("abc").offsets();

    assertThatThrownBy(() -> offsets.originalStart(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("normalizedIndex must be in [0, 3), got 3");
    assertThatThrownBy(() -> offsets.originalEnd(-1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("normalizedIndex must be in [0, 3), got -1");
    assertThatThrownBy(() -> offsets.toOriginal(2, 4))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("range must satisfy 0 <= normalizedStart <= normalizedEnd <= 3, got normalizedStart=2, normalizedEnd=4");
    assertThatThrownBy(() -> offsets.toOriginal(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void nullInputIsRejectedByName() {
    assertThatThrownBy(() -> normalizer.normalize((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> normalizer.normalize((Document) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("document");
  }

  private static TextSpan spanOf(NormalizedText normalized, String word) {
    int start = normalized.text().indexOf(word);
    assertThat(start).as("'%s' in normalized text", word).isNotNegative();
    return normalized.offsets().toOriginal(start, start + word.length());
  }

  @Test
  void runEncodingGivesBackEveryCharsSpan() {
    for (long seed = 1; seed <= 300; seed++) {
      java.util.Random random = new java.util.Random(seed);
      int length = random.nextInt(400);
      int[] starts = new int[length];
      int[] ends = new int[length];
      int original = 0;
      for (int i = 0; i < length; i++) {
        int choice = random.nextInt(10);
        if (choice == 0 && i > 0) {
          starts[i] = starts[i - 1]; // two chars from one original char (NFKC "fi")
        } else {
          original += choice == 1 ? 1 + random.nextInt(30) : 0; // dropped text before this char
          starts[i] = original;
          original++;
        }
        int width = random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 1; // joined line breaks, accents
        ends[i] = Math.max(starts[i] + width, i > 0 ? ends[i - 1] : 0);
        original = Math.max(original, ends[i]);
      }
      OffsetMap map = new OffsetMap(starts, ends, original + 5);
      for (int i = 0; i < length; i++) {
        assertThat(map.originalStart(i)).as("seed %d, index %d", seed, i).isEqualTo(starts[i]);
        assertThat(map.originalEnd(i)).as("seed %d, index %d", seed, i).isEqualTo(ends[i]);
      }
      assertThat(map.length()).isEqualTo(length);
      assertThat(map).isEqualTo(new OffsetMap(starts.clone(), ends.clone(), original + 5));
    }
  }

  @Test
  void plainTextNeedsOneRunPerEdit() {
    String text = "Russia said Saturday it would provide assistance.\nThe talks failed.";
    OffsetMap map = new Normalizer().normalize(text).offsets();
    assertThat(map.length()).isGreaterThan(60);
    assertThat(map.runCount()).isLessThanOrEqualTo(3);
  }
}
