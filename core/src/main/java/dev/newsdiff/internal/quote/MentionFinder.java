package dev.newsdiff.internal.quote;

import dev.newsdiff.internal.quote.Words.Tok;
import dev.newsdiff.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds who is speaking around a quotation: "…," the sources said; "…," said Akturk; He provided
 * specific metrics: "…"; The ministry said the talks were "…".
 */
final class MentionFinder {

  private static final int MAX_SPEAKER_WORDS = 8;

  /** Adverbs that may stand between a speaker and the verb: "the ministry also said". */
  private static final Set<String> ADVERBS =
      Set.of(
          "also",
          "further",
          "then",
          "later",
          "again",
          "earlier",
          "previously",
          "separately",
          "additionally",
          "recently",
          "once",
          "repeatedly",
          "reportedly",
          "had",
          "has",
          "have");

  /** Words that start a clause, not a speaker: ", adding that…", ", while the minister said". */
  private static final Set<String> NOT_SPEAKER_START =
      Set.of(
          "and",
          "but",
          "or",
          "nor",
          "while",
          "as",
          "adding",
          "noting",
          "saying",
          "which",
          "who",
          "whom",
          "that",
          "when",
          "where",
          "after",
          "before",
          "if",
          "although",
          "though",
          "because",
          "so",
          "with",
          "in",
          "on",
          "at",
          "to",
          "for",
          "of",
          "from",
          "by",
          "is",
          "are",
          "was",
          "were",
          "has",
          "have",
          "had",
          "be",
          "been",
          "not",
          "also",
          "than",
          "into",
          "about",
          "over",
          "under",
          "during",
          "including",
          "until",
          "since",
          "such",
          "this",
          "these",
          "those",
          "there",
          "here",
          "what",
          "how",
          "why",
          "whether",
          "unless",
          "yet",
          "still");

  private static final int MAX_APPOSITIVE_TOKENS = 40;

  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
          "might", "must", "should");

  /** Words that open a sentence but name nobody who could later be "he" or "they". */
  private static final Set<String> NOT_A_SUBJECT =
      Set.of(
          "nobody",
          "no",
          "everyone",
          "everybody",
          "someone",
          "somebody",
          "anyone",
          "anybody",
          "none",
          "this",
          "that",
          "these",
          "those",
          "there",
          "here",
          "it",
          "they",
          "he",
          "she",
          "we",
          "i",
          "you",
          "what",
          "which",
          "who",
          "all",
          "both",
          "each",
          "many",
          "most",
          "some",
          "such");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "his", "her", "their", "our");

  /**
   * Words that pick one speaker out of a group after an inverted verb: "…," said one resident, Tom
   * Brand; "…," said another witness.
   */
  private static final Set<String> ONE_OF_MANY = Set.of("one", "another");

  private MentionFinder() {}

  /**
   * "the sources said" or "said Akturk" starting at {@code from} (right after a closing mark or a
   * comma), within {@code to}.
   */
  static Optional<Mention> after(String text, int from, int to) {
    return after(text, from, to, true);
  }

  /**
   * Like {@link #after(String, int, int)}; {@code inverted} allows "said Akturk", which only
   * follows a closing quote mark ("…, said the tide was fast" is not an attribution).
   */
  static Optional<Mention> after(String text, int from, int to, boolean inverted) {
    int limit = Math.min(to, from + 200);
    Tok firstWord = Words.firstWord(text, from, limit);
    if (firstWord == null) {
      return Optional.empty(); // no word, or a mark other than , and ; first: read no further
    }
    if (!inverted && cannotLeadAClause(firstWord)) {
      return Optional.empty(); // asked after every comma: most are decided by their first word
    }
    return after(text, Words.of(text, from, limit), inverted);
  }

  /**
   * What {@link #after(String, int, int, boolean) after(text, end of the comma, to, false)} finds
   * after the comma {@code comma} of {@code sentence}, the words of a sentence ending at or after
   * {@code to}, whose {@link Words#firstWordStops} are {@code stops}. The words after each comma
   * are taken from the sentence's, not read again for each.
   */
  static Optional<Mention> afterComma(
      String text, List<Tok> sentence, int[] stops, int comma, int to) {
    int from = sentence.get(comma).end();
    int limit = Math.min(to, from + 200);
    if (cannotLeadAClause(firstWordAfter(text, sentence, stops, comma, limit))) {
      return Optional.empty();
    }
    return after(text, Words.within(text, sentence, comma + 1, from, limit), false);
  }

  /**
   * {@link Words#firstWord} of the words {@link Words#within} gives after the comma {@code comma}
   * of {@code sentence}, up to {@code limit}, told from the sentence's words where they tell it:
   * every comma is asked, and most are decided by their first word.
   */
  private static @Nullable Tok firstWordAfter(
      String text, List<Tok> sentence, int[] stops, int comma, int limit) {
    int stop = stops[comma + 1];
    if (stop == sentence.size() || sentence.get(stop).start() >= limit) {
      return null; // only marks leading to an attribution before the limit
    }
    Tok first = sentence.get(stop);
    if (first.end() + 1 < limit) {
      return first.word() ? first : null;
    }
    // A token that reaches the limit is read again there, and may be cut.
    return Words.firstWord(
        Words.within(text, sentence, comma + 1, sentence.get(comma).end(), limit));
  }

  /**
   * "…, said Ada Okafor." or "…, said deputy spokesman Tom Brand at a briefing": an inverted
   * attribution of reported speech after the comma {@code comma}, ending in a name that closes the
   * sentence or comes before a comma or a place or time ("at", "on", "in"). "…, said the tide was
   * fast" names nobody.
   */
  static Optional<Mention> invertedAfterComma(
      String text, List<Tok> sentence, int[] stops, int comma, int to) {
    int from = sentence.get(comma).end();
    int limit = Math.min(to, from + 200);
    Tok first = firstWordAfter(text, sentence, stops, comma, limit);
    if (first == null
        || !isLower(first.text())
        || !CueVerbs.isCue(first.text())
        || TO_LISTENER.contains(first.text())) {
      return Optional.empty();
    }
    return after(text, Words.within(text, sentence, comma + 1, from, limit), true)
        .filter(m -> Character.isUpperCase(lastWord(m.text()).charAt(0)))
        .filter(m -> closesAName(text, m.span().end(), to));
  }

  /** "…, told Kennedy.": verbs whose object is the one spoken to, not the speaker. */
  private static final Set<String> TO_LISTENER =
      Set.of(
          "told",
          "tells",
          "asked",
          "asks",
          "informed",
          "assured",
          "urged",
          "warned",
          "reminded",
          "answered");

  /**
   * Words that may follow a speaker's name in an inverted attribution: "…, said X at a briefing".
   */
  private static final Set<String> AFTER_A_NAME = Set.of("at", "on", "in", "during");

  /**
   * "released a statement", "issued its report": the words between an issuing verb and its
   * document.
   */
  private static final Set<String> DOCUMENT_DETERMINERS = Set.of("a", "an", "its", "their");

  /** "went on to add". */
  private static final Set<String> GO_ON = Set.of("went", "goes", "go");

  private static String lastWord(String np) {
    return np.substring(np.lastIndexOf(' ') + 1);
  }

  /** Whether the words after a name at {@code end} close it: the end, a mark, "at", "on", "in". */
  private static boolean closesAName(String text, int end, int to) {
    Tok next = Words.firstWord(text, end, Math.min(to, end + 40));
    String rest = text.substring(end, Math.min(to, end + 40)).stripLeading();
    return rest.isEmpty()
        || !Character.isLetterOrDigit(rest.charAt(0))
        || next != null && AFTER_A_NAME.contains(next.text());
  }

  private static Optional<Mention> after(String text, List<Tok> toks, boolean inverted) {
    int k = 0;
    while (k < toks.size()
        && !toks.get(k).word()
        && Words.LEADS_TO_ATTRIBUTION.contains(toks.get(k).text())) {
      k++;
    }
    if (k >= toks.size() || !toks.get(k).word()) {
      return Optional.empty();
    }
    Tok first = toks.get(k);
    if (CueVerbs.isCue(first.text()) && isLower(first.text())) {
      if (!inverted) {
        return Optional.empty();
      }
      // Inverted: "…," said Defence Minister Yasar Guler.
      int end = k + 1;
      while (end < toks.size() && toks.get(end).word() && end - k <= MAX_SPEAKER_WORDS) {
        end++;
      }
      if (end == k + 1) {
        return Optional.empty();
      }
      String lead = toks.get(k + 1).text();
      boolean named = false;
      for (int j = k + 1; j < end; j++) {
        named |= Character.isUpperCase(toks.get(j).text().charAt(0));
      }
      // "said Harbour Master Ellen Vance", "said the council", "said board chair Maria Lopez"
      // "…," reads part of the statement: a part of a document is as good as its determiner
      boolean partOf = lead.equals("part") && k + 2 < end && toks.get(k + 2).text().equals("of");
      if (!named
          && !partOf
          && !DETERMINERS.contains(lead.toLowerCase(Locale.ROOT))
          && !ONE_OF_MANY.contains(lead)) {
        return Optional.empty();
      }
      for (int j = k + 1; j < end; j++) {
        if (partOf && j == k + 2 || insideBodyName(toks, j, end)) {
          continue; // "said Arizona Department of Public Safety spokesman Bart Graves"
        }
        if (NOT_SPEAKER_START.contains(toks.get(j).text())) {
          // "said a desk clerk at the Wuyang Hotel in …": a described speaker keeps their place.
          end = j > k + 1 && isLower(toks.get(j - 1).text()) ? placeEnd(toks, j, end) : j;
          break; // "said Dean Kowalczyk who runs …"
        }
      }
      if (end == k + 1) {
        return Optional.empty(); // "…," announced that Türkiye…; "…" says this Italian…: nobody
      }
      Optional<Mention> described = nameAfterDescription(text, toks, end, first);
      if (described.isPresent() && isLower(toks.get(end - 1).text())) {
        return described; // "…," said the mine's manager, Tom Brand.
      }
      return Optional.of(mention(text, toks.get(k + 1).start(), toks.get(end - 1).end(), first));
    }
    return speakerThenVerb(text, toks, k, false);
  }

  /**
   * Whether "of" or "for" at {@code j} joins a body's noun to the rest of its name ("Department of
   * Public Safety"), rather than a person to a place ("Tom Brand of Kallo").
   */
  private static boolean insideBodyName(List<Tok> toks, int j, int end) {
    String w = toks.get(j).text();
    return (w.equals("of") || w.equals("for"))
        && j + 1 < end
        && isCapitalised(toks.get(j + 1))
        && Mention.isOrganisationWord(toks.get(j - 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * The name of two or more capitalised words set off by a comma at {@code comma} after a speaker's
   * description: "said the mine's manager, Tom Brand".
   */
  private static Optional<Mention> nameAfterDescription(
      String text, List<Tok> toks, int comma, Tok cue) {
    if (comma >= toks.size() || !toks.get(comma).text().equals(",")) {
      return Optional.empty();
    }
    int end = comma + 1;
    while (end < toks.size() && isCapitalised(toks.get(end)) && end - comma <= MAX_SPEAKER_WORDS) {
      end++;
    }
    boolean closed = end == toks.size() || !toks.get(end).word();
    return end - comma > 2 && closed
        ? Optional.of(mention(text, toks.get(comma + 1).start(), toks.get(end - 1).end(), cue))
        : Optional.empty();
  }

  /**
   * After a speaker described by a common noun, where "at/of/from (the) Name" ends, or {@code at}
   * when no named place follows.
   */
  private static int placeEnd(List<Tok> toks, int at, int limit) {
    if (!PLACE_PREPOSITIONS.contains(toks.get(at).text())) {
      return at;
    }
    int j = at + 1;
    if (j < limit && toks.get(j).text().equals("the")) {
      j++;
    }
    int name = j;
    while (j < limit && Character.isUpperCase(toks.get(j).text().charAt(0))) {
      j++;
    }
    return j > name ? j : at;
  }

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "of", "from", "with");

  /**
   * A speaker opening a clause and a reporting verb ("The ministry also said …"), or with {@code
   * anyPastTense} any past-tense verb ("He provided specific metrics …:").
   */
  static Optional<Mention> clauseStart(String text, int from, int to, boolean anyPastTense) {
    return clauseStart(text, Words.of(text, from, to), anyPastTense);
  }

  /** {@link #clauseStart(String, int, int, boolean)} on the words {@code toks} of the stretch. */
  static Optional<Mention> clauseStart(String text, List<Tok> toks, boolean anyPastTense) {
    int s = afterDateline(toks);
    int k = afterOpeningConjunction(toks, afterOpeningAdverbial(toks, s));
    if (k > s && opensWithName(toks, s, k - 1)) {
      // "Tom Brand, UN envoy for the region said": a name and its appositive, not an adverbial
      Optional<Mention> named = speakerThenVerb(text, toks, s, anyPastTense);
      if (named.isPresent()) {
        return named;
      }
    }
    Optional<Mention> found = speakerThenVerb(text, toks, k, anyPastTense);
    return found.isPresent() || k == s ? found : speakerThenVerb(text, toks, s, anyPastTense);
  }

  /**
   * Where the words start after a dateline opening the sentence ("Washington, June 9, 2005 - the
   * ministry said", "LONDON (Reuters) — …"): a dash among the first words, with only capitalised
   * words, numbers and their punctuation before it. 0 when there is none.
   */
  private static int afterDateline(List<Tok> toks) {
    for (int d = 1; d < Math.min(toks.size() - 1, MAX_DATELINE_TOKENS); d++) {
      Tok tok = toks.get(d);
      if (DASHES.contains(tok.text())) {
        return toks.get(d + 1).word() ? d + 1 : 0;
      }
      boolean datelineToken =
          tok.word()
              ? isCapitalised(tok) || Character.isDigit(tok.text().charAt(0))
              : DATELINE_MARKS.contains(tok.text());
      if (!datelineToken) {
        return 0;
      }
    }
    return 0;
  }

  private static final int MAX_DATELINE_TOKENS = 14;

  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private static final Set<String> DATELINE_MARKS = Set.of(",", ".", "(", ")", "/");

  /**
   * Whether the words from {@code s} before the comma at {@code comma} are a name of two words+.
   */
  private static boolean opensWithName(List<Tok> toks, int s, int comma) {
    return comma >= s + 2
        && toks.get(comma).text().equals(",")
        && !opensPhrase(toks.get(s).text())
        && toks.subList(s, comma).stream().allMatch(MentionFinder::isCapitalised);
  }

  /**
   * Where a clause starts after a conjunction or a sentence adverb opening the sentence: "But the
   * minister said …", "And Okafor told reporters …", "Earlier the broadcaster said …", "Later this
   * week the board said …" (the word opens the clause only when a word follows it).
   */
  private static int afterOpeningConjunction(List<Tok> toks, int k) {
    if (k + 1 >= toks.size() || !toks.get(k + 1).word()) {
      return k;
    }
    String lead = toks.get(k).text().toLowerCase(Locale.ROOT);
    if (OPENING_CONJUNCTIONS.contains(lead)) {
      return k + 1;
    }
    if (!OPENING_ADVERBS.contains(lead) || !isCapitalised(toks.get(k))) {
      return k;
    }
    // "Earlier this week", "Later on Friday": the time the adverb names is no part of the subject
    boolean time =
        k + 2 < toks.size()
            && toks.get(k + 2).word()
            && TIME_DEICTICS.contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT));
    return time ? k + 3 : k + 1;
  }

  /** Adverbs that open a sentence without a comma before its subject: "Earlier ZBC said …". */
  private static final Set<String> OPENING_ADVERBS =
      Set.of(
          "earlier",
          "later",
          "meanwhile",
          "separately",
          "previously",
          "additionally",
          "also",
          "recently",
          "subsequently",
          "afterwards",
          "yesterday",
          "today",
          "now",
          "then",
          "still",
          "instead",
          "similarly",
          "likewise");

  /**
   * Whether a capitalised word opening a sentence before a comma is an adverb, not a name:
   * "Meanwhile,", "However,", "Separately,", "Notably,".
   */
  private static boolean isSentenceAdverb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return OPENING_ADVERBS.contains(lower) || CONNECTIVE_ADVERBS.contains(lower);
  }

  private static final Set<String> CONNECTIVE_ADVERBS =
      Set.of(
          "however",
          "moreover",
          "furthermore",
          "nonetheless",
          "nevertheless",
          "therefore",
          "indeed",
          "overall",
          "besides",
          "thus",
          "hence",
          "otherwise",
          "notably",
          "finally",
          "initially",
          "ultimately",
          "currently",
          "officially",
          "reportedly",
          "importantly",
          "fortunately",
          "unfortunately",
          "consequently",
          "accordingly");

  /** Words after an opening adverb that, with the next word, say when: "Earlier this week". */
  private static final Set<String> TIME_DEICTICS = Set.of("this", "last", "on", "in");

  /** "Speaking …", "Asked …", "In …": words that open an adverbial phrase, not a clause. */
  private static boolean opensPhrase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("ing") || lower.equals("asked") || PHRASE_PREPOSITIONS.contains(lower);
  }

  private static final Set<String> PHRASE_PREPOSITIONS =
      Set.of(
          "in",
          "on",
          "at",
          "after",
          "before",
          "during",
          "following",
          "despite",
          "amid",
          "since",
          "with",
          "for",
          "from",
          "under",
          "upon");

  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "yet", "so");

  /**
   * Where a clause starts after an opening adverbial: "Separately, …", "On Tuesday, …"; a phrase
   * opening with a participle or a preposition may be longer ("Speaking at the site on Tuesday,").
   */
  private static int afterOpeningAdverbial(List<Tok> toks, int s) {
    int reach = s < toks.size() && opensPhrase(toks.get(s).text()) ? 12 : 5;
    for (int j = s; j < Math.min(toks.size(), s + reach); j++) {
      if (toks.get(j).text().equals(",")) {
        return j + 1;
      }
    }
    return s;
  }

  /**
   * "…" made by a former aide: a quotation that is the object of a passive verb, whose agent said
   * it. Starts at {@code from}, right after the closing mark.
   */
  static Optional<Mention> passiveAgent(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, Math.min(to, from + 200));
    if (toks.size() < 3
        || !PASSIVE_CUES.contains(toks.get(0).text())
        || !toks.get(1).text().equals("by")) {
      return Optional.empty();
    }
    int s = 2;
    int e = s;
    while (e < toks.size()
        && toks.get(e).word()
        && !AGENT_ENDS.contains(toks.get(e).text())
        && e - s < MAX_SPEAKER_WORDS) {
      e++;
    }
    if (e == s || e - s == 1 && DETERMINERS.contains(toks.get(s).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(mention(text, toks.get(s).start(), toks.get(e - 1).end(), toks.get(0)));
  }

  /**
   * "It was witnessed by Ada Okafor": the person named in two words or more as the agent of a
   * passive at "by" (token {@code by}), whom a later "she" may mean as much as a subject.
   */
  static Optional<Mention> passiveAgentAt(String text, List<Tok> toks, int by) {
    if (by < 2
        || !PASSIVE_AUXILIARY.contains(toks.get(by - 2).text())
        || !isLower(toks.get(by - 1).text())
        || !CueVerbs.isPastTense(toks.get(by - 1).text())) {
      return Optional.empty();
    }
    int e = by + 1;
    while (e < toks.size() && isCapitalised(toks.get(e)) && e - by <= MAX_SPEAKER_WORDS) {
      e++;
    }
    if (e - by < 3) {
      return Optional.empty();
    }
    Mention m = mention(text, toks.get(by + 1).start(), toks.get(e - 1).end(), toks.get(by - 1));
    return m.kind() == Mention.Kind.PERSON ? Optional.of(m) : Optional.empty();
  }

  private static final Set<String> PASSIVE_AUXILIARY = Set.of("was", "were", "been", "is", "are");

  /** Participles of a passive whose object is something said: "claims made by", "voiced by". */
  private static final Set<String> PASSIVE_CUES =
      Set.of(
          "made",
          "voiced",
          "levelled",
          "leveled",
          "raised",
          "issued",
          "written",
          "posted",
          "given",
          "uttered",
          "expressed",
          "spoken",
          "lodged",
          "published",
          "shared");

  /** Words that end an agent's noun phrase: "made by a clerk who …", "… in May". */
  private static final Set<String> AGENT_ENDS =
      Set.of(
          "that", "who", "whom", "whose", "which", "when", "where", "while", "after", "before",
          "because", "as", "and", "but", "or", "in", "on", "at", "during", "since", "until", "last",
          "earlier", "this", "against", "about", "to", "for", "over");

  /**
   * "The union attacked the ruling, calling it "…"": a participle clause before the quotation says
   * how the subject of the sentence's main clause spoke, whatever its verb.
   */
  static Optional<Mention> participleClauseSubject(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int c = toks.size() - 2; c > 0 && toks.size() - c <= 16; c--) {
      // its comma is often left out when the quote follows it at once: "… in the area saying, "…""
      boolean introduces =
          toks.get(c).text().equals(",")
              || c + 3 == toks.size()
                  && toks.get(c).word()
                  && Set.of(",", ":").contains(toks.get(c + 2).text());
      if (introduces && SPEAKING_PARTICIPLES.contains(toks.get(c + 1).text())) {
        Tok participle = toks.get(c + 1);
        int clauseEnd = toks.get(c).word() ? toks.get(c).end() : toks.get(c).start();
        return clauseStart(text, from, clauseEnd, true)
            .map(
                m ->
                    new Mention(
                        m.span(), m.text(), participle.text(), participle.span(), m.kind()));
      }
    }
    return Optional.empty();
  }

  /** Participles by which the subject of a clause speaks: ", calling it "…"", ", saying that". */
  private static final Set<String> SPEAKING_PARTICIPLES =
      Set.of(
          "calling",
          "describing",
          "dubbing",
          "labelling",
          "labeling",
          "branding",
          "terming",
          "saying",
          "adding",
          "warning",
          "insisting",
          "noting",
          "arguing",
          "stressing",
          "telling",
          "urging",
          "accusing",
          "vowing",
          "promising",
          "declaring",
          "writing",
          "tweeting");

  /**
   * The reporting clause nearest before a quotation inside a longer sentence: "Musk missed the
   * launch after he tweeted that he "most likely" had the virus"; "In an interview on Thursday in
   * the capital, Asmara, President Isaias said … that he will do what is necessary to "protect
   * national security"". The last reporting verb before the quotation, with its subject right
   * before it (a pronoun, a name, or a short noun phrase with its determiner), where a clause
   * begins: after a comma or a word that opens a clause. {@code to} is the quotation's opening
   * mark.
   */
  static Optional<Mention> reportingClauseBefore(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int v = toks.size() - 1; v > 0; v--) {
      Tok verb = toks.get(v);
      boolean cue =
          CueVerbs.isCue(verb.text())
              || CueVerbs.isStem(verb.text()) && catenativeBefore(toks, v) > 0;
      if (!verb.word() || !isLower(verb.text()) || !cue) {
        continue;
      }
      int npEnd = v;
      while (npEnd > 0 && ADVERBS.contains(toks.get(npEnd - 1).text())) {
        npEnd--;
      }
      npEnd -= catenativeBefore(toks, npEnd);
      int s = clauseSubjectStart(toks, npEnd);
      if (s < 0) {
        s = roleNounSubjectStart(toks, npEnd);
      }
      if (s < 0 && npEnd > 2 && toks.get(npEnd - 1).text().equals(",")) {
        // "while the patrol's spokesman, Sgt. Mark Francis, tweeted "…"": the name set off by
        // commas right before the verb
        int e = npEnd - 1;
        int n = e;
        while (n > 0 && (isCapitalised(toks.get(n - 1)) || toks.get(n - 1).text().equals("."))) {
          n--;
        }
        boolean set = n > 0 && e - n >= 2 && toks.get(n - 1).text().equals(",");
        return set
            ? Optional.of(mention(text, toks.get(n).start(), toks.get(e - 1).end(), verb))
            : Optional.empty();
      }
      return s < 0
          ? Optional.empty()
          : Optional.of(mention(text, toks.get(s).start(), toks.get(npEnd - 1).end(), verb));
    }
    return Optional.empty();
  }

  /**
   * "In a filing, Northwind released a statement indicating the move was "…"": the body that issued
   * a document whose words the quote gives, the subject right before the issuing verb.
   */
  static Optional<Mention> issuedDocument(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int v = toks.size() - 3; v > 0; v--) {
      Tok verb = toks.get(v);
      if (!Mention.ISSUING.contains(verb.text())
          || !DOCUMENT_DETERMINERS.contains(toks.get(v + 1).text())
          || !Mention.DOCUMENTS.contains(toks.get(v + 2).text())) {
        continue;
      }
      int s = clauseSubjectStart(toks, v);
      return s < 0
          ? Optional.empty()
          : Optional.of(mention(text, toks.get(s).start(), toks.get(v - 1).end(), verb));
    }
    return Optional.empty();
  }

  /**
   * How many words before {@code end} lead up to a reporting verb without being the subject: "He
   * went on to add", "she was quick to say".
   */
  private static int catenativeBefore(List<Tok> toks, int end) {
    if (end < 3 || !toks.get(end - 1).text().equals("to")) {
      return 0;
    }
    String one = toks.get(end - 2).text();
    String two = toks.get(end - 3).text();
    if (one.equals("on") && GO_ON.contains(two)) {
      return 3;
    }
    return one.equals("quick") && AUXILIARIES.contains(two) ? 3 : 0;
  }

  /**
   * "Asked about the result the coach replied, "…"": "the" and a role noun before the verb are its
   * subject even where the comma that should open the clause was left out.
   */
  private static int roleNounSubjectStart(List<Tok> toks, int end) {
    if (end < 2
        || !toks.get(end - 2).text().equalsIgnoreCase("the")
        || !Mention.isRoleNoun(toks.get(end - 1).text().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return end - 2;
  }

  /**
   * Where the subject ending before {@code end} starts, when it opens a clause: "he", "Ada Okafor",
   * "President Isaias", "the ministry"; -1 when the words before the verb are no clause's subject.
   */
  private static int clauseSubjectStart(List<Tok> toks, int end) {
    if (end <= 0 || !toks.get(end - 1).word()) {
      return -1;
    }
    Tok last = toks.get(end - 1);
    int s;
    if (REPORTING_PRONOUNS.contains(last.text().toLowerCase(Locale.ROOT))) {
      s = end - 1;
    } else if (isCapitalised(last)) {
      s = end - 1;
      while (s > 0 && isCapitalised(toks.get(s - 1)) && end - s < MAX_SPEAKER_WORDS) {
        s--;
      }
      while (s < end - 1 && opensClause(toks.get(s))) {
        s++; // "When Okafor said": the clause opens after "When"
      }
    } else {
      // "the ministry", "the country's health officials": a determiner and up to three words
      s = end - 1;
      while (s > 0 && end - s < 4 && toks.get(s - 1).word() && !isDeterminer(toks.get(s - 1))) {
        s--;
      }
      if (s == 0 || !isDeterminer(toks.get(s - 1))) {
        return -1;
      }
      s--;
    }
    return s == 0 || toks.get(s - 1).text().equals(",") || opensClause(toks.get(s - 1)) ? s : -1;
  }

  private static boolean opensClause(Tok t) {
    return CLAUSE_OPENERS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isDeterminer(Tok t) {
    return DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Conjunctions that open a subordinate clause, which a speaker's noun phrase never runs into
   * ("and" may join two speakers, "that" and "who" open relative clauses that describe one).
   */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "because",
          "when",
          "while",
          "since",
          "before",
          "although",
          "though",
          "until",
          "once",
          "whereas",
          "unless");

  /** Pronouns that may be the subject of a reporting clause. */
  private static final Set<String> REPORTING_PRONOUNS = Set.of("he", "she", "they", "it");

  /** Words after which a new clause, and its subject, begins: "after he tweeted that …". */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "that",
          "which", // "the situation, which he has described as "saddening""
          "after",
          "because",
          "when",
          "as",
          "while",
          "since",
          "and",
          "but",
          "before",
          "although",
          "though",
          "until",
          "once",
          "where",
          "whereas",
          "so");

  /** "according to the ministry" anywhere in the range. */
  static Optional<Mention> accordingTo(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int k = 0; k + 2 < toks.size(); k++) {
      if (toks.get(k).text().equalsIgnoreCase("according")
          && toks.get(k + 1).text().equalsIgnoreCase("to")) {
        int s = k + 2;
        int e = s;
        while (e < toks.size() && toks.get(e).word() && e - s < MAX_SPEAKER_WORDS) {
          e++;
          if (endsAtDocument(toks, e)) {
            break; // "according to the statement Notably, …": a lost full stop
          }
        }
        if (e > s) {
          Tok cue = new Tok(toks.get(k).start(), toks.get(k + 1).end(), "according to", true);
          return Optional.of(mention(text, toks.get(s).start(), toks.get(e - 1).end(), cue));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the words end at {@code e} with a document not followed by its issuer. */
  private static boolean endsAtDocument(List<Tok> toks, int e) {
    String last = toks.get(e - 1).text();
    return Mention.DOCUMENTS.contains(last)
        && e < toks.size()
        && Character.isUpperCase(toks.get(e).text().charAt(0));
  }

  /** "The paper cited Ada Okafor as saying "…"": the one quoted is the speaker. */
  static Optional<Mention> citedAs(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int k = 0; k + 3 < toks.size(); k++) {
      String w = toks.get(k).text();
      if (!w.equals("cited") && !w.equals("quoted") || k > 0 && isQuotedAs(toks, k - 1)) {
        continue; // "Brand was quoted by the Herald as saying": Brand is quoted, not the Herald
      }
      for (int e = k + 2; e + 1 < toks.size() && e - k <= MAX_SPEAKER_WORDS + 1; e++) {
        if (!toks.get(e).word()) {
          break;
        }
        if (toks.get(e).text().equals("as") && toks.get(e + 1).text().equals("saying")) {
          Tok cue = new Tok(toks.get(k).start(), toks.get(k).end(), w, true);
          return Optional.of(mention(text, toks.get(k + 1).start(), toks.get(e - 1).end(), cue));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "… with Secretary of State Ada Okafor saying she was "…"": the speaker of an absolute clause
   * before the quote.
   */
  static Optional<Mention> withSaying(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int k = toks.size() - 1; k > 0; k--) {
      String w = toks.get(k).text();
      if (!w.equals("saying") && !w.equals("telling") && !w.equals("adding")) {
        continue;
      }
      for (int s = k - 1; s >= 0 && k - s <= MAX_SPEAKER_WORDS + 1; s--) {
        if (!toks.get(s).word()) {
          break;
        }
        if (toks.get(s).text().equalsIgnoreCase("with") && s + 1 < k) {
          return Optional.of(
              mention(text, toks.get(s + 1).start(), toks.get(k - 1).end(), toks.get(k)));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Mention> speakerThenVerb(
      String text, List<Tok> toks, int k, boolean anyPastTense) {
    if (k >= toks.size() || !toks.get(k).word()) {
      return Optional.empty();
    }
    String lead = toks.get(k).text().toLowerCase(Locale.ROOT);
    if (NOT_SPEAKER_START.contains(lead)
        || isLower(toks.get(k).text()) && lead.endsWith("ing")
        || QUESTIONED.contains(lead)) {
      return Optional.empty();
    }
    for (int v = k + 1; v < toks.size() && v - k <= MAX_NAME_WORDS + 2; v++) {
      Tok tok = toks.get(v);
      if (v - k > MAX_SPEAKER_WORDS + 2 && !isProperName(toks, k, v)) {
        return Optional.empty(); // only a body's full name runs this long before its verb
      }
      if (v > k && isBracketedAside(toks, v)) {
        // "Ada Okafor (34) said": the age in brackets is no part of the speaker
        int verb = bracketedAsideEnd(toks, v);
        while (verb < toks.size()
            && ADVERBS.contains(toks.get(verb).text().toLowerCase(Locale.ROOT))) {
          verb++;
        }
        boolean cue =
            verb < toks.size()
                && isLower(toks.get(verb).text())
                && CueVerbs.isCue(toks.get(verb).text());
        return cue
            ? Optional.of(mention(text, toks.get(k).start(), toks.get(v - 1).end(), toks.get(verb)))
            : Optional.empty();
      }
      if (v > k && isQuotedAs(toks, v)) {
        // "Okafor was quoted as saying", "… was quoted by the Herald as saying"
        return Optional.of(
            mention(text, toks.get(k).start(), toks.get(v - 1).end(), toks.get(v + 1)));
      }
      if (!tok.word()) {
        if (tok.text().equals("’") || tok.text().equals("'")) {
          continue; // "López’ wife"
        }
        Optional<Mention> named =
            tok.text().equals(",") && v > k
                ? nameBeforeOpenAppositive(text, toks, k, v)
                : Optional.empty();
        if (named.isPresent()) {
          return named;
        }
        if (tok.text().equals(",")
            && v > k
            && Character.isUpperCase(toks.get(v - 1).text().charAt(0))) {
          return afterAppositive(text, toks, k, v);
        }
        if (tok.text().equals(",") && v > k) {
          return nameInAppositive(text, toks, v);
        }
        return Optional.empty();
      }
      if (SUBORDINATORS.contains(tok.text())) {
        return Optional.empty(); // "Ada Okafor left after she wrote …": a clause of its own
      }
      boolean verb =
          isLower(tok.text())
              && (CueVerbs.isCue(tok.text())
                  || anyPastTense && CueVerbs.isPastTense(tok.text())
                  || reportsFindings(toks, k, v));
      if (!verb) {
        continue;
      }
      int npEnd = v;
      while (npEnd > k + 1
          && ADVERBS.contains(toks.get(npEnd - 1).text().toLowerCase(Locale.ROOT))) {
        npEnd--;
      }
      if (npEnd <= k || npEnd - k > MAX_SPEAKER_WORDS && !isProperName(toks, k, npEnd)) {
        return Optional.empty();
      }
      if (npEnd - k >= 2 && PASSIVE_AUXILIARY.contains(toks.get(npEnd - 1).text())) {
        return Optional.empty(); // "Residents were also warned that …": told, not telling
      }
      return Optional.of(mention(text, toks.get(k).start(), toks.get(npEnd - 1).end(), tok));
    }
    return Optional.empty();
  }

  /**
   * Whether the finding verb at {@code v} reports what its subject from {@code k} found: "The
   * agency found that …", "The investigation found the system …".
   */
  private static boolean reportsFindings(List<Tok> toks, int k, int v) {
    if (!Mention.FINDING_VERBS.contains(toks.get(v).text())) {
      return false;
    }
    boolean that = v + 1 < toks.size() && toks.get(v + 1).text().equals("that");
    boolean document =
        Mention.DOCUMENTS.contains(toks.get(v - 1).text().toLowerCase(Locale.ROOT)) && v - k <= 4;
    return that || document;
  }

  /**
   * Whether the words from {@code from} to {@code to} are one body's full name, which may run
   * longer than a speaker's description: "The Ministry of Foreign Affairs of the Islamic Republic".
   * Capitalised words joined only by "of", "the", "and" and "for", ending in a capitalised word.
   */
  private static boolean isProperName(List<Tok> toks, int from, int to) {
    return to - from <= MAX_NAME_WORDS
        && isCapitalised(toks.get(to - 1))
        && toks.subList(from, to).stream()
            .allMatch(t -> isCapitalised(t) || NAME_JOINERS.contains(t.text()));
  }

  private static final int MAX_NAME_WORDS = 12;

  private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for");

  /**
   * "(34)" or "(DOH)" at {@code v}: a person's age, as some papers give it after the name, or the
   * initials a body is called by from then on.
   */
  private static boolean isBracketedAside(List<Tok> toks, int v) {
    return bracketedAsideEnd(toks, v) >= 0;
  }

  /**
   * Where the bracketed aside at {@code v} ends (the token after its ")"), or -1: an age or
   * initials ("(34)", "(DOH)"), or a politician's party and state as American papers give them
   * after the name ("(D)", "(R-Texas)", "(D-N.Y.)").
   */
  private static int bracketedAsideEnd(List<Tok> toks, int v) {
    if (v + 2 >= toks.size() || !toks.get(v).text().equals("(")) {
      return -1;
    }
    String first = toks.get(v + 1).text();
    if (BRACKETED_ASIDE.matcher(first).matches() && toks.get(v + 2).text().equals(")")) {
      return v + 3;
    }
    if (PARTY_STATE.matcher(first).matches()) {
      // "(R-Texas)", "(D-New Mexico)": the party and state as one hyphenated word and any more
      for (int c = v + 2; c < toks.size() && c <= v + 4; c++) {
        if (toks.get(c).text().equals(")")) {
          return c + 1;
        }
      }
      return -1;
    }
    if (!PARTY.matcher(first).matches()) {
      return -1;
    }
    if (toks.get(v + 2).text().equals(")")) {
      return v + 3; // "(D)"
    }
    if (!toks.get(v + 2).text().equals("-")) {
      return -1;
    }
    // "-Texas)", "-N.Y.)", "-New Mexico)": the state, in at most three tokens
    for (int c = v + 4; c < toks.size() && c <= v + 6; c++) {
      if (toks.get(c).text().equals(")")) {
        return v + 3 < c && isCapitalised(toks.get(v + 3)) ? c + 1 : -1;
      }
    }
    return -1;
  }

  private static final Pattern BRACKETED_ASIDE = Pattern.compile("\\d{1,3}|\\p{Lu}{2,8}");

  /** The initial of an American party: Democrat, Republican, Independent. */
  private static final Pattern PARTY = Pattern.compile("[DRI]");

  /** A party's initial and a state in one word: "R-Texas", "D-N.Y.". */
  private static final Pattern PARTY_STATE = Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");

  /** "was quoted" or "were quoted" at {@code v}: its subject is the one quoted. */
  private static boolean isQuotedAs(List<Tok> toks, int v) {
    String w = toks.get(v).text();
    return (w.equals("was") || w.equals("were"))
        && v + 1 < toks.size()
        && toks.get(v + 1).text().equals("quoted");
  }

  /**
   * "Another Lopez attorney, Juan Carlos Gutierrez, said …": a description, then the name between
   * commas, then the verb. The name is the speaker.
   */
  private static Optional<Mention> nameInAppositive(String text, List<Tok> toks, int comma) {
    int end = comma + 1;
    while (end < toks.size()
        && toks.get(end).word()
        && Character.isUpperCase(toks.get(end).text().charAt(0))
        && end - comma <= MAX_SPEAKER_WORDS) {
      end++;
    }
    if (end == comma + 1 || end >= toks.size() || !toks.get(end).text().equals(",")) {
      return Optional.empty();
    }
    int v = end + 1;
    while (v < toks.size() && ADVERBS.contains(toks.get(v).text().toLowerCase(Locale.ROOT))) {
      v++;
    }
    if (v < toks.size() && isLower(toks.get(v).text()) && CueVerbs.isCue(toks.get(v).text())) {
      return Optional.of(
          mention(text, toks.get(comma + 1).start(), toks.get(end - 1).end(), toks.get(v)));
    }
    return Optional.empty();
  }

  /**
   * "Ada Okafor the deputy chair of the union, said …": a name of two words or more and its
   * description, whose opening comma was left out, then the verb after the closing one. The name is
   * the speaker.
   */
  private static Optional<Mention> nameBeforeOpenAppositive(
      String text, List<Tok> toks, int k, int comma) {
    int name = k;
    while (name < comma && isCapitalised(toks.get(name))) {
      name++;
    }
    int v = comma + 1;
    while (v < toks.size() && ADVERBS.contains(toks.get(v).text().toLowerCase(Locale.ROOT))) {
      v++;
    }
    boolean described =
        name - k >= 2
            && name + 1 < comma
            && isDeterminer(toks.get(name))
            && toks.subList(name + 1, comma).stream().allMatch(Tok::word);
    return described
            && v < toks.size()
            && isLower(toks.get(v).text())
            && CueVerbs.isCue(toks.get(v).text())
        ? Optional.of(mention(text, toks.get(k).start(), toks.get(name - 1).end(), toks.get(v)))
        : Optional.empty();
  }

  /**
   * "Dr. Priya Raman, a structural engineer at the university, said …": a name, a comma, a
   * description closed by another comma, then the verb.
   */
  private static Optional<Mention> afterAppositive(String text, List<Tok> toks, int k, int comma) {
    if (comma == k + 1 && isSentenceAdverb(toks.get(k).text())) {
      return Optional.empty(); // "Meanwhile, President Ada Okafor …": no name before the comma
    }
    for (int c = comma + 1; c < toks.size() && c - comma <= MAX_APPOSITIVE_TOKENS; c++) {
      Tok tok = toks.get(c);
      if (!tok.word()
          && !tok.text().equals(",")
          && !tok.text().equals("'")
          && !tok.text().equals("’")) {
        return Optional.empty();
      }
      if (!tok.text().equals(",")) {
        if (unclosedAppositiveEndsAt(toks, comma, c)) {
          // "Dr. Ada Okafor, WHO regional director for Africa said": its closing comma left out
          return comma - k > MAX_SPEAKER_WORDS
              ? Optional.empty()
              : Optional.of(mention(text, toks.get(k).start(), toks.get(comma - 1).end(), tok));
        }
        continue;
      }
      int v = c + 1;
      while (v < toks.size() && ADVERBS.contains(toks.get(v).text().toLowerCase(Locale.ROOT))) {
        v++;
      }
      if (v < toks.size() && isLower(toks.get(v).text()) && CueVerbs.isCue(toks.get(v).text())) {
        if (comma - k > MAX_SPEAKER_WORDS) {
          return Optional.empty();
        }
        return Optional.of(
            mention(text, toks.get(k).start(), toks.get(comma - 1).end(), toks.get(v)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the appositive opened at {@code comma} ends without its comma before the reporting verb
   * at {@code verb}: it gives an office ("WHO regional director for Africa said") and opens with no
   * determiner, which would make it a clause of its own ("…, the minister said").
   */
  private static boolean unclosedAppositiveEndsAt(List<Tok> toks, int comma, int verb) {
    if (verb < comma + 2
        || !isLower(toks.get(verb).text())
        || !CueVerbs.isCue(toks.get(verb).text())
        || DETERMINERS.contains(toks.get(comma + 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return toks.subList(comma + 1, verb).stream()
        .anyMatch(t -> Mention.PERSON_NOUNS.contains(t.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * The subject opening a sentence ("Harbour officials were more cautious."), a candidate for a
   * later pronoun. Only short noun phrases of capitalised words or ending in a noun qualify.
   */
  static Optional<Mention> subject(String text, int from, int to) {
    return subject(text, Words.of(text, from, to));
  }

  /** {@link #subject(String, int, int)} of a sentence already tokenised. */
  static Optional<Mention> subject(String text, List<Tok> toks) {
    int k = afterOpeningConjunction(toks, afterOpeningAdverbial(toks, 0));
    Optional<Mention> found = subjectFrom(text, toks, k);
    // "Elon Musk, who founded the firm, …": what looked like an opening adverbial was a name
    return found.isPresent() || k == 0 ? found : subjectFrom(text, toks, 0);
  }

  private static Optional<Mention> subjectFrom(String text, List<Tok> toks, int k) {
    return plainSubject(text, toks, k)
        .or(() -> nameBeforePlace(text, toks, k))
        .or(() -> nameAfterRoleDescription(text, toks, k));
  }

  /** Prepositions of a phrase that may stand between a subject and its verb. */
  private static final Set<String> PLACE_OR_TIME_PREPOSITIONS =
      Set.of("at", "in", "on", "during", "after", "before");

  /** "Asked about the result the coach replied": a participle opening the sentence, no speaker. */
  private static final Set<String> QUESTIONED = Set.of("asked", "pressed", "questioned");

  /** Marks inside a phrase's words: "post-match", "the club’s". */
  private static final Set<String> WORD_JOINERS = Set.of("-", "’", "'");

  /** How many words a phrase between a named subject and its verb may have. */
  private static final int MAX_PHRASE_WORDS = 12;

  /**
   * "Coach Ada Okafor at the post-match press conference was upbeat": a name of two or more words
   * and a prepositional phrase before the verb. The name is the subject.
   */
  private static Optional<Mention> nameBeforePlace(String text, List<Tok> toks, int k) {
    int e = k;
    while (e < toks.size() && isCapitalised(toks.get(e)) && e - k < MAX_SPEAKER_WORDS) {
      e++;
    }
    if (e - k < 2
        || e >= toks.size()
        || !PLACE_OR_TIME_PREPOSITIONS.contains(toks.get(e).text())
        || !isNounPhrase(toks, k, e)) {
      return Optional.empty();
    }
    for (int v = e + 1; v < toks.size() && v - e <= MAX_PHRASE_WORDS; v++) {
      Tok t = toks.get(v);
      if (!t.word() && !WORD_JOINERS.contains(t.text())) {
        return Optional.empty(); // "Ada Okafor in Kallo, …": no verb within the phrase
      }
      if (isFiniteVerb(t.text())) {
        return Optional.of(mention(text, toks.get(k).start(), toks.get(e - 1).end(), t));
      }
    }
    return Optional.empty();
  }

  /**
   * "The group manager, marketing, Ada Okafor, in a statement on Saturday, addressed …": a
   * description of a person's role, then their name set off by commas. The name is the subject.
   */
  private static Optional<Mention> nameAfterRoleDescription(String text, List<Tok> toks, int k) {
    int comma = k;
    while (comma < toks.size() && toks.get(comma).word() && comma - k <= MAX_SPEAKER_WORDS) {
      comma++;
    }
    if (comma >= toks.size()
        || !toks.get(comma).text().equals(",")
        || toks.subList(k, comma).stream()
            .noneMatch(t -> Mention.PERSON_NOUNS.contains(t.text().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    // Up to three groups between commas; the first that is a person's name of two words or more.
    for (int group = 0, s = comma + 1; group < 3 && s < toks.size(); group++) {
      int e = s;
      while (e < toks.size() && toks.get(e).word() && e - s <= MAX_SPEAKER_WORDS) {
        e++;
      }
      if (e >= toks.size() || !toks.get(e).text().equals(",")) {
        return Optional.empty();
      }
      boolean name =
          e - s >= 2
              && toks.subList(s, e).stream().allMatch(MentionFinder::isCapitalised)
              && Mention.kindOf(text.substring(toks.get(s).start(), toks.get(e - 1).end()))
                  == Mention.Kind.PERSON;
      if (name) {
        return Optional.of(mention(text, toks.get(s).start(), toks.get(e - 1).end(), toks.get(e)));
      }
      s = e + 1;
    }
    return Optional.empty();
  }

  /**
   * "…, Ada Okafor of Kallo, who said she …": the person a relative clause at the comma {@code
   * comma} says spoke.
   */
  static Optional<Mention> relativeSpeaker(String text, List<Tok> toks, int comma) {
    if (comma + 2 >= toks.size()
        || !toks.get(comma + 1).text().equals("who")
        || !isLower(toks.get(comma + 2).text())
        || !CueVerbs.isCue(toks.get(comma + 2).text())) {
      return Optional.empty();
    }
    int s = comma;
    while (s > 0
        && comma - s < MAX_SPEAKER_WORDS
        && (isCapitalised(toks.get(s - 1)) || toks.get(s - 1).text().equals("of"))) {
      s--;
    }
    int e = s;
    while (e < comma && isCapitalised(toks.get(e))) {
      e++; // "Ada Okafor of Kallo": the name ends where its place begins
    }
    if (e - s < 2) {
      return Optional.empty();
    }
    Mention m = mention(text, toks.get(s).start(), toks.get(e - 1).end(), toks.get(comma + 2));
    return m.kind() == Mention.Kind.PERSON ? Optional.of(m) : Optional.empty();
  }

  private static Optional<Mention> plainSubject(String text, List<Tok> toks, int k) {
    int v = k;
    while (v < toks.size() && v - k <= MAX_SPEAKER_WORDS) {
      if (v > k && isBracketedAside(toks, v)) {
        // "The Florida Department of Health (DOH) said": the subject ends before the bracket
        int verb = bracketedAsideEnd(toks, v);
        while (verb < toks.size()
            && ADVERBS.contains(toks.get(verb).text().toLowerCase(Locale.ROOT))) {
          verb++;
        }
        return verb < toks.size() && isFiniteVerb(toks.get(verb).text()) && isNounPhrase(toks, k, v)
            ? Optional.of(mention(text, toks.get(k).start(), toks.get(v - 1).end(), toks.get(verb)))
            : Optional.empty();
      }
      if (!toks.get(v).word()) {
        return v > k && toks.get(v).text().equals(",") && isCapitalised(toks.get(v - 1))
            ? subjectBeforeAppositive(text, toks, k, v)
            : Optional.empty();
      }
      if (v > k && (isFiniteVerb(toks.get(v).text()) || isPresentAfterName(toks, k, v))) {
        int npEnd = v;
        while (npEnd > k + 1
            && ADVERBS.contains(toks.get(npEnd - 1).text().toLowerCase(Locale.ROOT))) {
          npEnd--;
        }
        if (!isNounPhrase(toks, k, npEnd)) {
          return Optional.empty();
        }
        return Optional.of(
            mention(text, toks.get(k).start(), toks.get(npEnd - 1).end(), toks.get(v)));
      }
      v++;
    }
    return Optional.empty();
  }

  /**
   * "Ada Okafor runs the food bank.": a present tense in "-s" right after a name, all its words
   * capitalised. Only after a name: after a common noun the word is as often a plural ("the company
   * shares").
   */
  private static boolean isPresentAfterName(List<Tok> toks, int k, int v) {
    String w = toks.get(v).text();
    return w.length() >= 4
        && isLower(w)
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")
        && toks.subList(k, v).stream().allMatch(MentionFinder::isCapitalised)
        && !DETERMINERS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))
        // "Harbour officials were …", "Kallo Motors shares fell": a plural noun before the verb
        && v + 1 < toks.size()
        && toks.get(v + 1).word()
        && !isFiniteVerb(toks.get(v + 1).text())
        && !Mention.namesPeople(w);
  }

  /**
   * "Elon Musk, who founded the firm in 2002, watched …": a name, an appositive or relative clause
   * between commas, then the verb. The name is the subject.
   */
  private static Optional<Mention> subjectBeforeAppositive(
      String text, List<Tok> toks, int k, int comma) {
    for (int c = comma + 1; c + 1 < toks.size() && c - comma <= MAX_APPOSITIVE_TOKENS; c++) {
      if (!toks.get(c).text().equals(",")) {
        continue;
      }
      int v = c + 1;
      while (v < toks.size() && ADVERBS.contains(toks.get(v).text().toLowerCase(Locale.ROOT))) {
        v++;
      }
      if (v < toks.size() && isFiniteVerb(toks.get(v).text()) && isNounPhrase(toks, k, comma)) {
        return Optional.of(
            mention(text, toks.get(k).start(), toks.get(comma - 1).end(), toks.get(v)));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean isFiniteVerb(String w) {
    return isLower(w)
        && (AUXILIARIES.contains(w.toLowerCase(Locale.ROOT))
            || CueVerbs.isCue(w)
            || CueVerbs.isPastTense(w));
  }

  private static boolean isCapitalised(Tok t) {
    return t.word() && Character.isUpperCase(t.text().charAt(0));
  }

  /**
   * Capitalised words, an optional leading determiner, "of"/"and", and a final noun; or a name with
   * its description before it ("SpaceX chief executive Elon Musk", "local police spokeswoman Ada
   * Okafor").
   */
  private static boolean isNounPhrase(List<Tok> toks, int from, int to) {
    if (to - from >= 2
        && isCapitalised(toks.get(to - 1))
        && isCapitalised(toks.get(to - 2))
        && toks.subList(from, to).stream().allMatch(MentionFinder::describesOrNames)) {
      return !NOT_A_SUBJECT.contains(toks.get(from).text().toLowerCase(Locale.ROOT));
    }
    for (int i = from; i < to; i++) {
      String w = toks.get(i).text();
      String lower = w.toLowerCase(Locale.ROOT);
      if (i == from && (DETERMINERS.contains(lower) || NOT_A_SUBJECT.contains(lower))) {
        if (NOT_A_SUBJECT.contains(lower) || to - from == 1) {
          return false;
        }
        continue;
      }
      boolean last = i == to - 1;
      if (!Character.isUpperCase(w.charAt(0))
          && !last
          && !lower.equals("of")
          && !lower.equals("and")) {
        return false;
      }
    }
    return true;
  }

  /** A word of a name or of the description before it, not of a clause: "chief", "Elon". */
  private static boolean describesOrNames(Tok t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    return t.word()
        && (isCapitalised(t)
            || !NOT_SPEAKER_START.contains(lower)
                && !AUXILIARIES.contains(lower)
                && !lower.endsWith("ing")
                && !CueVerbs.isPastTense(lower));
  }

  /**
   * "Slaughter: "Dispirited …"", "Rebecca Leclair: "How …?"": a transcript's speaker, a name of one
   * to four capitalised words alone before the colon, {@code from} to {@code to} being the words
   * before the quote.
   */
  static Optional<Mention> transcriptSpeaker(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    int n = toks.size();
    if (n < 2 || n > 5 || !toks.get(n - 1).text().equals(":")) {
      return Optional.empty();
    }
    return toks.subList(0, n - 1).stream().allMatch(MentionFinder::isCapitalised)
        ? Optional.of(mention(text, toks.get(0).start(), toks.get(n - 2).end(), toks.get(n - 1)))
        : Optional.empty();
  }

  /**
   * "Here is the rest of what Tom Brand said:": the name between "what" and a reporting verb, in
   * words that introduce a quotation.
   */
  static Optional<Mention> whatSaid(String text, int from, int to) {
    List<Tok> toks = Words.of(text, from, to);
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (!toks.get(i).text().equalsIgnoreCase("what")) {
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && isCapitalised(toks.get(j)) && j - i <= 4) {
        j++;
      }
      if (j > i + 1
          && j < toks.size()
          && isLower(toks.get(j).text())
          && CueVerbs.isCue(toks.get(j).text())) {
        return Optional.of(
            mention(text, toks.get(i + 1).start(), toks.get(j - 1).end(), toks.get(j)));
      }
    }
    return Optional.empty();
  }

  private static Mention mention(String text, int start, int end, Tok cue) {
    String np = text.substring(start, end);
    return new Mention(Span.of(start, end), np, cue.text(), cue.span(), Mention.kindOf(np));
  }

  /**
   * What {@link #after} with {@code inverted} false decides from the first word alone: no word, a
   * reporting verb ("…, said the tide was fast"), or a word that starts a clause rather than a
   * speaker ("and", "adding").
   */
  private static boolean cannotLeadAClause(@Nullable Tok first) {
    if (first == null) {
      return true;
    }
    String lead = first.text().toLowerCase(Locale.ROOT);
    return CueVerbs.isCue(first.text()) && isLower(first.text())
        || NOT_SPEAKER_START.contains(lead)
        || isLower(first.text()) && lead.endsWith("ing");
  }

  private static boolean isLower(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }
}
