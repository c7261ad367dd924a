package org.reprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.engine.RelativeScans;
import org.reprint.engine.ScanOptions;

class TerminalReportTest {

  @Test
  @DisplayName("a word hyphenated across a hard-wrapped line reads whole: \"de-escalate\", not \"de- escalate\"")
  void hyphenatedLineBreak() {
    assertThat(TerminalReport.quoted("cease fire, de-\nescalate the")).isEqualTo("\"cease fire, de-escalate the\"");
    assertThat(TerminalReport.quoted("a -\n b")).isEqualTo("\"a - b\"");
    StringWriter out = new StringWriter();
    TerminalReport.write(RelativeScans.scan(Path.of("..", "examples", "armenia-2020"),
        ScanOptions.defaults(List.of())), new PrintWriter(out));
    assertThat(out.toString()).contains("\"de-escalate\" -> \"escalate\"").doesNotContain("de- escalate");
  }

  @Test
  @DisplayName("the terminal shows each family's tree and each story's time line")
  void familiesAndTimelines() {
    StringWriter out = new StringWriter();
    TerminalReport.write(RelativeScans.scan(Path.of("..", "examples", "armenia-2020"),
        ScanOptions.defaults(List.of())), new PrintWriter(out));
    assertThat(out.toString())
        .contains("001_de2c79a0c33f0dde.txt -> 002_408473a80b4a83d8.txt  PARAPHRASE")
        .contains("001_de2c79a0c33f0dde.txt -- 000_51bb1057b6c19cdb.txt  DUPLICATE")
        .contains("2020-10-31 001_de2c79a0c33f0dde.txt  likely original")
        .contains("004_aff0aa0c764f18b0.txt  independent report (SAME_STORY)");
  }
}
