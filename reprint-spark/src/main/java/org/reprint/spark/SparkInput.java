package org.reprint.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.reprint.document.Document;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * The job's inputs, on any path Hadoop reads (local, HDFS, S3A), read by reprint-core's {@link Ingester}
 * on the executors, so that a file becomes the same document, with the same id, as under the CLI: a folder's
 * files are {@code FOLDER/inner/path} (hidden files left out), a file is its path as given, and a JSON
 * Lines file's records keep their ids, and a WARC file's HTML responses are articles named after their
 * target URIs. A JSON Lines file is split by Spark's line reader, so its records
 * should carry ids: a record without one is named after its part of the file, not its line.
 */
public final class SparkInput {

  private SparkInput() {}

  /** One input read: a document, or why it could not be used. */
  public record Read(Document document, SkippedDocument skipped) implements Serializable {}

  /**
   * Reads every input into one collection.
   *
   * @throws IllegalArgumentException if an input does not exist
   */
  public static JavaRDD<Read> read(JavaSparkContext context, List<String> inputs, long maxDocumentBytes) {
    Configuration hadoop = context.hadoopConfiguration();
    hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaRDD<Read> all = context.emptyRDD();
    for (String input : inputs) {
      all = all.union(readOne(context, hadoop, input, maxDocumentBytes));
    }
    return all;
  }

  private static JavaRDD<Read> readOne(JavaSparkContext context, Configuration hadoop, String input, long limit) {
    Path path = new Path(input);
    FileStatus status;
    String root;
    try {
      FileSystem files = path.getFileSystem(hadoop);
      status = files.getFileStatus(path);
      root = files.makeQualified(path).toString();
    } catch (java.io.FileNotFoundException e) {
      throw new IllegalArgumentException("input does not exist: " + input, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input " + input + ": " + e.getMessage(), e);
    }
    String name = Ingester.nameOf(java.nio.file.Path.of(input.replaceFirst("^file:", "")));
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    if (status.isFile() && (lower.endsWith(".jsonl") || lower.endsWith(".ndjson"))) {
      return context.textFile(input).mapPartitionsWithIndex((part, lines) -> {
        StringBuilder text = new StringBuilder();
        lines.forEachRemaining(line -> text.append(line).append('\n'));
        return reads(ingest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "part-" + part + ".jsonl", name, limit)).iterator();
      }, true);
    }
    boolean folder = status.isDirectory();
    return context.binaryFiles(input).flatMap(file -> {
      String id = folder ? name + "/" + file._1().substring(root.length() + 1) : name;
      return reads(read(file._2(), id, limit)).iterator();
    });
  }

  /**
   * A file, read as the CLI reads it. A WARC file is large by design and limited per record, so it is
   * copied whole to the executor's disk; any other file is read no further than the size limit (an
   * oversized file is skipped, as by the CLI).
   */
  private static IngestResult read(PortableDataStream stream, String id, long limit) throws IOException {
    String lower = id.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      java.nio.file.Path folder = Files.createTempDirectory("reprint-input");
      java.nio.file.Path file = folder.resolve(fileName(id));
      try (InputStream input = stream.open()) {
        Files.copy(input, file);
        return new Ingester(new IngestOptions(limit)).ingest(file, id);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      }
    }
    try (InputStream input = stream.open()) {
      byte[] bytes = input.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > limit) {
        return new IngestResult(List.of(), List.of(new SkippedDocument(id, SkipReason.OVERSIZED,
            "larger than the limit of " + limit + " bytes")), List.of());
      }
      return ingest(bytes, fileName(id), id, limit);
    }
  }

  private static String fileName(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  /**
   * The CLI's reading of one file: written to a local file with the same name (its extension tells the
   * format) and read by {@link Ingester#ingest(java.nio.file.Path, String)} under its id.
   */
  private static IngestResult ingest(byte[] bytes, String fileName, String id, long limit) throws IOException {
    java.nio.file.Path folder = Files.createTempDirectory("reprint-input");
    java.nio.file.Path file = folder.resolve(fileName.isEmpty() || fileName.startsWith(".") ? "input" : fileName);
    try {
      Files.write(file, bytes);
      return new Ingester(new IngestOptions(limit)).ingest(file, id);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
    }
  }

  private static List<Read> reads(IngestResult result) {
    List<Read> reads = new ArrayList<>();
    result.documents().forEach(d -> reads.add(new Read(d, null)));
    result.skipped().forEach(s -> reads.add(new Read(null, s)));
    return reads;
  }
}
