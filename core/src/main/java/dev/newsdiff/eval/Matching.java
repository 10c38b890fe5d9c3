package dev.newsdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What the evaluations share: reading an annotation file, and scoring sets of keys. */
final class Matching {

  private Matching() {}

  /** The JSON of an annotation file, or a one-line error naming it. */
  static JsonNode readJson(Path file, String what) throws InputException {
    try {
      return new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read " + what + ": " + e.getMessage(), e);
    }
  }

  /** Exact matching of keys; each extra and missed key is noted in {@code misses}. */
  static Score sets(String what, Set<String> expected, Set<String> predicted, List<String> misses) {
    int tp = 0;
    for (String p : predicted) {
      if (expected.contains(p)) {
        tp++;
      } else {
        misses.add(what + " extra: " + abbreviate(p));
      }
    }
    for (String e : expected) {
      if (!predicted.contains(e)) {
        misses.add(what + " missed: " + abbreviate(e));
      }
    }
    return Score.of(tp, predicted.size(), expected.size());
  }

  static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 197) + "...";
  }
}
