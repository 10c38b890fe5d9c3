package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A claim carried by two or more outlets: the sentences (or clauses) that state it, how alike they
 * are, and how their wording differs. Immutable.
 *
 * @param similarity mean pairwise similarity of the members of different outlets, 0 to 1
 * @param diffs the word diff of each member of another outlet against one reference member (each
 *     diff's {@code from}): that of the outlet the others follow, where the comparison's derivation
 *     names it their likely source, else the first member
 */
public record Statement(String id, List<Member> members, double similarity, List<WordDiff> diffs) {

  public Statement {
    checkNotNull(id, "id");
    members = ImmutableList.copyOf(members);
    diffs = ImmutableList.copyOf(diffs);
    checkArgument(
        members.stream().map(Member::article).distinct().count() >= 2,
        "statement %s needs members from two articles: %s",
        id,
        members);
  }

  /** The ids of the articles that carry this statement, in member order. */
  public List<String> articles() {
    return members.stream().map(Member::article).distinct().toList();
  }
}
