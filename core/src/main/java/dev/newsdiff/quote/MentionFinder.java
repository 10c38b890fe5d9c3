package dev.newsdiff.quote;

import dev.newsdiff.model.Span;
import dev.newsdiff.quote.Words.Tok;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who is speaking around a quotation: "…," the sources said; "…," said Akturk;
 * He provided specific metrics: "…"; The ministry said the talks were "…".
 */
final class MentionFinder {

  private static final int MAX_SPEAKER_WORDS = 8;

  /** Adverbs that may stand between a speaker and the verb: "the ministry also said". */
  private static final Set<String> ADVERBS =
      Set.of("also", "further", "then", "later", "again", "earlier", "previously", "separately",
          "additionally", "recently", "once", "repeatedly", "reportedly", "had", "has", "have");

  /** Words that start a clause, not a speaker: ", adding that…", ", while the minister said". */
  private static final Set<String> NOT_SPEAKER_START =
      Set.of("and", "but", "or", "nor", "while", "as", "adding", "noting", "saying", "which", "who",
          "whom", "that", "when", "where", "after", "before", "if", "although", "though",
          "because", "so", "with", "in", "on", "at", "to", "for", "of", "from", "by", "is", "are",
          "was", "were", "has", "have", "had", "be", "been", "not", "also", "than", "into", "about",
          "over", "under", "during", "including", "until", "since", "such", "this", "these",
          "those", "there", "here", "what", "how", "why", "whether", "unless", "yet", "still");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");

  private MentionFinder() {}

  /**
   * "the sources said" or "said Akturk" starting at {@code from} (right after a closing mark or
   * a comma), within {@code to}.
   */
  static Optional<Mention> after(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, Math.min(to, from + 200));
    int k = 0;
    while (k < toks.size() && !toks.get(k).word() && ",;".contains(toks.get(k).text())) {
      k++;
    }
    if (k >= toks.size() || !toks.get(k).word()) {
      return Optional.empty();
    }
    Tok first = toks.get(k);
    if (CueVerbs.isCue(first.text()) && isLower(first.text())) {
      // Inverted: "…," said Defence Minister Yasar Guler.
      int end = k + 1;
      while (end < toks.size() && toks.get(end).word() && end - k <= MAX_SPEAKER_WORDS) {
        end++;
      }
      if (end == k + 1) {
        return Optional.empty();
      }
      String lead = toks.get(k + 1).text();
      if (!Character.isUpperCase(lead.charAt(0)) && !DETERMINERS.contains(lead.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      return Optional.of(mention(text, toks.get(k + 1).start(), toks.get(end - 1).end(), first));
    }
    return speakerThenVerb(text, toks, k, false);
  }

  /**
   * A speaker opening a clause and a reporting verb ("The ministry also said …"), or with
   * {@code anyPastTense} any past-tense verb ("He provided specific metrics …:").
   */
  static Optional<Mention> clauseStart(String text, int from, int to, boolean anyPastTense) {
    List<Tok> toks = Words.of(text, from, to);
    int k = 0;
    // An opening adverbial: "Separately, …", "On Tuesday, …".
    for (int j = 0; j < Math.min(toks.size(), 5); j++) {
      if (toks.get(j).text().equals(",")) {
        k = j + 1;
        break;
      }
    }
    Optional<Mention> found = speakerThenVerb(text, toks, k, anyPastTense);
    return found.isPresent() || k == 0 ? found : speakerThenVerb(text, toks, 0, anyPastTense);
  }

  /** "according to the ministry" anywhere in the range. */
  static Optional<Mention> accordingTo(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int k = 0; k + 2 < toks.size(); k++) {
      if (toks.get(k).text().equalsIgnoreCase("according") && toks.get(k + 1).text().equalsIgnoreCase("to")) {
        int s = k + 2;
        int e = s;
        while (e < toks.size() && toks.get(e).word() && e - s < MAX_SPEAKER_WORDS) {
          e++;
        }
        if (e > s) {
          Tok cue = new Tok(toks.get(k).start(), toks.get(k + 1).end(), "according to", true);
          return Optional.of(mention(text, toks.get(s).start(), toks.get(e - 1).end(), cue));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Mention> speakerThenVerb(String text, List<Tok> toks, int k, boolean anyPastTense) {
    if (k >= toks.size() || !toks.get(k).word()) {
      return Optional.empty();
    }
    String lead = toks.get(k).text().toLowerCase(Locale.ROOT);
    if (NOT_SPEAKER_START.contains(lead) || isLower(toks.get(k).text()) && lead.endsWith("ing")) {
      return Optional.empty();
    }
    for (int v = k + 1; v < toks.size() && v - k <= MAX_SPEAKER_WORDS + 2; v++) {
      Tok tok = toks.get(v);
      if (!tok.word()) {
        return Optional.empty();
      }
      boolean verb = isLower(tok.text()) && (CueVerbs.isCue(tok.text()) || anyPastTense && CueVerbs.isPastTense(tok.text()));
      if (!verb) {
        continue;
      }
      int npEnd = v;
      while (npEnd > k + 1 && ADVERBS.contains(toks.get(npEnd - 1).text().toLowerCase(Locale.ROOT))) {
        npEnd--;
      }
      if (npEnd - k > MAX_SPEAKER_WORDS || npEnd <= k) {
        return Optional.empty();
      }
      return Optional.of(mention(text, toks.get(k).start(), toks.get(npEnd - 1).end(), tok));
    }
    return Optional.empty();
  }

  private static Mention mention(String text, int start, int end, Tok cue) {
    String np = text.substring(start, end);
    return new Mention(Span.of(start, end), np, cue.text(), cue.span(), Mention.kindOf(np));
  }

  private static boolean isLower(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }
}
