package org.reprint.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.reprint.classify.Relation;
import org.reprint.ingest.IngestOptions;
import org.reprint.report.JsonReport;
import scala.Tuple2;

/**
 * {@code spark-submit --class org.reprint.spark.SparkScanJob reprint-spark.jar scan --input PATH [--input
 * PATH ...] --output PATH [--near-duplicates-only] [--max-bytes BYTES]}: the scan on a cluster, written as
 * JSON Lines in the shape of the CLI's {@code --format jsonl}: a head line {@code {"schema", "summary"}},
 * then a line per document, pair, family, story and skipped input, in that order and sorted, so that the
 * output is the same whatever the cluster.
 */
public final class SparkScanJob {

  private SparkScanJob() {}

  static final String USAGE = "usage: reprint-spark scan --input PATH [--input PATH ...] --output PATH"
      + " [--near-duplicates-only] [--max-bytes BYTES]";

  /** The parsed command line. */
  record Arguments(List<String> inputs, String output, boolean nearDuplicatesOnly, long maxBytes) {

    static Arguments parse(String[] args) {
      if (args.length == 0 || !args[0].equals("scan")) {
        throw new IllegalArgumentException("the first argument must be the command 'scan'; " + USAGE);
      }
      List<String> inputs = new ArrayList<>();
      String output = null;
      boolean nearDuplicatesOnly = false;
      long maxBytes = IngestOptions.DEFAULT.maxDocumentBytes();
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--input" -> inputs.add(value(args, ++i, "--input"));
          case "--output" -> output = value(args, ++i, "--output");
          case "--near-duplicates-only" -> nearDuplicatesOnly = true;
          case "--max-bytes" -> {
            String value = value(args, ++i, "--max-bytes");
            try {
              maxBytes = Long.parseLong(value);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--max-bytes must be a number of bytes, got " + value);
            }
            new IngestOptions(maxBytes); // checks the range, naming it
          }
          default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
        }
      }
      if (inputs.isEmpty() || output == null) {
        throw new IllegalArgumentException("--input and --output are required; " + USAGE);
      }
      return new Arguments(inputs, output, nearDuplicatesOnly, maxBytes);
    }

    private static String value(String[] args, int at, String option) {
      if (at >= args.length) {
        throw new IllegalArgumentException(option + " needs a value; " + USAGE);
      }
      return args[at];
    }
  }

  public static void main(String[] args) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("reprint-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("reprint scan").setIfMissing("spark.master", "local[*]")
        .setIfMissing("spark.ui.enabled", "false");
    try (JavaSparkContext context = new JavaSparkContext(conf)) {
      context.setLogLevel("WARN");
      Map<String, Object> summary = scan(context, arguments);
      System.err.println("reprint-spark: " + summary + " written to " + arguments.output());
    }
  }

  /** Runs the scan and writes its lines to {@code arguments.output}; returns the summary. */
  static Map<String, Object> scan(JavaSparkContext context, Arguments arguments) {
    SparkScan.Result result = SparkScan.run(context,
        SparkInput.read(context, arguments.inputs(), arguments.maxBytes()), arguments.nearDuplicatesOnly());
    Map<String, Object> summary = summary(result);
    JavaPairRDD<String, String> keyed = keyed(context.parallelize(List.of(head(summary)), 1), "0")
        .union(keyed(result.documentLines(), "1"))
        .union(keyed(result.pairLines(), "2"))
        .union(keyed(result.families().map(f -> JsonReport.groupLine("family", f)), "3"))
        .union(keyed(result.stories().map(s -> JsonReport.groupLine("story", s)), "4"))
        .union(keyed(result.skippedLines(), "5"));
    keyed.sortByKey().values().saveAsTextFile(arguments.output());
    return summary;
  }

  /** Lines keyed for a total order: the section, then the line itself (ids come first in every record). */
  private static JavaPairRDD<String, String> keyed(JavaRDD<String> lines, String section) {
    return lines.mapToPair(line -> new Tuple2<>(section + line, line));
  }

  private static Map<String, Object> summary(SparkScan.Result result) {
    Map<String, Long> byRelation = new LinkedHashMap<>();
    for (Relation relation : Relation.values()) {
      byRelation.put(relation.name(), 0L);
    }
    result.pairs().map(p -> p.relation().name()).countByValue().forEach(byRelation::put);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("documents", result.documents());
    summary.put("skipped", result.skipped());
    summary.put("candidatePairs", result.candidatePairs());
    summary.put("relatedPairs", byRelation.values().stream().mapToLong(Long::longValue).sum());
    summary.put("pairsByRelation", byRelation);
    summary.put("families", result.families().count());
    summary.put("stories", result.stories().count());
    return summary;
  }

  private static String head(Map<String, Object> summary) {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("schema", JsonReport.SCHEMA);
    head.put("job", "spark");
    head.put("summary", summary);
    try {
      return new ObjectMapper().writeValueAsString(head);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the summary", e);
    }
  }
}
