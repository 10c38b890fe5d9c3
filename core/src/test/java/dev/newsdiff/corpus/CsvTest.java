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

  /** A quote never closed once swallowed every row after it, silently. */
  @Test
  void aQuoteNeverClosedSpoilsItsOwnRowOnly() {
    List<Csv.Record> records = Csv.parse("path,outlet\n\"a.txt,x\nb.txt,y\r\nc.txt,z\n");
    assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 3, 4);
    assertThat(records).extracting(Csv.Record::unclosed).containsExactly(false, true, false, false);
    assertThat(records.get(1).fields()).containsExactly("\"a.txt", "x");
    assertThat(records.get(2).fields()).containsExactly("b.txt", "y");
    assertThat(records.get(3).fields()).containsExactly("c.txt", "z");
  }
}
