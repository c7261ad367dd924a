package org.reprint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * About a megabyte of real news text for the kernel benchmarks: whole articles, read in sorted path order
 * until their bytes reach a target, and repeated from the first when the folder holds fewer.
 *
 * <p>The first choice is the BBC News corpus (Greene and Cunningham 2006; files {@code <topic>/<nnn>.txt}),
 * from the system property {@value #NEWS_PROPERTY} or else {@value #DEFAULT_BBC_DIRECTORY}. When it is
 * absent the repository's {@code examples/armenia-2020/*.txt} are used, found from the working directory or
 * one of its parents. Files are decoded as UTF-8, replacing malformed bytes (one BBC file is not UTF-8).
 *
 * @param source the folder the articles came from
 * @param articles the raw article texts, in order (repeats included)
 * @param bytes the total size of the articles' files in bytes, counting repeats
 */
public record NewsCorpus(Path source, List<String> articles, long bytes) {

  /** The system property naming the BBC News folder. */
  public static final String NEWS_PROPERTY = "reprint.bench.news";

  /** Where the shared datasets keep the BBC News corpus. */
  public static final String DEFAULT_BBC_DIRECTORY = "../shared/datasets/bbc_news";

  /** The fallback folder, relative to the repository root. */
  public static final String FALLBACK_DIRECTORY = "examples/armenia-2020";

  public NewsCorpus {
    articles = List.copyOf(articles);
  }

  /** Loads at least {@code targetBytes} of articles (whole articles, so slightly more). */
  public static NewsCorpus load(long targetBytes) throws IOException {
    if (targetBytes < 1) {
      throw new IllegalArgumentException("targetBytes must be at least 1, got " + targetBytes);
    }
    Path bbc = Path.of(System.getProperty(NEWS_PROPERTY, DEFAULT_BBC_DIRECTORY));
    List<Path> files = Files.isDirectory(bbc) ? textFiles(bbc, 2) : List.of();
    Path source = bbc;
    if (files.isEmpty()) {
      source = findFallback();
      files = textFiles(source, 1);
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt articles in " + bbc + " nor in " + source);
    }
    return read(source, files, targetBytes);
  }

  private static NewsCorpus read(Path source, List<Path> files, long targetBytes) throws IOException {
    List<String> articles = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < targetBytes; i = (i + 1) % files.size()) {
      byte[] content = Files.readAllBytes(files.get(i));
      // new String(bytes, UTF_8) replaces malformed input rather than throwing.
      articles.add(new String(content, StandardCharsets.UTF_8));
      bytes += content.length;
    }
    return new NewsCorpus(source, articles, bytes);
  }

  /** The {@code .txt} files exactly {@code depth} levels below {@code folder}, in path order. */
  private static List<Path> textFiles(Path folder, int depth) throws IOException {
    try (Stream<Path> paths = Files.walk(folder, depth)) {
      return paths
          .filter(path -> folder.relativize(path).getNameCount() == depth)
          .filter(path -> path.getFileName().toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static Path findFallback() throws IOException {
    Path directory = Path.of("").toAbsolutePath();
    for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
      Path examples = candidate.resolve(FALLBACK_DIRECTORY);
      if (Files.isDirectory(examples)) {
        return examples;
      }
    }
    throw new IOException(
        "no news text: neither "
            + System.getProperty(NEWS_PROPERTY, DEFAULT_BBC_DIRECTORY)
            + " nor "
            + FALLBACK_DIRECTORY
            + " above "
            + directory
            + " exists; set -D"
            + NEWS_PROPERTY
            + "=FOLDER");
  }
}
