package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Outlets that state the same claim with facts that disagree (12 vs 15 injured), or where one gives
 * an approximation of the other's figure ("about 200" vs 197). Immutable.
 *
 * @param statement the id of the statement where they stand
 * @param approximation true when the values are compatible once the hedge is taken into account,
 *     false for a real disagreement
 */
public record Conflict(
    String id, String statement, Fact.Kind kind, boolean approximation, List<Member> members) {

  /** One side: where the fact stands and its value. */
  public record Member(String article, String sentence, Fact fact) {
    public Member {
      checkNotNull(article, "article");
      checkNotNull(sentence, "sentence");
      checkNotNull(fact, "fact");
    }
  }

  public Conflict {
    checkNotNull(id, "id");
    checkNotNull(statement, "statement");
    checkNotNull(kind, "kind");
    members = ImmutableList.copyOf(members);
    checkArgument(members.size() >= 2, "a conflict needs two sides: %s", id);
  }
}
