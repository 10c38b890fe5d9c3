package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdFoldTest {

  @ParameterizedTest(name = "{0} spells {1}: {2}")
  @CsvSource(
      textBlock =
          """
          Harbour News,                 harbournews,   true
          Harbour Standard,             hstandard,     true
          South Ruritania Morning Post, srmp,          true
          Press Trust of Ruritania,     ptr,           true
          The Valley Times,             valleytimes,   true
          VALLEYTIMES.COM,              valleytimes,   true
          Harbour Times,                hstandard,     false
          harbour news,                 harbournews,   false
          Associated Press,             ap,            false
          News Desk,                    valleybulletin, false
          The pier stays shut until Friday the harbour master said, tpssuftmhs, false
          """)
  void aNameSpellsAnIdByWholeWordsOrInitials(String name, String id, boolean spells) {
    assertThat(IdFold.spells(name, id)).isEqualTo(spells);
  }
}
