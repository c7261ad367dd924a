package org.reprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkippedDocument;
import org.reprint.engine.IncrementalEngine;
import org.reprint.engine.IndexingReport;
import org.reprint.engine.ScanOptions;
import org.reprint.index.IndexCheck;
import org.reprint.index.IndexStatistics;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;
import org.reprint.report.Plural;
import org.reprint.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprint index add|remove|merge|stats}: the on-disk index that {@code reprint query} searches. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = ReprintCommand.Version.class,
    description = "Maintains an on-disk index of articles (Apache Lucene) for 'reprint query'.",
    subcommands = {
      IndexCommand.Add.class, IndexCommand.Remove.class, IndexCommand.Merge.class, IndexCommand.Stats.class,
      IndexCommand.Check.class, IndexCommand.Stories.class
    })
final class IndexCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, remove, merge, stats, check or stories");
  }

  /** Options every index subcommand shares. */
  static final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "reprint-index",
        description = "The index folder (default: ${DEFAULT-VALUE}).")
    Path folder;
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds (or replaces, by id) the articles of files, folders or - (standard input).")
  static final class Add implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;

    @Option(names = "--threads", paramLabel = "N") Integer threads;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "8388608") long maxBytes;

    @Option(names = {"-q", "--quiet"}) boolean quiet;

    @Option(names = "--stories", description = "Give each added article a story as it arrives: it joins the"
        + " stored story it is tied to for half of its members or more, or starts its own (each is queried"
        + " against the index). 'index stories' settles them.")
    boolean stories;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      ScanOptions options = CommandOptions.scanOptions(spec, List.of(), threads, maxBytes);
      IngestResult ingested = CommandOptions.ingest(spec, paths, options.ingest());
      long start = System.nanoTime();
      IndexingReport report;
      IncrementalEngine.StoryCounts storyCounts = null;
      long indexed = start;
      try (ReprintIndex reprintIndex = ReprintIndex.openForWriting(index.folder, options.fingerprint())) {
        Thread interrupted = onInterrupt(err, reprintIndex, index.folder);
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
          report = IncrementalEngine.index(reprintIndex, ingested, options,
              quiet ? org.reprint.engine.ProgressListener.NONE : ProgressReporter.forStandardError(err, "indexing"));
          indexed = System.nanoTime();
          if (stories) {
            storyCounts = IncrementalEngine.assignStories(reprintIndex, added(ingested, report), options);
          }
        } finally {
          removeHook(interrupted);
        }
      }
      double storySeconds = (System.nanoTime() - indexed) / 1e9;
      double seconds = (indexed - start) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      int written = report.added() + report.replaced();
      out.printf(Locale.ROOT, "added %s, replaced %d (of the same id), to %s in %.2f s (%.0f docs/s), %d skipped,"
          + " %s%n", Plural.of(report.added(), "document"), report.replaced(), index.folder, seconds,
          written / Math.max(seconds, 1e-9), report.skipped().size(), Plural.of(report.commits(), "commit"));
      if (storyCounts != null) {
        out.printf(Locale.ROOT, "stories: %d joined a stored story, %d started one, in %.2f s%n",
            storyCounts.joined(), storyCounts.started(), storySeconds);
      }
      for (SkippedDocument skipped : report.skipped()) {
        out.printf(Locale.ROOT, "  skipped %s: %s (%s)%n", TerminalText.safe(skipped.id()), skipped.reason(),
            TerminalText.safe(skipped.detail()));
      }
      for (IngestWarning warning : report.warnings()) {
        out.printf(Locale.ROOT, "  warning %s: %s (%s)%n", TerminalText.safe(warning.id()), warning.kind(),
            TerminalText.safe(warning.detail()));
      }
      out.flush();
      return written == 0 ? ReprintCommand.EXIT_NOTHING_USABLE : ReprintCommand.EXIT_OK;
    }
  }

  /** The articles of a run that the index now holds: the ingested ones not skipped for having no words. */
  private static List<org.reprint.document.Document> added(IngestResult ingested, IndexingReport report) {
    java.util.Set<String> skipped = new java.util.HashSet<>();
    report.skipped().forEach(document -> skipped.add(document.id()));
    return ingested.documents().stream().filter(document -> !skipped.contains(document.id().value())).toList();
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = {"Settles the stories stored in the index: every article is queried against the index and"
          + " the stories are formed as a scan of the indexed articles forms them, whatever the order the"
          + " articles were added in. As costly as a scan of them."})
  static final class Stories implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin IndexOption index;

    @Option(names = "--threads", paramLabel = "N") Integer threads;

    @Override
    public Integer call() {
      CommandOptions.requireIndex(spec, index.folder);
      ScanOptions options = CommandOptions.scanOptions(spec, List.of(), threads, 8_388_608);
      long start = System.nanoTime();
      int stories;
      try (ReprintIndex reprintIndex = ReprintIndex.openForWriting(index.folder, options.fingerprint())) {
        stories = IncrementalEngine.settleStories(reprintIndex, options);
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "settled the stories of %s: %s of two articles or more,"
          + " in %.2f s%n", index.folder, Plural.of(stories, "story", "stories"), (System.nanoTime() - start) / 1e9);
      spec.commandLine().getOut().flush();
      return ReprintCommand.EXIT_OK;
    }
  }

  /**
   * What Ctrl-C during {@code index add} tells the user: the index keeps its last commit, so this says how
   * many articles that holds. The hook only reports; the process exits as usual and the lock is released.
   */
  private static Thread onInterrupt(PrintWriter err, ReprintIndex index, Path folder) {
    return new Thread(() -> {
      int committed = index.committedDocuments();
      err.println();
      err.println("reprint: interrupted; " + folder + " keeps its last commit"
          + (committed >= 0 ? ", " + Plural.of(committed, "article") + "," : "")
          + " and this run's articles added since then are not in it (run 'index add' again to add them)");
      err.flush();
    }, "reprint-interrupted");
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing to remove
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Checks the index in full: every file's checksum, every segment decoded, and the format"
          + " header. Needs the write lock (no 'index add' meanwhile); never repairs.",
          "Exit codes: 0 sound, 4 damaged, 2 no index or in use."})
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin IndexOption index;

    @Override
    public Integer call() {
      CommandOptions.requireIndex(spec, index.folder);
      long start = System.nanoTime();
      IndexCheck.Result result = IndexCheck.check(index.folder, ScanOptions.defaults(List.of()).fingerprint());
      PrintWriter out = spec.commandLine().getOut();
      if (result.clean()) {
        out.printf(Locale.ROOT, "index %s is sound: %s in %s, checked in %.2f s%n", index.folder,
            Plural.of(result.documents(), "article"), Plural.of(result.segments(), "segment"),
            (System.nanoTime() - start) / 1e9);
        out.flush();
        return ReprintCommand.EXIT_OK;
      }
      out.printf(Locale.ROOT, "index %s is DAMAGED: %s%n", index.folder, Plural.of(result.problems().size(), "problem"));
      result.problems().forEach(problem -> out.println("  " + TerminalText.safe(problem)));
      out.println("Restore the folder from a copy, or add the articles again to a new index.");
      out.flush();
      return ReprintCommand.EXIT_DAMAGED_INDEX;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes articles by id.")
  static final class Remove implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "ID") List<String> ids;

    @Override
    public Integer call() {
      ScanOptions options = ScanOptions.defaults(List.of());
      CommandOptions.requireIndex(spec, index.folder);
      int removed = 0;
      try (ReprintIndex reprintIndex = ReprintIndex.openForWriting(index.folder, options.fingerprint())) {
        for (String id : ids) {
          if (reprintIndex.remove(id)) {
            removed++;
          } else {
            spec.commandLine().getErr().println("reprint: not in the index: " + TerminalText.safe(id));
          }
        }
        reprintIndex.commit();
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "removed %d of %s%n", removed, Plural.of(ids.size(), "id"));
      spec.commandLine().getOut().flush();
      return removed == ids.size() ? ReprintCommand.EXIT_OK : ReprintCommand.EXIT_NOTHING_USABLE;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Merges the index into fewer segments after a bulk load, for faster queries.")
  static final class Merge implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin IndexOption index;

    @Option(names = "--segments", paramLabel = "N", defaultValue = "1",
        description = "At most this many segments afterwards (default: ${DEFAULT-VALUE}).")
    int segments;

    @Override
    public Integer call() {
      if (segments < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--segments must be at least 1, got " + segments);
      }
      CommandOptions.requireIndex(spec, index.folder);
      long start = System.nanoTime();
      int after;
      try (ReprintIndex reprintIndex =
          ReprintIndex.openForWriting(index.folder, ScanOptions.defaults(List.of()).fingerprint())) {
        reprintIndex.merge(segments);
        after = reprintIndex.segmentCount();
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "merged %s into %s in %.2f s%n",
          index.folder, Plural.of(after, "segment"), (System.nanoTime() - start) / 1e9);
      spec.commandLine().getOut().flush();
      return ReprintCommand.EXIT_OK;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true, description = "Describes the index.")
  static final class Stats implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin IndexOption index;

    @Override
    public Integer call() {
      CommandOptions.requireIndex(spec, index.folder);
      IndexStatistics statistics = IndexDamage.reading(index.folder, () -> {
        try (ReprintIndex reprintIndex =
            ReprintIndex.openForReading(index.folder, ScanOptions.defaults(List.of()).fingerprint())) {
          reprintIndex.verifyChecksums(); // a damaged index must not be described as if it were sound
          return reprintIndex.statistics();
        }
      });
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "index %s%n", index.folder);
      out.printf(Locale.ROOT, "  documents        %d (%d deleted, not yet merged)%n",
          statistics.documents(), statistics.deletedDocuments());
      out.printf(Locale.ROOT, "  segments         %d%n", statistics.segments());
      out.printf(Locale.ROOT, "  size on disk     %.3f MB%n", statistics.bytesOnDisk() / 1e6);
      out.printf(Locale.ROOT, "  stored text      %.3f M chars (index is %.0f%% of it)%n",
          statistics.storedTextCharacters() / 1e6,
          100.0 * statistics.bytesOnDisk() / Math.max(1, statistics.storedTextCharacters()));
      new java.util.TreeMap<>(statistics.header())
          .forEach((key, value) -> out.printf(Locale.ROOT, "  %-20s %s%n", key, value));
      out.flush();
      return ReprintCommand.EXIT_OK;
    }
  }
}
