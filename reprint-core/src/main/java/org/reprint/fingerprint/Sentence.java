package org.reprint.fingerprint;

/**
 * One sentence of a normalized text.
 *
 * @param firstToken index of its first token
 * @param endToken one past its last token
 * @param start start offset in the normalized text
 * @param end end offset (exclusive) in the normalized text
 */
public record Sentence(int firstToken, int endToken, int start, int end) {

  public int tokenCount() {
    return endToken - firstToken;
  }
}
