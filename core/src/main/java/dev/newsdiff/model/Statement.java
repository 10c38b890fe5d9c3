package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A claim carried by two or more outlets: the sentences (or clauses) that state it, how alike they
 * are, and how their wording differs. Immutable.
 *
 * @param similarity mean pairwise similarity of the members of different outlets, 0 to 1
 */
public record Statement(String id, List<Member> members, double similarity, List<WordDiff> diffs) {

  public Statement {
    checkNotNull(id, "id");
    members = ImmutableList.copyOf(members);
    diffs = ImmutableList.copyOf(diffs);
    checkArgument(
        fromTwoArticles(members), "statement %s needs members from two articles: %s", id, members);
  }

  /** Every pair of members from different articles, in member order. */
  public List<List<Member>> crossArticlePairs() {
    ImmutableList.Builder<List<Member>> out = ImmutableList.builder();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (!members.get(i).article().equals(members.get(j).article())) {
          out.add(List.of(members.get(i), members.get(j)));
        }
      }
    }
    return out.build();
  }

  /** The ids of the articles that carry this statement, in member order. */
  public List<String> articles() {
    List<String> ids = new ArrayList<>();
    for (Member m : members) {
      if (!ids.contains(m.article())) {
        ids.add(m.article());
      }
    }
    return Collections.unmodifiableList(ids);
  }

  /** Whether the members come from at least two articles. */
  private static boolean fromTwoArticles(List<Member> members) {
    for (Member m : members) {
      if (!m.article().equals(members.get(0).article())) {
        return true;
      }
    }
    return false;
  }
}
