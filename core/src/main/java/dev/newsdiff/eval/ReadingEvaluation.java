package dev.newsdiff.eval;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multiset;
import dev.newsdiff.eval.Annotation.ArticleTruth;
import dev.newsdiff.eval.Annotation.Item;
import dev.newsdiff.eval.Annotation.QuoteTruth;
import dev.newsdiff.internal.ingest.Outlets;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores how newsdiff read a sample set against its hand-made {@link Annotation}: sentences (exact
 * text), their roles, page furniture, quotes (exact words) and, for the quotes found, speakers and
 * cues; per article, whether the headline and the outlet's display name are the annotated ones;
 * and, whatever kind or role either side gives them, how many annotated furniture lines newsdiff
 * kept as story and how many annotated story sentences it lost. Immutable.
 *
 * @param headlines articles whose headline is the annotated headline sentence, or none where none
 *     is annotated (an accuracy: predicted and expected are both the number of articles)
 * @param outlets articles whose display name is the annotated outlet, over the articles that
 *     annotate one (an accuracy)
 * @param credits the outlets and agencies each article credits, over the articles that annotate
 *     their outlet (which annotate their credits with it), compared as the built-in list names them
 *     ("PTI" is "Press Trust of India")
 * @param furnitureLines annotated furniture lines
 * @param furnitureKept annotated furniture lines newsdiff read mostly as story sentences
 * @param storySentences annotated story sentences (headline, standfirst, crossheads, body)
 * @param storyLost annotated story sentences newsdiff read mostly as furniture or dropped
 */
public record ReadingEvaluation(
    Score sentences,
    Score roles,
    Score furniture,
    Score quotes,
    Score speakers,
    Score cues,
    Score datelines,
    Score headlines,
    Score outlets,
    Score credits,
    int furnitureLines,
    int furnitureKept,
    int storySentences,
    int storyLost,
    List<String> misses) {

  public ReadingEvaluation {
    misses = List.copyOf(misses);
  }

  /** The share (0 to 1) of annotated furniture lines newsdiff kept as story; 0 when none. */
  public double furnitureKeptShare() {
    return furnitureLines == 0 ? 0 : (double) furnitureKept / furnitureLines;
  }

  /** The share (0 to 1) of annotated story sentences newsdiff lost; 0 when none. */
  public double storyLostShare() {
    return storySentences == 0 ? 0 : (double) storyLost / storySentences;
  }

  /** Compares each annotated article with the article read under the same id. */
  static ReadingEvaluation of(Annotation truth, Map<String, Article> read) {
    Score sentences = Score.of(0, 0, 0);
    Score roles = Score.of(0, 0, 0);
    Score furniture = Score.of(0, 0, 0);
    Score quotes = Score.of(0, 0, 0);
    Score speakers = Score.of(0, 0, 0);
    Score cues = Score.of(0, 0, 0);
    Score datelines = Score.of(0, 0, 0);
    int headlinesRight = 0;
    int outletsRight = 0;
    int outletsAnnotated = 0;
    Score credits = Score.of(0, 0, 0);
    int furnitureLines = 0;
    int furnitureKept = 0;
    int storySentences = 0;
    int storyLost = 0;
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, ArticleTruth> e : ImmutableMap.copyOf(truth.articles()).entrySet()) {
      String id = e.getKey();
      ArticleTruth t = e.getValue();
      Article a = read.get(id);
      if (a == null) {
        throw new IllegalArgumentException(
            "annotation names article '" + id + "', which was not read");
      }
      List<String> gotSentences = new ArrayList<>();
      List<String> gotRoles = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        gotSentences.add(s.text());
        gotRoles.add(s.role().label() + "|" + s.text());
      }
      sentences =
          sentences.plus(
              match(id + " sentence", texts(t.sentences(), false), gotSentences, misses));
      roles = roles.plus(match(id + " role", texts(t.sentences(), true), gotRoles, misses));
      List<String> gotFurniture = new ArrayList<>();
      for (Furniture f : a.furniture()) {
        gotFurniture.add(f.kind().label() + "|" + f.text());
      }
      furniture =
          furniture.plus(
              match(id + " furniture", texts(t.furniture(), true), gotFurniture, misses));

      List<String> expectedQuotes = new ArrayList<>();
      for (QuoteTruth q : t.quotes()) {
        expectedQuotes.add(norm(q.text()));
      }
      List<String> gotQuotes = new ArrayList<>();
      for (Quote q : a.quotes()) {
        gotQuotes.add(norm(q.text()));
      }
      quotes = quotes.plus(match(id + " quote", expectedQuotes, gotQuotes, misses));
      Score[] who = attributions(id, t.quotes(), a.quotes(), misses);
      speakers = speakers.plus(who[0]);
      cues = cues.plus(who[1]);

      String gotDateline = a.dateline() == null ? null : a.dateline().text();
      boolean datelineOk = Objects.equals(t.dateline(), gotDateline);
      datelines =
          datelines.plus(
              Score.of(
                  datelineOk && gotDateline != null ? 1 : 0,
                  gotDateline == null ? 0 : 1,
                  t.dateline() == null ? 0 : 1));
      if (!datelineOk) {
        misses.add(id + " dateline: expected " + t.dateline() + ", got " + gotDateline);
      }

      if (Objects.equals(t.headline(), a.headline())) {
        headlinesRight++;
      } else {
        misses.add(id + " headline: expected " + t.headline() + ", got " + a.headline());
      }
      if (t.outlet() != null) {
        outletsAnnotated++;
        if (t.outlet().equals(a.outlet())) {
          outletsRight++;
        } else {
          misses.add(id + " outlet: expected " + t.outlet() + ", got " + a.outlet());
        }
        credits =
            credits.plus(
                match(id + " credit", creditKeys(t.credits()), creditKeys(a.credits()), misses));
      }

      StoryCover cover = new StoryCover(a, t);
      for (int i = 0; i < t.furniture().size(); i++) {
        Span at = cover.furniture().get(i);
        furnitureLines++;
        if (at == null || cover.readAsStory(at)) {
          furnitureKept++;
          misses.add(
              id
                  + (at == null ? " furniture not in the text: " : " furniture kept as story: ")
                  + Matching.abbreviate(t.furniture().get(i).text()));
        }
      }
      for (int i = 0; i < t.sentences().size(); i++) {
        Span at = cover.sentences().get(i);
        storySentences++;
        if (at == null || !cover.readAsStory(at)) {
          storyLost++;
          misses.add(
              id
                  + (at == null ? " story sentence not in the text: " : " story sentence lost: ")
                  + Matching.abbreviate(t.sentences().get(i).text()));
        }
      }
    }
    int articles = truth.articles().size();
    return new ReadingEvaluation(
        sentences,
        roles,
        furniture,
        quotes,
        speakers,
        cues,
        datelines,
        Score.of(headlinesRight, articles, articles),
        Score.of(outletsRight, outletsAnnotated, outletsAnnotated),
        credits,
        furnitureLines,
        furnitureKept,
        storySentences,
        storyLost,
        misses);
  }

  /** For quotes found with the right words: is the speaker (and cue) right? */
  private static Score[] attributions(
      String id, List<QuoteTruth> truth, List<Quote> got, List<String> misses) {
    int speakerOk = 0;
    int cueOk = 0;
    int matched = 0;
    List<Quote> remaining = new ArrayList<>(got);
    for (QuoteTruth q : truth) {
      Quote found = null;
      for (Quote g : remaining) {
        if (norm(g.text()).equals(norm(q.text()))) {
          found = g;
          break;
        }
      }
      if (found == null) {
        continue;
      }
      remaining.remove(found);
      matched++;
      // Annotations give the speaker as written or by the fullest name the article gives.
      if (sameName(q.speaker(), found.speaker()) || sameName(q.speaker(), found.speakerName())) {
        speakerOk++;
      } else {
        misses.add(
            id
                + " speaker of \""
                + Matching.abbreviate(q.text())
                + "\": expected "
                + q.speaker()
                + ", got "
                + found.speaker()
                + " / "
                + found.speakerName());
      }
      if (sameName(q.cue(), found.cue())) {
        cueOk++;
      } else {
        misses.add(
            id
                + " cue of \""
                + Matching.abbreviate(q.text())
                + "\": expected "
                + q.cue()
                + ", got "
                + found.cue());
      }
    }
    return new Score[] {Score.of(speakerOk, matched, matched), Score.of(cueOk, matched, matched)};
  }

  private static boolean sameName(String a, String b) {
    return a == null
        ? b == null
        : b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static List<String> texts(List<Item> items, boolean withLabel) {
    List<String> out = new ArrayList<>();
    for (Item i : items) {
      out.add(withLabel ? i.label() + "|" + i.text() : i.text());
    }
    return out;
  }

  private static Score match(
      String what, List<String> expected, List<String> got, List<String> misses) {
    Multiset<String> want = HashMultiset.create(expected);
    Multiset<String> have = HashMultiset.create(got);
    int tp = 0;
    for (Multiset.Entry<String> e : want.entrySet()) {
      tp += Math.min(e.getCount(), have.count(e.getElement()));
    }
    for (String s : expected) {
      if (have.count(s) < want.count(s) && !misses.contains(what + " missed: " + s)) {
        misses.add(what + " missed: " + Matching.abbreviate(s));
      }
    }
    for (String s : got) {
      if (want.count(s) < have.count(s) && !misses.contains(what + " extra: " + s)) {
        misses.add(what + " extra: " + Matching.abbreviate(s));
      }
    }
    return Score.of(tp, got.size(), expected.size());
  }

  /**
   * Credits as the built-in list names them, once each: an annotation may write "PTI" where
   * newsdiff writes "Press Trust of India".
   */
  private static List<String> creditKeys(List<String> credits) {
    return credits.stream().map(c -> Outlets.known(c).orElse(c.strip())).distinct().toList();
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  /** A report of the scores, one line each, then what was missed. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("sentences  ").append(sentences).append('\n');
    sb.append("roles      ").append(roles).append('\n');
    sb.append("furniture  ").append(furniture).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "kept       %.3f of furniture lines kept as story (%d/%d)\n",
            furnitureKeptShare(),
            furnitureKept,
            furnitureLines));
    sb.append(
        String.format(
            Locale.ROOT,
            "lost       %.3f of story sentences lost (%d/%d)\n",
            storyLostShare(),
            storyLost,
            storySentences));
    sb.append("datelines  ").append(datelines).append('\n');
    sb.append("headlines  ").append(headlines).append('\n');
    sb.append("outlets    ").append(outlets).append('\n');
    sb.append("credits    ").append(credits).append('\n');
    sb.append("quotes     ").append(quotes).append('\n');
    sb.append("speakers   ").append(speakers).append('\n');
    sb.append("cues       ").append(cues).append('\n');
    for (String miss : misses) {
      sb.append("  - ").append(miss).append('\n');
    }
    return sb.toString();
  }
}
