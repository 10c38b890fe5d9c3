package dev.newsdiff;

import dev.newsdiff.align.Aligner;
import dev.newsdiff.align.Alignment;
import dev.newsdiff.diff.WordDiffer;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the comparison pipeline: align, then diff each statement against its first member. */
final class Comparer {

  private Comparer() {}

  static Comparison compare(List<Article> articles, CompareOptions options) {
    Aligner aligner =
        new Aligner(
            options.similarity(),
            options.threshold(),
            options.linkage(),
            options.orderWeight(),
            options.maxPerArticle(),
            options.nearBest());
    Alignment alignment = aligner.align(articles);
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Statement> statements = new ArrayList<>();
    for (Alignment.Group group : alignment.groups()) {
      List<Member> members = group.members();
      Member reference = members.get(0);
      List<WordDiff> diffs = new ArrayList<>();
      for (Member m : members) {
        if (!m.article().equals(reference.article())) {
          diffs.add(WordDiffer.diff(byId.get(reference.article()).text(), reference, byId.get(m.article()).text(), m));
        }
      }
      statements.add(new Statement("st" + (statements.size() + 1), members, group.similarity(), diffs));
    }
    return new Comparison(articles, statements, alignment.exclusives());
  }
}
