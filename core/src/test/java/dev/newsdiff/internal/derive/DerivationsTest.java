package dev.newsdiff.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Derivation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationsTest {

  @Test
  void trtFollowsAnadoluAndDailySabahFollowsNobody() throws Exception {
    Path dir = Path.of("..", "samples", "turkiye-defence-briefing");
    List<Article> articles =
        List.of(
            NewsDiff.read(dir.resolve("trt-world.txt")),
            NewsDiff.read(dir.resolve("anadolu-agency.txt")),
            NewsDiff.read(dir.resolve("daily-sabah.txt")));
    Comparison c = NewsDiff.compare(articles);
    assertThat(c.derivation()).hasSize(6);
    assertThat(c.derivation())
        .filteredOn(Derivation::likelySource)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.from()).isEqualTo("anadolu-agency");
              assertThat(d.to()).isEqualTo("trt-world");
              assertThat(d.share()).isGreaterThan(0.25);
            });
    Derivation aaToSabah =
        c.derivation().stream()
            .filter(d -> d.from().equals("anadolu-agency") && d.to().equals("daily-sabah"))
            .findFirst()
            .orElseThrow();
    Derivation aaToTrt =
        c.derivation().stream()
            .filter(d -> d.from().equals("anadolu-agency") && d.to().equals("trt-world"))
            .findFirst()
            .orElseThrow();
    assertThat(aaToSabah.share()).isLessThan(aaToTrt.share());
  }

  @Test
  void aClauseInCommonIsNotASentenceRepeated() {
    // The radio sentence shares its first clause with the wire's, word for word, and says
    // something else after ", where": that is not repeating the wire's sentence.
    Article wire =
        NewsDiff.parse(
            "harbour-wire",
            "HALIFAX (Harbour Wire) - The ferry was towed back to port by the tug, with a fireboat spraying its hull.\n"
                + "The operator estimated the damage at $1.2 million.\n");
    Article radio =
        NewsDiff.parse(
            "radio",
            "The ferry was towed back to port, where forty firefighters brought the blaze under control.\n"
                + "Passengers were taken to a nearby hotel for the night.\n");
    Comparison c = NewsDiff.compare(List.of(wire, radio));
    assertThat(c.statements()).as("the towing clause is aligned").isNotEmpty();
    Derivation wireToRadio =
        c.derivation().stream()
            .filter(d -> d.from().equals("harbour-wire") && d.to().equals("radio"))
            .findFirst()
            .orElseThrow();
    assertThat(wireToRadio.share()).isZero();
    assertThat(wireToRadio.likelySource()).isFalse();
  }
}
