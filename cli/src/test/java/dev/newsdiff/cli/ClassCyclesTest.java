package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The CLI's classes depend on each other one way: {@code Main} on the commands, the commands on
 * their helpers ({@code Inputs}, {@code ReportOutput}, {@code ExitCode}...), never back. Once, 11
 * of 13 classes went round one cycle through exit-code constants in {@code Main}. The JDK's jdeps
 * reads the compiled classes; a nested class counts as part of its top-level class.
 */
class ClassCyclesTest {

  private static final Pattern EDGE =
      Pattern.compile(
          "(?m)^\\s+dev\\.newsdiff\\.cli\\.([\\w]+)\\S*\\s+->\\s+dev\\.newsdiff\\.cli\\.([\\w]+)\\S*\\s");

  @Test
  void noClassDependsOnItselfThroughOthers() {
    Map<String, Set<String>> uses = dependencies();
    assertThat(uses.get("Main")).as("jdeps' output, read").contains("NewsdiffCommand");

    Set<String> inCycles = new TreeSet<>();
    uses.keySet().stream().filter(c -> reachable(c, uses).contains(c)).forEach(inCycles::add);
    assertThat(inCycles).as("classes in a dependency cycle").isEmpty();
  }

  /** Top-level class to the top-level classes of this package it uses (simple names). */
  private static Map<String, Set<String>> dependencies() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ToolProvider.findFirst("jdeps")
            .orElseThrow()
            .run(
                new PrintWriter(out),
                new PrintWriter(err),
                "-verbose:class",
                "-filter:none",
                "target/classes");
    assertThat(code).as("jdeps: " + err).isZero();
    Map<String, Set<String>> uses = new TreeMap<>();
    Matcher edge = EDGE.matcher(out.toString());
    while (edge.find()) {
      if (!edge.group(1).equals(edge.group(2))) {
        uses.computeIfAbsent(edge.group(1), c -> new TreeSet<>()).add(edge.group(2));
      }
    }
    return uses;
  }

  private static Set<String> reachable(String from, Map<String, Set<String>> uses) {
    Set<String> seen = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
    while (!next.isEmpty()) {
      String c = next.pop();
      if (seen.add(c)) {
        next.addAll(uses.getOrDefault(c, Set.of()));
      }
    }
    return seen;
  }
}
