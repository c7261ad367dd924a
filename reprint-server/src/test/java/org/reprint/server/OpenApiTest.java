package org.reprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description at /openapi.json against the real responses: each request below answers with a
 * status the description lists for its operation, and a body with every property the description requires,
 * each of the declared JSON type.
 */
class OpenApiTest extends ReprintServerTest {

  private JsonNode description() throws Exception {
    HttpResponse<String> response = send("GET", "/openapi.json", null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** Checks one real response against the description of {@code path}'s {@code method}. */
  private void conforms(JsonNode description, String path, String method, HttpResponse<String> response)
      throws Exception {
    JsonNode operation = description.get("paths").get(path).get(method);
    assertThat(operation).as(method + " " + path + " is described").isNotNull();
    JsonNode documented = operation.get("responses").get(String.valueOf(response.statusCode()));
    assertThat(documented).as(method + " " + path + " documents status " + response.statusCode()).isNotNull();
    JsonNode schema = resolve(description, resolve(description, documented).get("content").get("application/json")
        .get("schema"));
    JsonNode body = JSON.readTree(response.body());
    for (JsonNode required : schema.path("required")) {
      String name = required.asText();
      assertThat(body.has(name)).as(method + " " + path + " answers with " + name).isTrue();
      JsonNode property = schema.get("properties").get(name);
      assertThat(matches(property, body.get(name))).as(method + " " + path + ": " + name + " is a "
          + property.get("type").asText() + ", got " + body.get(name)).isTrue();
    }
  }

  private static boolean matches(JsonNode property, JsonNode value) {
    if (value.isNull()) {
      return property.path("nullable").asBoolean(false);
    }
    return switch (property.get("type").asText()) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      default -> false;
    };
  }

  private static JsonNode resolve(JsonNode description, JsonNode node) {
    JsonNode reference = node.get("$ref");
    if (reference == null) {
      return node;
    }
    JsonNode target = description;
    for (String part : reference.asText().substring(2).split("/")) {
      target = target.get(part);
    }
    return target;
  }

  @Test
  @DisplayName("every described operation answers as described: statuses and required fields")
  void responsesConformToTheDescription() throws Exception {
    JsonNode description = description();
    addExample();
    conforms(description, "/api/health", "get", send("GET", "/api/health", null, null));
    conforms(description, "/api/stats", "get", send("GET", "/api/stats", null, null));
    conforms(description, "/api/check", "post", send("POST", "/api/check", "text/plain", example("002")));
    conforms(description, "/api/check", "post", send("POST", "/api/check", "application/pdf", "%PDF"));
    conforms(description, "/api/articles", "post",
        send("POST", "/api/articles?id=new.md", "text/markdown", example("001")));
    conforms(description, "/api/articles", "post", send("POST", "/api/articles", "text/plain", "no id"));
    conforms(description, "/api/articles/{id}", "get", send("GET", "/api/articles/000.txt", null, null));
    conforms(description, "/api/articles/{id}", "get", send("GET", "/api/articles/missing", null, null));
    conforms(description, "/api/articles/{id}/family", "get", send("GET", "/api/articles/001.txt/family", null, null));
    conforms(description, "/api/articles/{id}/family", "get",
        send("GET", "/api/articles/001.txt/family?limit=0", null, null));
    conforms(description, "/api/articles/{id}/family", "get", send("GET", "/api/articles/none/family", null, null));
    conforms(description, "/api/articles/{id}/story", "get", send("GET", "/api/articles/004.txt/story", null, null));
    conforms(description, "/api/articles/{id}/story", "get", send("GET", "/api/articles/none/story", null, null));
    conforms(description, "/api/articles/{id}", "delete", send("DELETE", "/api/articles/000.txt", null, null));
    conforms(description, "/api/articles/{id}", "delete", send("DELETE", "/api/articles/000.txt", null, null));
  }

  @Test
  @DisplayName("every endpoint the server routes is described")
  void everyEndpointIsDescribed() throws Exception {
    JsonNode paths = description().get("paths");
    Iterator<String> names = paths.fieldNames();
    java.util.List<String> described = new java.util.ArrayList<>();
    names.forEachRemaining(described::add);
    assertThat(described).containsExactlyInAnyOrder(
        "/api/health", "/api/stats", "/api/check", "/api/articles", "/api/articles/{id}",
        "/api/articles/{id}/family", "/api/articles/{id}/story");
    for (Map.Entry<String, String> undescribed : Map.of("/api/nowhere", "GET").entrySet()) {
      assertThat(send(undescribed.getValue(), undescribed.getKey(), null, null).statusCode()).isEqualTo(404);
    }
  }
}
