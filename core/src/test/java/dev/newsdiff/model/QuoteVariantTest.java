package dev.newsdiff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.newsdiff.model.QuoteVariant.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteVariantTest {

  private static final List<QuoteVariant.Member> MEMBERS =
      List.of(
          new QuoteVariant.Member("a", "a/q1", "a/s1"), new QuoteVariant.Member("b", null, "b/s3"));

  @Test
  void theMainKindIsTheMostSubstantive() {
    QuoteVariant v =
        new QuoteVariant(
            "qv1", "st1", List.of(Kind.TRIMMED, Kind.DIRECT_VS_REPORTED), MEMBERS, List.of());
    assertThat(v.kind()).isEqualTo(Kind.TRIMMED);
    assertThat(v.label()).isEqualTo("trimmed, direct-vs-reported");
    assertThat(new QuoteVariant("qv1", "st1", Kind.ATTRIBUTION, MEMBERS, List.of()).kinds())
        .containsExactly(Kind.ATTRIBUTION);
  }

  @Test
  void kindsComeOnceTheMostSubstantiveFirst() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new QuoteVariant(
                    "qv2", "st1", List.of(Kind.ATTRIBUTION, Kind.REWORDED), MEMBERS, List.of()))
        .withMessageContaining("qv2 [ATTRIBUTION, REWORDED]");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new QuoteVariant(
                    "qv3", "st1", List.of(Kind.TRIMMED, Kind.TRIMMED), MEMBERS, List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QuoteVariant("qv4", "st1", List.of(), MEMBERS, List.of()));
  }
}
