package org.reprint.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a submitted HTML form, {@code multipart/form-data} (RFC 7578, as a file upload sends) or
 * {@code application/x-www-form-urlencoded}; the body was already read, within the size limit. A field
 * sent twice keeps its first value.
 */
record FormData(Map<String, Field> fields) {

  /** One field: its bytes, and the file name when it is an uploaded file (else null). */
  record Field(byte[] value, String fileName) {
    String text() {
      return new String(value, StandardCharsets.UTF_8);
    }
  }

  private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

  /** The field, or null. */
  Field field(String name) {
    return fields.get(name);
  }

  /** The field as text, empty when absent. */
  String text(String name) {
    Field field = fields.get(name);
    return field == null ? "" : field.text();
  }

  /**
   * Parses a body by its content type.
   *
   * @throws ApiException 415 for another content type, 400 for a malformed multipart body
   */
  static FormData parse(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return urlEncoded(new String(body, StandardCharsets.UTF_8));
    }
    if (type.startsWith("multipart/form-data")) {
      Matcher boundary = BOUNDARY.matcher(contentType);
      if (!boundary.find()) {
        throw new ApiException(400, "a multipart/form-data body needs a boundary in its content type");
      }
      return multipart(body, boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
    }
    throw new ApiException(415, "a form must be multipart/form-data or application/x-www-form-urlencoded, got "
        + (type.isEmpty() ? "none" : type));
  }

  private static FormData urlEncoded(String body) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (String part : body.split("&")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        String name = URLDecoder.decode(part.substring(0, equals), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8);
        fields.putIfAbsent(name, new Field(value.getBytes(StandardCharsets.UTF_8), null));
      }
    }
    return new FormData(fields);
  }

  /** Parts between {@code --boundary} lines, each headers, a blank line and the value up to CRLF--boundary. */
  private static FormData multipart(byte[] body, String boundary) {
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, Field> fields = new LinkedHashMap<>();
    // the first delimiter has no CRLF before it when the body starts with it
    int position = indexOf(body, Arrays.copyOfRange(delimiter, 2, delimiter.length), 0);
    if (position < 0) {
      throw new ApiException(400, "the multipart body holds no part with its boundary");
    }
    position += delimiter.length - 2;
    while (position + 2 <= body.length && !(body[position] == '-' && body[position + 1] == '-')) {
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), position);
      int next = indexOf(body, delimiter, Math.max(position, headersEnd));
      if (headersEnd < 0 || next < 0) {
        throw new ApiException(400, "a multipart part is cut short: no blank line after its headers or no"
            + " closing boundary");
      }
      String headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
      Matcher name = NAME.matcher(headers);
      if (name.find()) {
        Matcher fileName = FILE_NAME.matcher(headers);
        fields.putIfAbsent(name.group(1), new Field(Arrays.copyOfRange(body, headersEnd + 4, next),
            fileName.find() ? fileName.group(1) : null));
      }
      position = next + delimiter.length;
    }
    return new FormData(fields);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
