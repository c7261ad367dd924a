package org.reprint.engine;

import java.nio.file.Path;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * Scans of a test folder whose documents are named relative to it ({@code 000_51bb1057b6c19cdb.txt}), as
 * the stage tests name them, rather than by the path the test runs them from ({@code ../examples/...}).
 */
public final class RelativeScans {

  private RelativeScans() {}

  /** The folder's documents, with ids relative to it. */
  public static IngestResult ingest(Path folder, ScanOptions options) {
    return new Ingester(options.ingest()).ingest(folder, "");
  }

  /** A scan of the folder with ids relative to it. */
  public static ScanResult scan(Path folder, ScanOptions options) {
    return Engine.scan(ingest(folder, options), options);
  }

  /** As {@link #scan(Path, ScanOptions)}, reporting progress. */
  public static ScanResult scan(Path folder, ScanOptions options, ProgressListener progress) {
    return Engine.scan(ingest(folder, options), options, progress);
  }
}
