package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17: a time in GMT (or another named zone) against one in the place's own clock is a
 * conflict only where the story says the offset, from an outlet's own conversion or a country of
 * one clock; where it does not, the two are not compared.
 */
class ClockTest {

  private static final String OTHER =
      "\nRescue teams worked through the night beside the broken dam.\n"
          + "The regional governor ordered an inquiry into the state of the dam.\n";

  /** The conflicts between {@code a} and {@code b}, taken as one statement of two articles. */
  private static List<Conflict> conflicts(String a, String b) {
    Article left = NewsDiff.parse("a", a + OTHER);
    Article right = NewsDiff.parse("b", b + OTHER);
    Statement statement = new Statement("st1", List.of(first(left), first(right)), 1.0, List.of());
    return Conflicts.find(List.of(left, right), List.of(statement)).stream()
        .filter(c -> !c.approximation())
        .toList();
  }

  private static Member first(Article article) {
    Sentence s = article.sentences().get(0);
    return new Member(article.id(), s.id(), s.span());
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The dam in Kenya burst at 6am on Monday, flooding the valley.      | The dam in Kenya burst at 0300 GMT on Monday, flooding the valley. | none
          The dam in Kenya burst at 6am on Monday, flooding the valley.      | The dam in Kenya burst at 0600 GMT on Monday, flooding the valley. | conflict
          The dam in Britain burst at 6am on Monday, flooding the valley.    | The dam in Britain burst at 0500 GMT on Monday, flooding the valley. | none
          The dam in Britain burst at 6am on Monday, flooding the valley.    | The dam in Britain burst at 0300 GMT on Monday, flooding the valley. | conflict
          The dam burst at 6am on Monday, flooding the valley below it.      | The dam burst at 0600 GMT on Monday, flooding the valley below it. | none
          The dam burst at 6am on Monday, flooding the valley below it.      | The dam burst at 0300 GMT on Monday, flooding the valley below it. | none
          The dam burst at 6am (2200 GMT Sunday), flooding the valley.       | The dam burst at 2230 GMT on Sunday, flooding the valley below.    | conflict
          The dam burst at 6am (2200 GMT Sunday), flooding the valley.       | The dam burst at 2200 GMT on Sunday, flooding the valley below.    | none
          The dam burst at 7:27 p.m. EST, flooding the valley below it.      | The dam burst at 0027 GMT, flooding the valley below it.          | none
          The dam burst at 7:27 p.m. EST, flooding the valley below it.      | The dam burst at 0127 GMT, flooding the valley below it.          | conflict
          The dam in Kenya burst at 6am on Monday, the police in Peru said.  | The dam in Kenya burst at 0600 GMT on Monday, the police in Peru said. | none
          """)
  void comparesTimesAcrossZonesWhereTheOffsetIsKnown(String a, String b, String expected) {
    List<Conflict> found = conflicts(a, b);
    if (expected.equals("none")) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .satisfies(c -> assertThat(c.kind().label()).isEqualTo("time"));
    }
  }
}
