package dev.newsdiff.model;

import java.util.Locale;

/** The kinds of page furniture: text printed around a story that is not part of it. */
public enum FurnitureKind {
  /** A section or kicker label above the headline ("TÜRKİYE", "WORLD"). */
  SECTION,
  /** "2 min read". */
  READ_TIME,
  /** "5 hours ago", "Yesterday". */
  RELATIVE_TIME,
  /** An absolute publication or update stamp ("Published 21.08.2025 10:15"). */
  TIMESTAMP,
  /** "By Jane Doe". */
  BYLINE,
  /** A photo caption or credit, or the headline repeated as a caption. */
  CAPTION,
  /** "SOURCE: TRT World". */
  SOURCE,
  /** Production credits and copyright: "Reporting by …; Editing by …", "© 2025 …". */
  CREDIT,
  /** Promotion of the outlet's other products, sharing and follow prompts, "Read more". */
  PROMO,
  /** "Contact us", addresses for tips. */
  CONTACT,
  /** A line of comma-joined keywords ("Tags: earthquake, China, Gansu"). */
  TAGS,
  /** Headlines of other stories and their link placeholders ("Read also", "Next story"). */
  RELATED,
  /** An embedded social media post, its handle and date. */
  SOCIAL,
  /** Page controls: comments, pagination, share counts ("No comments:", "Share it"). */
  WIDGET;

  /** The name used in reports, e.g. {@code "read-time"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
