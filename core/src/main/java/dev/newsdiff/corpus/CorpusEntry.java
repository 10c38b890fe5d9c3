package dev.newsdiff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.newsdiff.corpus.CorpusStory.Member;
import dev.newsdiff.model.ArticlePage;
import dev.newsdiff.model.InputException;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One article of a corpus as its listing gives it, before it is read. Immutable.
 *
 * @param id the article's id, unique in the corpus and the same whatever order the files are listed
 *     in: its path in the corpus with folders joined by {@code --} and the extension dropped
 *     ({@code bbc/flood.html} is {@code bbc--flood})
 * @param path the file as the corpus names it, relative to the corpus folder or the manifest, with
 *     {@code /} between folders (what the output shows)
 * @param file where to read it
 * @param outlet the outlet's name, or null when it is to come from the page's metadata
 *     (og:site_name) once the file is read
 * @param published when it was published, where the listing says (else the page's metadata may,
 *     once the file is read)
 * @param url where it was published, where the listing says
 */
public record CorpusEntry(
    String id,
    String path,
    String file,
    @Nullable String outlet,
    @Nullable Instant published,
    @Nullable String url)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public CorpusEntry {
    checkNotNull(id, "id");
    checkNotNull(path, "path");
    checkNotNull(file, "file");
    checkArgument(outlet == null || !outlet.isBlank(), "blank outlet for %s", path);
  }

  /**
   * The story member this entry makes once its file is read: the listing's outlet and publication
   * time, each where the listing gives it, else the page's own. A listing's time wins over the
   * page's: an export's time is the one the researcher's data goes by.
   *
   * @throws InputException when neither the listing nor the page names the outlet
   */
  public Member member(ArticlePage page) throws InputException {
    String name = outlet != null ? outlet : page.site();
    if (name == null) {
      throw new InputException(
          file,
          "the page names no outlet (og:site_name); give it with --outlet-from or a manifest");
    }
    return new Member(
        id,
        name,
        path,
        page.article().headline(),
        published != null ? published : page.published(),
        url);
  }

  /** The same entry with its outlet known. */
  public CorpusEntry withOutlet(String name) {
    return new CorpusEntry(id, path, file, name, published, url);
  }
}
