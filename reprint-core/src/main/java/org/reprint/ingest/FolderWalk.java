package org.reprint.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files under a folder that ingest reads, by id, in id order.
 *
 * <p>The walk is recursive and deterministic: files are listed by their id, the path relative to the folder
 * with {@code /} separators, in plain string order. Hidden files and folders (name starting with {@code .})
 * are left out silently. Symbolic links to folders are not followed, which rules out cycles; a symbolic link
 * to a file is read only when its target lies inside the folder, so that a walk never leaves the tree.
 * Entries that cannot be visited are reported as problems rather than thrown.
 *
 * @param files the files to read, by id
 * @param problems entries that could not be visited, by id, with an explanation
 */
record FolderWalk(SortedMap<String, Path> files, SortedMap<String, String> problems) {

  static FolderWalk of(Path root) {
    SortedMap<String, Path> files = new TreeMap<>();
    SortedMap<String, String> problems = new TreeMap<>();
    try {
      Path realRoot = root.toRealPath();
      Files.walkFileTree(root, new Visitor(root, realRoot, files, problems));
    } catch (IOException e) {
      problems.put(root.toString(), "cannot walk the folder: " + e.getMessage());
    }
    return new FolderWalk(
        Collections.unmodifiableSortedMap(files), Collections.unmodifiableSortedMap(problems));
  }

  /** {@code inner} under the input named {@code name}: {@code name/inner}, or {@code inner} for no name. */
  static String join(String name, String inner) {
    return name.isEmpty() ? inner : name.endsWith("/") ? name + inner : name + "/" + inner;
  }

  /** The id of {@code file} under {@code root}: relative, with {@code /} separators on every platform. */
  static String idOf(Path root, Path file) {
    Path relative = root.relativize(file);
    StringBuilder id = new StringBuilder();
    for (Path part : relative) {
      id.append(id.length() == 0 ? "" : "/").append(part);
    }
    return id.length() == 0 ? root.toString() : id.toString();
  }

  private static final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path realRoot;
    private final SortedMap<String, Path> files;
    private final SortedMap<String, String> problems;

    Visitor(Path root, Path realRoot, SortedMap<String, Path> files, SortedMap<String, String> problems) {
      this.root = root;
      this.realRoot = realRoot;
      this.files = files;
      this.problems = problems;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
      return !folder.equals(root) && isHidden(folder)
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
      if (isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isRegularFile()) {
        files.put(idOf(root, file), file);
      } else if (attributes.isSymbolicLink()) {
        visitLink(file);
      }
      return FileVisitResult.CONTINUE;
    }

    private void visitLink(Path link) {
      String id = idOf(root, link);
      try {
        Path target = link.toRealPath();
        if (!target.startsWith(realRoot)) {
          problems.put(id, "symbolic link to " + target + " leads out of the input folder; not followed");
        } else if (Files.isRegularFile(target)) {
          files.put(id, link);
        }
      } catch (IOException e) {
        problems.put(id, "broken symbolic link: " + e.getMessage());
      }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      problems.put(idOf(root, file), "cannot read: " + e.getMessage());
      return FileVisitResult.CONTINUE;
    }

    private static boolean isHidden(Path path) {
      Path name = path.getFileName();
      return name != null && name.toString().startsWith(".");
    }
  }
}
