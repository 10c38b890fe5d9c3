package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.internal.facts.Measures.Hedge;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learned decision reads of two figures of one unit kind in two aligned sentences, to tell
 * whether they count the same thing (and so conflict when they differ): each rule's verdict as a
 * 0/1 feature ({@link Compared}, {@link Counted}, {@link Scope}, {@link Measures}), and the signals
 * around the figures that the rules do not combine: how far apart the values are, how they are
 * hedged, whether the nouns after them and the words around them are the same, where each stands in
 * its sentence, and how many other figures of the kind each sentence has. Every feature is a named
 * number; computed only for pairs that share a unit kind, so it stays off the hot path of sentences
 * that give no rival figures.
 */
final class FigurePairFeatures {

  /** A log ratio of magnitudes is capped here: a hundredfold and a millionfold are both apart. */
  private static final double MAX_LOG_RATIO = 5;

  private static final Pattern NOUN_AFTER = Pattern.compile("^[\\s\\p{Pd}]*(\\p{L}+)");

  private FigurePairFeatures() {}

  static ImmutableMap<String, Double> of(FigurePair pair) {
    Article aa = pair.a();
    Article bb = pair.b();
    Compared x = pair.x();
    Compared y = pair.y();
    FigurePair.Rules rules = pair.rules();
    Fact fx = x.fact();
    Fact fy = y.fact();
    ImmutableMap.Builder<String, Double> f = ImmutableMap.builder();
    f.put("rule.comparable", flag(rules.comparable()));
    f.put("rule.selected", flag(rules.selected()));
    f.put("rule.onlyPair", flag(rules.onlyPair()));
    f.put("rule.byWords", flag(rules.byWords()));
    f.put("counted.same", flag(x.countsSameAs(y)));
    f.put(
        "counted.differ", flag(x.what().isPresent() && y.what().isPresent() && !x.countsSameAs(y)));
    f.put("counted.oneUntold", flag(x.what().isPresent() != y.what().isPresent()));
    f.put("scope.same", flag(x.scope().equals(y.scope())));
    f.put("scope.marked", flag(!x.scope().isEmpty() || !y.scope().isEmpty()));
    f.put(
        "scope.conversion",
        flag(x.scope().contains(Scope.CONVERSION) || y.scope().contains(Scope.CONVERSION)));
    f.put("reference.same", flag(Compared.sameReference(aa, x, bb, y)));
    f.put("about.shared", flag(aboutShared(fx, fy)));
    f.put("words.shared", flag(Compared.shareWordsAround(aa, x, bb, y)));
    f.put("noun.same", flag(nounAfter(aa, fx).equals(nounAfter(bb, fy))));
    String kind = x.key().contains(":") ? x.key().substring(0, x.key().indexOf(':')) : x.key();
    for (String k : KINDS) {
      f.put("kind." + k, flag(kind.equals(k)));
    }
    f.put("verdict.approximate", flag(pair.verdict() == Verdict.APPROXIMATE));
    Hedge hx = Hedge.of(fx);
    Hedge hy = Hedge.of(fy);
    f.put("hedge.either", flag(hx != Hedge.NONE || hy != Hedge.NONE));
    f.put("hedge.same", flag(hx == hy));
    f.put("hedge.bothAtLeast", flag(hx == Hedge.AT_LEAST && hy == Hedge.AT_LEAST));
    f.put("ratio.log", logRatio(fx, fy));
    f.put("number.yearLike", flag(yearLike(fx) || yearLike(fy)));
    f.put("position.gap", Math.abs(position(aa, x) - position(bb, y)));
    f.put(
        "rivals.log",
        Math.log1p(Math.max(0, pair.rivalsLeft() - 1) + Math.max(0, pair.rivalsRight() - 1)));
    return f.buildOrThrow();
  }

  /** The kinds a key starts with; each is a feature of its own. */
  private static final List<String> KINDS =
      List.of("number", "quantity", "money", "percent", "date", "time");

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }

  private static boolean aboutShared(Fact a, Fact b) {
    if (a.about() == null || b.about() == null) {
      return false;
    }
    Set<String> left = Set.copyOf(Arrays.asList(a.about().split(" ")));
    return Arrays.stream(b.about().split(" ")).anyMatch(left::contains);
  }

  /** The word right after a figure, lower-cased: "passengers" of "27 passengers". */
  private static String nounAfter(Article article, Fact f) {
    String text = article.text();
    int end = f.span().end();
    Matcher m = NOUN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** How many times one magnitude is the other, as a natural log; 0 where values are no numbers. */
  private static double logRatio(Fact a, Fact b) {
    if (a.kind() == Fact.Kind.DATE || a.kind() == Fact.Kind.TIME) {
      return 0;
    }
    double x = Math.abs(Measures.magnitude(a));
    double y = Math.abs(Measures.magnitude(b));
    if (x == 0 || y == 0) {
      return x == y ? 0 : MAX_LOG_RATIO;
    }
    return Math.min(MAX_LOG_RATIO, Math.abs(Math.log(x / y)));
  }

  private static boolean yearLike(Fact f) {
    return f.kind() == Fact.Kind.NUMBER && YEAR.matcher(f.value()).matches();
  }

  /** Where a figure stands in its sentence, from 0 (its start) to 1 (its end). */
  private static double position(Article article, Compared c) {
    Span sentence = article.sentence(c.sentence()).span();
    int length = Math.max(1, sentence.end() - sentence.start());
    return (double) (c.fact().span().start() - sentence.start()) / length;
  }
}
