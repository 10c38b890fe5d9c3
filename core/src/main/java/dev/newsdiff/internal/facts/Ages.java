package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose age a duration gives: "a 93-year-old man", "a 17-year-old boy", "the 80-year-old
 * grandmother". Stories name several people with their ages, so an age is compared only with the
 * age of someone who could be the same person: a man's with a man's, not with a boy's or a woman's.
 * The noun tells the person's sex and whether a child or an adult; a noun that tells neither ("a
 * 17-year-old student", "the 44-year-old") leaves the age comparable with any.
 */
final class Ages {

  /** What an age stands before: "-old", " years old". */
  private static final Pattern OLD = Pattern.compile("^(?:-|\\s+)old\\b", Pattern.CASE_INSENSITIVE);

  /** The words after "old" where the person's noun is looked for: "-old British man". */
  private static final Pattern NOUN =
      Pattern.compile("^(?:-|\\s+)old(?:\\s+\\p{L}+){1,3}", Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The mark of an age's person in a figure's scope: "age of male adult". */
  static final String MARK = "age of ";

  /** A person's sex and stage of life, each "?" where the noun does not tell. */
  private record Person(String sex, String stage) {
    String mark() {
      return MARK + sex + " " + stage;
    }
  }

  private static final ImmutableMap<String, Person> NOUNS =
      ImmutableMap.<String, Person>builder()
          .put("man", new Person("male", "adult"))
          .put("father", new Person("male", "adult"))
          .put("husband", new Person("male", "adult"))
          .put("grandfather", new Person("male", "adult"))
          .put("woman", new Person("female", "adult"))
          .put("mother", new Person("female", "adult"))
          .put("wife", new Person("female", "adult"))
          .put("grandmother", new Person("female", "adult"))
          .put("boy", new Person("male", "child"))
          .put("schoolboy", new Person("male", "child"))
          .put("girl", new Person("female", "child"))
          .put("schoolgirl", new Person("female", "child"))
          .put("son", new Person("male", "?"))
          .put("daughter", new Person("female", "?"))
          .put("child", new Person("?", "child"))
          .put("baby", new Person("?", "child"))
          .put("infant", new Person("?", "child"))
          .put("toddler", new Person("?", "child"))
          .put("kid", new Person("?", "child"))
          .buildOrThrow();

  private Ages() {}

  /** Whether the duration ending at {@code end} of {@code sentence} is an age ("93-year-old"). */
  static boolean isAge(String sentence, int end) {
    return OLD.matcher(sentence.substring(end, Math.min(sentence.length(), end + 6))).find();
  }

  /**
   * The scope mark of the person whose age ends at {@code end}, when a noun after it tells their
   * sex or stage of life: "-old man" is "age of male adult".
   */
  static Optional<String> mark(String sentence, int end) {
    Matcher m = NOUN.matcher(sentence.substring(end, Math.min(sentence.length(), end + 40)));
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher words = WORD.matcher(m.group());
    words.find(); // "old"
    while (words.find()) {
      Person p = NOUNS.get(words.group().toLowerCase(Locale.ROOT));
      if (p != null) {
        return Optional.of(p.mark());
      }
    }
    return Optional.empty();
  }

  /** A scope's age mark, if it has one. */
  static Optional<String> markIn(Set<String> scope) {
    return scope.stream().filter(m -> m.startsWith(MARK)).findFirst();
  }

  /**
   * Whether two scopes' age marks ({@link #markIn}) may be of one person: no mark on either side,
   * or marks whose sex and stage do not differ where both tell them.
   */
  static boolean samePerson(Optional<String> x, Optional<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    String[] p = x.get().substring(MARK.length()).split(" ");
    String[] q = y.get().substring(MARK.length()).split(" ");
    return agree(p[0], q[0]) && agree(p[1], q[1]);
  }

  private static boolean agree(String a, String b) {
    return a.equals("?") || b.equals("?") || a.equals(b);
  }
}
