package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schema's regular expressions stay in what ECMAScript (the dialect JSON Schema names) and
 * Python's re both read: Java's validator accepts more, such as {@code \p{L}}, which made the
 * schema unusable from Python. .ci/run validates the sample outputs with Python's jsonschema too.
 */
class SchemaPortabilityTest {

  /** Java-only or Python-only syntax: Unicode classes, possessive and atomic forms, anchors. */
  private static final Pattern NOT_PORTABLE =
      Pattern.compile("\\\\[pPAZzGhRQE]|[*+?}]\\+|\\(\\?[<>P]|\\(\\?[a-zA-Z]");

  @Test
  void everyPatternIsPortable() throws Exception {
    JsonNode schema =
        new ObjectMapper()
            .readTree(
                Files.readString(
                    Path.of("..", "docs", "report.schema.json"), StandardCharsets.UTF_8));
    List<String> patterns = new ArrayList<>();
    collectPatterns(schema, patterns);
    assertThat(patterns).isNotEmpty().noneMatch(p -> NOT_PORTABLE.matcher(p).find());
  }

  @Test
  void theCheckRejectsJavaOnlySyntax() {
    assertThat(List.of("^[\\p{L}]$", "a*+", "(?>a)", "\\Ab\\z", "(?i)x", "(?<n>a)"))
        .allMatch(p -> NOT_PORTABLE.matcher(p).find());
    assertThat(List.of("^st[1-9][0-9]*$", "^[^/]+/q[1-9][0-9]*$", "^[^\\x00-\\x2f\\s]+$"))
        .noneMatch(p -> NOT_PORTABLE.matcher(p).find());
  }

  private static void collectPatterns(JsonNode node, List<String> patterns) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                  patterns.add(field.getValue().asText());
                } else if (field.getKey().equals("patternProperties")) {
                  field.getValue().fieldNames().forEachRemaining(patterns::add);
                }
                collectPatterns(field.getValue(), patterns);
              });
    } else if (node.isArray()) {
      node.forEach(child -> collectPatterns(child, patterns));
    }
  }
}
