package org.reprint.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a Reprint scan report against the planted reuse of a generated corpus ({@code truth.jsonl} of {@link
 * CorpusGenerator}) and prints a Markdown table.
 *
 * <p>Usage: {@code java -cp reprint-bench/target/reprint-bench.jar org.reprint.bench.TruthEvaluation
 * truth.jsonl report.json}.
 *
 * <p><b>Recall</b> per planted kind: a planted pair is found when the report lists the pair with a reuse
 * relation ({@code DUPLICATE}, {@code NEAR_DUPLICATE}, {@code PARAPHRASE}, {@code PARTIAL_REUSE}); {@code
 * SAME_STORY} is counted apart, as "story only". For a quote, the table also gives the share of planted
 * quotes whose span is covered at least half, on both sides, by the union of the pair's reported passages.
 *
 * <p><b>Precision</b>: of the report's reuse pairs, the share that the truth explains. A pair is explained
 * when it is planted, or when both documents belong to one planted family: the components of the planted
 * pairs, i.e. a source with all its copies, paraphrases and quoting articles. Two copies of one source share
 * its text just as each shares it with the source, so Reprint is right to relate them. This is lenient in
 * one case: two articles quoting different sentences of the same source share nothing, yet would count as
 * explained if reported. Unexplained pairs are base articles that Reprint relates although the generator
 * meant them to be unrelated: residual reuse in the real collections, or coincidental overlap.
 */
public final class TruthEvaluation {

  static final Set<String> REUSE_RELATIONS = Set.of("DUPLICATE", "NEAR_DUPLICATE", "PARAPHRASE", "PARTIAL_REUSE");

  /** One planted pair from {@code truth.jsonl}. */
  record PlantedPair(String a, String b, ReuseKind kind, int aStart, int aEnd, int bStart, int bEnd) {}

  /** One reported pair: ids, relation, and passage spans oriented as in the report. */
  record ReportedPair(String a, String b, String relation, List<int[]> aSpans, List<int[]> bSpans) {}

  /** Found, story-only and passage-checked counts of one kind, with the relations that found it. */
  record KindResult(
      ReuseKind kind, int planted, int found, int storyOnly, int spanCovered, Map<String, Integer> relations) {}

  /** Reuse pairs reported and how many of them the truth explains. */
  /**
   * @param reportedByRelation reuse pairs reported, by relation: with {@code unexplainedByRelation}, the
   *     precision of each relation, such as that of DUPLICATE and NEAR_DUPLICATE for exact and near copies
   */
  record Precision(
      int reusePairs,
      int planted,
      int sameFamily,
      int unexplained,
      Map<String, Integer> unexplainedByRelation,
      Map<String, Integer> reportedByRelation) {}

  private TruthEvaluation() {}

  public static void main(String[] arguments) throws IOException {
    if (arguments.length != 2) {
      System.err.println("usage: TruthEvaluation TRUTH.jsonl REPORT.json");
      System.exit(2);
    }
    List<PlantedPair> truth = readTruth(Path.of(arguments[0]));
    List<ReportedPair> report = readReport(Path.of(arguments[1]));
    System.out.print(markdown(recall(truth, report), precision(truth, report)));
  }

  static List<PlantedPair> readTruth(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<PlantedPair> pairs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        pairs.add(
            new PlantedPair(
                node.get("a").asText(), node.get("b").asText(), ReuseKind.valueOf(node.get("kind").asText()),
                node.get("aSpan").get(0).asInt(), node.get("aSpan").get(1).asInt(),
                node.get("bSpan").get(0).asInt(), node.get("bSpan").get(1).asInt()));
      }
    }
    return pairs;
  }

  /**
   * Reads only {@code pairs[]} and {@code duplicateGroups[]} of a report, one pair at a time, so that a large
   * report fits in memory, and expands the groups (schema 1.1): every member takes its representative's
   * pairs, and the members of a group are DUPLICATE of one another.
   */
  static List<ReportedPair> readReport(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<ReportedPair> pairs = new ArrayList<>();
    Map<String, List<String>> groups = new HashMap<>(); // representative -> members
    try (InputStream stream = Files.newInputStream(file);
        JsonParser parser = mapper.getFactory().createParser(stream)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(file + " is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("schema") && !parser.getText().startsWith("reprint-scan/1")) {
          throw new IOException("expected schema reprint-scan/1, got " + parser.getText());
        }
        if (field.equals("pairs")) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            pairs.add(reportedPair(mapper.readTree(parser)));
          }
        } else if (field.equals("duplicateGroups")) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode group = mapper.readTree(parser);
            List<String> members = new ArrayList<>();
            group.get("members").forEach(member -> members.add(member.asText()));
            groups.put(group.get("representative").asText(), members);
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    return groups.isEmpty() ? pairs : expanded(pairs, groups);
  }

  /** The pairs a report without duplicate groups would list. */
  private static List<ReportedPair> expanded(List<ReportedPair> pairs, Map<String, List<String>> groups) {
    List<ReportedPair> all = new ArrayList<>();
    for (ReportedPair pair : pairs) {
      for (String a : groups.getOrDefault(pair.a(), List.of(pair.a()))) {
        for (String b : groups.getOrDefault(pair.b(), List.of(pair.b()))) {
          if (!a.equals(b)) {
            all.add(new ReportedPair(a, b, pair.relation(), pair.aSpans(), pair.bSpans()));
          }
        }
      }
    }
    for (List<String> members : groups.values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          all.add(new ReportedPair(members.get(i), members.get(j), "DUPLICATE", List.of(), List.of()));
        }
      }
    }
    return all;
  }

  private static ReportedPair reportedPair(JsonNode node) {
    List<int[]> aSpans = new ArrayList<>();
    List<int[]> bSpans = new ArrayList<>();
    for (JsonNode passage : node.path("passages")) {
      aSpans.add(new int[] {passage.get("a").get("start").asInt(), passage.get("a").get("end").asInt()});
      bSpans.add(new int[] {passage.get("b").get("start").asInt(), passage.get("b").get("end").asInt()});
    }
    return new ReportedPair(node.get("a").asText(), node.get("b").asText(), node.get("relation").asText(), aSpans, bSpans);
  }

  static List<KindResult> recall(List<PlantedPair> truth, List<ReportedPair> report) {
    Map<String, ReportedPair> byKey = new HashMap<>();
    for (ReportedPair pair : report) {
      byKey.put(key(pair.a(), pair.b()), pair);
    }
    List<KindResult> results = new ArrayList<>();
    for (ReuseKind kind : ReuseKind.values()) {
      int planted = 0;
      int found = 0;
      int storyOnly = 0;
      int covered = 0;
      Map<String, Integer> relations = new TreeMap<>();
      for (PlantedPair pair : truth) {
        if (pair.kind() != kind) {
          continue;
        }
        planted++;
        ReportedPair reported = byKey.get(key(pair.a(), pair.b()));
        if (reported == null) {
          continue;
        }
        relations.merge(reported.relation(), 1, Integer::sum);
        if (!REUSE_RELATIONS.contains(reported.relation())) {
          storyOnly++;
          continue;
        }
        found++;
        covered += kind == ReuseKind.QUOTE && coversHalf(pair, reported) ? 1 : 0;
      }
      results.add(new KindResult(kind, planted, found, storyOnly, covered, relations));
    }
    return results;
  }

  /** Whether the reported passages cover at least half the planted span in A and in B. */
  static boolean coversHalf(PlantedPair planted, ReportedPair reported) {
    // The report sorts a before b; the truth puts the source first. Swap the sides when they differ.
    boolean sameOrder = reported.a().equals(planted.a());
    List<int[]> aSpans = sameOrder ? reported.aSpans() : reported.bSpans();
    List<int[]> bSpans = sameOrder ? reported.bSpans() : reported.aSpans();
    return covered(aSpans, planted.aStart(), planted.aEnd()) * 2 >= planted.aEnd() - planted.aStart()
        && covered(bSpans, planted.bStart(), planted.bEnd()) * 2 >= planted.bEnd() - planted.bStart();
  }

  /** Characters of {@code [start, end)} inside the union of {@code spans}. */
  static int covered(List<int[]> spans, int start, int end) {
    int length = Math.max(0, end - start);
    boolean[] inside = new boolean[length];
    for (int[] span : spans) {
      for (int i = Math.max(start, span[0]); i < Math.min(end, span[1]); i++) {
        inside[i - start] = true;
      }
    }
    int count = 0;
    for (boolean character : inside) {
      count += character ? 1 : 0;
    }
    return count;
  }

  static Precision precision(List<PlantedPair> truth, List<ReportedPair> report) {
    Map<String, String> family = families(truth);
    Set<String> plantedKeys = new java.util.HashSet<>();
    for (PlantedPair pair : truth) {
      plantedKeys.add(key(pair.a(), pair.b()));
    }
    int reuse = 0;
    int planted = 0;
    int sameFamily = 0;
    Map<String, Integer> unexplained = new TreeMap<>();
    Map<String, Integer> reported = new TreeMap<>();
    for (ReportedPair pair : report) {
      if (!REUSE_RELATIONS.contains(pair.relation())) {
        continue;
      }
      reuse++;
      reported.merge(pair.relation(), 1, Integer::sum);
      if (plantedKeys.contains(key(pair.a(), pair.b()))) {
        planted++;
      } else if (family.containsKey(pair.a()) && family.get(pair.a()).equals(family.get(pair.b()))) {
        sameFamily++;
      } else {
        unexplained.merge(pair.relation(), 1, Integer::sum);
      }
    }
    int unexplainedTotal = unexplained.values().stream().mapToInt(Integer::intValue).sum();
    return new Precision(reuse, planted, sameFamily, unexplainedTotal, unexplained, reported);
  }

  /** Each document of a planted pair, mapped to a representative of its planted family (union-find). */
  static Map<String, String> families(List<PlantedPair> truth) {
    Map<String, String> parent = new HashMap<>();
    for (PlantedPair pair : truth) {
      String rootA = root(parent, pair.a());
      String rootB = root(parent, pair.b());
      if (!rootA.equals(rootB)) {
        parent.put(rootB, rootA);
      }
    }
    Map<String, String> family = new HashMap<>();
    for (String document : parent.keySet()) {
      family.put(document, root(parent, document));
    }
    return family;
  }

  private static String root(Map<String, String> parent, String document) {
    String current = document;
    parent.putIfAbsent(current, current);
    while (!parent.get(current).equals(current)) {
      current = parent.get(current);
    }
    parent.put(document, current);
    return current;
  }

  private static String key(String first, String second) {
    return first.compareTo(second) < 0 ? first + "\u0000" + second : second + "\u0000" + first;
  }

  static String markdown(List<KindResult> kinds, Precision precision) {
    StringBuilder out = new StringBuilder();
    out.append("| planted kind | planted | found (reuse relation) | recall | story only | quote span covered >= 1/2 | relations reported |\n");
    out.append("|---|---:|---:|---:|---:|---:|---|\n");
    int planted = 0;
    int found = 0;
    for (KindResult kind : kinds) {
      planted += kind.planted();
      found += kind.found();
      String span =
          kind.kind() == ReuseKind.QUOTE ? kind.spanCovered() + " (" + share(kind.spanCovered(), kind.planted()) + ")" : "";
      out.append(
          String.format(
              Locale.ROOT, "| %s | %d | %d | %s | %d | %s | %s |%n", kind.kind(), kind.planted(), kind.found(),
              share(kind.found(), kind.planted()), kind.storyOnly(), span, relations(kind.relations())));
    }
    out.append(String.format(Locale.ROOT, "| all | %d | %d | %s | | | |%n%n", planted, found, share(found, planted)));
    out.append("| reuse pairs reported | planted | same planted family | unexplained | precision | unexplained by relation |\n");
    out.append("|---:|---:|---:|---:|---:|---|\n");
    out.append(
        String.format(
            Locale.ROOT, "| %d | %d | %d | %d | %s | %s |%n", precision.reusePairs(), precision.planted(),
            precision.sameFamily(), precision.unexplained(),
            share(precision.planted() + precision.sameFamily(), precision.reusePairs()),
            relations(precision.unexplainedByRelation())));
    out.append("\n| relation reported | pairs | planted or same family | precision |\n");
    out.append("|---|---:|---:|---:|\n");
    precision.reportedByRelation().forEach((relation, count) -> {
      int explained = count - precision.unexplainedByRelation().getOrDefault(relation, 0);
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", relation, count, explained,
          share(explained, count)));
    });
    return out.toString();
  }

  private static String relations(Map<String, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach((relation, count) -> text.append(text.length() == 0 ? "" : ", ").append(relation).append(' ').append(count));
    return text.toString();
  }

  private static String share(int part, int whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", part / (double) whole);
  }

  static Map<ReuseKind, Integer> countByKind(List<PlantedPair> truth) {
    Map<ReuseKind, Integer> counts = new EnumMap<>(ReuseKind.class);
    truth.forEach(pair -> counts.merge(pair.kind(), 1, Integer::sum));
    return counts;
  }
}
