package dev.newsdiff.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic news corpus for benchmarking corpus mode: STORIES events, each reported by
 * OUTLETS outlets (one folder each) with their own wording, about 500 words an article. Seeded, so
 * the same arguments give the same corpus. Generated, never committed: {@code java -cp
 * bench/target/benchmarks.jar dev.newsdiff.bench.CorpusGenerator 2000 5 /tmp/corpus
 * [/tmp/corpus.truth.tsv]}. The optional truth file lists each article's path, story number and
 * publication time, for scoring a grouping ({@link GroupingEval}).
 */
public final class CorpusGenerator {

  private static final String[] FIRST = {
    "Ayse", "Mehmet", "Elena", "Graham", "Priya", "Daniel", "Maria", "Tom", "Karen", "Omar", "Lena",
    "Yusuf"
  };
  private static final String[] LAST = {
    "Kaya",
    "Demir",
    "Marchand",
    "Whitcombe",
    "Raman",
    "Pryce",
    "Lopez",
    "Reed",
    "Whitlock",
    "Haddad",
    "Novak",
    "Aydin"
  };
  private static final String[] PLACES = {
    "Ankara",
    "Halifax",
    "Portsmouth",
    "Denver",
    "Izmir",
    "Bursa",
    "Leeds",
    "Lyon",
    "Porto",
    "Gdansk",
    "Tallinn",
    "Valletta"
  };
  private static final String[] TOPICS = {
    "bridge",
    "ferry",
    "budget",
    "election",
    "strike",
    "flood",
    "airline",
    "hospital",
    "school",
    "harbour",
    "railway",
    "factory"
  };
  private static final String[] VERBS = {
    "said", "told reporters", "stated", "added", "noted", "confirmed"
  };
  private static final String[] FILLER = {
    "officials are reviewing the situation",
    "the council will meet again next week",
    "residents have been asked to remain patient",
    "the company declined to comment further",
    "investigators are expected to report within days",
    "the work is expected to continue through the month",
    "opposition members called for an inquiry",
    "traders said business had slowed",
    "the ministry promised further updates",
    "experts warned of delays"
  };

  /** The first day a generated story can break on. */
  private static final Instant START = Instant.parse("2026-01-01T06:00:00Z");

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: CorpusGenerator STORIES OUTLETS FOLDER [TRUTH.tsv]");
      System.exit(2);
    }
    int stories = Integer.parseInt(args[0]);
    int outlets = Integer.parseInt(args[1]);
    Path folder = Path.of(args[2]);
    for (int o = 0; o < outlets; o++) {
      Files.createDirectories(folder.resolve(outletFolder(o)));
    }
    List<String> truth = new ArrayList<>();
    truth.add("path\tstory\tpublished");
    generate(
        stories,
        outlets,
        a -> {
          Files.writeString(folder.resolve(a.path()), a.text(), StandardCharsets.UTF_8);
          truth.add(a.path() + "\t" + a.story() + "\t" + a.published());
        });
    if (args.length == 4) {
      Files.write(Path.of(args[3]), truth, StandardCharsets.UTF_8);
    }
    System.out.println(
        "wrote " + stories * outlets + " articles in " + outlets + " outlet folders to " + folder);
  }

  /**
   * One generated article.
   *
   * @param path where {@link #main} writes it, relative to the corpus folder ({@code
   *     outlet-OO/story-SSSSS.txt})
   * @param story the event it reports: the truth a grouping is scored against
   * @param published when the outlet published it: the story's day plus a few hours an outlet
   */
  record Generated(String outlet, String path, int story, Instant published, String text) {

    /** The id corpus mode gives the article: outlet and file name. */
    String id() {
      return outlet + "--story-" + String.format(Locale.ROOT, "%05d", story);
    }
  }

  /** Something done with each generated article, in order. */
  @FunctionalInterface
  interface Sink {
    void accept(Generated article) throws IOException;
  }

  /**
   * Generates {@code stories} events, each reported by {@code outlets} outlets, in story then
   * outlet order; the same arguments give the same articles.
   */
  static void generate(int stories, int outlets, Sink sink) throws IOException {
    Random random = new Random(42);
    for (int s = 0; s < stories; s++) {
      List<String> story = story(s, random);
      for (int o = 0; o < outlets; o++) {
        List<String> version = new ArrayList<>();
        for (String p : story) {
          if (random.nextInt(7) == 0 && version.size() > 2) {
            continue;
          }
          version.add(
              random.nextInt(4) == 0
                  ? p.replace(" said", " stated").replace("officials", "sources")
                  : p);
        }
        if (random.nextInt(3) == 0) {
          version.add(
              "Separately, "
                  + FILLER[random.nextInt(FILLER.length)]
                  + ", according to outlet "
                  + o
                  + ".");
        }
        String outlet = outletFolder(o);
        sink.accept(
            new Generated(
                outlet,
                outlet + String.format(Locale.ROOT, "/story-%05d.txt", s),
                s,
                published(s, o),
                String.join("\n", version) + "\n"));
      }
    }
  }

  /** The generated articles, in memory: for corpora small enough to hold. */
  static List<Generated> generate(int stories, int outlets) {
    List<Generated> out = new ArrayList<>();
    try {
      generate(stories, outlets, out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String outletFolder(int o) {
    return String.format(Locale.ROOT, "outlet-%02d", o);
  }

  /**
   * Story {@code s} breaks on one of a year's days (a fixed scatter, not drawn from the seeded
   * generator, so that the articles are those of the generator before it gave times) and outlet
   * {@code o} publishes it {@code o * 47} minutes later.
   */
  static Instant published(int s, int o) {
    return START.plus(Duration.ofDays(s * 97L % 365)).plus(Duration.ofMinutes(47L * o));
  }

  /** One event: names, places, figures and quotes that make it distinct from the others. */
  private static List<String> story(int s, Random r) {
    String person =
        FIRST[r.nextInt(FIRST.length)]
            + " "
            + LAST[r.nextInt(LAST.length)]
            + " "
            + (char) ('A' + s % 26)
            + "."
            + s;
    String place = PLACES[r.nextInt(PLACES.length)];
    String topic = TOPICS[r.nextInt(TOPICS.length)];
    String code =
        "Project "
            + Integer.toString(s, 36).toUpperCase(Locale.ROOT)
            + "-"
            + (100 + r.nextInt(900));
    int n = 10 + r.nextInt(990);
    List<String> out = new ArrayList<>();
    out.add(
        Character.toUpperCase(topic.charAt(0))
            + topic.substring(1)
            + " dispute in "
            + place
            + " over "
            + code);
    out.add(
        "Officials in "
            + place
            + " said on Tuesday that the "
            + topic
            + " plan known as "
            + code
            + " would cost "
            + n
            + " million euros, "
            + person
            + " confirmed.");
    for (int i = 0; i < 24; i++) {
      int k = r.nextInt(500) + 1;
      String f = FILLER[r.nextInt(FILLER.length)];
      switch (i % 3) {
        case 0 ->
            out.add(
                "\"We expect "
                    + k
                    + " workers on the "
                    + code
                    + " site by "
                    + (i + 3)
                    + " p.m.,\" "
                    + person
                    + " "
                    + VERBS[r.nextInt(VERBS.length)]
                    + ".");
        case 1 ->
            out.add(
                "The "
                    + topic
                    + " in "
                    + place
                    + " has affected "
                    + k
                    + " households, and "
                    + f
                    + ".");
        default ->
            out.add(
                "According to "
                    + person
                    + ", "
                    + f
                    + " while "
                    + code
                    + " remains under review for "
                    + (k % 12 + 1)
                    + " weeks.");
      }
    }
    return out;
  }
}
