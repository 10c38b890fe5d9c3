package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A checkable fact in a sentence: a quantity, number, sum of money, percentage, date, time, or the
 * name of a person, organisation or place. Immutable.
 *
 * @param text the words as written ("548 kilometers", "forty", "Aug. 13", "Nakatani Gen")
 * @param value a normalised value that different wordings of the same fact share ("548 km", "40",
 *     "08-13", "Gen Nakatani")
 * @param about what a number counts or measures, as a word stem ("passeng" for "12 passengers"), or
 *     null when the text does not say
 * @param approximate whether the text hedges it ("about 200", "almost six hours")
 */
public record Fact(
    Kind kind, Span span, String text, String value, @Nullable String about, boolean approximate) {

  public enum Kind {
    QUANTITY,
    NUMBER,
    MONEY,
    PERCENT,
    DATE,
    TIME,
    PERSON,
    ORGANISATION,
    PLACE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean isName() {
      return this == PERSON || this == ORGANISATION || this == PLACE;
    }
  }

  public Fact {
    checkNotNull(kind, "kind");
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(value, "value");
  }
}
