package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word diffs were drawn against the alphabetically first outlet, hiding the wire-to-rewrite diff.
 */
class DiffReferenceTest {

  private static final List<Member> MEMBERS =
      List.of(
          member("daily", "s1"),
          member("daily", "s2"),
          member("review", "s4"),
          member("wire", "s3"));

  private static Member member(String article, String sentence) {
    return new Member(article, article + "/" + sentence, Span.of(0, 1));
  }

  /**
   * "wire>review" is a derivation naming wire the likely source of review; "wire-review" one where
   * review repeats wire without the evidence of a likely source.
   */
  private static List<Derivation> derivation(String pairs) {
    return Arrays.stream(pairs.split(" "))
        .filter(p -> !p.isEmpty())
        .map(
            p ->
                new Derivation(
                    p.split("[>-]")[0], p.split("[>-]")[1], 0.5, 10, 1.0, p.contains(">")))
        .toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
                                      | daily/s1
          wire>review                 | wire/s3
          wire>review wire>daily      | wire/s3
          review>daily wire>review    | review/s4
          wire-review wire-daily      | daily/s1
          daily>review                | daily/s1
          other>review                | daily/s1
          """)
  void diffsAreDrawnAgainstTheOutletTheOthersFollow(String pairs, String reference) {
    String given = pairs == null ? "" : pairs;
    assertThat(MEMBERS.get(DiffReference.from(derivation(given)).indexIn(MEMBERS)).sentence())
        .isEqualTo(reference);
  }
}
