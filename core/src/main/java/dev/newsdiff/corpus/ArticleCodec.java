package dev.newsdiff.corpus;

import dev.newsdiff.model.Article;
import dev.newsdiff.model.Attribution;
import dev.newsdiff.model.Dateline;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An analysed {@link Article} as bytes and back, equal to what was encoded: corpus mode keeps each
 * article between reading it and comparing its story this way, a few kilobytes (about the size of
 * its text), where the objects take several times that and reading the file again costs all of the
 * analysis. Most strings of an article are its text at a span (sentences, figures as written,
 * quotes, furniture): those are written as the span alone. Numbers are variable-length; strings are
 * UTF-16 units, one to three bytes each, so that any Java string, a lone surrogate included, comes
 * back as it was.
 *
 * <p>Every component of the model records is written: a component added to one of them must be
 * added here too (the canonical constructors below stop compiling), and {@code ArticleCodecTest}
 * round-trips every sample article.
 */
final class ArticleCodec {

  private static final Role[] ROLES = Role.values();
  private static final Fact.Kind[] KINDS = Fact.Kind.values();
  private static final FurnitureKind[] FURNITURE = FurnitureKind.values();

  private ArticleCodec() {}

  static byte[] encode(Article a) {
    Writer w = new Writer(a.text());
    w.string(a.id());
    w.string(a.outlet());
    w.nullable(a.source());
    w.nullable(a.headline());
    w.string(a.text());
    w.count(a.sentences());
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      // Ids are "<article>/s<n>", numbered from 1: written only where one is not.
      boolean numbered = s.id().equals(sentenceId(a.id(), i));
      w.flag(!numbered);
      if (!numbered) {
        w.string(s.id());
      }
      w.textAt(s.span(), s.text());
      w.number(s.role().ordinal());
    }
    w.count(a.quotes());
    for (Quote q : a.quotes()) {
      w.string(q.id());
      w.textAt(q.span(), q.text());
      w.count(q.parts());
      q.parts().forEach(w::span);
      Attribution at = q.attribution();
      w.flag(at != null);
      if (at != null) {
        w.string(at.speaker());
        w.textAt(at.mention(), at.mentionText());
        w.nullable(at.cue());
        w.string(at.speakerName());
      }
    }
    w.count(a.furniture());
    for (Furniture f : a.furniture()) {
      w.textAt(f.span(), f.text());
      w.number(f.kind().ordinal());
    }
    Dateline d = a.dateline();
    w.flag(d != null);
    if (d != null) {
      w.textAt(d.span(), d.text());
    }
    w.count(a.facts());
    for (Fact f : a.facts()) {
      w.number(f.kind().ordinal());
      w.textAt(f.span(), f.text());
      w.string(f.value());
      w.nullable(f.about());
      w.flag(f.approximate());
    }
    w.count(a.credits());
    a.credits().forEach(w::string);
    return w.bytes();
  }

  static Article decode(byte[] bytes) {
    Reader r = new Reader(bytes);
    String id = r.string();
    String outlet = r.string();
    String source = r.nullable();
    String headline = r.nullable();
    String text = r.string();
    r.text = text;
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0, n = r.number(); i < n; i++) {
      String sid = r.flag() ? r.string() : sentenceId(id, i);
      Span span = r.span();
      sentences.add(new Sentence(sid, span, r.textAt(span), ROLES[r.number()]));
    }
    List<Quote> quotes = new ArrayList<>();
    for (int n = r.number(); n > 0; n--) {
      String qid = r.string();
      Span span = r.span();
      String quoted = r.textAt(span);
      List<Span> parts = new ArrayList<>();
      for (int k = r.number(); k > 0; k--) {
        parts.add(r.span());
      }
      Attribution at = null;
      if (r.flag()) {
        String speaker = r.string();
        Span mention = r.span();
        String mentionText = r.textAt(mention);
        String cue = r.nullable();
        at = new Attribution(speaker, mention, mentionText, cue, r.string());
      }
      quotes.add(new Quote(qid, span, parts, quoted, at));
    }
    List<Furniture> furniture = new ArrayList<>();
    for (int n = r.number(); n > 0; n--) {
      Span span = r.span();
      furniture.add(new Furniture(span, r.textAt(span), FURNITURE[r.number()]));
    }
    Dateline dateline = null;
    if (r.flag()) {
      Span span = r.span();
      dateline = new Dateline(span, r.textAt(span));
    }
    List<Fact> facts = new ArrayList<>();
    for (int n = r.number(); n > 0; n--) {
      Fact.Kind kind = KINDS[r.number()];
      Span span = r.span();
      String written = r.textAt(span);
      String value = r.string();
      String about = r.nullable();
      facts.add(new Fact(kind, span, written, value, about, r.flag()));
    }
    List<String> credits = new ArrayList<>();
    for (int n = r.number(); n > 0; n--) {
      credits.add(r.string());
    }
    return new Article(
        id, outlet, source, headline, text, sentences, quotes, furniture, dateline, facts, credits);
  }

  private static String sentenceId(String articleId, int index) {
    return articleId + "/s" + (index + 1);
  }

  private static final class Writer {
    private final String text;
    private byte[] out;
    private int size;

    Writer(String text) {
      this.text = text;
      // Most of an article is its text, in one byte a character.
      this.out = new byte[text.length() + 4096];
    }

    byte[] bytes() {
      return Arrays.copyOf(out, size);
    }

    void flag(boolean b) {
      number(b ? 1 : 0);
    }

    void count(List<?> list) {
      number(list.size());
    }

    /** A non-negative number in 7-bit groups, low first. */
    void number(int n) {
      room(5);
      while ((n & ~0x7F) != 0) {
        out[size++] = (byte) ((n & 0x7F) | 0x80);
        n >>>= 7;
      }
      out[size++] = (byte) n;
    }

    void span(Span s) {
      number(s.start());
      number(s.end() - s.start());
    }

    /** A span and the string at it, as the span alone where the string is the text there. */
    void textAt(Span s, String written) {
      span(s);
      boolean same =
          s.end() <= text.length()
              && written.length() == s.length()
              && text.regionMatches(s.start(), written, 0, written.length());
      flag(!same);
      if (!same) {
        string(written);
      }
    }

    void nullable(@Nullable String s) {
      flag(s != null);
      if (s != null) {
        string(s);
      }
    }

    void string(String s) {
      number(s.length());
      room(3 * s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          out[size++] = (byte) c;
        } else if (c < 0x800) {
          out[size++] = (byte) (0xC0 | c >> 6);
          out[size++] = (byte) (0x80 | c & 0x3F);
        } else {
          out[size++] = (byte) (0xE0 | c >> 12);
          out[size++] = (byte) (0x80 | c >> 6 & 0x3F);
          out[size++] = (byte) (0x80 | c & 0x3F);
        }
      }
    }

    private void room(int more) {
      if (size + more > out.length) {
        out = Arrays.copyOf(out, Math.max(2 * out.length, size + more));
      }
    }
  }

  private static final class Reader {
    private final byte[] in;
    private int at;
    private String text = "";

    Reader(byte[] in) {
      this.in = in;
    }

    boolean flag() {
      return number() != 0;
    }

    int number() {
      int n = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in[at++];
        n |= (b & 0x7F) << shift;
        if (b >= 0) {
          return n;
        }
      }
    }

    Span span() {
      int start = number();
      return new Span(start, start + number());
    }

    String textAt(Span s) {
      return flag() ? string() : text.substring(s.start(), s.end());
    }

    @Nullable String nullable() {
      return flag() ? string() : null;
    }

    String string() {
      char[] chars = new char[number()];
      for (int i = 0; i < chars.length; i++) {
        int b = in[at++] & 0xFF;
        if (b < 0x80) {
          chars[i] = (char) b;
        } else if (b < 0xE0) {
          chars[i] = (char) ((b & 0x1F) << 6 | in[at++] & 0x3F);
        } else {
          chars[i] = (char) ((b & 0x0F) << 12 | (in[at++] & 0x3F) << 6 | in[at++] & 0x3F);
        }
      }
      return new String(chars);
    }
  }
}
