package dev.newsdiff.internal.ingest;

import dev.newsdiff.internal.ingest.Lines.Line;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.model.FurnitureKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides which lines of a page are furniture and which are story. The hand rules ({@link
 * Furnishings} reading a line's words, {@link StoryBlock} framing the story) give their verdicts; a
 * logistic regression learned from hand-labelled real pages weighs those verdicts with the line's
 * other signals ({@link LineFeatures}) and has the final word. The rules still name the kind of
 * furniture; a line the model alone calls furniture is given the kind its place and shape suggest.
 *
 * <p>The model's weights are {@code furniture-lines.tsv} beside this class, trained by {@code
 * FurnitureLinesTrainingTest} in the tests; its bias includes the decision threshold chosen there,
 * so a line is furniture when the model's probability is one half or more.
 */
final class FurnitureLines {

  static final String MODEL_RESOURCE = "furniture-lines.tsv";

  private static final double FURNITURE = 0.5;

  /** Loaded once, on the first page read. */
  private static final class Model {
    static final LogisticModel INSTANCE =
        LogisticModel.resource(FurnitureLines.class, MODEL_RESOURCE);
  }

  /**
   * The rules' verdicts on each line: by its own words, then with the story block framed; and the
   * lines the story block's header reads as headline and standfirst.
   */
  record RuleVerdicts(
      @Nullable FurnitureKind[] byWords,
      @Nullable FurnitureKind[] byRules,
      StoryBlock.Header header) {}

  private FurnitureLines() {}

  static RuleVerdicts ruleVerdicts(List<Line> lines) {
    FurnitureKind[] byWords = new FurnitureKind[lines.size()];
    // A line's words decide alone, so a line the page repeats is read once: a long text of short
    // lines repeats most of them, and each tries some twenty patterns.
    Map<String, Optional<FurnitureKind>> read = new HashMap<>();
    for (int k = 0; k < lines.size(); k++) {
      byWords[k] = read.computeIfAbsent(lines.get(k).text(), Furnishings::kindOf).orElse(null);
    }
    FurnitureKind[] byRules = byWords.clone();
    StoryBlock.Header header = StoryBlock.frame(lines, byRules);
    return new RuleVerdicts(byWords, byRules, header);
  }

  /** Each line's furniture kind, or null for a line of story. */
  static @Nullable FurnitureKind[] decide(List<Line> lines, RuleVerdicts rules) {
    List<Map<String, Double>> features = LineFeatures.of(lines, rules.byWords(), rules.byRules());
    FurnitureKind[] kinds = new FurnitureKind[lines.size()];
    boolean[] storyByShape = storyByShape(lines, rules);
    for (int k = 0; k < lines.size(); k++) {
      if (isFurniture(lines.get(k).text(), rules.byRules()[k], storyByShape[k], features.get(k))) {
        FurnitureKind named = rules.byRules()[k];
        kinds[k] = named != null ? named : StoryBlock.furnitureKindOf(lines.get(k).text());
      }
    }
    return kinds;
  }

  /**
   * The lines the model may not take for furniture: the headline and unpunctuated standfirst the
   * story block read, and the items of a list that a line ending with a colon introduces ("… three
   * priorities:"), which are the story's own.
   */
  static boolean[] storyByShape(List<Line> lines, RuleVerdicts rules) {
    boolean[] story = new boolean[lines.size()];
    boolean inList = false;
    for (int k = 0; k < lines.size(); k++) {
      inList =
          StoryBlock.isListItem(lines.get(k).text())
              && (inList || k > 0 && lines.get(k - 1).text().endsWith(":"));
      story[k] = inList || rules.header().holds(k);
    }
    return story;
  }

  /**
   * The rules' furniture stays furniture: the model only finds the furniture they missed, which is
   * what unseen pages showed (they keep furniture as story; the lines they call furniture are). An
   * item of a bulleted list the rules kept stays story too: a list's items are the story's however
   * short, and too few labelled pages print lists for the model to learn it (the rules call a run
   * of bulleted links furniture themselves). Nor does the model take the headline or the
   * unpunctuated standfirst the story block read over the story: a title of several words with the
   * story under it is shaped like the related headlines the model learned from, and taken for one
   * the page loses its title ({@link #storyByShape}).
   */
  static boolean isFurniture(
      String text,
      @Nullable FurnitureKind byRules,
      boolean storyByShape,
      Map<String, Double> features) {
    if (byRules != null) {
      return true;
    }
    if (storyByShape || LineShapes.isBulleted(text) || LineShapes.isDatelineShaped(text)) {
      return false;
    }
    return Model.INSTANCE.probability(features) >= FURNITURE;
  }
}
