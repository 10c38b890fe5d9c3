package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Article;
import dev.newsdiff.model.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsDiffTest {

  /** The library example in README.md, kept compiling and running here. */
  @Test
  void readmeExample() throws Exception {
    List<String> printed = new ArrayList<>();
    // README example begins
    Article aa = NewsDiff.read(Path.of("../samples/turkiye-defence-briefing/anadolu-agency.txt"));
    for (Quote q : aa.quotes()) {
      printed.add(q.speaker() + ": " + q.text());
    }
    // README example ends
    assertThat(aa.outlet()).isEqualTo("Anadolu Agency");
    assertThat(aa.dateline().text()).isEqualTo("ISTANBUL");
    assertThat(printed).contains("the sources: critical for regional peace");
  }

  @Test
  void idsAreStableAndNumberedFromOne() {
    Article a = NewsDiff.parse("aa", "One sentence here. Another one there.");
    assertThat(a.sentences()).extracting(s -> s.id()).containsExactly("aa/s1", "aa/s2");
  }
}
