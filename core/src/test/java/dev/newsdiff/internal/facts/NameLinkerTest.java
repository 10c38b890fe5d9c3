package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Fact.Kind;
import dev.newsdiff.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameLinkerTest {

  private static Fact name(Kind kind, String text) {
    return new Fact(kind, Span.of(0, text.length()), text, text, null, false);
  }

  @Test
  void linksReorderedSurnameAndAcronymVariants() {
    Map<String, String> c =
        NameLinker.canonical(
            List.of(
                name(Kind.PERSON, "Gen Nakatani"),
                name(Kind.PERSON, "Gen Nakatani"),
                name(Kind.PERSON, "Nakatani Gen"),
                name(Kind.PERSON, "Yasar Guler"),
                name(Kind.PERSON, "Guler"),
                name(Kind.ORGANISATION, "Ministry of National Defense"),
                name(Kind.ORGANISATION, "MoND")));
    assertThat(c.get("Nakatani Gen")).isEqualTo("Gen Nakatani");
    assertThat(c.get("Guler")).isEqualTo("Yasar Guler");
    assertThat(c.get("MoND")).isEqualTo("Ministry of National Defense");
  }

  @Test
  void doesNotGuessBetweenTwoFullNames() {
    Map<String, String> c =
        NameLinker.canonical(
            List.of(
                name(Kind.PERSON, "Yasar Guler"),
                name(Kind.PERSON, "Arda Guler"),
                name(Kind.PERSON, "Guler")));
    assertThat(c.get("Guler")).isEqualTo("Guler");
  }

  @Test
  void sameIdOnlyWithinAKind() {
    Map<String, String> c =
        NameLinker.canonical(
            List.of(name(Kind.PLACE, "Jordan"), name(Kind.PERSON, "Michael Jordan")));
    assertThat(c.get("Jordan")).isEqualTo("Jordan");
  }
}
