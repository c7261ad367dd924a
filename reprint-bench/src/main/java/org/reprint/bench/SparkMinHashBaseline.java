package org.reprint.bench;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;

/**
 * The baseline that Reprint's near-duplicate throughput is compared with: Apache Spark MLlib's {@code
 * MinHashLSH} and {@code approxSimilarityJoin} on a generated corpus, in {@code local[2]}.
 *
 * <p>Usage (built only with {@code -Pspark}; see {@code scripts/benchmark-spark-baseline.sh}): {@code java
 * --add-opens ... -cp reprint-bench/target/classes:SPARK_CLASS_PATH org.reprint.bench.SparkMinHashBaseline
 * corpus.jsonl [threshold]}. Prints {@code pairs=P seconds=S} on the last line.
 *
 * <p>Each text is lower-cased and cut into runs of letters and digits; its word 5-shingles (the shingle of
 * Reprint) are hashed with FNV-1a 64 into a sparse binary vector of 2^22 dimensions, enough that a 2,000-word
 * article's shingles rarely collide. Spark's LSH only ORs its hash tables (one MinHash each, no AND bands), so
 * a pair of Jaccard similarity s is a candidate with probability 1 - (1 - s)^T. T = 5 tables give 0.9997 at s
 * = 0.8, matching Reprint's LSH (32 bands of 4 rows: 0.9996 at 0.8). The join keeps pairs with Jaccard
 * distance below the threshold (Spark's test is strict), 0.2 by default, i.e. similarity above 0.8; a
 * document paired with itself, and the mirrored copy of each pair, are dropped before counting. Texts of
 * fewer than five words have no shingle and are left out, since MinHash needs a non-empty set.
 */
public final class SparkMinHashBaseline {

  static final int SHINGLE_WORDS = 5;
  static final int DIMENSION_BITS = 22;
  static final int HASH_TABLES = 5;

  private SparkMinHashBaseline() {}

  public static void main(String[] arguments) {
    if (arguments.length < 1 || arguments.length > 2) {
      System.err.println("usage: SparkMinHashBaseline corpus.jsonl [jaccardDistanceThreshold]");
      System.exit(2);
    }
    double threshold = arguments.length == 2 ? Double.parseDouble(arguments[1]) : 0.2;
    long start = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("reprint-minhash-baseline")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    spark.udf().register("shingles", (UDF1<String, Vector>) SparkMinHashBaseline::shingleVector, SQLDataTypes.VectorType());
    Dataset<Row> documents =
        spark.read().json(arguments[0])
            .select(col("id"), callUDF("shingles", col("text")).as("features"))
            .filter(col("features").isNotNull())
            .cache();
    MinHashLSHModel model =
        new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(42).setInputCol("features").setOutputCol("hashes").fit(documents);
    long pairs =
        model.approxSimilarityJoin(documents, documents, threshold, "distance")
            .filter(col("datasetA.id").lt(col("datasetB.id")))
            .count();
    double seconds = (System.nanoTime() - start) / 1e9;
    spark.stop();
    System.out.printf(Locale.ROOT, "pairs=%d seconds=%.2f%n", pairs, seconds);
  }

  /** The binary vector of hashed word 5-shingles, or {@code null} for a text of fewer than five words. */
  static Vector shingleVector(String text) {
    if (text == null) {
      return null;
    }
    String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
    if (words.length < SHINGLE_WORDS) {
      return null;
    }
    TreeSet<Integer> indices = new TreeSet<>();
    int mask = (1 << DIMENSION_BITS) - 1;
    for (int start = 0; start + SHINGLE_WORDS <= words.length; start++) {
      long hash = 0xcbf29ce484222325L;
      for (int i = start; i < start + SHINGLE_WORDS; i++) {
        hash = fnv(hash, words[i]);
        hash = (hash ^ ' ') * 0x100000001B3L;
      }
      indices.add((int) (hash ^ (hash >>> 32)) & mask);
    }
    int[] positions = indices.stream().mapToInt(Integer::intValue).toArray();
    double[] ones = new double[positions.length];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(1 << DIMENSION_BITS, positions, ones);
  }

  private static long fnv(long hash, String word) {
    long result = hash;
    for (int i = 0; i < word.length(); i++) {
      result = (result ^ word.charAt(i)) * 0x100000001B3L;
    }
    return result;
  }
}
