package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  static List<List<String>> read(String csv) {
    return CsvRecords.read(new StringReader(csv));
  }

  @Test
  void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
    String csv = ",pair_id,text1\r\n"
        + "0,1_2,\"Title, with comma\n\nSecond paragraph: \"\"quoted\"\" words.\"\r\n"
        + "1,3_4,plain\n";
    assertThat(read(csv)).containsExactly(
        List.of("", "pair_id", "text1"),
        List.of("0", "1_2", "Title, with comma\n\nSecond paragraph: \"quoted\" words."),
        List.of("1", "3_4", "plain"));
  }

  @Test
  void emptyFieldsAndMissingFinalLineEnd() {
    assertThat(read("a,,\"\"\n,b,")).containsExactly(List.of("a", "", ""), List.of("", "b", ""));
    assertThat(read("\"\"")).containsExactly(List.of(""));
    assertThat(read("")).isEmpty();
  }

  @Test
  void quoteInsideAnUnquotedFieldIsKept() {
    assertThat(read("5\" tall,x\n")).containsExactly(List.of("5\" tall", "x"));
  }

  @Test
  void unclosedQuoteIsAnError() {
    assertThatThrownBy(() -> read("a,\"never closed\nb,c\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must close every quoted field");
  }
}
