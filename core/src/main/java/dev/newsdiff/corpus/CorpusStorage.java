package dev.newsdiff.corpus;

import java.io.IOException;
import java.util.List;

/**
 * Where a corpus is kept, as far as listing it needs: whether a location is a file or a folder, a
 * folder's entries, a manifest's bytes and where its rows point. The command line lists a local
 * disk ({@link CorpusListing#list(java.nio.file.Path, java.util.regex.Pattern, Problems)}); a
 * distributed runner lists HDFS or S3 through the same {@link CorpusListing}, so both give the same
 * entries, ids and problems for the same corpus. Implementations are stateless or thread-safe.
 */
public interface CorpusStorage {

  boolean isFile(String location);

  boolean isFolder(String location);

  /** The locations of a folder's entries, in any order. */
  List<String> list(String folder) throws IOException;

  /** A file's bytes (a manifest: small). */
  byte[] read(String location) throws IOException;

  /** The last name of a location ("a b.txt" of "corpus/bbc/a b.txt"). */
  String name(String location);

  /**
   * Where {@code relative} (with {@code /} between folders) points from the folder of {@code file}.
   */
  String besides(String file, String relative);
}
