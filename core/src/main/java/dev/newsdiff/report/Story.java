package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What every report says of the story as a whole: its headline, for a title, and whether the
 * articles look like one story at all.
 */
final class Story {

  /**
   * "Almost nothing aligns": under one body sentence in ten has a match in another outlet. Fixed as
   * the meaning of the words, not fitted: related sets align 15% (a poorly aligned real set) to 90%
   * of their body sentences, unrelated ones none (docs/facts.md, "Reports", gives the figures).
   */
  static final double ALMOST_NOTHING = 0.10;

  /** How many body sentences of the distinct texts there are, and how many are in a statement. */
  record Matched(int body, int aligned) {

    /** True when almost nothing aligns: the articles look like different stories. */
    boolean differentStories() {
      return body > 0 && aligned < ALMOST_NOTHING * body;
    }
  }

  private Story() {}

  /**
   * The story's headline: the one most outlets run, where two or more run one; else the first
   * article's (in id order) that has one; null when none has, or when the articles look like
   * different stories (no headline is theirs).
   */
  static @Nullable String headline(Comparison c) {
    if (matched(c).differentStories()) {
      return null;
    }
    List<String> headlines =
        c.articles().stream()
            .map(Article::headline)
            .filter(Objects::nonNull)
            .map(Segments::flat)
            .filter(h -> !h.isEmpty())
            .toList();
    if (headlines.isEmpty()) {
      return null;
    }
    Map<String, Long> counts =
        headlines.stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    String most = headlines.get(0);
    for (String h : headlines) {
      if (counts.get(h) > counts.get(most)) { // strictly: of equals, the first article's
        most = h;
      }
    }
    return most;
  }

  /** The report's title: the story's headline, or how many outlets were compared. */
  static String title(Comparison c) {
    String headline = headline(c);
    return headline != null ? headline : c.articles().size() + " outlets compared";
  }

  /** Body sentences of the distinct texts (copies count once) and those that are in a statement. */
  static Matched matched(Comparison c) {
    Set<String> copies = SameText.comparedFor(c).keySet();
    Set<String> aligned = new HashSet<>();
    c.statements().forEach(s -> s.members().stream().map(Member::sentence).forEach(aligned::add));
    List<Sentence> body =
        c.articles().stream()
            .filter(a -> !copies.contains(a.id()))
            .map(Article::sentences)
            .flatMap(Collection::stream)
            .filter(s -> s.role() == Role.BODY)
            .toList();
    return new Matched(
        body.size(), (int) body.stream().filter(s -> aligned.contains(s.id())).count());
  }

  /** The notice, when the articles look like different stories; else null. */
  static @Nullable String differentStoriesNotice(Comparison c) {
    Matched m = matched(c);
    if (!m.differentStories()) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "These look like different stories: only %d of %d body sentences match a sentence of"
            + " another outlet.",
        m.aligned(),
        m.body());
  }
}
