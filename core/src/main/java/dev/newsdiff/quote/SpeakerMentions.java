package dev.newsdiff.quote;

import dev.newsdiff.ingest.Paragraph;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Spans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every place an article names someone as speaking: after closing quote marks, after commas ("…,
 * Defense Ministry sources said Thursday"), and at the start of a sentence ("The ministry also said
 * …"). Pronouns are resolved against these in reading order.
 */
final class SpeakerMentions {

  /** Reading order. */
  private static final Comparator<Mention> BY_SPAN =
      new Comparator<>() {
        @Override
        public int compare(Mention a, Mention b) {
          return a.span().compareTo(b.span());
        }
      };

  private static final Function<Paragraph, Span> PARAGRAPH_SPAN =
      new Function<>() {
        @Override
        public Span apply(Paragraph p) {
          return p.span();
        }
      };

  private SpeakerMentions() {}

  static List<Mention> collect(
      String text,
      List<Paragraph> paragraphs,
      List<Span> sentences,
      List<QuoteFinder.Quotation> quotations) {
    Map<Integer, Mention> byStart = new LinkedHashMap<>();
    for (QuoteFinder.Quotation q : quotations) {
      int close = q.last().close();
      Span sentence = containing(sentences, Math.max(close - 1, 0));
      int limit = sentence == null ? close : Math.max(close, sentence.end());
      keepFirst(byStart, MentionFinder.after(text, close, limit));
    }
    for (Span sentence : sentences) {
      if (!isBody(paragraphs, sentence)) {
        continue;
      }
      keepFirst(byStart, MentionFinder.clauseStart(text, sentence.start(), sentence.end(), false));
      for (int i = sentence.start(); i < sentence.end(); i++) {
        if (text.charAt(i) == ',') {
          keepFirst(byStart, MentionFinder.after(text, i + 1, sentence.end(), false));
        }
      }
    }
    List<Mention> mentions = new ArrayList<>(byStart.values());
    mentions.sort(BY_SPAN);
    return mentions;
  }

  /**
   * Speakers and sentence subjects in reading order: what a pronoun may refer to. A plural subject
   * counts only when it names people ("Harbour officials were more cautious."), not things ("The
   * talks focused on …").
   */
  static List<Mention> antecedents(
      String text, List<Paragraph> paragraphs, List<Span> sentences, List<Mention> speakers) {
    Map<Integer, Mention> byStart = new LinkedHashMap<>();
    for (Mention m : speakers) {
      byStart.put(m.span().start(), m);
    }
    for (Span sentence : sentences) {
      if (!isBody(paragraphs, sentence)) {
        continue;
      }
      Optional<Mention> subject = MentionFinder.subject(text, sentence.start(), sentence.end());
      if (subject.isPresent()
          && (subject.get().kind() != Mention.Kind.GROUP
              || Mention.namesPeople(subject.get().text()))) {
        keepFirst(byStart, subject);
      }
    }
    List<Mention> mentions = new ArrayList<>(byStart.values());
    mentions.sort(BY_SPAN);
    return mentions;
  }

  /** Adds the mention found, if any, unless one was already found starting there. */
  private static void keepFirst(Map<Integer, Mention> byStart, Optional<Mention> found) {
    if (found.isPresent()) {
      byStart.putIfAbsent(found.get().span().start(), found.get());
    }
  }

  private static boolean isBody(List<Paragraph> paragraphs, Span sentence) {
    int i = Spans.indexAt(paragraphs, PARAGRAPH_SPAN, sentence.start());
    return i >= 0 && paragraphs.get(i).role() == Role.BODY;
  }

  private static Span containing(List<Span> sentences, int offset) {
    int i = Spans.indexAt(sentences, offset);
    return i < 0 ? null : sentences.get(i);
  }
}
