package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** How one member of a statement is worded differently from another. Immutable. */
public record WordDiff(Member from, Member to, List<Change> changes) {

  public WordDiff {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    changes = ImmutableList.copyOf(changes);
  }

  /** The changes that alter meaning, not just spelling or punctuation. */
  public List<Change> substantive() {
    return changes.stream().filter(c -> !c.cosmetic()).toList();
  }
}
