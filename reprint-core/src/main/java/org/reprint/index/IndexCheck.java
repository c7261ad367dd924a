package org.reprint.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.reprint.fingerprint.FingerprintParameters;

/**
 * A full check of an on-disk index: Lucene's {@link CheckIndex} (every file's checksum, and every
 * segment's postings, stored fields and doc values decoded and cross-checked) and Reprint's format header.
 * It reads the whole index and needs the write lock, so no writer may run meanwhile. It never repairs.
 */
public final class IndexCheck {

  /**
   * What the check found.
   *
   * @param clean whether the index and its header are sound
   * @param documents live articles of the last commit (as the segment infos count them)
   * @param segments segments of the last commit
   * @param problems one line per problem found: the segment or file, and what is wrong
   */
  public record Result(boolean clean, long documents, int segments, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private IndexCheck() {}

  /**
   * Checks the index at {@code path}.
   *
   * @throws IndexUnavailableException if there is no index there, or a writer holds it
   */
  public static Result check(Path path, FingerprintParameters parameters) {
    try (ReprintIndex ignored = ReprintIndex.openForReading(path, parameters)) {
      // opening checks that an index commit exists, its header, and every file's footer
    } catch (IndexFormatException e) {
      return new Result(false, 0, 0, List.of("format header: " + e.getMessage()));
    } catch (IndexUnavailableException e) {
      if (e.reason() != IndexUnavailableException.Reason.CORRUPT) {
        throw e;
      }
      // go on: CheckIndex says which segment is damaged
    }
    try (Directory directory = FSDirectory.open(path);
        CheckIndex checker = new CheckIndex(directory)) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = checker.checkIndex();
      return result(status);
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(IndexUnavailableException.Reason.LOCKED, path, "the index at " + path
          + " is in use by a writer (its write.lock is held); check it once the writer has finished", e);
    } catch (IOException e) {
      return new Result(false, 0, 0, List.of("cannot read the last commit: " + e));
    }
  }

  private static Result result(CheckIndex.Status status) {
    List<String> problems = new ArrayList<>();
    if (status.missingSegments) {
      problems.add("the commit file (segments_N) is missing or unreadable");
    }
    long documents = 0;
    for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
      documents += segment.liveDocStatus == null ? segment.maxDoc : segment.maxDoc - segment.liveDocStatus.numDeleted;
      if (segment.error != null) {
        problems.add("segment " + segment.name + " (" + segment.maxDoc + " documents): "
            + segment.error.getClass().getSimpleName() + ": " + segment.error.getMessage());
      }
    }
    return new Result(status.clean && problems.isEmpty(), documents, status.numSegments, problems);
  }
}
