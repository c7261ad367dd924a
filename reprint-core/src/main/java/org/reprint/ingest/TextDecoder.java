package org.reprint.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.reprint.document.SkipReason;

/**
 * Turns the bytes of a file into text, or says why it cannot.
 *
 * <p>The policy, in order: a byte order mark decides the encoding (UTF-8, UTF-16LE, UTF-16BE) and is
 * stripped, so offsets count from the first character after it; without one, bytes that look binary are
 * rejected; then strict UTF-8; then strict windows-1252, which the caller reports as a warning. Last, a text
 * with a handful of stray bytes (at most {@link #MAX_REPLACED} or one in a thousand, in whichever of the two
 * encodings needs fewer; windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined) is decoded with
 * U+FFFD for each, and the caller says how many in a warning: a whole article is not lost to one bad byte.
 * Nothing is replaced silently: a text with U+FFFD where the source had a letter would break comparison
 * without anyone noticing.
 */
final class TextDecoder {

  /** How many leading bytes the control-byte test looks at. */
  static final int SNIFF_BYTES = 8 * 1024;

  /** Above this share of control bytes in the first {@link #SNIFF_BYTES}, the content is binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The result of decoding: either text or a reason to skip. */
  sealed interface Outcome permits Decoded, Rejected {}

  /** Stray bytes replaced at most, whatever the length (see the class notes). */
  static final int MAX_REPLACED = 16;

  /** Decoded text; {@code note} says what was not plain UTF-8 (a fallback, replaced bytes), or is null. */
  record Decoded(String text, String note) implements Outcome {}

  record Rejected(SkipReason reason, String detail) implements Outcome {}

  private TextDecoder() {}

  static Outcome decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictly(bytes, 3, StandardCharsets.UTF_8, false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strictly(bytes, 2, StandardCharsets.UTF_16LE, false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strictly(bytes, 2, StandardCharsets.UTF_16BE, false);
    }
    Optional<String> binary = binaryEvidence(bytes, bytes.length);
    if (binary.isPresent()) {
      return new Rejected(SkipReason.BINARY, binary.get());
    }
    Outcome utf8 = strictly(bytes, 0, StandardCharsets.UTF_8, false);
    if (utf8 instanceof Decoded) {
      return utf8;
    }
    Outcome windows = strictly(bytes, 0, WINDOWS_1252, true);
    return windows instanceof Decoded ? windows : withReplacements(bytes, (Rejected) windows);
  }

  /** The text with its few stray bytes replaced, in the encoding that needs fewer, or {@code rejected}. */
  private static Outcome withReplacements(byte[] bytes, Rejected rejected) {
    String utf8 = replacing(bytes, StandardCharsets.UTF_8);
    String windows = replacing(bytes, WINDOWS_1252);
    int utf8Replaced = count(utf8, '\uFFFD');
    int windowsReplaced = count(windows, '\uFFFD');
    boolean utf8Better = utf8Replaced <= windowsReplaced;
    int replaced = utf8Better ? utf8Replaced : windowsReplaced;
    if (replaced > Math.max(MAX_REPLACED, bytes.length / 1000)) {
      return rejected;
    }
    return new Decoded(utf8Better ? utf8 : windows, String.format(Locale.ROOT,
        "%d byte%s not valid %s, shown as U+FFFD", replaced, replaced == 1 ? "" : "s",
        utf8Better ? "UTF-8" : "UTF-8 nor windows-1252"));
  }

  private static String replacing(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith("\uFFFD")
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
  }

  private static int count(String text, char wanted) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      count += text.charAt(i) == wanted ? 1 : 0;
    }
    return count;
  }

  /**
   * Why the first {@code length} bytes look binary, if they do: a NUL byte anywhere (text encodings other
   * than UTF-16 and UTF-32 never contain one), or more than 10% control bytes other than tab, line feed,
   * carriage return and form feed in the first {@link #SNIFF_BYTES}.
   */
  static Optional<String> binaryEvidence(byte[] bytes, int length) {
    int sniffed = Math.min(length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary content: NUL byte at offset " + i);
      }
      if (i < sniffed && isControl(b)) {
        controls++;
      }
    }
    if (controls > MAX_CONTROL_SHARE * sniffed) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "binary content: %d of the first %d bytes are control bytes",
              controls,
              sniffed));
    }
    return Optional.empty();
  }

  private static boolean isControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
  }

  private static Outcome strictly(byte[] bytes, int offset, Charset charset, boolean fallback) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return new Decoded(text, fallback ? "not valid UTF-8; decoded as windows-1252" : null);
    } catch (CharacterCodingException e) {
      String detail =
          fallback
              ? "neither valid UTF-8 nor valid windows-1252"
              : "not valid " + charset.name() + ", which its byte order mark announces";
      return new Rejected(SkipReason.UNDECODABLE, detail);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
