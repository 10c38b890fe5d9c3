package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.eval.Annotation.ArticleTruth;
import dev.newsdiff.eval.Annotation.Item;
import dev.newsdiff.model.Article;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code newsdiff eval} counts per article beyond exact matches: furniture kept, story lost.
 */
class ReadingEvaluationTest {

  private static final String PAGE =
      """
      Mill fire closes river road
      Tags: fire, river, road
      A fire closed the river road on Monday, police said.
      The road reopened in the evening.
      """;

  private static ReadingEvaluation evaluate(
      String text,
      @Nullable String outlet,
      ImmutableList<Item> furniture,
      ImmutableList<Item> sentences) {
    Article read = NewsDiff.parse("gazette", text);
    ArticleTruth truth =
        new ArticleTruth(
            outlet, ImmutableList.of(), furniture, null, sentences, ImmutableList.of());
    return ReadingEvaluation.of(
        new Annotation(ImmutableMap.of("gazette", truth)), ImmutableMap.of("gazette", read));
  }

  private static ImmutableList<Item> story() {
    return ImmutableList.of(
        new Item("headline", "Mill fire closes river road"),
        new Item("body", "A fire closed the river road on Monday, police said."),
        new Item("body", "The road reopened in the evening."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"widget", "tags", "related", "no-such-kind"})
  void furnitureReadAsStoryIsCountedKeptWhateverItsKind(String kind) {
    // A line newsdiff certainly reads as story, annotated as furniture of any kind.
    ReadingEvaluation e =
        evaluate(
            PAGE,
            null,
            ImmutableList.of(new Item(kind, "The road reopened in the evening.")),
            story().subList(0, 2));
    assertThat(e.furnitureLines()).isEqualTo(1);
    assertThat(e.furnitureKept()).isEqualTo(1);
    assertThat(e.furnitureKeptShare()).isEqualTo(1.0);
    assertThat(e.storySentences()).isEqualTo(2);
    assertThat(e.storyLost()).isZero();
    assertThat(e.misses())
        .contains("gazette furniture kept as story: The road reopened in the evening.");
  }

  @Test
  void aStorySentenceMissingFromTheTextCountsAsLost() {
    ImmutableList<Item> sentences =
        ImmutableList.<Item>builder()
            .addAll(story())
            .add(new Item("body", "The mill will not reopen."))
            .build();
    ReadingEvaluation e = evaluate(PAGE, null, ImmutableList.of(), sentences);
    assertThat(e.storyLost()).isEqualTo(1);
    assertThat(e.storyLostShare()).isEqualTo(0.25);
    assertThat(e.misses())
        .contains("gazette story sentence not in the text: The mill will not reopen.");
  }

  @Test
  void aHeadlineRepeatedAsAPhotoCaptionIsLocatedWhereItIsRead() {
    String page = PAGE + "Mill fire closes river road\n";
    ReadingEvaluation e =
        evaluate(
            page,
            null,
            ImmutableList.of(new Item("caption", "Mill fire closes river road")),
            story());
    // Located at the top, where newsdiff reads the headline, not in the caption at the end.
    assertThat(e.storyLost()).isZero();
    assertThat(e.headlines().truePositives()).isEqualTo(1);
  }

  @Test
  void outletIsScoredOnlyWhereAnnotated() {
    assertThat(evaluate(PAGE, null, ImmutableList.of(), story()).outlets().expected()).isZero();
    ReadingEvaluation e = evaluate(PAGE, "The Gazette", ImmutableList.of(), story());
    assertThat(e.outlets().expected()).isEqualTo(1);
    assertThat(e.outlets().truePositives()).isZero();
    assertThat(e.misses()).contains("gazette outlet: expected The Gazette, got Gazette");
  }

  @Test
  void creditsAreScoredWhereTheOutletIsAnnotatedAsTheListNamesThem() {
    String page = PAGE + "(With inputs from PTI)\n";
    Article read = NewsDiff.parse("gazette", page);
    assertThat(read.credits()).containsExactly("Press Trust of India");
    ArticleTruth truth =
        new ArticleTruth(
            "Gazette",
            ImmutableList.of("PTI", "AFP"),
            ImmutableList.of(),
            null,
            story(),
            ImmutableList.of());
    ReadingEvaluation e =
        ReadingEvaluation.of(
            new Annotation(ImmutableMap.of("gazette", truth)), ImmutableMap.of("gazette", read));
    assertThat(e.credits().truePositives()).isEqualTo(1);
    assertThat(e.credits().predicted()).isEqualTo(1);
    assertThat(e.credits().expected()).isEqualTo(2);
    assertThat(e.misses()).contains("gazette credit missed: AFP");
    assertThat(evaluate(page, null, ImmutableList.of(), story()).credits().predicted()).isZero();
  }
}
