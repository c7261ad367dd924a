package org.reprint.ingest;

import java.util.Locale;

/** How a file is read, decided by its name's extension. */
enum InputFormat {
  PLAIN_TEXT,
  MARKDOWN,
  HTML,
  JSON_LINES,
  /** A WARC file of web captures ({@code .warc}, {@code .warc.gz}): its HTML responses are articles. */
  WARC,
  /**
   * No extension, as in the 20 Newsgroups corpus (files named like {@code 53068}): plain text, unless the
   * content starts like an HTML page.
   */
  NO_EXTENSION,
  /** Any other extension: sniffed only to tell binary content from an unsupported text format. */
  UNSUPPORTED;

  static InputFormat ofFileName(String fileName) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
      return WARC;
    }
    return switch (extension(fileName)) {
      case "" -> NO_EXTENSION;
      case "txt", "text" -> PLAIN_TEXT;
      case "md", "markdown" -> MARKDOWN;
      case "html", "htm", "xhtml" -> HTML;
      case "jsonl", "ndjson" -> JSON_LINES;
      case "warc" -> WARC;
      default -> UNSUPPORTED;
    };
  }

  /** The lower-case extension without its dot, or "" when there is none (a leading dot does not count). */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether decoded text of an extension-less file is an HTML page rather than plain text. */
  static boolean looksLikeHtml(String text) {
    String start = text.stripLeading();
    String head = start.substring(0, Math.min(start.length(), 16)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
