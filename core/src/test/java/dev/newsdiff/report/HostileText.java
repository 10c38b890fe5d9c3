package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import java.util.List;

/**
 * Articles and outlet names that try to steer a terminal or reorder a page, and text that a
 * shortening would cut in the middle of an emoji: shared by the tests of each report.
 */
final class HostileText {

  /** An outlet name, from a SOURCE line, with a right-to-left override that is never closed. */
  static final String OUTLET = "Evil\u202e Wire";

  static final String SET_TITLE = "\u001b]0;pwned\u0007";
  static final String CLEAR = "\u001b[2J";

  private HostileText() {}

  /** Two outlets sharing sentences that carry escape sequences, C1 controls and bidi overrides. */
  static Comparison comparison() {
    return NewsDiff.compare(
        List.of(
            NewsDiff.parse(
                "evil-wire",
                "SOURCE: "
                    + OUTLET
                    + "\n\nThe ferry caught fire off Izmir on Monday."
                    + SET_TITLE
                    + " All 212 passengers were rescued by the coast guard."
                    + CLEAR
                    + " “The engine room \u202ewas\u009b to blame,” said the captain."
                    + " Divers \u2067searched the hull on Tuesday."),
            NewsDiff.parse(
                "paper",
                "The ferry caught fire off Izmir on Monday."
                    + SET_TITLE
                    + " All 212 passengers were rescued by the coast guard."
                    + CLEAR
                    + " “The engine room \u202ewas\u009b clearly to blame,” said the captain."
                    + " A second ferry was \u202dkept in port.")));
  }

  /** A sentence whose char {@code at} is the first half of an emoji. */
  static String emojiAt(int at, String tail) {
    StringBuilder s = new StringBuilder("The ferry");
    for (int i = 0; s.length() < at; i++) {
      s.append(i % 2 == 0 ? " caught" : " fire");
    }
    s.setLength(at - 1);
    if (s.charAt(at - 2) == ' ') {
      s.setCharAt(at - 2, 's'); // one space before the emoji, or flattening would move it
    }
    return s.append(' ').append("🔥").append(tail).toString();
  }
}
