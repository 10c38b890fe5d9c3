package dev.newsdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.InputException;
import java.nio.file.Path;

/**
 * A hand-made alignment of a sample set ({@code alignment.json}): which body sentences of different
 * outlets state the same claim, and which sentences only one outlet carries. Given as sentence
 * text, not offsets. Immutable.
 */
record AlignmentTruth(
    ImmutableList<ImmutableList<SentenceRef>> statements, ImmutableList<SentenceRef> exclusives) {

  /** A sentence of one article, by its exact text. */
  public record SentenceRef(String article, String text) {}

  public static final String FILE_NAME = "alignment.json";

  public static AlignmentTruth read(Path file) throws InputException {
    JsonNode root = Matching.readJson(file, "alignment");
    ImmutableList.Builder<ImmutableList<SentenceRef>> statements = ImmutableList.builder();
    for (JsonNode s : root.path("statements")) {
      ImmutableList.Builder<SentenceRef> members = ImmutableList.builder();
      s.path("members").forEach(m -> members.add(ref(m)));
      statements.add(members.build());
    }
    ImmutableList.Builder<SentenceRef> exclusives = ImmutableList.builder();
    root.path("exclusives").forEach(e -> exclusives.add(ref(e)));
    return new AlignmentTruth(statements.build(), exclusives.build());
  }

  private static SentenceRef ref(JsonNode n) {
    return new SentenceRef(n.path("article").asText(), n.path("text").asText());
  }
}
