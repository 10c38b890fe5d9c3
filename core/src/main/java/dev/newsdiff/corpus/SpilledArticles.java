package dev.newsdiff.corpus;

import dev.newsdiff.model.Article;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The articles of a corpus run between reading and comparing, {@linkplain ArticleCodec encoded} in
 * a temporary file (in {@code java.io.tmpdir}, deleted when closed): each article is analysed once
 * whatever the heap, and the heap holds twelve bytes an article. Held in memory instead, softly,
 * the collector dropped most of them in a 2 GB heap at 100,000 articles, and each dropped one was
 * read and analysed again. Thread-safe: {@link #put} and {@link #take} may run on many threads,
 * each article's once.
 */
final class SpilledArticles implements AutoCloseable {

  private final @Nullable FileChannel file;
  private final AtomicLong end = new AtomicLong();
  private final long[] offsets;
  private final int[] lengths;

  /** For {@code size} articles numbered from 0, in a new temporary file. */
  SpilledArticles(int size) {
    offsets = new long[size];
    lengths = new int[size];
    Arrays.fill(lengths, -1);
    file = open();
  }

  /**
   * Where the file cannot be made (no room, no temporary folder), nothing is kept and each article
   * is read again from its file when its story is compared, as a dropped one was.
   */
  private static @Nullable FileChannel open() {
    try {
      Path path = Files.createTempFile("newsdiff-corpus-", ".articles");
      FileChannel channel =
          FileChannel.open(
              path,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
      try {
        // Gone from the folder at once where the system allows it (not Windows), so that a run
        // that is killed leaves nothing behind.
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // deleted on close instead
      }
      return channel;
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** Keeps article {@code i}, or leaves it to be read again where the file cannot take it. */
  void put(int i, Article article) {
    if (file == null) {
      return;
    }
    byte[] bytes = ArticleCodec.encode(article);
    long at = end.getAndAdd(bytes.length);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        file.write(buffer, at + buffer.position());
      }
      offsets[i] = at;
      lengths[i] = bytes.length;
    } catch (IOException e) {
      // A full disk: this article is read again later.
    }
  }

  /** Article {@code i} as it was put, or null where it was not kept. */
  @Nullable Article take(int i) {
    if (file == null || lengths[i] < 0) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(lengths[i]);
    try {
      while (buffer.hasRemaining()) {
        if (file.read(buffer, offsets[i] + buffer.position()) < 0) {
          return null;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return ArticleCodec.decode(buffer.array());
  }

  /** Deletes the file. */
  @Override
  public void close() {
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        // Nothing left to lose: the file was deleted from its folder when made (not on Windows).
      }
    }
  }
}
