package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Fact.Kind;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

  /**
   * Issue 15: a 20 MB article's names were tested pair by pair, and each surname against every name
   * again. Tens of thousands of full names sharing one surname now link through indexes.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void tensOfThousandsOfNamesSharingASurnameAreLinkedWithoutTestingEveryPair() {
    List<Fact> names = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      names.add(name(Kind.PERSON, "Given" + Integer.toString(i, 26).replace('0', 'z') + " Guler"));
    }
    names.add(name(Kind.PERSON, "Guler"));
    names.add(name(Kind.PERSON, "Yasar Nakatani"));
    names.add(name(Kind.PERSON, "Nakatani"));
    Map<String, String> c = NameLinker.canonical(names);
    assertThat(c.get("Guler")).isEqualTo("Guler"); // 30,000 full names fit: no guess
    assertThat(c.get("Nakatani")).isEqualTo("Yasar Nakatani");
    assertThat(c.values().stream().distinct().count()).isEqualTo(30_002);
  }

  @Test
  void sameIdOnlyWithinAKind() {
    Map<String, String> c =
        NameLinker.canonical(
            List.of(name(Kind.PLACE, "Jordan"), name(Kind.PERSON, "Michael Jordan")));
    assertThat(c.get("Jordan")).isEqualTo("Jordan");
  }
}
