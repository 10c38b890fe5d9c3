package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    List<Csv.Record> records =
        Csv.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\nlast,row,");
    assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 4, 5);
    assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
    assertThat(records.get(2).fields()).containsExactly("", "", "");
    assertThat(records.get(3).fields()).containsExactly("last", "row", "");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsText() {
    assertThat(Csv.parse("5\" screen,b").get(0).fields()).containsExactly("5\" screen", "b");
  }
}
