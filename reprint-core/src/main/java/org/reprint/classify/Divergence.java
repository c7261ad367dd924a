package org.reprint.classify;

import org.reprint.document.TextSpan;

/**
 * One change between the two sides of an aligned passage. A side the change has nothing on (a dropped
 * name, an added sentence) has an empty span placed where the text would be, and empty text.
 *
 * @param type what kind of change
 * @param firstSpan char span in the first document's original text
 * @param secondSpan char span in the second document's original text
 * @param firstText the first document's text at {@code firstSpan}
 * @param secondText the second document's text at {@code secondSpan}
 * @param detail a short note for a person: the edit distance of a name, the negation word, the numbers
 */
public record Divergence(
    DivergenceType type,
    TextSpan firstSpan,
    TextSpan secondSpan,
    String firstText,
    String secondText,
    String detail) implements java.io.Serializable {}
