package dev.newsdiff.internal.ingest;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Display names of well-known outlets, looked up by an article's id ("aa", "trt-world"). */
public final class Outlets {

  private static final ImmutableMap<String, String> NAMES =
      ImmutableMap.<String, String>builder()
          .put("aa", "Anadolu Agency")
          .put("anadolu", "Anadolu Agency")
          .put("anadolu-agency", "Anadolu Agency")
          .put("trt", "TRT World")
          .put("trt-world", "TRT World")
          .put("trtworld", "TRT World")
          .put("daily-sabah", "Daily Sabah")
          .put("dailysabah", "Daily Sabah")
          .put("hurriyet-daily-news", "Hürriyet Daily News")
          .put("reuters", "Reuters")
          .put("ap", "Associated Press")
          .put("associated-press", "Associated Press")
          .put("afp", "AFP")
          .put("bbc", "BBC News")
          .put("bbc-news", "BBC News")
          .put("cnn", "CNN")
          .put("al-jazeera", "Al Jazeera")
          .put("aljazeera", "Al Jazeera")
          .put("guardian", "The Guardian")
          .put("the-guardian", "The Guardian")
          .put("nyt", "The New York Times")
          .put("new-york-times", "The New York Times")
          .put("washington-post", "The Washington Post")
          .put("wapo", "The Washington Post")
          .put("dw", "DW")
          .put("france24", "France 24")
          .put("france-24", "France 24")
          .put("euronews", "Euronews")
          .put("npr", "NPR")
          .put("bloomberg", "Bloomberg")
          .put("politico", "Politico")
          .put("ft", "Financial Times")
          .put("financial-times", "Financial Times")
          .put("xinhua", "Xinhua")
          .put("tass", "TASS")
          .put("middle-east-eye", "Middle East Eye")
          .buildOrThrow();

  private Outlets() {}

  /** The outlet's display name: the SOURCE line's, else a known outlet's, else the id. */
  public static String displayName(String id, @Nullable String source) {
    if (source != null && !source.isBlank()) {
      return source.trim();
    }
    String key = id.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
    return NAMES.getOrDefault(key, id);
  }
}
