package dev.newsdiff.internal.text;

import com.google.common.collect.ImmutableSet;

/**
 * Capitalised words that begin sentences far more often than they continue names. After an
 * ambiguous abbreviation ("U.S.", "Co.", "I.") such a word is evidence of a new sentence; any other
 * capitalised word ("U.S. Government", "Albert I. Jones") is not.
 */
final class SentenceStarters {

  private static final ImmutableSet<String> WORDS =
      ImmutableSet.of(
          "A",
          "An",
          "The",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "Here",
          "It",
          "Its",
          "He",
          "She",
          "They",
          "We",
          "You",
          "I",
          "His",
          "Her",
          "Their",
          "Our",
          "My",
          "Your",
          "Some",
          "Many",
          "Most",
          "All",
          "Both",
          "Each",
          "Every",
          "No",
          "None",
          "Other",
          "Such",
          "One",
          "How",
          "What",
          "Why",
          "When",
          "Where",
          "Who",
          "Which",
          "Whose",
          "Whether",
          "While",
          "But",
          "And",
          "Or",
          "So",
          "Yet",
          "Still",
          "However",
          "Meanwhile",
          "Also",
          "Then",
          "Now",
          "Instead",
          "Separately",
          "Earlier",
          "Later",
          "After",
          "Before",
          "Since",
          "As",
          "If",
          "Although",
          "Though",
          "Because",
          "In",
          "On",
          "At",
          "For",
          "From",
          "With",
          "Without",
          "By",
          "Under",
          "Over",
          "During",
          "Despite",
          "According",
          "Did",
          "Do",
          "Does",
          "Is",
          "Are",
          "Was",
          "Were",
          "Can",
          "Could",
          "Will",
          "Would",
          "Should",
          "Shall",
          "May",
          "Might",
          "Must",
          "Has",
          "Have",
          "Had",
          "Let",
          "Please",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "Prof");

  /**
   * Auxiliary verbs open questions ("Will it rain?") but never take a comma right after them, as
   * the names they also are may: "Peter W. May, the chairman".
   */
  private static final ImmutableSet<String> AUXILIARIES =
      ImmutableSet.of(
          "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would",
          "Should", "Shall", "May", "Might", "Must", "Has", "Have", "Had");

  private SentenceStarters() {}

  static boolean isStarter(String word) {
    return WORDS.contains(word);
  }

  /** {@link #isStarter}, unless an auxiliary followed by {@code after} is used as a name. */
  static boolean isStarter(String word, char after) {
    return isStarter(word) && !(AUXILIARIES.contains(word) && after == ',');
  }
}
