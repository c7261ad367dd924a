package org.reprint.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Objects;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (Reimers and Gurevych 2019; 384 dimensions, trained on a billion
 * sentence pairs for semantic similarity), in its 8-bit quantized ONNX form, run in-process by ONNX Runtime
 * from the model jar: no network, no service. Two sentences that say the same thing in other words lie close
 * (cosine), which word overlap cannot see when every content word was replaced. Thread-safe; the model loads
 * once per encoder (about a second).
 */
public final class SentenceEncoder {

  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  /** The sentence's embedding, unit length. */
  public float[] encode(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    float[] vector = model.embed(sentence).content().vector();
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < vector.length; i++) {
      vector[i] *= scale;
    }
    return vector;
  }

  /**
   * The cosine of two embeddings from {@link #encode}.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double cosine(float[] first, float[] second) {
    if (first.length != second.length) {
      throw new IllegalArgumentException("embeddings must have one length, got " + first.length + " and "
          + second.length);
    }
    double dot = 0;
    for (int i = 0; i < first.length; i++) {
      dot += first[i] * second[i];
    }
    return dot;
  }
}
