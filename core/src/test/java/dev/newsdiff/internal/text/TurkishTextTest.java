package dev.newsdiff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkishTextTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bakanlık yaptığı açıklamada yangının kontrol altına alındığını bildirdi.       | true
          Kılıçdaroğlu ve Erdoğan bugün Ankara'da bir araya gelerek bütçeyi görüştü.      | true
          President Erdoğan met Kılıçdaroğlu in İstanbul on Tuesday, officials said, and the two leaders discussed the budget, the elections and the economy. | false
          The ferry caught fire off the coast and all passengers were rescued.           | false
          """)
  void tellsTurkishProseFromEnglishWithTurkishNames(String text, boolean turkish) {
    assertThat(TurkishText.isLikely(text)).isEqualTo(turkish);
  }
}
