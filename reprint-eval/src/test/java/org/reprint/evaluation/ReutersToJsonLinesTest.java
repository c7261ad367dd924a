package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersToJsonLinesTest {

  /** Two stories in the collection's layout; the second has no body and is left out. */
  private static final String SGML =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
          + "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" OLDID=\"5544\" NEWID=\"7\">\n"
          + "<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
          + "<UNKNOWN> \n&#5;&#5;&#5;C T\n</UNKNOWN>\n"
          + "<TEXT>&#2;\n<TITLE>STANDARD OIL &lt;SRD> TO FORM UNIT</TITLE>\n"
          + "<DATELINE>    CLEVELAND, Feb 26 - </DATELINE><BODY>Standard Oil &lt;SRD> said A&amp;B\n"
          + "rose 5 caf\u00e9s &#127;down.\n Reuter\n&#3;</BODY></TEXT>\n"
          + "</REUTERS>\n"
          + "<REUTERS TOPICS=\"NO\" NEWID=\"8\">\n"
          + "<DATE>31-MAR-1987 605:12:19.12</DATE>\n"
          + "<TEXT TYPE=\"BRIEF\">&#2;\n<TITLE>NO BODY</TITLE>\n&#3;</TEXT>\n"
          + "</REUTERS>\n";

  @Test
  void storiesWithABodyBecomeRecords() {
    List<ReutersToJsonLines.Story> stories = new ArrayList<>();
    ReutersToJsonLines.stories(SGML, stories::add);
    assertThat(stories)
        .containsExactly(
            new ReutersToJsonLines.Story(
                "reuters-7",
                "STANDARD OIL <SRD> TO FORM UNIT",
                "1987-02-26T15:01:01.79",
                "reuters",
                "Standard Oil <SRD> said A&B\nrose 5 caf\u00e9s down.\n Reuter\n"));
  }

  @Test
  void datesBecomeIsoOrAreLeftOut() {
    assertThat(ReutersToJsonLines.isoDate(" 9-APR-1987 13:32:06.7")).isEqualTo("1987-04-09T13:32:06.7");
    assertThat(ReutersToJsonLines.isoDate("3-MAR-1987  09:15:05.40")).isEqualTo("1987-03-03T09:15:05.4");
    assertThat(ReutersToJsonLines.isoDate("26-MAR-1987 14:00:57.95\t\t\tF")).isEqualTo("1987-03-26T14:00:57.95");
    assertThat(ReutersToJsonLines.isoDate("31-MAR-1987 605:12:19.12")).isEqualTo("1987-03-31");
    assertThat(ReutersToJsonLines.isoDate("31-APR-1987 10:00:00.00")).isNull();
    assertThat(ReutersToJsonLines.isoDate("yesterday")).isNull();
  }

  @Test
  void convertWritesUtf8JsonLines(@TempDir Path folder) throws IOException {
    Files.write(folder.resolve("reut2-000.sgm"), SGML.getBytes(StandardCharsets.ISO_8859_1));
    Path output = folder.resolve("out/reuters.jsonl");
    assertThat(ReutersToJsonLines.convert(folder, output)).isEqualTo(1);
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode record = new ObjectMapper().readTree(lines.get(0));
    assertThat(record.get("id").asText()).isEqualTo("reuters-7");
    assertThat(record.get("source").asText()).isEqualTo("reuters");
    assertThat(record.get("text").asText()).contains("caf\u00e9s");
  }
}
