package dev.newsdiff.corpus;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it, and as spreadsheets export it: fields split by commas, a field in
 * double quotes may hold commas, line breaks and doubled quotes; CRLF or LF ends a record.
 */
final class Csv {

  private Csv() {}

  /**
   * One record and the line it starts on (1 for the first), for messages; {@code unclosed} when a
   * quote opened in it is never closed (its fields are then what its first line holds).
   */
  record Record(int line, List<String> fields, boolean unclosed) {
    Record {
      fields = ImmutableList.copyOf(fields);
    }

    Record(int line, List<String> fields) {
      this(line, fields, false);
    }
  }

  static List<Record> parse(String text) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    int startIndex = 0;
    int i = 0;
    while (i < text.length() || quoted) {
      if (i == text.length()) {
        // A quote never closed would swallow every row after it: the record is reported as it
        // stands on its first line, and reading goes on from the next line.
        int end = text.indexOf('\n', startIndex);
        int lineEnd = end < 0 ? text.length() : end;
        String first = text.substring(startIndex, lineEnd).replace("\r", "");
        records.add(new Record(start, List.of(first.split(",", -1)), true));
        fields = new ArrayList<>();
        field.setLength(0);
        quoted = false;
        line = start + 1;
        start = line;
        i = end < 0 ? text.length() : end + 1;
        startIndex = i;
        continue;
      }
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(new Record(start, fields));
        fields = new ArrayList<>();
        line++;
        start = line;
        startIndex = i + 1;
      } else {
        field.append(c);
      }
      i++;
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(new Record(start, fields));
    }
    return records;
  }
}
