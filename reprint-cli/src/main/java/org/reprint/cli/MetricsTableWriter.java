package org.reprint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.reprint.evaluation.MetricsTable;

/** Writes a {@link MetricsTable} as an aligned text table or as JSON. */
final class MetricsTableWriter {

  enum Format {
    text,
    json
  }

  private MetricsTableWriter() {}

  static void write(MetricsTable table, Format format, PrintWriter out) {
    if (format == Format.json) {
      writeJson(table, out);
    } else {
      writeText(table, out);
    }
  }

  /** {"title": ..., "metrics": [{"name", "value", "detail"}], "notes": [...]}, indented. */
  private static void writeJson(MetricsTable table, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try {
      out.println(mapper.writeValueAsString(table));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeText(MetricsTable table, PrintWriter out) {
    out.println(table.title());
    int width = 0;
    for (MetricsTable.Metric metric : table.metrics()) {
      width = Math.max(width, metric.name().length());
    }
    for (MetricsTable.Metric metric : table.metrics()) {
      String line = String.format(Locale.ROOT, "  %-" + width + "s  %8.4f", metric.name(), metric.value());
      out.println(metric.detail().isEmpty() ? line : line + "  (" + metric.detail() + ")");
    }
    if (!table.notes().isEmpty()) {
      out.println("Notes:");
      for (String note : table.notes()) {
        out.println("  - " + note);
      }
    }
  }
}
