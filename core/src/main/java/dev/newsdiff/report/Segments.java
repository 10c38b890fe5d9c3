package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Change;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * A word diff laid out for display: the second member's text in order, with words deleted from the
 * first shown where they went missing and cosmetic changes shown as plain text. Every report format
 * renders these segments its own way.
 */
final class Segments {

  enum Type {
    SAME,
    DELETED,
    INSERTED
  }

  record Segment(Type type, String text) {}

  /** Above this share of changed words a member reads as a rewording, not an edit. */
  static final double REWORDED = 0.5;

  private Segments() {}

  static List<Segment> of(WordDiff d, String fromText, String toText) {
    List<Segment> out = new ArrayList<>();
    int at = d.to().span().start();
    for (Change ch : d.changes()) {
      if (ch.cosmetic()) {
        continue; // shown as the text it became, with the rest
      }
      add(out, Type.SAME, toText.substring(at, Math.max(at, ch.after().start())));
      if (!ch.beforeText().isEmpty()
          && !out.isEmpty()
          && !out.get(out.size() - 1).text().endsWith(" ")
          && Character.isLetterOrDigit(ch.beforeText().charAt(0))) {
        add(out, Type.SAME, " "); // "Department head", not "Departmenthead"
      }
      add(out, Type.DELETED, ch.beforeText());
      add(out, Type.INSERTED, ch.afterText());
      at = Math.max(at, ch.after().end());
    }
    add(out, Type.SAME, toText.substring(at, d.to().span().end()));
    return out;
  }

  /** True when most words changed: better shown whole than as a diff. */
  static boolean isRewording(WordDiff d, String fromText, String toText) {
    int changed = 0;
    for (Change ch : d.substantive()) {
      changed += words(ch.beforeText()) + words(ch.afterText());
    }
    int total = words(d.from().span().in(fromText)) + words(d.to().span().in(toText));
    return total > 0 && (double) changed / total > REWORDED;
  }

  /**
   * "… " when {@code m} starts inside its sentence: the member is one clause of it, and a reader
   * should not take the clause for the whole sentence (or a report cut short).
   */
  static String cutBefore(Comparison c, Member m) {
    Span sentence = c.sentence(m).span();
    return m.span().start() > sentence.start() ? "… " : "";
  }

  /** " …" when more than closing punctuation of {@code m}'s sentence follows it. */
  static String cutAfter(Comparison c, Member m) {
    String text = c.article(m.article()).text();
    Span sentence = c.sentence(m).span();
    for (int i = m.span().end(); i < sentence.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return " …";
      }
    }
    return "";
  }

  /**
   * The member a statement's diffs are drawn against: the likely source's where the comparison
   * names one, else the first member. Every report shows it first, plain.
   */
  static Member reference(Statement s) {
    return s.diffs().isEmpty() ? s.members().get(0) : s.diffs().get(0).from();
  }

  static long cosmeticCount(WordDiff d) {
    return d.changes().stream().filter(Change::cosmetic).count();
  }

  static String flat(String s) {
    return Whitespace.collapse(s);
  }

  private static void add(List<Segment> out, Type type, String text) {
    if (!text.isEmpty()) {
      out.add(new Segment(type, flat(text)));
    }
  }

  private static int words(String s) {
    return Whitespace.wordCount(s);
  }
}
