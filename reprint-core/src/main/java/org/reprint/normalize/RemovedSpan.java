package org.reprint.normalize;

import java.util.Objects;
import org.reprint.document.TextSpan;

/**
 * A span of the original text that normalization dropped as a whole, and the named rule that dropped it.
 * Markup characters and folded white space are not listed: only metadata lines, boilerplate lines and
 * paragraphs removed by a structural rule. The rule names are listed in the package documentation.
 *
 * @param original the dropped span, in char offsets of the original text, trimmed of white space at its edges
 * @param rule the name of the rule that dropped it, such as {@code "metadata"} or {@code "repeated-paragraph"}
 */
public record RemovedSpan(TextSpan original, String rule) {

  public RemovedSpan {
    Objects.requireNonNull(original, "original must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
  }
}
