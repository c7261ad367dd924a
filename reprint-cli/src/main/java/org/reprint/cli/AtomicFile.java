package org.reprint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file all or nothing: into a temporary file beside the target, which is renamed over the
 * target only once it is complete. An interrupted run (Ctrl-C, out of memory, a full disk) leaves the
 * previous report as it was, never a truncated one, and removes its temporary file.
 */
final class AtomicFile {

  /** What writes the file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code content} to {@code target} in UTF-8, replacing it only when the whole content is written. */
  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".partial");
    temporary.toFile().deleteOnExit(); // Ctrl-C runs the shutdown hooks: no partial file is left behind
    permitLikeTarget(temporary, absolute);
    boolean moved = false;
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      move(temporary, absolute);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * A temporary file is created readable by its owner alone; a report replaces the target with the
   * target's permissions, or those of an ordinary new file (rw-r--r--).
   */
  private static void permitLikeTarget(Path temporary, Path target) throws IOException {
    try {
      Files.setPosixFilePermissions(temporary, Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException notPosix) {
      // another file system keeps its own defaults
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
