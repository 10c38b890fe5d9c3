package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryNamesTest {

  private static boolean share(String first, String second) {
    List<Article> articles = List.of(NewsDiff.parse("a", first), NewsDiff.parse("b", second));
    return new StoryNames(articles).shareAName(0, 1);
  }

  @Test
  void aPlaceBothNameTellsOneStory() {
    assertThat(
            share(
                "Headline\n\nAt least 97 people were killed when the train derailed near Kanpur.",
                "Headline\n\nThe derailment occurred near a village close to the city of Kanpur."))
        .isTrue();
  }

  @Test
  void aCapitalisedCommonWordWeekdayOrAcronymIsNoName() {
    assertThat(
            share(
                "Headline\n\nWorkers of the Coal Mine Federation said on Friday, AFP reported.",
                "Headline\n\nThe Upper Big Branch Mine is a coal mine, AFP said on Friday."))
        .isFalse();
  }

  @Test
  void aSentencesFirstWordIsNoName() {
    assertThat(
            share(
                "Headline\n\nRescuers searched the river for the missing passengers.",
                "Headline\n\nRescuers found the bodies of three miners underground."))
        .isFalse();
  }
}
