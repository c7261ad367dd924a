package org.reprint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.Ingester;
import org.reprint.report.JsonReport;

/**
 * Checks a job's output against the embedded scan of the same input, run here: the same pairs with the
 * same relation, scores, direction, passages and divergences, and the same families and stories with the
 * same originals (explanations aside: the embedded scan adds common-source notes). Prints what differs and
 * exits 1, else prints the counts and exits 0. For the standalone-cluster script.
 *
 * <pre>java -cp ... org.reprint.spark.EmbeddedComparison OUTPUT_DIR INPUT</pre>
 */
public final class EmbeddedComparison {

  private EmbeddedComparison() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EmbeddedComparison OUTPUT_DIR INPUT");
      System.exit(2);
    }
    TreeMap<String, String> jobPairs = new TreeMap<>();
    TreeSet<String> jobGroups = new TreeSet<>();
    try (var parts = Files.list(Path.of(args[0]))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          read(JSON.readTree(line), jobPairs, jobGroups);
        }
      }
    }
    ScanResult embedded = Engine.scan(new Ingester(IngestOptions.DEFAULT).ingest(Path.of(args[1])),
        SparkScan.options(false));
    java.io.StringWriter lines = new java.io.StringWriter();
    JsonReport.writeLines(embedded, SparkScan.options(false), lines);
    TreeMap<String, String> scanPairs = new TreeMap<>();
    TreeSet<String> scanGroups = new TreeSet<>();
    for (String line : lines.toString().split("\n")) {
      read(JSON.readTree(line), scanPairs, scanGroups);
    }
    List<String> differences = new ArrayList<>();
    if (!jobPairs.equals(scanPairs)) {
      differences.add("pairs differ: job " + jobPairs.size() + ", embedded scan " + scanPairs.size());
      scanPairs.forEach((key, value) -> {
        if (!value.equals(jobPairs.get(key))) {
          differences.add("  " + key + "\n    scan: " + value + "\n    job:  " + jobPairs.get(key));
        }
      });
    }
    if (!jobGroups.equals(scanGroups)) {
      differences.add("families or stories differ:\n  job:  " + jobGroups + "\n  scan: " + scanGroups);
    }
    if (!differences.isEmpty()) {
      differences.forEach(System.out::println);
      System.exit(1);
    }
    System.out.println("the job's output equals the embedded scan: " + jobPairs.size() + " pairs, "
        + jobGroups.size() + " families and stories");
  }

  /** A pair's decision without its explanation, or a group, from one JSON Lines record. */
  private static void read(JsonNode record, TreeMap<String, String> pairs, TreeSet<String> groups) {
    if (record.has("pair")) {
      JsonNode pair = record.get("pair").deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) pair).remove("explanation");
      pairs.put(pair.get("a").asText() + " " + pair.get("b").asText(), pair.toString());
    } else if (record.has("family")) {
      groups.add("family " + record.get("family"));
    } else if (record.has("story")) {
      groups.add("story " + record.get("story"));
    }
  }
}
