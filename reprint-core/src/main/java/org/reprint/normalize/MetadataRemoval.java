package org.reprint.normalize;

import java.util.ArrayList;
import java.util.List;
import org.reprint.document.TextSpan;

/**
 * Drops the metadata lines (title, byline, date, URL) that ingest recognised, so that a headline or byline
 * does not count as shared text between two articles. Rule name: {@code "metadata"}.
 */
final class MetadataRemoval implements TextStep {

  static final String RULE = "metadata";

  private final List<TextSpan> spans;

  MetadataRemoval(List<TextSpan> spans) {
    List<TextSpan> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    this.spans = sorted;
  }

  @Override
  public MappedText apply(MappedText text, List<RemovedSpan> removed) {
    if (spans.isEmpty()) {
      return text;
    }
    for (TextSpan span : spans) {
      if (span.length() > 0) {
        removed.add(new RemovedSpan(span, RULE));
      }
    }
    MappedText.Builder out = new MappedText.Builder(text);
    int next = 0;
    for (int i = 0; i < text.length(); i++) {
      // Spans are sorted, so one forward cursor finds the first span that may still cover char i.
      while (next < spans.size() && spans.get(next).end() <= text.start(i)) {
        next++;
      }
      boolean inSpan = next < spans.size() && spans.get(next).contains(text.start(i));
      if (!inSpan) {
        out.copy(i);
      }
    }
    return out.build();
  }
}
