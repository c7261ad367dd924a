package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.document.Document;
import org.reprint.evaluation.PlantedDivergences.Kind;
import org.reprint.evaluation.PlantedDivergences.Plant;
import org.reprint.evaluation.PlantedDivergences.PlantedEdit;

/** Planting edits in the bundled examples, and scoring what the scan reports for them. */
@DisplayName("PlantedDivergences: edits planted in real articles, found and typed")
class PlantedDivergencesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  @DisplayName("each planted copy differs from its article exactly where its edits say")
  void plantsAreWhereTheySay() {
    List<Document> articles =
        new org.reprint.ingest.Ingester(org.reprint.ingest.IngestOptions.DEFAULT).ingest(EXAMPLES).documents();
    List<Plant> plants = PlantedDivergences.plant(articles, 3);
    plants.addAll(PlantedDivergences.plantTogether(articles, 3));
    assertThat(plants).hasSizeGreaterThan(15);
    for (Plant plant : plants) {
      String original = plant.original().originalText();
      String copy = plant.copy().originalText();
      assertThat(copy).isNotEqualTo(original);
      PlantedEdit last = plant.edits().get(plant.edits().size() - 1);
      // after the last edit the texts agree, as they do before the first
      assertThat(original.substring(last.inOriginal().end())).isEqualTo(copy.substring(last.inCopy().end()));
      assertThat(original.substring(0, plant.edits().get(0).inOriginal().start()))
          .isEqualTo(copy.substring(0, plant.edits().get(0).inCopy().start()));
      for (PlantedEdit edit : plant.edits()) {
        assertThat(edit.inOriginal().of(original)).as("%s in %s", edit, plant.copy().id())
            .isNotEqualTo(edit.inCopy().of(copy));
      }
    }
  }

  @Test
  @DisplayName("straight quotation marks alternate within a paragraph; the text between two quotations is none")
  void quotationsByParity() {
    String text = "He said \"this is one quotation here\" and then \"another quotation of five words\" too.\n\n"
        + "\"A new paragraph quotation, four words";
    List<int[]> quotations = PlantedDivergences.quotations(text);
    assertThat(quotations).hasSize(2);
    assertThat(text.substring(quotations.get(0)[0], quotations.get(0)[1])).isEqualTo("this is one quotation here");
    assertThat(text.substring(quotations.get(1)[0], quotations.get(1)[1]))
        .isEqualTo("another quotation of five words");
  }

  @Test
  @DisplayName("on the examples, every planted number, date, negation and quotation edit is found, typed right")
  void examplesEditsAreFound() {
    MetricsTable table = PlantedDivergences.evaluate(EXAMPLES, 3, line -> {});
    for (MetricsTable.Metric metric : table.metrics()) {
      if (metric.name().startsWith("one edit: recall") && !metric.name().endsWith("ORGANISATION")
          && !metric.name().endsWith("ANTONYM")) {
        assertThat(metric.value()).as(metric.name() + " " + metric.detail()).isEqualTo(1.0);
      }
      if (metric.name().contains("precision")) {
        assertThat(metric.value()).as(metric.name() + " " + metric.detail()).isGreaterThanOrEqualTo(0.9);
      }
    }
    assertThat(table.metrics()).anySatisfy(m -> assertThat(m.name()).isEqualTo("one edit: recall, planted NUMBER"));
  }

  @Test
  void perKindBelowOneIsAnError() {
    assertThatThrownBy(() -> PlantedDivergences.evaluate(EXAMPLES, 0, line -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perKind").hasMessageContaining("0");
  }

  @Test
  void editsOfOneKindAreDeterministic() {
    String text = new org.reprint.ingest.Ingester(org.reprint.ingest.IngestOptions.DEFAULT)
        .ingest(EXAMPLES.resolve("armenia-2020")).documents().get(0).originalText();
    assertThat(PlantedDivergences.edit(Kind.NUMBER, text, new Random(7)))
        .isEqualTo(PlantedDivergences.edit(Kind.NUMBER, text, new Random(7)));
  }
}
