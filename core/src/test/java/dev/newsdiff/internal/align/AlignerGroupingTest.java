package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Member;
import dev.newsdiff.similarity.SimilarityModel;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How the aligner groups scored pairs into statements, with the scores given: each sentence reads
 * "Outlet o states claim c ...", and a scripted model scores pairs by outlet and claim.
 */
class AlignerGroupingTest {

  /** An outlet's sentence of a claim, as the scripted model reads it. */
  private record Said(String outlet, String claim) {
    static Said of(String text) {
      String[] words = text.split(" ");
      return new Said(words[1], words[4]);
    }
  }

  private static SimilarityModel scripted(ToDoubleBiFunction<Said, Said> score) {
    return texts -> (a, b) -> score.applyAsDouble(Said.of(texts.get(a)), Said.of(texts.get(b)));
  }

  private static Article article(String outlet, String... claims) {
    StringBuilder text = new StringBuilder("Headline of outlet " + outlet + "\n\n");
    for (String claim : claims) {
      text.append("Outlet ")
          .append(outlet)
          .append(" states claim ")
          .append(claim)
          .append(" in its own words.\n\n");
    }
    return NewsDiff.parse(outlet, text.toString());
  }

  private static List<List<String>> align(SimilarityModel model, Article... articles) {
    Alignment alignment = DefaultAligner.with(model).align(List.of(articles));
    return alignment.groups().stream()
        .map(g -> g.members().stream().map(Member::sentence).toList())
        .toList();
  }

  @Test
  void twoClaimsThatSeveralOutletsStateApartStayTwoStatements() {
    // Each outlet states X and Y in sentences of their own; one pair across the claims shares
    // enough words to be a candidate, and the rest share some story words.
    SimilarityModel model =
        scripted(
            (p, q) -> {
              if (p.claim().equals(q.claim())) {
                return 0.9;
              }
              boolean strongPair =
                  Stream.of(p, q).anyMatch(s -> s.equals(new Said("a", "X")))
                      && Stream.of(p, q).anyMatch(s -> s.equals(new Said("b", "Y")));
              return strongPair ? 0.7 : 0.3;
            });

    List<List<String>> groups =
        align(model, article("a", "X", "Y"), article("b", "X", "Y"), article("c", "X", "Y"));

    assertThat(groups).hasSize(2);
    assertThat(groups).noneMatch(g -> g.contains("a/s3") && g.contains("b/s2"));
    assertThat(groups).noneMatch(g -> g.contains("c/s2") && g.contains("c/s3"));
  }

  @Test
  void aSentenceJoinsOnlyTheFurtherStatementItMatchesBest() {
    // Outlet d sums up in one sentence what a, b and c state as X, Y and Z, matching X best.
    SimilarityModel model =
        scripted(
            (p, q) -> {
              if (p.outlet().equals("d") || q.outlet().equals("d")) {
                String other = p.outlet().equals("d") ? q.claim() : p.claim();
                return switch (other) {
                  case "X" -> 0.55;
                  case "Y" -> 0.5;
                  default -> 0.45;
                };
              }
              return p.claim().equals(q.claim()) ? 0.9 : 0.05;
            });

    List<List<String>> groups =
        align(
            model,
            article("a", "X", "Y", "Z"),
            article("b", "X", "Y", "Z"),
            article("c", "X", "Y", "Z"),
            article("d", "S"));

    assertThat(groups.stream().filter(g -> g.contains("d/s2")))
        .containsExactlyInAnyOrder(
            List.of("a/s2", "b/s2", "c/s2", "d/s2"), List.of("a/s3", "b/s3", "c/s3", "d/s2"));
  }
}
