package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every JSON output of the command line validates against docs/report.schema.json. */
class JsonSchemaTest {

  private static JsonSchema schema;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void load() throws Exception {
    JsonNode node =
        MAPPER.readTree(
            Files.readString(Path.of("..", "docs", "report.schema.json"), StandardCharsets.UTF_8));
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  static Stream<Arguments> outputs() throws Exception {
    Path pairs = Files.createTempFile("pairs", ".tsv");
    Files.writeString(
        pairs,
        "a\tNobody was hurt.\tNo one was injured.\nb\tThe talks ended.\tShares rose 4%.\n",
        StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of(
            "inspect",
            new String[] {"inspect", "--format=json", "../samples/turkiye-defence-briefing"}),
        Arguments.of(
            "compare turkiye",
            new String[] {"compare", "--format=json", "../samples/turkiye-defence-briefing"}),
        Arguments.of(
            "compare harbour",
            new String[] {"compare", "--format=json", "../samples/harbour-bridge-closure"}),
        Arguments.of(
            "compare ferry", new String[] {"compare", "--format=json", "../samples/ferry-fire"}),
        Arguments.of(
            "compare unrelated",
            new String[] {"compare", "--format=json", "../samples/unrelated-stories"}),
        Arguments.of("pairs", new String[] {"pairs", "--format=json", pairs.toString()}),
        // Each sample set stands in for an outlet: a small corpus of three stories and a pair.
        Arguments.of("corpus", new String[] {"corpus", "--format=json", "../samples"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void validates(String name, String[] args) throws Exception {
    Run run = Run.of(args);
    assertThat(run.code()).as(run.err()).isZero();
    Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(run.out()));
    assertThat(errors).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findingsFiles")
  void expectedFindingsValidate(Path file) throws Exception {
    assertThat(schema.validate(MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8))))
        .isEmpty();
  }

  /** The corpus goldens: the JSON document, and each line of the JSON Lines on its own. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"corpus.json", "corpus.jsonl"})
  void corpusOutputsValidate(String golden) throws Exception {
    String text =
        Files.readString(
            Path.of("src", "test", "resources", "golden", golden), StandardCharsets.UTF_8);
    List<String> documents = golden.endsWith(".jsonl") ? text.lines().toList() : List.of(text);
    assertThat(documents).isNotEmpty();
    for (String document : documents) {
      assertThat(schema.validate(MAPPER.readTree(document))).as(document).isEmpty();
    }
  }

  static Stream<Path> findingsFiles() throws Exception {
    return Files.walk(Path.of("..", "samples"))
        .filter(p -> p.getFileName().toString().equals("expected-findings.json"))
        .sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void theSchemaCanFail(String json) throws Exception {
    assertThat(schema.validate(MAPPER.readTree(json))).isNotEmpty();
  }

  static Stream<String> broken() {
    return Stream.of(
        "{\"schemaVersion\": 2, \"articles\": []}",
        "{\"schemaVersion\": 1, \"articles\": [{\"id\": \"a\"}]}",
        "[{\"score\": 1.5, \"same\": true}]",
        "{\"schemaVersion\": 1, \"findings\": [\"\"]}",
        "{\"schemaVersion\": 1, \"corpus\": {\"articles\": 0, \"stories\": 1, \"compared\": 0, \"outlets\": []}}",
        "{\"schemaVersion\": 1, \"story\": {\"id\": \"s-1\", \"statements\": 0, \"conflicts\": 0,"
            + " \"articles\": [], \"outlets\": [], \"copying\": []}}");
  }
}
