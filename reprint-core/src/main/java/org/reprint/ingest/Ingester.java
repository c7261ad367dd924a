package org.reprint.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reprint.document.Document;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;

/**
 * Reads articles from a file, a folder or a stream into {@link org.reprint.document.Document documents}.
 *
 * <p>Inputs that cannot be used never throw: each becomes a {@link org.reprint.document.SkippedDocument}
 * with its reason, and the run goes on. Only misuse throws: a path that does not exist.
 *
 * <pre>{@code
 * IngestResult result = new Ingester(IngestOptions.DEFAULT).ingest(Path.of("corpus"));
 * result.documents().forEach(document -> System.out.println(document.id()));
 * }</pre>
 *
 * An ingester holds no state between calls; one instance may serve several threads.
 */
public final class Ingester {

  private final IngestOptions options;

  public Ingester(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reads a file, or every file under a folder, naming each file as the user would: the path given joined
   * with the path inside the folder, normalized, with {@code /} separators ({@code news/business/001.txt}
   * for {@code ingest(Path.of("news/business"))}), so that two folders whose files share names never share
   * an id. The walk is recursive and sorted; it leaves out hidden files and folders and follows no symbolic
   * link out of the folder.
   *
   * @throws IllegalArgumentException if {@code path} does not exist
   */
  public IngestResult ingest(Path path) {
    Objects.requireNonNull(path, "path");
    return ingest(path, nameOf(path));
  }

  /**
   * As {@link #ingest(Path)}, with the input called {@code name}: a file's id is {@code name}; a folder's
   * files are {@code name/inner/path}, or just {@code inner/path} when {@code name} is empty (ids relative
   * to the folder, for callers that name the folder themselves).
   *
   * @throws IllegalArgumentException if {@code path} does not exist, or {@code name} is empty for a file
   */
  public IngestResult ingest(Path path, String name) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("path does not exist: " + path);
    }
    IngestCollector collector = new IngestCollector();
    FileDocumentReader reader = new FileDocumentReader(options, collector);
    if (Files.isDirectory(path)) {
      FolderWalk walk = FolderWalk.of(path);
      for (Map.Entry<String, Path> file : walk.files().entrySet()) {
        reader.read(file.getValue(), FolderWalk.join(name, file.getKey()));
      }
      walk.problems().forEach(
          (id, detail) -> collector.skip(FolderWalk.join(name, id), SkipReason.UNREADABLE, detail));
    } else {
      String id = name.isEmpty() ? path.getFileName().toString() : name;
      reader.read(path, id);
    }
    return collector.result();
  }

  /**
   * Reads several inputs as one, each named by {@link #nameOf}.
   *
   * @throws DuplicateIdException if two inputs hold a document with the same id (the same folder given
   *     twice, or two JSON Lines files with one record id): a silent choice would lose an article
   */
  public IngestResult ingestAll(List<Path> paths) {
    List<NamedInput> parts = new ArrayList<>();
    for (Path path : paths) {
      parts.add(new NamedInput(path.toString(), ingest(path)));
    }
    return combine(parts);
  }

  /** One input of a run, as the user named it, and what was read from it. */
  public record NamedInput(String input, IngestResult result) {}

  /**
   * The documents, skipped inputs and warnings of several inputs, each sorted by id.
   *
   * @throws DuplicateIdException if a document id (or a skipped input's id) comes from two inputs
   */
  public static IngestResult combine(List<NamedInput> parts) {
    if (parts.size() == 1) {
      return parts.get(0).result();
    }
    Map<String, String> inputOfId = new HashMap<>();
    List<Document> documents = new ArrayList<>();
    List<SkippedDocument> skipped = new ArrayList<>();
    List<IngestWarning> warnings = new ArrayList<>();
    for (NamedInput part : parts) {
      for (Document document : part.result().documents()) {
        claim(inputOfId, document.id().value(), part.input());
      }
      for (SkippedDocument skip : part.result().skipped()) {
        claim(inputOfId, skip.id(), part.input());
      }
      documents.addAll(part.result().documents());
      skipped.addAll(part.result().skipped());
      warnings.addAll(part.result().warnings());
    }
    documents.sort(Comparator.comparing(Document::id));
    skipped.sort(Comparator.comparing(SkippedDocument::id));
    warnings.sort(Comparator.comparing(IngestWarning::id));
    return new IngestResult(documents, skipped, warnings);
  }

  private static void claim(Map<String, String> inputOfId, String id, String input) {
    String first = inputOfId.putIfAbsent(id, input);
    if (first != null) {
      throw new DuplicateIdException(id, first, input);
    }
  }

  /**
   * How ids name an input: its path as given, normalized ({@code ./a/../b/} is {@code b}), with {@code /}
   * separators; the current folder itself is the empty name, so its files keep their relative paths.
   */
  public static String nameOf(Path path) {
    StringBuilder name = new StringBuilder(path.isAbsolute() && path.getRoot() != null
        ? path.getRoot().toString().replace('\\', '/') : "");
    for (Path part : path.normalize()) {
      if (part.toString().isEmpty()) {
        continue;
      }
      if (name.length() > 0 && name.charAt(name.length() - 1) != '/') {
        name.append('/');
      }
      name.append(part);
    }
    return name.toString();
  }

  /**
   * Reads a stream, such as standard input: JSON Lines if its first non-blank line starts with {@code
   * {}, else one document whose id is {@code name} and whose format follows {@code name}'s extension
   * (plain text, or HTML if it starts like a page, when the extension says nothing). The stream is not
   * closed.
   */
  public IngestResult ingest(InputStream input, String name) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    IngestCollector collector = new IngestCollector();
    FileDocumentReader reader = new FileDocumentReader(options, collector);
    try {
      ByteArrayOutputStream leadingBlank = new ByteArrayOutputStream();
      int first = skipWhiteSpace(input, leadingBlank, options.maxDocumentBytes());
      InputStream whole =
          new SequenceInputStream(new ByteArrayInputStream(leadingBlank.toByteArray()), input);
      if (first == '{') {
        new JsonLinesReader(options, collector).read(whole, name);
      } else {
        readOneDocument(whole, name, reader, collector);
      }
    } catch (IOException e) {
      collector.skip(name, SkipReason.UNREADABLE, String.valueOf(e.getMessage()));
    }
    return collector.result();
  }

  private void readOneDocument(
      InputStream input, String name, FileDocumentReader reader, IngestCollector collector)
      throws IOException {
    byte[] bytes = input.readNBytes((int) Math.min(options.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > options.maxDocumentBytes()) {
      // the rest is not drained: a stream such as /dev/zero never ends
      collector.skip(name, SkipReason.OVERSIZED, reader.oversizedStreamDetail());
      return;
    }
    InputFormat format = InputFormat.ofFileName(name);
    boolean textual =
        format == InputFormat.PLAIN_TEXT
            || format == InputFormat.MARKDOWN
            || format == InputFormat.HTML;
    reader.readBytes(bytes, name, textual ? format : InputFormat.NO_EXTENSION);
  }

  /**
   * Reads up to the first byte that is not white space (nor a UTF-8 byte order mark), keeping every byte
   * read in {@code consumed}, including that first one, and giving up after {@code limit} bytes. Returns
   * that byte, or -1 at the end of the stream.
   */
  private static int skipWhiteSpace(InputStream input, ByteArrayOutputStream consumed, long limit)
      throws IOException {
    int b = input.read();
    while (consumed.size() < limit && isBlankOrMark(b)) {
      consumed.write(b);
      b = input.read();
    }
    if (b >= 0) {
      consumed.write(b);
    }
    return b;
  }

  private static boolean isBlankOrMark(int b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF;
  }
}
