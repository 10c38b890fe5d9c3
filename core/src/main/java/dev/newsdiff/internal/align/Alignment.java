package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import java.util.List;

/**
 * Which statements the outlets share and which sentences only one carries. Immutable.
 *
 * @param groups statements carried by two or more outlets, in reading order
 * @param exclusives body sentences whose claims no other outlet carries
 */
public record Alignment(List<Group> groups, List<Exclusive> exclusives) {

  /** One shared statement: its members and their mean similarity across outlets. */
  public record Group(List<Member> members, double similarity) {
    public Group {
      members = ImmutableList.copyOf(members);
    }
  }

  public Alignment {
    groups = ImmutableList.copyOf(groups);
    exclusives = ImmutableList.copyOf(exclusives);
  }
}
