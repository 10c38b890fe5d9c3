package dev.newsdiff.spark;

import dev.newsdiff.corpus.CorpusStorage;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.model.InputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.jspecify.annotations.Nullable;

/**
 * A corpus wherever Spark reads files (a local disk, HDFS, S3, ...), through Hadoop's file systems
 * and the job's Hadoop configuration. Locations keep the form the user gave them ({@code
 * corpus/bbc/a.txt}, {@code s3a://bucket/corpus/bbc/a.txt}), so that messages name files as {@code
 * newsdiff corpus} does.
 *
 * <p>Listing asks a folder's entries once and remembers them: a manifest of 100,000 rows in a few
 * folders costs a few listings on S3, not 100,000 requests. Serialisable (the configuration is sent
 * as Hadoop writes it), so executors read the files themselves; what it remembers stays behind.
 */
final class HadoopStorage implements CorpusStorage, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private transient Configuration conf;
  private transient Map<String, Map<String, FileStatus>> listed = new HashMap<>();

  HadoopStorage(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public boolean isFile(String location) {
    FileStatus s = status(location);
    return s != null && s.isFile();
  }

  @Override
  public boolean isFolder(String location) {
    FileStatus s = status(location);
    return s != null && s.isDirectory();
  }

  @Override
  public List<String> list(String folder) throws IOException {
    return entries(folder).keySet().stream().map(name -> child(folder, name)).toList();
  }

  @Override
  public byte[] read(String location) throws IOException {
    Path p = new Path(location);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return in.readAllBytes();
    }
  }

  @Override
  public String name(String location) {
    return new Path(location).getName();
  }

  @Override
  public String besides(String file, String relative) {
    return new Path(new Path(file).getParent(), relative).toString();
  }

  /** An article file read as {@code newsdiff corpus} reads one, with the same messages. */
  ArticleFile article(String location, String id) throws InputException {
    Path p = new Path(location);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return ArticleFile.fromStream(location, id, in, null);
    } catch (FileNotFoundException e) {
      throw new InputException(location, "no such file", e);
    } catch (AccessControlException e) {
      throw new InputException(location, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(location, "cannot read: " + e.getMessage(), e);
    }
  }

  /** What is at {@code location}, from one listing of its folder; null when nothing is. */
  private @Nullable FileStatus status(String location) {
    Path p = new Path(location);
    if (p.getParent() == null) {
      return root(p);
    }
    try {
      return entries(p.getParent().toString()).get(p.getName());
    } catch (IOException e) {
      return null; // its folder cannot be listed: as good as not there
    }
  }

  private @Nullable FileStatus root(Path p) {
    try {
      return p.getFileSystem(conf).getFileStatus(p);
    } catch (IOException e) {
      return null;
    }
  }

  /** A folder's entries by name, listed once; none when it is no folder. */
  private synchronized Map<String, FileStatus> entries(String folder) throws IOException {
    Map<String, FileStatus> known = listed.get(folder);
    if (known == null) {
      known = new HashMap<>();
      Path p = new Path(folder);
      try {
        for (FileStatus s : p.getFileSystem(conf).listStatus(p)) {
          known.put(s.getPath().getName(), s);
        }
      } catch (FileNotFoundException e) {
        // nothing there: an empty folder as far as anyone asks
      }
      listed.put(folder, known);
    }
    return known;
  }

  private static String child(String folder, String name) {
    return folder.endsWith("/") ? folder + name : folder + "/" + name;
  }

  @Serial
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
    listed = new HashMap<>();
  }
}
