package dev.newsdiff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LostStopsTest {

  /** start, end and the capitalised word of each match. */
  private static List<String> described(List<MatchResult> matches) {
    return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group(1)).toList();
  }

  /** The pattern searched at every character, as it was before candidates were picked. */
  private static List<MatchResult> searched(String p) {
    List<MatchResult> found = new ArrayList<>();
    Matcher m = LostStops.GLUED.matcher(p);
    while (m.find()) {
      found.add(m.toMatchResult());
    }
    return found;
  }

  @Test
  void gluedWordsAreFoundAsASearchAtEveryCharacterFindsThem() {
    for (String p :
        List.of(
            "according to the statementNotably, Murmu's visit",
            "measlesCases have been reported",
            "see www.siteExample.com/pageNews or @handleName",
            "aaaaaBbb aaaaaaBb xaaaaaBbbb 1aaaaaBbb",
            "",
            "abcdeƩxyz 𐐨𐐨𐐨𐐨𐐨𐐀𐐨𐐨 straßeNeue")) {
      assertThat(described(LostStops.glued(p))).as(p).isEqualTo(described(searched(p)));
    }
    Random random = new Random(15);
    String alphabet = "aaaaeeeiouBCDÉ Ǆǅ.-/@1ß𐐨𐐀\u0301";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder p = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        int at = random.nextInt(alphabet.length());
        p.appendCodePoint(
            alphabet.codePointAt(Character.isLowSurrogate(alphabet.charAt(at)) ? at - 1 : at));
      }
      String s = p.toString();
      assertThat(described(LostStops.glued(s))).as(s).isEqualTo(described(searched(s)));
    }
  }
}
