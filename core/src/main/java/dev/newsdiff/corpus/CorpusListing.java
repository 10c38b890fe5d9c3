package dev.newsdiff.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.io.MoreFiles;
import dev.newsdiff.internal.ingest.ArticleFolder;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    checkArgument(
        outletFrom == null || outletFrom.matcher("").groupCount() >= 1,
        "the outlet pattern needs a group around the outlet: %s",
        outletFrom);
    List<Listed> listed;
    if (Files.isRegularFile(input)) {
      listed = Manifest.read(input, problems);
    } else if (Files.isDirectory(input)) {
      listed = folder(input, outletFrom, problems);
    } else {
      throw new InputException(input.toString(), "no such folder or manifest");
    }
    if (listed.isEmpty()) {
      throw new InputException(
          input.toString(),
          Files.isDirectory(input)
              ? "no articles: neither article files (*.txt, *.html) nor outlet folders holding them"
              : "no articles listed");
    }
    return withIds(listed);
  }

  private static List<Listed> folder(Path folder, @Nullable Pattern outletFrom, Problems problems)
      throws InputException {
    List<Path> children = children(folder);
    List<Path> files = children.stream().filter(ArticleFolder::isArticleFile).toList();
    List<Path> folders =
        children.stream()
            .filter(Files::isDirectory)
            .filter(f -> !f.getFileName().toString().startsWith("."))
            .toList();
    List<Listed> out = new ArrayList<>();
    if (files.isEmpty() && outletFrom == null) {
      for (Path outlet : folders) {
        String name = outlet.getFileName().toString();
        for (Path f : children(outlet)) {
          if (ArticleFolder.isArticleFile(f)) {
            out.add(new Listed(name + "/" + f.getFileName(), f, name, null, null));
          }
        }
      }
      return out;
    }
    // A flat folder: its sub-folders are not part of it, and saying so keeps nothing from
    // being lost without a word. Problems in name order, as the files are.
    for (Path f : children) {
      String name = f.getFileName().toString();
      if (folders.contains(f)) {
        problems.report(f.toString(), "a folder inside a flat corpus; skipped");
      } else if (ArticleFolder.isArticleFile(f)) {
        String outlet = null;
        if (outletFrom != null) {
          Matcher m = outletFrom.matcher(name);
          if (!m.find() || m.group(1) == null || m.group(1).isBlank()) {
            problems.report(
                f.toString(), "file name gives no outlet with --outlet-from " + outletFrom);
            continue;
          }
          outlet = m.group(1);
        }
        out.add(new Listed(name, f, outlet, null, null));
      }
    }
    return out;
  }

  /** A folder's entries in name order. */
  private static List<Path> children(Path folder) throws InputException {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.sorted().toList();
    } catch (IOException e) {
      throw new InputException(folder.toString(), "cannot list folder: " + e.getMessage(), e);
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
      out.add(
          new CorpusEntry(id, l.path(), l.file().toString(), l.outlet(), l.published(), l.url()));
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
