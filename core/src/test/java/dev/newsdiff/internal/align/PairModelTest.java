package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.model.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learned pair decision inside the aligner: what it adds, and what it must never add. */
class PairModelTest {

  private static final String FIRST =
      """
      Storm cuts power to coastal towns

      About 40,000 homes in the Kessel valley lost power on Friday as a storm brought down \
      lines across the coast, the utility Norgrid said.

      Engineers expect to restore most supplies by Sunday evening, a spokesman said.

      At least two people were hurt by falling trees in Port Amsel, police said.

      Schools in three districts stayed closed.
      """;

  private static final String SECOND =
      """
      Tens of thousands without electricity after storm

      A storm left some 40,000 households in the Kessel valley in the dark on Friday, \
      according to Norgrid.

      The company hopes to have most customers reconnected by Sunday night.

      Police in Port Amsel reported two injuries caused by trees that came down in the wind.

      Ferries to the islands were cancelled until further notice.
      """;

  private static Aligner aligner() {
    return DefaultAligner.of();
  }

  private static List<Article> articles(String first, String second) {
    return List.of(NewsDiff.parse("first", first), NewsDiff.parse("second", second));
  }

  @Test
  void theShippedModelLoadsWithWeightsForEveryFeature() {
    PairModel shipped = PairModel.shipped();
    assertThat(shipped.threshold()).isEqualTo(PairModel.THRESHOLD);
    List<Aligner.PairCase> cases = aligner().cases(articles(FIRST, SECOND));
    assertThat(cases).isNotEmpty();
    assertThat(shipped.model().weights().keySet())
        .containsExactlyInAnyOrderElementsOf(cases.get(0).features().keySet());
  }

  @Test
  void aRewordedClaimWithTheSameNamesAndFiguresAlignsAndWhatOnlyOneCarriesDoesNot() {
    List<Article> articles = articles(FIRST, SECOND);
    Alignment alignment = aligner().align(articles);
    List<String> aligned =
        alignment.groups().stream()
            .flatMap(g -> g.members().stream())
            .map(m -> text(articles, m.article(), m.sentence()))
            .toList();
    assertThat(aligned)
        .anyMatch(t -> t.startsWith("About 40,000 homes"))
        .anyMatch(t -> t.startsWith("A storm left some 40,000"))
        .anyMatch(t -> t.startsWith("At least two people were hurt"))
        .anyMatch(t -> t.startsWith("Police in Port Amsel reported two injuries"));
    List<String> exclusive =
        alignment.exclusives().stream()
            .map(e -> text(articles, e.article(), e.sentence()))
            .toList();
    assertThat(exclusive)
        .anyMatch(t -> t.startsWith("Schools in three districts"))
        .anyMatch(t -> t.startsWith("Ferries to the islands"));
  }

  private static String text(List<Article> articles, String article, String sentence) {
    return articles.stream()
        .filter(a -> a.id().equals(article))
        .flatMap(a -> a.sentences().stream())
        .filter(s -> s.id().equals(sentence))
        .findFirst()
        .orElseThrow()
        .text();
  }

  @Test
  void withoutAModelTheRulesDecide() {
    // A model that says yes to everything adds nothing where the rules find no pair at all.
    PairModel yes = PairModel.of(LogisticModel.of(10, Map.of()), 0.5);
    String other =
        """
        Council approves new library

        The city council voted on Tuesday to build a library on the site of the old bus depot.

        Construction is due to start next spring.
        """;
    assertThat(aligner().withDecision(yes).align(articles(FIRST, other)).groups()).isEmpty();
  }

  @Test
  void twoStoriesOfOneKindShareNoStatement() {
    // Two different storms: the same kinds of figure and words, no statement in common.
    String otherStorm =
        """
        Floods close roads in the north

        About 2,000 homes in Harlow county were flooded on Monday after heavy rain, the fire \
        service said.

        Forecasters expect more rain by Wednesday evening, a meteorologist said.
        """;
    assertThat(aligner().align(articles(FIRST, otherStorm)).groups()).isEmpty();
  }
}
