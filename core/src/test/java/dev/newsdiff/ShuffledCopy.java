package dev.newsdiff;

import dev.newsdiff.model.Furniture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A copy of an article with its story paragraphs in another order: the same text, as an outlet that
 * moves paragraphs about would run it.
 */
final class ShuffledCopy {

  private ShuffledCopy() {}

  /**
   * The paragraphs after the first block (headline and furniture up to the first blank line, or the
   * headline alone), shuffled. The page's closing furniture ("SOURCE: …", promos) stays last:
   * shuffled into the story it would be a different page, whose story block ends at the first
   * promo.
   */
  static String of(String text) {
    int end = text.contains("\n\n") ? text.indexOf("\n\n") + 2 : text.indexOf('\n') + 1;
    List<String> paragraphs =
        new ArrayList<>(
            text.substring(end).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    Set<String> furniture =
        NewsDiff.parse("page", text).furniture().stream()
            .map(Furniture::text)
            .collect(Collectors.toSet());
    int storyEnd = paragraphs.size();
    while (storyEnd > 0 && furniture.contains(paragraphs.get(storyEnd - 1))) {
      storyEnd--;
    }
    Collections.shuffle(paragraphs.subList(0, storyEnd), new Random(7));
    return text.substring(0, end) + String.join("\n\n", paragraphs) + "\n";
  }
}
