package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusStoryTest {

  /** An agency's report, in words of our own. */
  private static final String AGENCY =
      String.join(
          "\n\n",
          "Storm floods the port of Velden",
          "A storm flooded the port of Velden on Monday, halting all shipping for the day.",
          "Harbour master Ilse Brandt said 14 cargo ships were waiting offshore.",
          "\"We have never seen water this high on the quays,\" Brandt told reporters.",
          "The city council called an emergency meeting for Tuesday morning.",
          "Forecasters expect the wind to ease by Wednesday, the weather office said.");

  private static Article reprint(String id, String headline, String own) {
    String body = AGENCY.substring(AGENCY.indexOf("\n\n"));
    return NewsDiff.parse(id, headline + body + "\n\n" + own + "\n");
  }

  @Test
  void agencyCopyReproducedByTwoOutletsCountsOnceAsOriginalReporting() {
    List<Article> articles =
        List.of(
            NewsDiff.parse("agency", AGENCY + "\n"),
            reprint(
                "herald",
                "Velden port shut by storm",
                "Local fishermen said their boats had been moved inland overnight."),
            reprint(
                "courier",
                "Storm closes Velden harbour",
                "The ferry to Norrholm will not sail until Thursday, its operator said."));
    Map<String, CorpusStory.Member> members = new HashMap<>();
    for (Article a : articles) {
      members.put(
          a.id(),
          new CorpusStory.Member(
              a.id(),
              a.id().toUpperCase(java.util.Locale.ROOT),
              a.id() + ".txt",
              a.headline(),
              a.id().equals("agency") ? Instant.parse("2024-05-06T08:00:00Z") : null,
              null));
    }
    CorpusStory story = CorpusStory.of(articles, members);
    assertThat(story.copying())
        .extracting(CorpusStory.Copy::verdict)
        .hasSize(3)
        .doesNotContain("independent");
    // Every outlet carries the agency's statements; each counts once as original reporting,
    // shared by the outlets the copying verdicts put first, while each outlet's own sentence
    // counts for it.
    assertThat(story.statements()).isGreaterThanOrEqualTo(4);
    assertThat(story.outlets()).allMatch(o -> o.shared() == story.statements());
    assertThat(story.outlets().stream().mapToDouble(o -> o.original() - o.exclusives()).sum())
        .isCloseTo(story.statements(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(story.outlets())
        .filteredOn(o -> !o.outlet().equals("AGENCY"))
        .allMatch(o -> o.exclusives() == 1);
  }
}
