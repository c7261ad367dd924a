package org.reprint.document;

/** Why an input could not be used as a document. */
public enum SkipReason {
  /** The file could not be read (permissions, I/O error, vanished). */
  UNREADABLE,
  /** The file or record holds no text, or only white space and boilerplate. */
  EMPTY,
  /** The bytes look like a binary format (NUL bytes or many control characters). */
  BINARY,
  /** The bytes are not valid in any supported encoding. */
  UNDECODABLE,
  /** The input is larger than the configured size limit. */
  OVERSIZED,
  /** A structured record (a JSON Lines line) is malformed or lacks its text. */
  MALFORMED,
  /** The file's format is not one Reprint reads. */
  UNSUPPORTED_FORMAT
}
