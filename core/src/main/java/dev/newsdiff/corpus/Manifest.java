package dev.newsdiff.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import dev.newsdiff.internal.ingest.PublishedTime;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A corpus manifest: CSV with a header row, or JSON Lines (one object a line), one article a row.
 * Columns, by any of the names common scraped-news exports give them (case and {@code -}/space
 * aside):
 *
 * <ul>
 *   <li>path ({@code path}, {@code file}, {@code filename}, {@code filepath}), required: the
 *       article file, relative to the manifest's folder;
 *   <li>outlet ({@code outlet}, {@code source}, {@code source_name}, {@code source_domain}, {@code
 *       site}, {@code site_name}, {@code publisher}): when empty, the page's metadata names it;
 *   <li>published ({@code published}, {@code published_at}, {@code publish_date}, {@code
 *       date_publish}, {@code publication_date}, {@code date}): ISO 8601, a date, a local time
 *       (read as UTC) or a time with an offset;
 *   <li>url ({@code url}, {@code link}, {@code article_url}): an absolute URL.
 * </ul>
 *
 * Other columns are ignored. A row that cannot be used is reported with its line number and
 * skipped.
 */
final class Manifest {

  private static final ImmutableMap<String, String> COLUMNS = columns();

  private static ImmutableMap<String, String> columns() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String n : List.of("path", "file", "filename", "file_name", "filepath", "file_path")) {
      b.put(n, "path");
    }
    for (String n :
        List.of(
            "outlet", "source", "source_name", "source_domain", "site", "site_name", "publisher")) {
      b.put(n, "outlet");
    }
    for (String n :
        List.of(
            "published",
            "published_at",
            "publish_date",
            "date_publish",
            "publication_date",
            "date")) {
      b.put(n, "published");
    }
    for (String n : List.of("url", "link", "article_url")) {
      b.put(n, "url");
    }
    return b.buildOrThrow();
  }

  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Manifest() {}

  /**
   * One row as read: its line number and its values by column (path, outlet, published, url), or
   * what makes it no row (then reported in line order with the others).
   */
  private record Row(int line, Map<String, String> values, @Nullable String problem) {
    static Row bad(int line, String problem) {
      return new Row(line, Map.of(), problem);
    }
  }

  static List<Listed> read(CorpusStorage storage, String manifest, Problems problems)
      throws InputException {
    String name = manifest;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(storage.read(manifest)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(name, "manifest is not UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException(name, "cannot read manifest: " + e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String lower = storage.name(manifest).toLowerCase(Locale.ROOT);
    boolean jsonLines =
        lower.endsWith(".jsonl")
            || lower.endsWith(".ndjson")
            || lower.endsWith(".json")
            || (!lower.endsWith(".csv") && text.stripLeading().startsWith("{"));
    List<Row> rows = jsonLines ? jsonLines(text) : csv(name, text);
    Map<String, Integer> firstLine = new HashMap<>();
    List<Listed> out = new ArrayList<>();
    for (Row row : rows) {
      String where = name + ":" + row.line();
      if (row.problem() != null) {
        problems.report(where, row.problem());
        continue;
      }
      try {
        Listed l = listed(storage, manifest, row.values());
        Integer first = firstLine.putIfAbsent(l.path(), row.line());
        if (first != null) {
          throw new IllegalArgumentException(
              l.path() + " is listed again (first on line " + first + ")");
        }
        out.add(l);
      } catch (IllegalArgumentException e) {
        problems.report(where, e.getMessage());
      }
    }
    return out;
  }

  /** A row's entry; an {@link IllegalArgumentException} says what is wrong with it. */
  private static Listed listed(CorpusStorage storage, String manifest, Map<String, String> values) {
    String path = blankToNull(values.get("path"));
    if (path == null) {
      throw new IllegalArgumentException("no path");
    }
    path = path.replace('\\', '/');
    String file = storage.besides(manifest, path);
    if (!storage.isFile(file)) {
      throw new IllegalArgumentException(
          path + (storage.isFolder(file) ? " is a folder, not an article file" : ": no such file"));
    }
    String published = blankToNull(values.get("published"));
    String url = blankToNull(values.get("url"));
    return new Listed(
        path,
        file,
        blankToNull(values.get("outlet")),
        published == null ? null : published(published),
        url == null ? null : url(url));
  }

  /**
   * An ISO 8601 time, a date (its start, UTC) or a time with no offset (taken as UTC), in the forms
   * {@link PublishedTime#parse} reads.
   */
  static Instant published(String value) {
    Instant time = PublishedTime.parse(value);
    if (time == null) {
      throw new IllegalArgumentException(
          "published time '"
              + value
              + "' is not ISO 8601 (2023-05-01, 2023-05-01T14:30:00Z, 2023-05-01T14:30+02:00)");
    }
    return time;
  }

  private static String url(String value) {
    try {
      URI uri = new URI(value.trim());
      if (uri.isAbsolute() && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("url '" + value + "' is not an absolute URL");
  }

  private static List<Row> jsonLines(String text) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int line = i + 1;
      JsonNode node;
      try {
        node = JSON.readTree(lines[i]);
      } catch (IOException e) {
        rows.add(Row.bad(line, "not valid JSON"));
        continue;
      }
      if (node == null || !node.isObject()) {
        rows.add(Row.bad(line, "not a JSON object"));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      String problem = null;
      for (var it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        String column = COLUMNS.get(key(field.getKey()));
        if (column == null || field.getValue().isNull() || values.containsKey(column)) {
          continue;
        }
        if (!field.getValue().isValueNode() || field.getValue().isBoolean()) {
          problem = "'" + field.getKey() + "' is not a string";
          break;
        }
        values.put(column, field.getValue().asText());
      }
      rows.add(problem == null ? new Row(line, values, null) : Row.bad(line, problem));
    }
    return rows;
  }

  private static List<Row> csv(String name, String text) throws InputException {
    List<Csv.Record> records = Csv.parse(text);
    if (records.isEmpty()) {
      throw new InputException(name, "empty manifest: expected a header row naming a path column");
    }
    List<String> header = records.get(0).fields();
    List<@Nullable String> columns = new ArrayList<>();
    for (String h : header) {
      String column = COLUMNS.get(key(h));
      columns.add(column == null || columns.contains(column) ? null : column);
    }
    if (!columns.contains("path")) {
      throw new InputException(
          name,
          "the header names no path column (path, file, filename): " + String.join(",", header));
    }
    List<Row> rows = new ArrayList<>();
    for (Csv.Record r : records.subList(1, records.size())) {
      if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
        continue;
      }
      if (r.unclosed()) {
        rows.add(Row.bad(r.line(), "a quoted field is not closed"));
        continue;
      }
      if (r.fields().size() != header.size()) {
        rows.add(
            Row.bad(r.line(), r.fields().size() + " fields where the header has " + header.size()));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String column = columns.get(i);
        if (column != null) {
          values.put(column, r.fields().get(i));
        }
      }
      rows.add(new Row(r.line(), values, null));
    }
    return rows;
  }

  private static String key(String column) {
    return SEPARATORS.matcher(column.trim().toLowerCase(Locale.ROOT)).replaceAll("_");
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
