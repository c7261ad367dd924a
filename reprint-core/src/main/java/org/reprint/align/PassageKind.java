package org.reprint.align;

/** How an aligned passage was found. */
public enum PassageKind {
  /** Shared word for word (word shingles), possibly across small edits. */
  VERBATIM,
  /** A sentence reworded from another: similar content terms, few shared shingles. */
  REWORDED
}
