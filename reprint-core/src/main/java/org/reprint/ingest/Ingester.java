package org.reprint.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.reprint.document.SkipReason;

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
   * Reads a file, or every file under a folder. Ids are paths relative to the folder with {@code /}
   * separators, or the file's name when a file is given. The walk is recursive and sorted; it leaves out
   * hidden files and folders and follows no symbolic link out of the folder.
   *
   * @throws IllegalArgumentException if {@code path} does not exist
   */
  public IngestResult ingest(Path path) {
    Objects.requireNonNull(path, "path");
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("path does not exist: " + path);
    }
    IngestCollector collector = new IngestCollector();
    FileDocumentReader reader = new FileDocumentReader(options, collector);
    if (Files.isDirectory(path)) {
      FolderWalk walk = FolderWalk.of(path);
      for (Map.Entry<String, Path> file : walk.files().entrySet()) {
        reader.read(file.getValue(), file.getKey());
      }
      walk.problems().forEach((id, detail) -> collector.skip(id, SkipReason.UNREADABLE, detail));
    } else {
      reader.read(path, path.getFileName().toString());
    }
    return collector.result();
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
      long size = bytes.length + input.transferTo(OutputStream.nullOutputStream());
      collector.skip(name, SkipReason.OVERSIZED, reader.oversizedDetail(size));
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
