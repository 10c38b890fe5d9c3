package dev.newsdiff.internal.quote;

import dev.newsdiff.internal.Spans;
import dev.newsdiff.internal.quote.Words.Tok;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place an article names someone as speaking: after closing quote marks, after commas ("…,
 * Defense Ministry sources said Thursday"), and at the start of a sentence ("The ministry also said
 * …"). Pronouns are resolved against these in reading order.
 */
final class SpeakerMentions {

  private SpeakerMentions() {}

  /**
   * A sentence of the body and its words: tokenised once for every search below; and where {@link
   * Words#firstWord} stops from each word.
   */
  record BodySentence(Span span, List<Tok> words, int[] stops) {
    BodySentence(Span span, List<Tok> words) {
      this(span, words, Words.firstWordStops(words));
    }
  }

  /** The sentences of body paragraphs, with their words. */
  static List<BodySentence> body(String text, List<Paragraph> paragraphs, List<Span> sentences) {
    return sentences.stream()
        .filter(s -> isBody(paragraphs, s))
        .map(s -> new BodySentence(s, Words.of(text, s.start(), s.end())))
        .toList();
  }

  static List<Mention> collect(
      String text, List<Span> sentences, List<BodySentence> body, List<Quotation> quotations) {
    Map<Integer, Mention> byStart = new LinkedHashMap<>();
    List<Span> quoted = quotedWords(quotations);
    for (Quotation q : quotations) {
      int close = q.last().close();
      Span sentence = containing(sentences, Math.max(close - 1, 0));
      int limit = sentence == null ? close : Math.max(close, sentence.end());
      MentionFinder.after(text, close, limit)
          .ifPresent(m -> byStart.putIfAbsent(m.span().start(), m));
    }
    for (BodySentence b : body) {
      Span sentence = b.span();
      List<Tok> words = b.words();
      MentionFinder.clauseStart(text, words, false)
          .filter(m -> !isQuoted(quoted, m))
          .ifPresent(m -> byStart.putIfAbsent(m.span().start(), m));
      for (int c = 0; c < words.size(); c++) {
        if (words.get(c).text().equals(",")) { // every comma is a token of its own
          int comma = words.get(c).start();
          MentionFinder.afterComma(text, words, b.stops(), c, sentence.end())
              .filter(m -> !isQuoted(quoted, m))
              .filter(m -> !describesNamed(byStart.values(), comma, m))
              .ifPresent(m -> byStart.putIfAbsent(m.span().start(), m));
        }
      }
    }
    List<Mention> mentions = new ArrayList<>(byStart.values());
    mentions.sort(Comparator.comparing(Mention::span));
    return mentions;
  }

  /**
   * "…," Tom Brand, senior party leader and minister said.": a description in lower case after the
   * comma that closes a speaker's name is that speaker's appositive, not a second speaker a later
   * "he said" could mean.
   */
  private static boolean describesNamed(Collection<Mention> found, int comma, Mention m) {
    return Character.isLowerCase(m.text().charAt(0))
        && found.stream().anyMatch(n -> n.span().end() == comma);
  }

  /**
   * Speakers and sentence subjects in reading order: what a pronoun may refer to. A plural subject
   * counts only when it names people ("Harbour officials were more cautious."), not things ("The
   * talks focused on …").
   */
  static List<Mention> antecedents(
      String text, List<BodySentence> body, List<Quotation> quotations, List<Mention> speakers) {
    Map<Integer, Mention> byStart = new LinkedHashMap<>();
    List<Span> quoted = quotedWords(quotations);
    speakers.forEach(m -> byStart.put(m.span().start(), m));
    for (BodySentence b : body) {
      Span sentence = b.span();
      List<Tok> words = b.words();
      MentionFinder.subject(text, words)
          .filter(m -> m.kind() != Mention.Kind.GROUP || Mention.namesPeople(m.text()))
          .filter(m -> !isQuoted(quoted, m))
          .ifPresent(m -> byStart.putIfAbsent(m.span().start(), m));
      for (int i = 0; i < words.size(); i++) {
        int c = i;
        if (words.get(c).text().equals(",")) {
          MentionFinder.invertedAfterComma(text, words, b.stops(), c, sentence.end())
              .or(() -> MentionFinder.relativeSpeaker(text, words, c))
              .filter(m -> !isQuoted(quoted, m))
              .ifPresent(m -> byStart.putIfAbsent(m.span().start(), m));
        }
        if (words.get(c).text().equals("by")) {
          MentionFinder.passiveAgentAt(text, words, c)
              .filter(m -> !isQuoted(quoted, m))
              .ifPresent(m -> byStart.putIfAbsent(m.span().start(), m));
        }
      }
    }
    List<Mention> mentions = new ArrayList<>(byStart.values());
    mentions.sort(Comparator.comparing(Mention::span));
    return mentions;
  }

  /**
   * The words inside closed double quote marks, in reading order. Whoever they name is named by the
   * one quoted: after {@code "At this time, the department believes …," it said}, "it" is not the
   * department but whoever the paragraph said spoke. An unclosed quote may run over its own
   * attribution, and single marks may be apostrophes, so neither counts.
   */
  private static List<Span> quotedWords(List<Quotation> quotations) {
    return quotations.stream()
        .flatMap(q -> q.segments().stream())
        .filter(s -> s.closed() && !s.single())
        .map(Segment::inner)
        .sorted()
        .toList();
  }

  private static boolean isQuoted(List<Span> quoted, Mention m) {
    return Spans.indexAt(quoted, Span::start, Span::end, m.span().start()) >= 0;
  }

  private static boolean isBody(List<Paragraph> paragraphs, Span sentence) {
    int i = Spans.indexAt(paragraphs, p -> p.span().start(), p -> p.span().end(), sentence.start());
    return i >= 0 && paragraphs.get(i).role() == Role.BODY;
  }

  private static Span containing(List<Span> sentences, int offset) {
    int i = Spans.indexAt(sentences, Span::start, Span::end, offset);
    return i < 0 ? null : sentences.get(i);
  }
}
