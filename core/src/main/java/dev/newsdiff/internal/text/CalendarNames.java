package dev.newsdiff.internal.text;

import com.google.common.collect.ImmutableSet;

/** The names of the weekdays and months, lower-cased: capitalised words that name no one thing. */
public final class CalendarNames {

  public static final ImmutableSet<String> ALL =
      ImmutableSet.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private CalendarNames() {}
}
