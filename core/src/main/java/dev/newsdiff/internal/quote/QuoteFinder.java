package dev.newsdiff.internal.quote;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Spans;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.text.CalendarNames;
import dev.newsdiff.model.Attribution;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the direct quotations of an article and who said them.
 *
 * <p>Quotations are built from paired marks: a quote running over several paragraphs (each opening
 * with a mark, only the last closing) is one quotation, and so is one broken by its attribution
 * ({@code "We will," she said, "continue."}). Scare quotes and named things in quote marks ("One
 * State, One Army", so-called "reforms") are not speech. Speakers come from the attribution beside
 * the quote, a colon introduction, the sentence's reported-speech subject, or an earlier quote in
 * the same paragraph; pronouns resolve to the last named speaker of a fitting kind. Stateless and
 * thread-safe.
 */
public final class QuoteFinder {

  // Compiled once: String.split compiles its pattern on every call.
  private static final Pattern WORD_GAPS = Pattern.compile("[\\s,;:.!?]+");

  private static final Pattern NAMING_BEFORE =
      Pattern.compile(
          "(?:so-called|dubbed|called|named|titled|entitled|known as|termed|nicknamed|codenamed|"
              + "the (?:term|word|phrase|slogan|motto|hashtag|principle of|concept of|notion of|idea of)|"
              + "principle of|slogan|motto|hashtag|operation)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** In lower case only: a capitalised word after the quote is a name ("…," Brand said). */
  private static final Pattern LABEL_AFTER =
      Pattern.compile(
          "^\\s*(?:principle|slogan|motto|doctrine|policy|campaign|operation|initiative|programme|"
              + "program|project|hashtag|label|brand|plan|strategy|movement)s?\\b");

  private static final java.util.Set<String> SMALL_WORDS =
      java.util.Set.of(
          "of", "and", "the", "a", "an", "for", "to", "in", "on", "at", "by", "with", "or", "nor",
          "&");

  /** How many earlier speakers a pronoun may reach back over. */
  private static final int MAX_LOOKBACK = 50;

  private QuoteFinder() {}

  /**
   * The quotations in {@code text}.
   *
   * @param idPrefix prefix of quote ids, e.g. {@code "aa"} gives {@code "aa/q1"}
   * @param paragraphs the story's paragraphs in order (furniture excluded)
   * @param sentences the story's sentences in order
   */
  public static ImmutableList<Quote> find(
      String idPrefix, String text, List<Paragraph> paragraphs, List<Span> sentences) {
    return find(idPrefix, text, paragraphs, sentences, true);
  }

  /**
   * The quotations in {@code text}, as {@link #find(String, String, List, List)} finds them; with
   * {@code speakers} false, each without its attribution. Which quotations are speech does not
   * depend on who speaks, so the same quotes are found either way.
   */
  public static ImmutableList<Quote> find(
      String idPrefix,
      String text,
      List<Paragraph> paragraphs,
      List<Span> sentences,
      boolean speakers) {
    List<List<Segment>> byParagraph = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      byParagraph.add(SegmentScanner.scan(text, paragraphs.get(i).span(), i));
    }
    List<Quotation> quotations = join(text, byParagraph, paragraphs);
    // The speakers' mentions and names are most of the cost of finding quotes.
    @Nullable Context context =
        speakers ? new Context(text, paragraphs, sentences, quotations) : null;
    ImmutableList.Builder<Quote> quotes = ImmutableList.builder();
    @Nullable Attribution previous = null;
    int previousParagraph = -1;
    int n = 0;
    for (Quotation q : quotations) {
      Role role = paragraphs.get(q.first().paragraph()).role();
      if (!isSpeech(text, q, role, sentences)) {
        continue;
      }
      @Nullable Attribution attribution = context == null ? null : context.attribution(q, role);
      boolean sameParagraph = previousParagraph == q.first().paragraph();
      boolean opensNextParagraph =
          previousParagraph == q.first().paragraph() - 1 && isParagraphStart(text, q.first());
      if (attribution == null
          && role == Role.BODY
          && previous != null
          && (sameParagraph || opensNextParagraph)) {
        // "…," the sources said. "…" — the same speaker goes on, also in a paragraph of its own.
        attribution = previous;
      }
      Span span = Span.of(q.first().open(), q.last().close());
      List<Span> parts = new ArrayList<>();
      for (Segment s : q.segments()) {
        parts.add(s.inner());
      }
      quotes.add(new Quote(idPrefix + "/q" + (++n), span, parts, q.text(text), attribution));
      previous = attribution;
      previousParagraph = q.last().paragraph();
    }
    return quotes.build();
  }

  /** Joins segments that are one quotation: across paragraphs, and around an attribution. */
  private static List<Quotation> join(
      String text, List<List<Segment>> byParagraph, List<Paragraph> paragraphs) {
    List<Quotation> out = new ArrayList<>();
    Quotation open = null;
    // Paragraphs without marks after an unclosed quotation: its words, if a later paragraph closes
    // it without reopening it.
    List<Segment> unmarked = new ArrayList<>();
    for (int k = 0; k < byParagraph.size(); k++) {
      List<Segment> segments = byParagraph.get(k);
      Span p = paragraphs.get(k).span();
      if (open != null && (segments.isEmpty() || !isParagraphStart(text, segments.get(0)))) {
        @Nullable Segment goesOn = SegmentScanner.continuation(text, p, k);
        if (goesOn != null) {
          // "…" in one paragraph, the next ones without marks, and "…,” said Tom Brand."
          open.segments().addAll(unmarked);
          open.segments().add(goesOn);
          unmarked.clear();
          List<Segment> rest = new ArrayList<>();
          segments.stream().filter(s -> s.open() >= goesOn.close()).forEach(rest::add);
          segments = rest;
        } else if (segments.isEmpty() && !text.substring(p.start(), p.end()).isBlank()) {
          unmarked.add(wholeParagraph(text, p, k));
          continue;
        }
      }
      unmarked.clear();
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        if (open != null && i == 0 && !s.single() && isParagraphStart(text, s)) {
          open.segments().add(s); // a multi-paragraph quote goes on
        } else if (!out.isEmpty()
            && i > 0
            && !s.single()
            && brokenByAttribution(text, out.get(out.size() - 1), s)) {
          out.get(out.size() - 1).segments().add(s);
        } else {
          out.add(new Quotation(new ArrayList<>(List.of(s))));
        }
        open = null;
      }
      Quotation last = out.isEmpty() ? null : out.get(out.size() - 1);
      open = last != null && !last.last().closed() && !last.last().single() ? last : null;
    }
    return out;
  }

  /** A paragraph's words as one segment of a quotation that runs over it without marks. */
  private static Segment wholeParagraph(String text, Span p, int index) {
    int s = Whitespace.contentStart(text, p.start(), p.end());
    int e = Whitespace.contentEnd(text, s, p.end());
    return new Segment(s, e, Span.of(s, e), false, false, index);
  }

  private static boolean isParagraphStart(String text, Segment s) {
    for (int i = s.open() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!Whitespace.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code "We will," she said, "continue."}: the words between are an attribution ending in a
   * comma.
   */
  private static boolean brokenByAttribution(String text, Quotation previous, Segment next) {
    Segment last = previous.last();
    if (!last.closed() || last.single() || last.paragraph() != next.paragraph()) {
      return false;
    }
    String between = text.substring(last.close(), next.open()).trim();
    String inner = last.inner().in(text);
    if (!between.endsWith(",") || !inner.endsWith(",") || between.length() > 80) {
      return false;
    }
    return MentionFinder.after(text, last.close(), next.open()).isPresent();
  }

  private static boolean isSpeech(String text, Quotation q, Role role, List<Span> sentences) {
    String words = q.text(text);
    int count = Whitespace.wordCount(words);
    if (count == 0) {
      return false;
    }
    Segment first = q.first();
    String before = text.substring(Math.max(0, first.open() - 30), first.open());
    String after = text.substring(q.last().close(), Math.min(text.length(), q.last().close() + 30));
    if (count <= 8 && !words.contains(". ") && isTitleCase(words)) {
      return false; // a name: "One State, One Army"
    }
    if (LABEL_AFTER.matcher(after).find() || count <= 3 && NAMING_BEFORE.matcher(before).find()) {
      return false; // the 'zero problems' policy; so-called "reforms"
    }
    if (count >= 2) {
      return true; // headlines cite: Türkiye 'produces peace and stability'
    }
    if (role != Role.BODY) {
      // "'Largely' peaceful", "to prevent 'misuse' of Autopilot": one quoted word in a headline
      // is a scare quote too, unless it is said: "'Outrageous,' says minister"
      Words.Tok next =
          Words.firstWord(text, q.last().close(), Math.min(text.length(), q.last().close() + 40));
      String inner = q.last().inner().in(text).strip();
      return inner.endsWith(",")
          || inner.endsWith("!")
          || inner.endsWith("?")
          || next != null && CueVerbs.isCue(next.text());
    }
    // A single quoted word is a scare quote, unless someone is said to have said it: "No," he said;
    // The agency said the risk was "moderate".
    return q.last().closed()
        && (MentionFinder.after(
                    text, q.last().close(), Math.min(text.length(), q.last().close() + 80))
                .isPresent()
            || inReportedSpeech(text, q, sentences)
            || DESCRIBED_AS
                .matcher(text.substring(Math.max(0, first.open() - 80), first.open()))
                .find());
  }

  /**
   * "He described the blast as "frightful"", "which she has described as "saddening"": the word
   * someone is said to have described a thing as is theirs, as with "referred to it as".
   */
  private static final Pattern DESCRIBED_AS =
      Pattern.compile(
          "\\b(?:describ(?:ed|es|ing)|referr(?:ed|ing) to|refers to)\\b[^.;:!?\"“”\\n]{0,60}\\bas\\s*$");

  /**
   * Whether the quotation is inside the reported speech of its sentence's opening clause: "The
   * agency said last week that the risk was "moderate"" quotes the agency's word.
   */
  private static boolean inReportedSpeech(String text, Quotation q, List<Span> sentences) {
    int i = Spans.indexAt(sentences, Span::start, Span::end, q.first().open());
    if (i < 0 || sentences.get(i).start() >= q.first().open()) {
      return false;
    }
    Span sentence = sentences.get(i);
    return MentionFinder.clauseStart(text, sentence.start(), q.first().open(), false)
        .filter(m -> REPORTED.matcher(text.substring(m.cueSpan().end(), q.first().open())).find())
        .isPresent();
  }

  /** "said that", "said last week that": reported speech that the quoted word is part of. */
  private static final Pattern REPORTED = Pattern.compile("^[^,;:\\n]{0,40}?\\bthat\\b");

  private static boolean isTitleCase(String words) {
    int capitalised = 0;
    for (String w : WORD_GAPS.split(words)) {
      if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2;
  }

  /** Finds attributions, with the article's speaker mentions for resolving pronouns. */
  private static final class Context {
    private final String text;
    private final List<Span> sentences;
    private final List<Mention> mentions;
    private final List<Mention> antecedents;
    private final SpeakerNames names;

    /** Where each quotation closes, in reading order, so ascending: quotations do not overlap. */
    private final int[] closes;

    /**
     * Genders learnt from pronouns already resolved: after "Okafor … she said", Okafor is a she.
     */
    private final Map<String, SpeakerNames.Gender> learnt = new HashMap<>();

    Context(
        String text, List<Paragraph> paragraphs, List<Span> sentences, List<Quotation> quotations) {
      this.text = text;
      this.sentences = sentences;
      List<SpeakerMentions.BodySentence> body = SpeakerMentions.body(text, paragraphs, sentences);
      this.mentions = SpeakerMentions.collect(text, sentences, body, quotations);
      this.antecedents = SpeakerMentions.antecedents(text, body, quotations, mentions);
      this.names = SpeakerNames.of(text, paragraphs);
      this.closes = quotations.stream().mapToInt(q -> q.last().close()).toArray();
    }

    @Nullable Attribution attribution(Quotation q, Role role) {
      Optional<Mention> found = find(q);
      if (found.isEmpty()) {
        return null;
      }
      Mention m = found.get();
      String speaker = m.text();
      if (m.isPronoun()) {
        Optional<Mention> antecedent = antecedent(m);
        speaker =
            antecedent
                .map(Mention::text)
                .or(() -> personOfPronounsGender(m, q.first().inner().start()))
                .orElse(m.text());
        antecedent.ifPresent(
            a ->
                SpeakerNames.Gender.ofWord(m.text())
                    .ifPresent(g -> learnt.putIfAbsent(nameOf(a), g)));
      }
      // "the statement said": the body that issued it speaks.
      speaker = names.issuer(speaker, m.span().start()).orElse(speaker);
      String name = names.canonical(speaker, m.span().start());
      if (name.equals(speaker) && SpeakerNames.isOfficeHolderNoun(speaker)) {
        // "the minister said" with no minister named: the person the article is about
        name = namedPersonBefore(m).map(this::nameOf).orElse(name);
      }
      return new Attribution(speaker, m.span(), m.text(), m.cue(), name);
    }

    private Optional<Mention> find(Quotation q) {
      int close = q.last().close();
      Span endSentence = sentenceAt(Math.max(q.last().inner().end() - 1, q.last().inner().start()));
      Span startSentence = sentenceAt(q.first().inner().start());
      int limit = attributionLimit(q, endSentence);
      Optional<Mention> m =
          MentionFinder.after(text, close, limit)
              .or(() -> MentionFinder.passiveAgent(text, close, limit))
              // "…," the agency quoted Interior Minister Tom Brand as saying.
              .or(() -> MentionFinder.citedAs(text, close, limit));
      if (m.isPresent()) {
        return m;
      }
      // Broken by its attribution: "We will," she said, "continue."
      for (int i = 0; i + 1 < q.segments().size(); i++) {
        Segment s = q.segments().get(i);
        Segment next = q.segments().get(i + 1);
        if (s.paragraph() == next.paragraph()) {
          m = MentionFinder.after(text, s.close(), next.open());
          if (m.isPresent()) {
            return m;
          }
        }
      }
      if (startSentence != null && startSentence.start() <= q.first().open()) {
        // "X said "…," while Y tweeted "…"": a second quotation of the sentence is Y's, the
        // reporting clause between the two quotations.
        int earlier = closeBefore(q, startSentence.start());
        if (earlier >= 0) {
          m = MentionFinder.reportingClauseBefore(text, earlier, q.first().open());
          if (m.isPresent()) {
            return m;
          }
        }
        m = MentionFinder.citedAs(text, startSentence.start(), q.first().open());
        if (m.isPresent()) {
          return m;
        }
        String intro = text.substring(startSentence.start(), q.first().open()).trim();
        if (intro.endsWith(":")) {
          m = MentionFinder.clauseStart(text, startSentence.start(), q.first().open(), true);
          if (m.isEmpty() && opensParagraph(startSentence.start())) {
            m = MentionFinder.transcriptSpeaker(text, startSentence.start(), q.first().open());
          }
          if (m.isPresent()) {
            return m;
          }
        }
        m = MentionFinder.clauseStart(text, startSentence.start(), q.first().open(), false);
        if (m.isPresent()) {
          return m;
        }
        m = MentionFinder.withSaying(text, startSentence.start(), q.first().open());
        if (m.isPresent()) {
          return m;
        }
        m = MentionFinder.participleClauseSubject(text, startSentence.start(), q.first().open());
        if (m.isPresent()) {
          return m;
        }
      }
      // Another attribution in the same sentence: "as "critical" … "One State, One Army," the
      // sources said".
      if (endSentence != null) {
        for (int i = Spans.firstStartingAt(mentions, mention -> mention.span().start(), close);
            i < mentions.size();
            i++) {
          Mention other = mentions.get(i);
          if (other.span().start() >= endSentence.end()) {
            break;
          }
          if (endSentence.contains(other.span())) {
            return Optional.of(other);
          }
        }
        m = MentionFinder.accordingTo(text, endSentence.start(), endSentence.end());
        if (m.isPresent()) {
          return m;
        }
      }
      if (startSentence != null && startSentence.start() <= q.first().open()) {
        m =
            MentionFinder.reportingClauseBefore(text, startSentence.start(), q.first().open())
                .or(
                    () ->
                        MentionFinder.issuedDocument(
                            text, startSentence.start(), q.first().open()));
        if (m.isPresent()) {
          return m;
        }
      }
      if (startSentence == null || !standsAlone(q, startSentence, endSentence)) {
        return Optional.empty();
      }
      return introducedByColonBefore(startSentence).or(() -> reportedSpeechBefore(startSentence));
    }

    /**
     * Where the quotation before {@code q} closes, when it closes after {@code from} (in the
     * sentence {@code q} opens in); -1 otherwise.
     */
    private int closeBefore(Quotation q, int from) {
      int open = q.first().open();
      int at = Arrays.binarySearch(closes, open);
      int before = at >= 0 ? at : -at - 2; // the last quotation closing at or before q opens
      return before >= 0 && closes[before] > from ? closes[before] : -1;
    }

    /** Whether only spaces stand between the last line break and {@code at}. */
    private boolean opensParagraph(int at) {
      int i = at - 1;
      while (i >= 0 && text.charAt(i) != '\n' && Whitespace.isSpace(text.charAt(i))) {
        i--;
      }
      return i < 0 || text.charAt(i) == '\n';
    }

    /**
     * "Director Ada Okafor issued the following statement:" and the quote in the next paragraph: a
     * sentence ending in a colon right before introduces the quotation, whatever its verb.
     */
    private Optional<Mention> introducedByColonBefore(Span sentence) {
      int i = Spans.indexAt(sentences, Span::start, Span::end, sentence.start());
      if (i <= 0) {
        return Optional.empty();
      }
      Span previous = sentences.get(i - 1);
      boolean colon =
          text.substring(previous.start(), previous.end()).stripTrailing().endsWith(":");
      if (!colon || !text.substring(previous.end(), sentence.start()).isBlank()) {
        return Optional.empty();
      }
      // "Here is the rest of what Vilsack said:": the reporting clause nearest the colon
      int end = text.lastIndexOf(':', previous.end());
      return MentionFinder.clauseStart(text, previous.start(), previous.end(), true)
          .or(() -> MentionFinder.reportingClauseBefore(text, previous.start(), end))
          .or(() -> MentionFinder.whatSaid(text, previous.start(), end));
    }

    /**
     * Whether the quotation is its sentences, with nothing before or after it but marks: one
     * sentence, or several, also over paragraphs ("…:" and a statement quoted in full below it).
     */
    private boolean standsAlone(
        Quotation q, @Nullable Span startSentence, @Nullable Span endSentence) {
      // The marks may stand outside the sentence the splitter found for the words inside them.
      return startSentence != null
          && endSentence != null
          && startSentence.start() <= q.first().open()
          && q.last().close() <= endSentence.end()
          && text.substring(startSentence.start(), q.first().open()).isBlank()
          && text.substring(q.last().close(), endSentence.end())
              .chars()
              .noneMatch(Character::isLetterOrDigit);
    }

    /**
     * "Brand said twenty bodies were found. "We are still searching."": a quotation standing alone
     * goes on with the reported speech of the sentence right before it, in its paragraph or the one
     * before, whose speaker says it.
     */
    private Optional<Mention> reportedSpeechBefore(Span sentence) {
      int i = Spans.indexAt(sentences, Span::start, Span::end, sentence.start());
      if (i <= 0) {
        return Optional.empty();
      }
      Span previous = sentences.get(i - 1);
      if (!text.substring(previous.end(), sentence.start()).isBlank()) {
        return Optional.empty();
      }
      return MentionFinder.clauseStart(text, previous.start(), previous.end(), false)
          .or(() -> closingAttribution(previous))
          .or(() -> subjectOfReportedSpeech(previous))
          .or(() -> namedPersonSubject(previous));
    }

    /**
     * "Monday is the day to prepare, Brand added. "Be there tonight."": a paraphrase closed by its
     * reporting clause after the sentence's last comma; the quotation standing alone after it goes
     * on with that speaker's words, whatever the sentence's subject.
     */
    private Optional<Mention> closingAttribution(Span sentence) {
      List<Words.Tok> words = Words.of(text, sentence.start(), sentence.end());
      int comma = -1;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).text().equals(",")) {
          comma = i;
        }
      }
      if (comma < 0 || words.size() - comma > MAX_CLOSING_CLAUSE_TOKENS) {
        return Optional.empty();
      }
      int[] stops = Words.firstWordStops(words);
      int c = comma;
      return MentionFinder.afterComma(text, words, stops, c, sentence.end())
          .or(() -> MentionFinder.invertedAfterComma(text, words, stops, c, sentence.end()))
          .filter(m -> m.kind() == Mention.Kind.PERSON && !m.isPronoun());
    }

    /**
     * Tokens after the last comma a closing reporting clause may take, its full stop included: a
     * name, the verb and a time ("…, said Deputy Mayor Tom Brand on Monday.").
     */
    private static final int MAX_CLOSING_CLAUSE_TOKENS = 10;

    /**
     * "Tom Brand was blunt. "We need food."": a quotation standing alone right after a sentence
     * whose subject is a person named by name is that person's, as news style introduces a quote by
     * its speaker without a reporting verb. A common noun ("The crowd was silent.") names no one.
     */
    private Optional<Mention> namedPersonSubject(Span sentence) {
      return MentionFinder.subject(text, sentence.start(), sentence.end())
          .filter(m -> m.kind() == Mention.Kind.PERSON && !m.isPronoun())
          .filter(m -> !Mention.namesPeople(m.text())) // "Residents were angry." names no one
          .filter(m -> !CalendarNames.ALL.contains(m.text().toLowerCase(Locale.ROOT)))
          .filter(
              m -> {
                // "The Regional Minister, Ada Okafor": the name the article gives, not the noun
                String name = nameOf(m);
                return Character.isUpperCase(name.codePointAt(0))
                    && !name.startsWith("The ")
                    && !name.startsWith("A ");
              });
    }

    /**
     * "Coach Ada Okafor at the press conference was upbeat and said that …": the subject of a
     * sentence that reports speech further on, a reporting verb followed by "that".
     */
    private Optional<Mention> subjectOfReportedSpeech(Span sentence) {
      List<Words.Tok> toks = Words.of(text, sentence.start(), sentence.end());
      boolean reports = false;
      for (int i = 0; i + 1 < toks.size() && !reports; i++) {
        reports =
            toks.get(i + 1).text().equals("that")
                && Character.isLowerCase(toks.get(i).text().charAt(0))
                && CueVerbs.isCue(toks.get(i).text());
      }
      return reports
          ? MentionFinder.subject(text, sentence.start(), sentence.end())
          : Optional.empty();
    }

    /**
     * How far an attribution after the quote may reach: its sentence's end, or when the quote's own
     * "?" or "!" ended the sentence, the end of the next one on its line ("Why now?" Okafor
     * asked.).
     */
    private int attributionLimit(Quotation q, @Nullable Span endSentence) {
      int close = q.last().close();
      int limit = endSentence == null ? close : Math.max(close, endSentence.end());
      if (limit == close && endsAsQuestionOrExclamation(q)) {
        Span next = sentenceAt(firstNonSpace(close));
        return next == null ? close : next.end();
      }
      return limit;
    }

    private boolean endsAsQuestionOrExclamation(Quotation q) {
      String inner = q.last().inner().in(text).stripTrailing();
      return inner.endsWith("?") || inner.endsWith("!");
    }

    /** The first character after spaces, not past the end of the line. */
    private int firstNonSpace(int from) {
      int i = from;
      while (i < text.length() && text.charAt(i) != '\n' && Whitespace.isSpace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /**
     * "she" after "Mr. Brand met Mrs. Okafor": when no subject or speaker before fits, the person
     * nearest before the quote whom the text marks with the pronoun's gender.
     */
    private Optional<String> personOfPronounsGender(Mention pronoun, int quoteStart) {
      return SpeakerNames.Gender.ofWord(pronoun.text())
          .flatMap(
              g -> names.personOfGenderBefore(g, Math.min(quoteStart, pronoun.span().start())));
    }

    /** The nearest earlier mention the pronoun fits; "they" falls back to an organisation. */
    private Optional<Mention> antecedent(Mention pronoun) {
      int before =
          Spans.firstStartingAt(antecedents, m -> m.span().start(), pronoun.span().start());
      Mention fallback = null;
      // A pronoun refers to someone named recently; looking further back would be quadratic.
      for (int i = before - 1; i >= 0 && before - i <= MAX_LOOKBACK; i--) {
        Mention m = antecedents.get(i);
        if (m.span().start() >= pronoun.span().start() || m.isPronoun()) {
          continue;
        }
        if (pronoun.canReferTo(m) && genderFits(pronoun, m)) {
          return Optional.of(m);
        }
        if (fallback == null
            && pronoun.kind() == Mention.Kind.PRONOUN_GROUP
            && m.kind() == Mention.Kind.ORGANISATION) {
          fallback = m;
        }
      }
      return Optional.ofNullable(fallback);
    }

    /**
     * The nearest person named before {@code m}: whom a definite office with no holder named ("the
     * minister", "the former Kallo gaffer") stands for, as news style varies the words for the
     * person the story is about ("Ms. Okonjo-Iweala told …" then ""…," the minister said").
     */
    private Optional<Mention> namedPersonBefore(Mention m) {
      // The last one quoted first: the story's main speaker, whoever else was named since.
      return namedPersonBefore(mentions, m).or(() -> namedPersonBefore(antecedents, m));
    }

    private Optional<Mention> namedPersonBefore(List<Mention> candidates, Mention m) {
      int before = Spans.firstStartingAt(candidates, a -> a.span().start(), m.span().start());
      for (int i = before - 1; i >= 0 && before - i <= MAX_LOOKBACK; i--) {
        Mention a = candidates.get(i);
        if (a.span().start() >= m.span().start() || a.isPronoun()) {
          continue;
        }
        String name = nameOf(a);
        if (a.kind() == Mention.Kind.PERSON
            && Character.isUpperCase(name.codePointAt(0))
            && !name.startsWith("The ")) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }

    /** "she" does not refer to Mr Okafor, nor to someone an earlier "he" referred to. */
    private boolean genderFits(Mention pronoun, Mention antecedent) {
      Optional<SpeakerNames.Gender> wanted = SpeakerNames.Gender.ofWord(pronoun.text());
      if (wanted.isEmpty()) {
        return true;
      }
      Optional<SpeakerNames.Gender> known = names.gender(antecedent.text());
      if (known.isEmpty()) {
        known = Optional.ofNullable(learnt.get(nameOf(antecedent)));
      }
      return known.isEmpty() || known.equals(wanted);
    }

    private String nameOf(Mention m) {
      return names.canonical(m.text(), m.span().start());
    }

    @Nullable
    private Span sentenceAt(int offset) {
      int i = Spans.indexAt(sentences, Span::start, Span::end, offset);
      return i < 0 ? null : sentences.get(i);
    }
  }
}
