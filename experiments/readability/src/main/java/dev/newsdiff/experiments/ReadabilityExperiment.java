package dev.newsdiff.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Entities;

/**
 * Readability4J against newsdiff's furniture removal on the annotated sample sets.
 *
 * <p>The samples are the text of real pages, one block of the page a line, furniture included; no
 * saved HTML is kept. Each page is given to Readability4J as the HTML that text stands for: one
 * paragraph element a line. A furniture line is kept when it appears in the article Readability
 * extracts; a story sentence is lost when it does not. The figures are printed per set beside the
 * totals, in the form of {@code newsdiff eval}'s "kept" and "lost" rows.
 */
public final class ReadabilityExperiment {

  public static void main(String[] args) throws IOException {
    Path samples = Path.of(args.length > 0 ? args[0] : "samples");
    ObjectMapper json = new ObjectMapper();
    int keptAll = 0;
    int furnitureAll = 0;
    int lostAll = 0;
    int storyAll = 0;
    List<Path> sets;
    try (Stream<Path> s = Files.list(samples)) {
      sets = s.filter(p -> Files.exists(p.resolve("annotation.json"))).sorted().toList();
    }
    for (Path set : sets) {
      JsonNode articles = json.readTree(set.resolve("annotation.json").toFile()).get("articles");
      int kept = 0;
      int furniture = 0;
      int lost = 0;
      int story = 0;
      for (Map.Entry<String, JsonNode> a : articles.properties()) {
        Path page = set.resolve(a.getKey() + ".txt");
        if (!Files.exists(page)) {
          continue;
        }
        String extracted = normalise(extract(Files.readString(page)));
        for (JsonNode f : a.getValue().path("furniture")) {
          furniture++;
          String line = normalise(f.get("text").asText());
          if (!line.isEmpty() && extracted.contains(line)) {
            kept++;
          }
        }
        for (JsonNode s : a.getValue().path("sentences")) {
          if (!s.get("role").asText().equals("body")) {
            continue;
          }
          story++;
          if (!extracted.contains(normalise(s.get("text").asText()))) {
            lost++;
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-40s kept %.3f (%d/%d)  lost %.3f (%d/%d)%n",
          set.getFileName(),
          share(kept, furniture),
          kept,
          furniture,
          share(lost, story),
          lost,
          story);
      keptAll += kept;
      furnitureAll += furniture;
      lostAll += lost;
      storyAll += story;
    }
    System.out.printf(
        Locale.ROOT,
        "%-40s kept %.3f (%d/%d)  lost %.3f (%d/%d)%n",
        "all",
        share(keptAll, furnitureAll),
        keptAll,
        furnitureAll,
        share(lostAll, storyAll),
        lostAll,
        storyAll);
  }

  /** The article text Readability4J extracts from the page the lines stand for. */
  private static String extract(String text) {
    StringBuilder html = new StringBuilder("<html><head><title></title></head><body>");
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        html.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
      }
    }
    html.append("</body></html>");
    Article article = new Readability4J("https://example.org/", html.toString()).parse();
    String content = article.getTextContent();
    return content == null ? "" : content;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
