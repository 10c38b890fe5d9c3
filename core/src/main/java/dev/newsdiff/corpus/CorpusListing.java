package dev.newsdiff.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.io.MoreFiles;
import dev.newsdiff.internal.ingest.ArticleFolder;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The articles of a corpus as it comes, listed without reading them:
 *
 * <ul>
 *   <li>a folder of outlet folders, {@code FOLDER/OUTLET/*.txt|html}: the outlet is the folder's
 *       name;
 *   <li>a flat folder of article files: the outlet is the file name's first group of {@code
 *       outletFrom}, or else the page's metadata (og:site_name), found when the file is read;
 *   <li>a manifest, CSV with a header or JSON Lines ({@code .csv}, {@code .jsonl}, {@code
 *       .ndjson}): one row an article with its path (relative to the manifest), outlet, publication
 *       time and URL, under the column names common exports use (docs/json.md lists them).
 * </ul>
 *
 * Entries come in id order, ids unique and independent of the order the files are listed in.
 */
public final class CorpusListing {

  private CorpusListing() {}

  /**
   * Lists the corpus at {@code input}. Rows and files that cannot be articles go to {@code
   * problems}, one call each, and are left out.
   *
   * @param outletFrom for a flat folder: a pattern whose first group, found in a file's name, is
   *     its outlet; null to take the outlet from the page's metadata
   * @throws InputException when {@code input} is no corpus at all, or holds no article
   */
  public static ImmutableList<CorpusEntry> list(
      Path input, @Nullable Pattern outletFrom, Problems problems) throws InputException {
    return list(LocalStorage.INSTANCE, input.toString(), outletFrom, problems);
  }

  /**
   * Lists the corpus at {@code input} in {@code storage}, as {@link #list(Path, Pattern, Problems)}
   * lists a local one: for a runner that reads its files elsewhere (HDFS, S3).
   */
  public static ImmutableList<CorpusEntry> list(
      CorpusStorage storage, String input, @Nullable Pattern outletFrom, Problems problems)
      throws InputException {
    checkArgument(
        outletFrom == null || outletFrom.matcher("").groupCount() >= 1,
        "the outlet pattern needs a group around the outlet: %s",
        outletFrom);
    List<Listed> listed;
    boolean folder = storage.isFolder(input);
    if (storage.isFile(input)) {
      listed = Manifest.read(storage, input, problems);
    } else if (folder) {
      listed = new Walk(storage, outletFrom, problems).folder(input);
    } else {
      throw new InputException(input, "no such folder or manifest");
    }
    if (listed.isEmpty()) {
      throw new InputException(
          input,
          folder
              ? "no articles: neither article files (*.txt, *.html) nor outlet folders holding them"
              : "no articles listed");
    }
    return withIds(listed);
  }

  /** A folder corpus walked in {@code storage}. */
  private record Walk(CorpusStorage storage, @Nullable Pattern outletFrom, Problems problems) {

    List<Listed> folder(String folder) throws InputException {
      List<String> children = children(folder);
      List<String> files = children.stream().filter(this::isArticleFile).toList();
      List<String> folders =
          children.stream()
              .filter(storage::isFolder)
              .filter(f -> !storage.name(f).startsWith("."))
              .toList();
      List<Listed> out = new ArrayList<>();
      if (files.isEmpty() && outletFrom == null) {
        for (String outlet : folders) {
          String name = storage.name(outlet);
          for (String f : children(outlet)) {
            if (isArticleFile(f)) {
              out.add(new Listed(name + "/" + storage.name(f), f, name, null, null));
            }
          }
        }
        return out;
      }
      // A flat folder: its sub-folders are not part of it, and saying so keeps nothing from
      // being lost without a word. Problems in name order, as the files are.
      for (String f : children) {
        String name = storage.name(f);
        if (folders.contains(f)) {
          problems.report(f, "a folder inside a flat corpus; skipped");
        } else if (isArticleFile(f)) {
          String outlet = null;
          if (outletFrom != null) {
            Matcher m = outletFrom.matcher(name);
            if (!m.find() || m.group(1) == null || m.group(1).isBlank()) {
              problems.report(f, "file name gives no outlet with --outlet-from " + outletFrom);
              continue;
            }
            outlet = m.group(1);
          }
          out.add(new Listed(name, f, outlet, null, null));
        }
      }
      return out;
    }

    private boolean isArticleFile(String location) {
      return ArticleFolder.isArticleName(storage.name(location)) && storage.isFile(location);
    }

    /** A folder's entries in name order. */
    private List<String> children(String folder) throws InputException {
      try {
        return storage.list(folder).stream().sorted(Comparator.comparing(storage::name)).toList();
      } catch (IOException e) {
        throw new InputException(folder, "cannot list folder: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Ids from paths: folders joined by "--", extension dropped, characters an id cannot hold made
   * '-'. Two paths with one id ("a.txt" and "a.html") are told apart by a number, given in path
   * order, so the same set of files gets the same ids whatever order it was listed in.
   */
  static ImmutableList<CorpusEntry> withIds(List<Listed> listed) {
    List<Listed> sorted = listed.stream().sorted(Comparator.comparing(Listed::path)).toList();
    Set<String> taken = new HashSet<>();
    sorted.forEach(l -> taken.add(baseId(l.path())));
    Set<String> given = new HashSet<>();
    List<CorpusEntry> out = new ArrayList<>();
    for (Listed l : sorted) {
      String base = baseId(l.path());
      String id = base;
      // A number never takes another file's own id ("a-2.txt" keeps "a-2").
      for (int n = 2; given.contains(id) || (!id.equals(base) && taken.contains(id)); n++) {
        id = base + "-" + n;
      }
      given.add(id);
      out.add(new CorpusEntry(id, l.path(), l.file(), l.outlet(), l.published(), l.url()));
    }
    out.sort(Comparator.comparing(CorpusEntry::id));
    return ImmutableList.copyOf(out);
  }

  private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}._-]+");
  private static final Pattern EDGES = Pattern.compile("^[._-]+|[._-]+$");

  static String baseId(String path) {
    List<String> parts = new ArrayList<>();
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (i == segments.length - 1) {
        s = MoreFiles.getNameWithoutExtension(Path.of(s.isEmpty() ? "article" : s));
      }
      s = EDGES.matcher(NOT_ID.matcher(s).replaceAll("-")).replaceAll("");
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    String id = String.join("--", parts);
    return id.isEmpty() ? "article" : id;
  }
}
