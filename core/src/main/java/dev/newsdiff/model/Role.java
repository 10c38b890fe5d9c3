package dev.newsdiff.model;

import java.util.Locale;

/** What part of the story a sentence belongs to. */
public enum Role {
  HEADLINE,
  STANDFIRST,
  CROSSHEAD,
  BODY;

  /** The name used in reports, e.g. {@code "headline"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
