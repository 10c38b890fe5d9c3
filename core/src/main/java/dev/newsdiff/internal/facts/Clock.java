package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The clock a story's times are given in. Agencies time an event in GMT ("the mine collapsed around
 * 0800 GMT"), other outlets in the local time of the place ("about 8am"): the two are the same time
 * only where the place's offset from GMT is known. It is known from the story itself, when an
 * outlet gives a local time with its conversion ("at 7:45 a.m. (2345 GMT Sunday)"), else from the
 * country the story's leads name, where that country keeps one clock ("Zimbabwe" is GMT+2;
 * "Britain" GMT or GMT+1 in summer). A time in the zone of the place and one in GMT that do not
 * meet under any of its offsets disagree; where the offset is unknown they are not compared: 8am
 * might be 0800 GMT in Accra and not in Harare.
 */
final class Clock {

  /** A story whose clock is not known: only times given in one zone are compared. */
  static final Clock UNKNOWN = new Clock(Set.of());

  private static final int DAY = 24 * 60;

  /**
   * The offsets from GMT, in minutes, of the clocks the local times may be in; empty if unknown.
   */
  private final Set<Integer> localOffsets;

  private Clock(Set<Integer> localOffsets) {
    this.localOffsets = Set.copyOf(localOffsets);
  }

  /** The clock of the story the articles tell. */
  static Clock of(List<Article> articles) {
    Set<Integer> converted = new TreeSet<>();
    for (Article a : articles) {
      for (Fact f : a.facts()) {
        conversion(a, f).ifPresent(converted::add);
      }
    }
    if (converted.size() == 1) {
      return new Clock(converted);
    }
    if (!converted.isEmpty()) {
      return UNKNOWN; // outlets convert the local time differently: no one clock to trust
    }
    Set<Set<Integer>> named = new HashSet<>();
    for (Article a : articles) {
      a.sentences().stream()
          .filter(s -> s.role() == Role.BODY)
          .limit(LEAD_SENTENCES)
          .forEach(s -> countriesIn(s.text()).forEach(c -> named.add(COUNTRIES.get(c))));
    }
    return named.size() == 1 ? new Clock(named.iterator().next()) : UNKNOWN;
  }

  /** Where the story's place is read: the lead and the sentence after it. */
  private static final int LEAD_SENTENCES = 2;

  /** A clock time right after {@code f} in brackets with a zone: "7:45 a.m. (2345 GMT Sunday)". */
  private static final Pattern CONVERTED =
      Pattern.compile("^\\s*(?:local time\\s*)?[(\\[]\\s*(?:about\\s+|around\\s+)?(\\S+ \\S+)");

  /** The offset of the local clock that a local time and its bracketed conversion give. */
  private static Optional<Integer> conversion(Article a, Fact f) {
    if (f.kind() != Fact.Kind.TIME || zone(a, f).isPresent()) {
      return Optional.empty();
    }
    String after =
        a.text().substring(f.span().end(), Math.min(a.text().length(), f.span().end() + 40));
    Matcher m = CONVERTED.matcher(after);
    if (!m.find()) {
      return Optional.empty();
    }
    int at = f.span().end() + m.start(1);
    return a.facts().stream()
        .filter(g -> g.kind() == Fact.Kind.TIME && g.span().start() == at)
        .findFirst()
        .flatMap(g -> zone(a, g).stream().boxed().findFirst().map(z -> offset(f, g, z)));
  }

  /** The offset of {@code local}'s clock, given that it is {@code zoned} in a zone of {@code z}. */
  private static int offset(Fact local, Fact zoned, int z) {
    int diff = Math.floorMod(minutes(local) - minutes(zoned) + z, DAY);
    return diff > 14 * 60 ? diff - DAY : diff;
  }

  /**
   * How the two times compare: {@link Verdict} as {@link Measures#compare} gives it for two times
   * of one clock, or empty when one is in GMT (or another named zone) and the other in the place's
   * clock whose offset is unknown.
   */
  Optional<Verdict> compare(Article aa, Fact a, Article bb, Fact b) {
    OptionalInt za = zone(aa, a);
    OptionalInt zb = zone(bb, b);
    if (za.equals(zb)) {
      return Optional.of(Measures.compare(a, b, null, null));
    }
    Set<Integer> ga = gmt(a, za);
    Set<Integer> gb = gmt(b, zb);
    if (ga.isEmpty() || gb.isEmpty()) {
      return Optional.empty();
    }
    int gap = DAY;
    for (int x : ga) {
      for (int y : gb) {
        int d = Math.floorMod(x - y, DAY);
        gap = Math.min(gap, Math.min(d, DAY - d));
      }
    }
    if (gap == 0) {
      return Optional.of(Verdict.SAME);
    }
    return Optional.of(
        (a.approximate() || b.approximate()) && gap <= Measures.APPROXIMATE_MINUTES
            ? Verdict.APPROXIMATE
            : Verdict.DIFFERENT);
  }

  /** The minutes of the day in GMT that a time may stand for: none when its clock is unknown. */
  private Set<Integer> gmt(Fact f, OptionalInt zone) {
    int local = minutes(f);
    if (zone.isPresent()) {
      return Set.of(Math.floorMod(local - zone.getAsInt(), DAY));
    }
    Set<Integer> out = new TreeSet<>();
    localOffsets.forEach(o -> out.add(Math.floorMod(local - o, DAY)));
    return out;
  }

  private static int minutes(Fact time) {
    String v = time.value();
    return Integer.parseInt(v.substring(0, 2)) * 60 + Integer.parseInt(v.substring(3, 5));
  }

  /**
   * A zone named in a time or right after it: "0800 GMT", "7:27 p.m. EST"; "local time" is none.
   */
  private static final Pattern ZONE =
      Pattern.compile(
          "(?:^|\\s)(GMT|UTC|Z|E[SD]T|C[SD]T|M[SD]T|P[SD]T|BST|CES?T|SAST|CAT|EAT|WAT|JST|HKT|SGT|WIB)\\b");

  private static final Pattern ZONE_AFTER = Pattern.compile("^\\s*(\\p{Lu}{1,4})\\b");

  /** Offsets from GMT in minutes of the zones news gives times in; CST is left out (two zones). */
  private static final ImmutableMap<String, Integer> ZONES =
      ImmutableMap.<String, Integer>builder()
          .put("GMT", 0)
          .put("UTC", 0)
          .put("Z", 0)
          .put("BST", 60)
          .put("CET", 60)
          .put("CEST", 120)
          .put("WAT", 60)
          .put("CAT", 120)
          .put("SAST", 120)
          .put("EAT", 180)
          .put("WIB", 420)
          .put("HKT", 480)
          .put("SGT", 480)
          .put("JST", 540)
          .put("EST", -300)
          .put("EDT", -240)
          .put("CDT", -300)
          .put("MST", -420)
          .put("MDT", -360)
          .put("PST", -480)
          .put("PDT", -420)
          .buildOrThrow();

  /** The offset of the zone {@code f} is given in, or empty for the place's own clock. */
  static OptionalInt zone(Article a, Fact f) {
    Integer z = zoneIn(f.text());
    if (z == null) {
      String text = a.text();
      Matcher m =
          ZONE_AFTER
              .matcher(text)
              .region(f.span().end(), Math.min(text.length(), f.span().end() + 8));
      z = m.find() ? ZONES.get(m.group(1)) : null;
    }
    return z == null ? OptionalInt.empty() : OptionalInt.of(z);
  }

  private static @Nullable Integer zoneIn(String text) {
    Matcher m = ZONE.matcher(text);
    return m.find() ? ZONES.get(m.group(1)) : null;
  }

  /** The countries named in {@code text}. */
  private static Set<String> countriesIn(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = COUNTRY.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Countries that keep one clock, with its offsets from GMT in minutes: the standard one, and the
   * summer one where the country keeps summer time. Countries of several zones (the United States,
   * Russia, Brazil, Australia, Indonesia, …) are left out: their name does not say the clock.
   */
  private static final ImmutableMap<String, Set<Integer>> COUNTRIES =
      ImmutableMap.<String, Set<Integer>>builder()
          // Africa
          .put("Algeria", Set.of(60))
          .put("Angola", Set.of(60))
          .put("Botswana", Set.of(120))
          .put("Burundi", Set.of(120))
          .put("Cameroon", Set.of(60))
          .put("Egypt", Set.of(120, 180))
          .put("Ethiopia", Set.of(180))
          .put("Ghana", Set.of(0))
          .put("Ivory Coast", Set.of(0))
          .put("Kenya", Set.of(180))
          .put("Libya", Set.of(120))
          .put("Malawi", Set.of(120))
          .put("Mali", Set.of(0))
          .put("Morocco", Set.of(0, 60))
          .put("Mozambique", Set.of(120))
          .put("Namibia", Set.of(120))
          .put("Niger", Set.of(60))
          .put("Nigeria", Set.of(60))
          .put("Rwanda", Set.of(120))
          .put("Senegal", Set.of(0))
          .put("Somalia", Set.of(180))
          .put("South Africa", Set.of(120))
          .put("Sudan", Set.of(120))
          .put("Tanzania", Set.of(180))
          .put("Tunisia", Set.of(60))
          .put("Uganda", Set.of(180))
          .put("Zambia", Set.of(120))
          .put("Zimbabwe", Set.of(120))
          // Asia
          .put("Afghanistan", Set.of(270))
          .put("Bangladesh", Set.of(360))
          .put("Cambodia", Set.of(420))
          .put("China", Set.of(480))
          .put("Hong Kong", Set.of(480))
          .put("India", Set.of(330))
          .put("Iran", Set.of(210))
          .put("Iraq", Set.of(180))
          .put("Israel", Set.of(120, 180))
          .put("Japan", Set.of(540))
          .put("Jordan", Set.of(180))
          .put("Lebanon", Set.of(120, 180))
          .put("Malaysia", Set.of(480))
          .put("Myanmar", Set.of(390))
          .put("Nepal", Set.of(345))
          .put("North Korea", Set.of(540))
          .put("Pakistan", Set.of(300))
          .put("Philippines", Set.of(480))
          .put("Qatar", Set.of(180))
          .put("Saudi Arabia", Set.of(180))
          .put("Singapore", Set.of(480))
          .put("South Korea", Set.of(540))
          .put("Sri Lanka", Set.of(330))
          .put("Syria", Set.of(180))
          .put("Taiwan", Set.of(480))
          .put("Thailand", Set.of(420))
          .put("Turkey", Set.of(180))
          .put("Türkiye", Set.of(180))
          .put("United Arab Emirates", Set.of(240))
          .put("Vietnam", Set.of(420))
          .put("Yemen", Set.of(180))
          // Europe
          .put("Austria", Set.of(60, 120))
          .put("Belgium", Set.of(60, 120))
          .put("Britain", Set.of(0, 60))
          .put("Bulgaria", Set.of(120, 180))
          .put("Croatia", Set.of(60, 120))
          .put("Czech Republic", Set.of(60, 120))
          .put("Denmark", Set.of(60, 120))
          .put("England", Set.of(0, 60))
          .put("Finland", Set.of(120, 180))
          .put("France", Set.of(60, 120))
          .put("Germany", Set.of(60, 120))
          .put("Greece", Set.of(120, 180))
          .put("Hungary", Set.of(60, 120))
          .put("Ireland", Set.of(0, 60))
          .put("Italy", Set.of(60, 120))
          .put("Netherlands", Set.of(60, 120))
          .put("Norway", Set.of(60, 120))
          .put("Poland", Set.of(60, 120))
          .put("Romania", Set.of(120, 180))
          .put("Serbia", Set.of(60, 120))
          .put("Sweden", Set.of(60, 120))
          .put("Switzerland", Set.of(60, 120))
          .put("Ukraine", Set.of(120, 180))
          .put("United Kingdom", Set.of(0, 60))
          // The Americas
          .put("Argentina", Set.of(-180))
          .put("Bolivia", Set.of(-240))
          .put("Colombia", Set.of(-300))
          .put("Cuba", Set.of(-300, -240))
          .put("Guatemala", Set.of(-360))
          .put("Haiti", Set.of(-300, -240))
          .put("Peru", Set.of(-300))
          .put("Suriname", Set.of(-180))
          .put("Venezuela", Set.of(-240, -270))
          .buildOrThrow();

  /**
   * A country's name as a word. Every name opens with a capital, and the look-ahead for it comes
   * before the {@code \b}: after a combining mark, {@code \b} looks back over every mark before it
   * for their letter, so tried at each mark of a lead that is a long run of them it took time
   * quadratic in the run (minutes for 500,000 marks).
   */
  private static final Pattern COUNTRY =
      Pattern.compile(
          "(?=\\p{Lu})\\b(?:"
              + String.join(
                  "|",
                  COUNTRIES.keySet().stream().sorted((x, y) -> y.length() - x.length()).toList())
              + ")\\b");
}
