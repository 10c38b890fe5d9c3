package dev.newsdiff.internal.quote;

import com.google.common.collect.Sets;
import dev.newsdiff.internal.Spans;
import dev.newsdiff.internal.quote.Words.Tok;
import dev.newsdiff.internal.text.CalendarNames;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fullest name an article gives each speaker, so that one person's variants ("Okafor", "Ms
 * Okafor", "the police chief", "district police chief Ada Okafor") read as one name, and the body
 * behind a document ("the statement said" after "the tax board said in a statement"). Names are the
 * runs of capitalised words of the article's body; a variant is matched to the run it shortens: by
 * its last word, by its initials ("the MEA"), or by the role noun standing before the name ("the
 * spokesman" after "police spokesman Dolly Gumara"). Built once per article.
 */
final class SpeakerNames {

  /**
   * Courtesy titles and honorifics, which the fullest name leaves out: "Mr Gumara" is Dolly Gumara,
   * "Datuk Seri Dr Ada Okafor" is Dr Ada Okafor.
   */
  private static final Set<String> COURTESY =
      Set.of(
          "mr",
          "mr.",
          "mrs",
          "mrs.",
          "ms",
          "ms.",
          "miss",
          "mx",
          "mx.",
          "datuk",
          "dato",
          "dato'",
          "datin",
          "seri",
          "sir",
          "dame",
          "hon",
          "hon.",
          "honourable",
          "honorable");

  /**
   * Lower-case particles inside a person's name, between capitalised words: "Rob van Bree", "Ada de
   * la Cruz", "Tom bin Hassan".
   */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "della", "dos",
          "das", "bin", "binti", "ibn", "al", "el", "ter");

  /** Offices written before a name; the name is what follows them. Ranks ("Dr", "Captain") stay. */
  private static final Set<String> OFFICES =
      Set.of(
          "president",
          "vice",
          "prime",
          "minister",
          "secretary",
          "state",
          "foreign",
          "deputy",
          "assistant",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "mayor",
          "governor",
          "gov.",
          "senator",
          "sen.",
          "rep.",
          "chancellor",
          "premier",
          "ambassador",
          "chairman",
          "chairwoman",
          "director",
          "commissioner",
          "chief",
          "executive",
          "leader",
          "head",
          "councillor",
          "councilor",
          "councilman",
          "councilwoman",
          "councilmember",
          "alderman",
          "alderwoman",
          "congressman",
          "congresswoman",
          "assemblyman",
          "assemblywoman",
          "lawmaker",
          "ceo",
          "judge",
          "justice",
          "magistrate",
          "coach",
          "police",
          // the general English offices that stand before a name as a title
          "sheriff",
          "undersheriff",
          "speaker",
          "chair",
          "chairperson",
          "representative",
          "delegate",
          "superintendent",
          "principal",
          "prosecutor",
          "treasurer",
          "auditor",
          "comptroller",
          "coroner",
          "registrar",
          "officer",
          "administrator",
          "dean",
          "provost");

  /**
   * Words before "General" that make it part of an office, not a rank: "Attorney General", "Surgeon
   * General", "Inspector General". An office word does so too ("Secretary General").
   */
  private static final Set<String> GENERAL_OFFICES =
      Set.of(
          "attorney",
          "surgeon",
          "inspector",
          "solicitor",
          "auditor",
          "postmaster",
          "accountant",
          "advocate",
          "procurator",
          "adjutant",
          "consul");

  /**
   * Ranks, which the fullest name keeps ("Capt. Matt Eiskant") while the body or force before them
   * is no part of it: "Lancaster Fire Capt K.J. Watts" is Capt K.J. Watts, "HPD Sgt. Ada Okafor"
   * Sgt. Ada Okafor. "General" and "Major" only abbreviated: "Attorney General", "Major League" are
   * no ranks.
   */
  private static final Set<String> RANKS =
      Set.of(
          "sgt",
          "sgt.",
          "sergeant",
          "lt",
          "lt.",
          "lieutenant",
          "capt",
          "capt.",
          "captain",
          "col",
          "col.",
          "colonel",
          "maj.",
          "gen.",
          "cpl",
          "cpl.",
          "corporal",
          "det.",
          "detective",
          "constable",
          "trooper");

  /** Titles of degree and of the clergy, which the fullest name keeps like ranks: "Dr", "Rev.". */
  private static final Set<String> KEPT_TITLES =
      Set.of("dr", "dr.", "prof", "prof.", "professor", "rev", "rev.", "reverend");

  /** A title the fullest name keeps before a surname: a rank ("Lt.") or a degree ("Dr."). */
  private static boolean keepsTitle(String word) {
    String w = lower(word);
    return RANKS.contains(w) || KEPT_TITLES.contains(w);
  }

  /** Words that open a rank of two: "Staff Sgt.", "Senior Inspector", "Lt. Col.". */
  private static final Set<String> RANK_MODIFIERS =
      Set.of("staff", "senior", "master", "first", "lance", "chief", "lt", "lt.", "lieutenant");

  /**
   * Common nouns that describe a person before their name and are never a title: "Survivor Tom
   * Brand" is Tom Brand. Ranks and offices that are titles ("Captain", "Judge") are not here.
   */
  private static final Set<String> DESCRIPTIONS =
      Set.of(
          "survivor",
          "witness",
          "resident",
          "villager",
          "astronaut",
          "miner",
          "worker",
          "farmer",
          "activist",
          "nurse",
          "teacher",
          "student",
          "victim",
          "driver",
          "passenger",
          "rescuer",
          "engineer",
          "economist",
          "analyst",
          "expert",
          "lawyer",
          "attorney",
          "journalist",
          "reporter",
          "scientist",
          "researcher",
          "volunteer",
          "official",
          "owner",
          "manager",
          "founder",
          "co-founder");

  /**
   * Nouns for people that "the …" may stand for once a named person has been given them, besides
   * {@link Mention#PERSON_NOUNS}: "the administrator", "the mother", "the survivor".
   */
  private static final Set<String> MORE_ROLE_NOUNS =
      Set.of(
          "administrator",
          "astronaut",
          "pilot",
          "captain",
          "manager",
          "owner",
          "engineer",
          "nurse",
          "teacher",
          "student",
          "survivor",
          "victim",
          "miner",
          "worker",
          "farmer",
          "activist",
          "attorney",
          "diplomat",
          "scientist",
          "researcher",
          "economist",
          "coach",
          "driver",
          "rescuer",
          "firefighter",
          "inspector",
          "superintendent",
          "sheriff",
          "legislator",
          "candidate",
          "premier",
          "chancellor",
          "councillor",
          "councilor",
          "executive",
          "editor",
          "journalist",
          "priest",
          "bishop",
          "physician",
          "surgeon",
          "volunteer",
          "campaigner",
          "mother",
          "father",
          "husband",
          "wife",
          "son",
          "daughter",
          "brother",
          "sister",
          "villager");

  /**
   * Nouns of an office one person holds in a story, which "the …" may call that person by when the
   * article names no one with the noun: "the minister", "the president-elect", "the gaffer". Not
   * "official", "source" or "spokesman": those are often people left unnamed.
   */
  private static final Set<String> OFFICE_HOLDERS =
      Set.of(
          "minister",
          "president",
          "president-elect",
          "premier",
          "chancellor",
          "governor",
          "mayor",
          "senator",
          "chairman",
          "chairwoman",
          "ceo",
          "coach",
          "manager",
          "gaffer",
          "boss",
          "skipper",
          "commissioner",
          "ambassador",
          "envoy",
          // a force's or a county's head: "the police chief", "the fire chief", "the sheriff"
          "chief",
          "sheriff");

  /**
   * Whether {@code speaker} is "the" and an office one person holds, with at most a few words
   * before the noun ("the former Kallo gaffer"): a person the article may have named otherwise.
   */
  static boolean isOfficeHolderNoun(String speaker) {
    List<Tok> toks = Words.of(speaker, 0, speaker.length());
    return toks.size() >= 2
        && toks.size() <= 6
        && toks.get(0).text().equalsIgnoreCase("the")
        && toks.stream().allMatch(Tok::word)
        && OFFICE_HOLDERS.contains(lower(toks.get(toks.size() - 1).text()));
  }

  /** "the 52-year-old": a person told apart by the age the article gave them. */
  private static final Pattern AGE_NOUN = Pattern.compile("(\\d{1,3})-year-old");

  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  /**
   * Words that end the portfolio of an office ("Minister for Foreign Affairs", "Commissioner for
   * Human Rights", "Secretary of State for Health"), before the holder's name.
   */
  private static final Set<String> PORTFOLIOS =
      Set.of(
          "affairs",
          "rights",
          "health",
          "education",
          "defence",
          "defense",
          "finance",
          "trade",
          "energy",
          "agriculture",
          "transport",
          "labour",
          "labor",
          "interior",
          "security",
          "development",
          "environment",
          "refugees",
          "relations",
          "commerce",
          "industry",
          "tourism",
          "culture",
          "housing",
          "information",
          "communications",
          "planning",
          "works",
          "mines",
          "fisheries",
          "water",
          "women",
          "youth",
          "economy");

  /** Words joining a multi-word organisation name: "Ministry of External Affairs". */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on");

  /** Verbs by which a body issues a document: "the statement released by the ministry". */
  private static final Set<String> ISSUED =
      Set.of("released", "issued", "published", "posted", "sent", "filed", "by", "from");

  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("was", "were", "is", "are", "has", "have", "had", "been");

  private final String text;

  /** How many runs of capitalised words are read for names: real articles have a few hundred. */
  private static final int MAX_RUNS = 10_000;

  /** How far back a role noun or a document looks for the name it stands for. */
  private static final int LOOK_BACK_CHARS = 5_000;

  /** How many earlier uses of a role noun or document are tried before giving up. */
  private static final int LOOK_BACK_USES = 8;

  private record Run(int start, List<String> words) {
    String joined() {
      return String.join(" ", words);
    }

    String last() {
      return words.get(words.size() - 1);
    }
  }

  /** The first name of two or more words ending in each surname: "Gumara" → "Dolly Gumara". */
  private final Map<String, String> fullNames = new HashMap<>();

  /** Words of names of two or more words ("Dr. Hansen"): a surname given its introduction. */
  private final Set<String> introduced = new HashSet<>();

  /**
   * The full name each given name begins, or "" when it begins more than one: where a person is
   * called by the given name ("President Isaias" after "Isaias Afewerki").
   */
  private final Map<String, String> givenNames = new HashMap<>();

  /** The first name each set of initials spells: "MEA" → "Ministry of External Affairs". */
  private final Map<String, String> expansions = new HashMap<>();

  /** The gender a courtesy title gives each surname: "Ms Vance" → female. */
  private final Map<String, Gender> titledGenders = new HashMap<>();

  /** The runs of capitalised words in reading order: where bodies are named in full. */
  private final List<Run> runs;

  private SpeakerNames(String text, List<Run> runs) {
    this.text = text;
    this.runs = runs;
    for (Run r : runs) {
      index(r);
    }
    definedAcronyms(text);
    definedAliases(text);
  }

  /**
   * "Syria Civil Defense, better known as the White Helmets", "X (also known as Y)": a name and the
   * other name it is known by, capitalised runs of up to six words each. The body or person speaks
   * under either name and is given the first, the one the article introduces it by.
   */
  private static final String KNOWN_AS = "known as";

  /** Words before "known as" that make it name another name: "better known as". */
  private static final Set<String> ALIAS_ADVERBS =
      Set.of("better", "also", "commonly", "popularly", "widely", "locally");

  /** How many words each of the two names may have. */
  private static final int MAX_ALIAS_WORDS = 6;

  /** Each other name a text gives a name (see {@link #KNOWN_AS}), to the name it introduces. */
  private final Map<String, String> aliases = new HashMap<>();

  private void definedAliases(String text) {
    // Found by a plain search and read in a bounded window each: linear in the text.
    for (int i = text.indexOf(KNOWN_AS); i >= 0; i = text.indexOf(KNOWN_AS, i + 1)) {
      List<Tok> before = Words.of(text, lineStart(i, i - 160), i);
      List<Tok> after = Words.of(text, i + KNOWN_AS.length(), lineEnd(i, i + 160));
      int b = before.size() - 1;
      if (b < 0 || !ALIAS_ADVERBS.contains(before.get(b).text())) {
        continue;
      }
      b--;
      while (b >= 0 && !before.get(b).word() && ",(".contains(before.get(b).text())) {
        b--; // "Syria Civil Defense, better known as", "The Watch (also known as"
      }
      int s = b + 1;
      while (s > 0 && isCapitalised(before.get(s - 1)) && b + 1 - s < MAX_ALIAS_WORDS) {
        s--;
      }
      if (s < b + 1 && lower(before.get(s).text()).equals("the")) {
        s++; // "The Harbour Trust, also known as …" opening a sentence
      }
      int a = 0;
      while (a < after.size()
          && (lower(after.get(a).text()).equals("the") || !after.get(a).word())) {
        a++; // "known as the White Helmets", "known as “the Watch”"
      }
      int e = a;
      while (e < after.size() && isCapitalised(after.get(e)) && e - a < MAX_ALIAS_WORDS) {
        e++;
      }
      if (s <= b && a < e) {
        aliases.putIfAbsent(
            text.substring(after.get(a).start(), after.get(e - 1).end()),
            text.substring(before.get(s).start(), before.get(b).end()));
      }
    }
  }

  /** The name a speaker's other name stands for: "the White Helmets" → "Syria Civil Defense". */
  private Optional<String> aliasOf(String speaker) {
    String bare = speaker.regionMatches(true, 0, "the ", 0, 4) ? speaker.substring(4) : speaker;
    return Optional.ofNullable(aliases.get(bare));
  }

  private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\((\\p{Lu}{2,8})\\)");

  /**
   * "the Committee to Protect Journalists (CPJ)": initials in brackets right after a name stand for
   * it, small words ("to", "of") left out of them.
   */
  private void definedAcronyms(String text) {
    Matcher m = BRACKETED_ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      List<Tok> before = Words.of(text, lineStart(m.start(), m.start() - 160), m.start());
      StringBuilder initials = new StringBuilder();
      // "Department of Disaster Management Affairs (DODMA)": some acronyms keep the "of"
      StringBuilder every = new StringBuilder();
      for (int i = before.size() - 1; i >= 0 && initials.length() < acronym.length(); i--) {
        Tok t = before.get(i);
        if (isCapitalised(t)) {
          initials.insert(0, t.text().charAt(0));
          every.insert(0, t.text().charAt(0));
        } else if (t.word() && SMALL_WORDS.contains(t.text())) {
          every.insert(0, Character.toUpperCase(t.text().charAt(0)));
        } else {
          break;
        }
        if (initials.toString().equals(acronym)
            || every.toString().equals(acronym) && isCapitalised(t)) {
          expansions.put(acronym, text.substring(t.start(), before.get(before.size() - 1).end()));
          break;
        }
      }
    }
  }

  private static final Set<String> SMALL_WORDS =
      Set.of("of", "for", "and", "on", "to", "the", "in");

  private void index(Run r) {
    List<String> w = r.words();
    StringBuilder initials = new StringBuilder();
    w.stream().filter(x -> !CONNECTORS.contains(x)).forEach(x -> initials.append(x.charAt(0)));
    if (initials.length() >= 2) {
      expansions.putIfAbsent(initials.toString(), r.joined());
    }
    if (w.size() >= 2) {
      introduced.addAll(w);
    }
    if (!w.contains("of")) {
      // "Capt. Matt Eiskant and State's Attorney Brendan Kelly": two people, each named in full
      for (List<String> part : splitAtAnd(w)) {
        // "Disaster Management Authority Naseer Khan": the person after the body they speak for
        List<String> titled = withoutTitles(part);
        List<String> name = nameAfterOffice(titled).orElse(titled);
        if (name.size() >= 2) {
          fullNames.putIfAbsent(name.get(name.size() - 1), String.join(" ", name));
        }
        if (name.size() == 2 || name.size() == 3 && !name.get(0).endsWith(".")) {
          givenNames.merge(name.get(0), String.join(" ", name), (a, b) -> a.equals(b) ? a : "");
        }
      }
    } else {
      // "U.S. Secretary of Agriculture Sonny Perdue": Perdue is named in full after the portfolio
      holderAfterOf(w)
          .or(() -> personBeforeOf(w))
          .ifPresent(n -> fullNames.putIfAbsent(n.get(n.size() - 1), String.join(" ", n)));
    }
    // "Ms Vance", "Ms Ellen Vance": the title names the person the run ends with.
    for (int i = 0; i + 1 < w.size(); i++) {
      if (COURTESY.contains(lower(w.get(i))) && w.size() - i <= 3) {
        Gender.ofWord(w.get(i)).ifPresent(g -> titledGenders.putIfAbsent(r.last(), g));
      }
    }
  }

  /**
   * "Ada Okafor of Kallo University": a person named in full before the "of" that joins them to
   * their place or body, two or three capitalised words none of which names a body or an office.
   */
  private static Optional<List<String>> personBeforeOf(List<String> w) {
    int of = w.indexOf("of");
    if (of < 2 || of > 3) {
      return Optional.empty();
    }
    List<String> name = w.subList(0, of);
    boolean person =
        name.stream()
            .noneMatch(x -> Mention.isOrganisationWord(lower(x)) || isOffice(x) || keepsTitle(x));
    return person ? Optional.of(name) : Optional.empty();
  }

  /**
   * The person named at the end of a run with "of" in it, after an office's portfolio ("Secretary
   * of Agriculture Mike Johanns") or after an office that follows a body ("Department of Public
   * Safety Director Frank Milstead"); empty when the run ends in a body's name ("Ministry of Lands
   * and Natural Resources").
   */
  private static Optional<List<String>> holderAfterOf(List<String> w) {
    int c = w.lastIndexOf("of");
    List<String> rest = w.subList(c + 1, w.size());
    if (rest.size() >= 3 && PORTFOLIOS.contains(lower(rest.get(0)))) {
      List<String> name = withoutTitles(rest.subList(1, rest.size()));
      boolean person =
          name.stream()
              .noneMatch(x -> CONNECTORS.contains(x) || Mention.isOrganisationWord(lower(x)));
      return person && name.size() >= 2 ? Optional.of(name) : Optional.empty();
    }
    return nameAfterOffice(rest).filter(n -> n.size() >= 2);
  }

  /**
   * The words of a run split at each "and" and "on": a name joined to the next by "and" is two
   * names ("the Harbour Board and Ada Okafor"), and "on" leads to a day ("Ada Okafor on Friday").
   */
  private static List<List<String>> splitAtAnd(List<String> words) {
    List<List<String>> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= words.size(); i++) {
      if (i == words.size() || words.get(i).equals("and") || words.get(i).equals("on")) {
        if (i > from) {
          parts.add(words.subList(from, i));
        }
        from = i + 1;
      }
    }
    return parts;
  }

  static SpeakerNames of(String text, List<Paragraph> paragraphs) {
    List<Run> runs = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (runs.size() >= MAX_RUNS) {
        break; // names are given early; past this the text is no article, and work stays linear
      }
      if (p.role() == Role.BODY) {
        collectRuns(Words.of(text, p.span().start(), p.span().end()), runs);
      }
    }
    return new SpeakerNames(text, runs);
  }

  private static void collectRuns(List<Tok> toks, List<Run> runs) {
    int i = 0;
    while (i < toks.size()) {
      if (!isCapitalised(toks.get(i))) {
        i++;
        continue;
      }
      if (ARTICLES.contains(toks.get(i).text()) && i + 1 < toks.size()) {
        i++; // "The Harbour Safety Board": the name starts after the article
        continue;
      }
      List<String> words = new ArrayList<>();
      int start = toks.get(i).start();
      int j = i;
      while (j < toks.size()) {
        Tok t = toks.get(j);
        if (isCapitalised(t)) {
          words.add(possessiveStripped(t.text()));
          j++;
          if (isOwner(t.text()) && j < toks.size() && isCapitalised(toks.get(j))) {
            break; // "Indonesia's National Agency …": the owner is a name of its own
          }
        } else if (isParticle(toks, j) && !words.isEmpty()) {
          words.add(t.text());
          j++;
        } else if (t.word()
            && CONNECTORS.contains(t.text())
            && j + 1 < toks.size()
            && isCapitalised(toks.get(j + 1))
            && !words.isEmpty()) {
          words.add(t.text());
          j++;
        } else {
          break;
        }
      }
      runs.add(new Run(start, List.copyOf(words)));
      i = Math.max(j, i + 1);
    }
  }

  private static boolean isCapitalised(Tok t) {
    return t.word() && Character.isUpperCase(t.text().codePointAt(0));
  }

  /** Whether token {@code i} is a name's particle: "van" in "Rob van Bree". */
  private static boolean isParticle(List<Tok> toks, int i) {
    return i > 0
        && i + 1 < toks.size()
        && NAME_PARTICLES.contains(toks.get(i).text())
        && isCapitalised(toks.get(i - 1))
        && isCapitalised(toks.get(i + 1));
  }

  /**
   * Whether a word of a name is its owner's possessive: "Indonesia's National Agency for Disaster
   * Countermeasure" and "Google France's Sebastien Missoffe" are the agency and the person, whose
   * they are being no part of their names. "People's", "Women's" and the like open a name
   * ("People's Liberation Army").
   */
  private static boolean isOwner(String word) {
    String stripped = possessiveStripped(word);
    return stripped.length() < word.length() && !PLURALS_IN_NAMES.contains(lower(stripped));
  }

  private static final Set<String> PLURALS_IN_NAMES = Set.of("people", "women", "men", "children");

  private static String possessiveStripped(String word) {
    for (String s : new String[] {"'s", "’s"}) {
      if (word.endsWith(s)) {
        return word.substring(0, word.length() - s.length());
      }
    }
    return word;
  }

  /**
   * The body that issued the document {@code speaker} names ("the statement"), as the article
   * writes it, looking back from {@code at}; empty when {@code speaker} is not a document or its
   * issuer is not given.
   */
  Optional<String> issuer(String speaker, int at) {
    List<Tok> toks = Words.of(speaker, 0, speaker.length());
    int d = 0;
    while (d < toks.size()
        && d < MAX_DOCUMENT_WORDS
        && !Mention.DOCUMENTS.contains(lower(toks.get(d).text()))) {
      d++;
    }
    if (d >= toks.size() || d == MAX_DOCUMENT_WORDS) {
      return Optional.empty();
    }
    if (d > 0 && isCapitalised(toks.get(d))) {
      return Optional.empty(); // "The Marine Accident Investigation Branch": a body's own name
    }
    Optional<String> named = issuerBefore(speaker, toks, d);
    if (named.isPresent()) {
      return named;
    }
    if (d + 1 < toks.size()) {
      // "the statement released by the Harbour Board"
      int k = d + 1;
      while (k < toks.size()
          && (ISSUED.contains(toks.get(k).text()) || toks.get(k).text().equals("signed"))) {
        k++;
      }
      if (k > d + 1 && k < toks.size()) {
        return Optional.of(speaker.substring(toks.get(k).start()));
      }
      // "…," read a statement signed by Tom Brand: the mention stops at the verb, its agent after
      return k == toks.size() && k > d + 1 ? agentAfter(at + speaker.length()) : Optional.empty();
    }
    String document = lower(toks.get(d).text());
    // The nearest earlier "X said in a statement", "statement released by X", "X's statement".
    int tries = 0;
    for (int i = lastIndexOfWord(document, at);
        i >= 0 && tries++ < LOOK_BACK_USES;
        i = lastIndexOfWord(document, i)) {
      // "The statement added …": a document speaking names no issuer; look further back.
      int use = i;
      Optional<String> found =
          issuerAround(i, document.length())
              .filter(n -> !isDocument(n))
              .or(() -> issuerNamedBefore(use));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.ofNullable(ISSUING_VERBS.get(document)).flatMap(verb -> issuedBy(verb, at));
  }

  /**
   * "by Tom Brand", "by the Harbour Board" right after {@code from}: the capitalised name of
   * whoever a document is signed or issued by, with the small words inside a body's name.
   */
  private Optional<String> agentAfter(int from) {
    List<Tok> after = Words.of(text, from, lineEnd(from, from + 120));
    if (after.isEmpty() || !after.get(0).text().equals("by")) {
      return Optional.empty();
    }
    int s = after.size() > 1 && lower(after.get(1).text()).equals("the") ? 2 : 1;
    int e = s;
    while (e < after.size()
        && after.get(e).word()
        && (isCapitalised(after.get(e)) || e > s && CONNECTORS.contains(after.get(e).text()))) {
      e++;
    }
    while (e > s && CONNECTORS.contains(after.get(e - 1).text())) {
      e--; // "by the Harbour Board and" ends at the name
    }
    return e > s
        ? Optional.of(text.substring(after.get(s).start(), after.get(e - 1).end()))
        : Optional.empty();
  }

  private static boolean isDocument(String np) {
    List<Tok> toks = Words.of(np, 0, np.length());
    return !toks.isEmpty() && Mention.DOCUMENTS.contains(lower(toks.get(toks.size() - 1).text()));
  }

  /** How many words a document's mention may have: "A local government statement". */
  private static final int MAX_DOCUMENT_WORDS = 5;

  /** The verb by which a body issues a document: whoever "filed" a suit wrote "the filing". */
  private static final Map<String, String> ISSUING_VERBS =
      Map.of(
          "filing",
          "filed",
          "announcement",
          "announced",
          "post",
          "posted",
          "letter",
          "wrote",
          "statement",
          "stated");

  /**
   * The issuer named before the document in its own mention: "the ministry's statement", "A Kremlin
   * statement", "a local government statement". Words that only describe the document ("a joint
   * statement", "a brief filing") name nobody.
   */
  private static Optional<String> issuerBefore(String speaker, List<Tok> toks, int document) {
    int from = document > 0 && Set.of("the", "a", "an").contains(lower(toks.get(0).text())) ? 1 : 0;
    if (from >= document) {
      return Optional.empty();
    }
    Tok last = toks.get(document - 1);
    String stripped = possessiveStripped(last.text());
    if (stripped.length() < last.text().length()) {
      // "the ministry's statement": the owner, as written with its article
      return Optional.of(speaker.substring(toks.get(0).start(), last.end() - 2));
    }
    boolean names =
        toks.subList(from, document).stream().anyMatch(SpeakerNames::isCapitalised)
            || Mention.isOrganisationWord(lower(stripped))
            || Mention.PERSON_NOUNS.contains(lower(stripped));
    return names
        ? Optional.of(speaker.substring(toks.get(from).start(), last.end()))
        : Optional.empty();
  }

  /**
   * The subject of the nearest earlier clause whose verb is {@code verb}: "Northwind Air filed".
   */
  private Optional<String> issuedBy(String verb, int at) {
    int tries = 0;
    for (int i = lastIndexOfWord(verb, at);
        i >= 0 && tries++ < LOOK_BACK_USES;
        i = lastIndexOfWord(verb, i)) {
      int clause = Math.max(lineStart(i, i - LOOK_BACK_CHARS), lastSentenceBreak(i));
      Optional<String> subject =
          MentionFinder.clauseStart(text, clause, i + verb.length(), true)
              .filter(m -> !m.isPronoun() && m.cue().equals(verb))
              .map(Mention::text);
      if (subject.isPresent()) {
        return subject;
      }
    }
    return Optional.empty();
  }

  /** "a United Nations report": the capitalised words between an article and the document. */
  private Optional<String> issuerNamedBefore(int docStart) {
    List<Tok> before = Words.of(text, lineStart(docStart, docStart - 80), docStart);
    int s = before.size();
    while (s > 0 && isCapitalised(before.get(s - 1)) && before.size() - s < MAX_DOCUMENT_WORDS) {
      s--;
    }
    boolean article = s > 0 && Set.of("a", "an", "the").contains(lower(before.get(s - 1).text()));
    return article && s < before.size()
        ? Optional.of(text.substring(before.get(s).start(), before.get(before.size() - 1).end()))
        : Optional.empty();
  }

  /** Days and months, which follow "released" without issuing anything: "released Tuesday". */
  private static final Set<String> DATES =
      Sets.union(CalendarNames.ALL, Set.of("today", "yesterday"));

  private Optional<String> issuerAround(int docStart, int docLength) {
    int end = lineEnd(docStart, docStart + docLength + 120);
    // "… released by the Ministry of External Affairs", "a statement from the ministry"
    List<Tok> after = Words.of(text, docStart + docLength, end);
    int passive = 0; // "a statement was issued by the ministry"
    while (passive < after.size() && PASSIVE_AUXILIARIES.contains(after.get(passive).text())) {
      passive++;
    }
    int k = passive;
    while (k < after.size() && after.get(k).word() && ISSUED.contains(after.get(k).text())) {
      k++;
    }
    if (k > passive && k < after.size()) {
      int e = k;
      while (e < after.size()
          && after.get(e).word()
          && (e == k || isCapitalised(after.get(e)) || CONNECTORS.contains(after.get(e).text()))
          && !ISSUED.contains(after.get(e).text())) {
        e++;
      }
      boolean named =
          after.subList(k, e).stream()
              .anyMatch(t -> isCapitalised(t) && !DATES.contains(lower(t.text())));
      if (e > k && named) {
        return Optional.of(text.substring(after.get(k).start(), after.get(e - 1).end()));
      }
    }
    if (!after.isEmpty()
        && after.get(0).text().equals(",")
        && FRONTED_MEANS.matcher(text.substring(Math.max(0, docStart - 20), docStart)).find()) {
      // "In a statement, DODMA says …": the subject of the clause a fronted document opens
      Optional<Mention> subject =
          MentionFinder.clauseStart(text, after.get(0).end(), end, false)
              .filter(m -> !m.isPronoun());
      if (subject.isPresent()) {
        return subject.map(Mention::text);
      }
    }
    // "The tax board said in a statement": the speaker of the clause the document closes, also
    // after a quote ("…," the ministry said in a statement).
    int clause =
        Math.max(lineStart(docStart, docStart - LOOK_BACK_CHARS), lastSentenceBreak(docStart));
    String clauseText = text.substring(clause, docStart + 1);
    int quoteClose = clause + Math.max(clauseText.lastIndexOf('"'), clauseText.lastIndexOf('”'));
    return (quoteClose >= clause
            ? MentionFinder.after(text, quoteClose + 1, docStart)
            : MentionFinder.clauseStart(text, clause, docStart, false)
                .or(() -> subjectIssuing(clause, docStart)))
        .filter(m -> !m.isPronoun())
        .map(Mention::text);
  }

  /**
   * "The ministry made this known in a statement", "Northwind released a statement": the subject of
   * the sentence whose document it is, whatever its verb, when the document closes the words from
   * {@code clause} as the means ("in a", "through its") or the object of an issuing verb.
   */
  private Optional<Mention> subjectIssuing(int clause, int docStart) {
    List<Tok> before = Words.of(text, clause, docStart);
    int n = before.size();
    if (n < 3 || !DOCUMENT_DETERMINERS.contains(lower(before.get(n - 1).text()))) {
      return Optional.empty();
    }
    String lead = lower(before.get(n - 2).text());
    return DOCUMENT_MEANS.contains(lead) || Mention.ISSUING.contains(lead)
        ? MentionFinder.subject(text, clause, docStart)
        : Optional.empty();
  }

  private static final Set<String> DOCUMENT_DETERMINERS = Set.of("a", "an", "its", "their");

  /** "In a statement," opening a sentence: the means, before the subject that used it. */
  private static final Pattern FRONTED_MEANS =
      Pattern.compile("(?:^|[\\n.]\\s*)(?:In|Through|Via)\\s+(?:a|an|its|their)\\s+$");

  /** "in a statement", "through its filing", "via a post": the means by which a body spoke. */
  private static final Set<String> DOCUMENT_MEANS = Set.of("in", "through", "via");

  private int lastSentenceBreak(int before) {
    int floor = Math.max(0, before - LOOK_BACK_CHARS);
    for (int i = before - 1; i > floor; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
      if (c == '\n') {
        return i + 1;
      }
    }
    return floor;
  }

  /**
   * The start of the line holding offset {@code at}, or {@code floor} when that line starts before
   * it. Only the text from {@code floor} is searched: the whole text before {@code at} would be
   * read back to its start at every name on an article of one long line.
   */
  private int lineStart(int at, int floor) {
    int from = Math.max(0, floor);
    int newline = text.substring(from, Math.min(at + 1, text.length())).lastIndexOf('\n');
    return newline < 0 ? from : from + newline + 1;
  }

  /**
   * The end of the line holding offset {@code from}, or {@code ceiling} when that line ends after
   * it (searched no further, as {@link #lineStart}).
   */
  private int lineEnd(int from, int ceiling) {
    int to = Math.min(ceiling, text.length());
    int newline = text.substring(from, to).indexOf('\n');
    return newline < 0 ? to : from + newline;
  }

  /**
   * The start of the last whole-word, case-insensitive {@code word} before {@code before}, no
   * further back than {@link #LOOK_BACK_CHARS}; -1 when there is none.
   */
  private int lastIndexOfWord(String word, int before) {
    int floor = Math.max(0, before - LOOK_BACK_CHARS);
    for (int i = Math.min(before, text.length()) - word.length(); i >= floor; i--) {
      if (text.regionMatches(true, i, word, 0, word.length())
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + word.length() >= text.length()
              || !Character.isLetterOrDigit(text.charAt(i + word.length())))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The fullest name the article gives the speaker written {@code speaker} at offset {@code at}:
   * the name a surname, a titled surname, an acronym or a role noun stands for; the name without a
   * leading description or office ("Robert Jacobson" for "U.S. Assistant Secretary of State Robert
   * Jacobson"); else {@code speaker} itself.
   */
  String canonical(String speaker, int at) {
    List<Tok> toks = Words.of(speaker, 0, speaker.length());
    if (toks.isEmpty()) {
      return speaker;
    }
    Optional<String> alias = aliasOf(speaker);
    if (alias.isPresent()) {
      return alias.get();
    }
    List<String> tail = capitalisedTail(toks);
    if (toks.size() == 2
        && toks.get(0).text().equalsIgnoreCase("the")
        && isCapitalised(toks.get(1))) {
      // Only a capitalised "the Council" points back to a name: "the ministry" is often not the
      // ministry named last ("in coordination with the Syrian Defense Ministry").
      Optional<String> body = bodyNamedBefore(lower(toks.get(1).text()), at);
      if (body.isPresent()) {
        return body.get(); // "the Council" after "the National Disaster … Management Council"
      }
    }
    if (toks.size() == 2 && toks.get(0).text().equalsIgnoreCase("the") && tail.isEmpty()) {
      // "the department" is the body named before with that noun when the article names one only
      Optional<String> body = onlyBodyNamedBefore(lower(toks.get(1).text()), at);
      if (body.isPresent()) {
        return body.get();
      }
    }
    if (tail.isEmpty()) {
      return roleHolder(toks, at).or(() -> bodyOfOfficials(toks, at)).orElse(speaker);
    }
    if (describesPlace(toks, tail.size())) {
      return speaker; // "a night porter at the Grand Hotel" is not named Grand Hotel
    }
    if (toks.get(0).text().equalsIgnoreCase("the") && namesOfficeOnly(tail)) {
      // "the Regional Minister" after "The Ashanti Regional Minister, Simon Osei Mensah has …"
      Optional<String> holder = officeHolder(String.join(" ", tail), at);
      if (holder.isPresent()) {
        return holder.get();
      }
    }
    if (tail.size() == 1 && isAcronym(tail.get(0))) {
      return Optional.ofNullable(expansions.get(tail.get(0).replace(".", ""))).orElse(speaker);
    }
    Optional<List<String>> holder = nameAfterOffice(tail);
    if (holder.isPresent()) {
      return String.join(" ", holder.get()); // "Police Chief Chuck Lovell" is Chuck Lovell
    }
    if (Mention.isOrganisationWord(lower(tail.get(0)))
        || Mention.isOrganisationWord(lower(tail.get(tail.size() - 1)))
        || headsPhrase(tail)) {
      return bodyName(tail); // "Ministry of External Affairs"
    }
    // A person: the name after any office ("Secretary of State Robert Jacobson").
    int afterConnector = 0;
    for (int i = 0; i < tail.size(); i++) {
      if (CONNECTORS.contains(tail.get(i))) {
        afterConnector = i + 1;
      }
    }
    // "High Commissioner for Human Rights Zeid Ra'ad Al Hussein": the portfolio ends the office
    for (int i = tail.size() - 3; i >= afterConnector && afterConnector > 0; i--) {
      if (PORTFOLIOS.contains(lower(tail.get(i)))) {
        afterConnector = i + 1;
        break;
      }
    }
    List<String> name = withoutTitles(tail.subList(afterConnector, tail.size()));
    if (name.size() == 2 && keepsTitle(name.get(0)) && fullNames.containsKey(name.get(1))) {
      // "Lt. Brand", "Dr. Okafor": the rank or degree the name keeps, before a surname named in
      // full earlier ("Lt. Tom Brand")
      return fullNames.get(name.get(1));
    }
    if (name.size() == 1) {
      return Optional.ofNullable(fullNames.get(name.get(0)))
          .or(() -> misspeltSurname(name.get(0)))
          .or(() -> Optional.ofNullable(givenNames.get(name.get(0))).filter(n -> !n.isEmpty()))
          .orElse(String.join(" ", name));
    }
    return String.join(" ", name);
  }

  /**
   * "DRI officials", "the Harbour Board's representatives": people who speak for a body named
   * before their noun speak as that body, by the fullest name the article gives it. A name that is
   * no body's ("Indonesian officials") is left as written.
   */
  private Optional<String> bodyOfOfficials(List<Tok> toks, int at) {
    int n = toks.size();
    if (n < 2 || !SPOKESPEOPLE.contains(lower(toks.get(n - 1).text()))) {
      return Optional.empty();
    }
    int s = lower(toks.get(0).text()).equals("the") ? 1 : 0;
    List<String> owner = new ArrayList<>();
    for (Tok t : toks.subList(s, n - 1)) {
      if (!isCapitalised(t)) {
        return Optional.empty();
      }
      owner.add(possessiveStripped(t.text()));
    }
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    if (owner.size() == 1 && isAcronym(owner.get(0))) {
      return Optional.ofNullable(expansions.get(owner.get(0).replace(".", "")));
    }
    boolean body =
        owner.stream().anyMatch(w -> Mention.isOrganisationWord(lower(w)))
            || owner.size() >= 2 && namedAlone(owner, at);
    return body ? Optional.of(String.join(" ", owner)) : Optional.empty();
  }

  /**
   * Whether the article names {@code owner} before {@code at} on its own, as a subject would be
   * ("Environment Canada issued a warning" before "Environment Canada officials said"): a name of
   * two words or more that stands alone is a body's or a person's, and officials speak for a body.
   */
  private boolean namedAlone(List<String> owner, int at) {
    int i = Spans.firstStartingAt(runs, Run::start, at) - 1;
    for (; i >= 0 && at - runs.get(i).start() <= LOOK_BACK_CHARS; i--) {
      if (runs.get(i).words().equals(owner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether capitalised words are an office and nothing else ("Regional Minister", "Prime
   * Minister"): an office last, at most three words, no word a surname the article introduced.
   */
  private boolean namesOfficeOnly(List<String> tail) {
    return tail.size() <= 3
        && isOffice(tail.get(tail.size() - 1))
        && tail.stream()
            .noneMatch(w -> !isOffice(w) && fullNames.containsKey(w) || CONNECTORS.contains(w));
  }

  /**
   * The person named right after an earlier use of the office {@code office} ("Regional Minister,
   * Simon Osei Mensah" or "Prime Minister Saad Hariri"), looking back from {@code at}.
   */
  private Optional<String> officeHolder(String office, int at) {
    int tries = 0;
    for (int i = lastIndexOfWord(office, at);
        i >= 0 && tries++ < LOOK_BACK_USES;
        i = lastIndexOfWord(office, i)) {
      Optional<String> named = nameAfter(i + office.length());
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /** Plural nouns for the people who speak for a body. */
  private static final Set<String> SPOKESPEOPLE =
      Set.of("officials", "spokespeople", "spokespersons", "representatives");

  /**
   * A body's name without the place written before it, when the name proper is "Department of …",
   * "Agency for …" and the article names that place on its own ("the Malawi Department of Disaster
   * Management Affairs" in a story "in southern Malawi"): the place says whose the body is, as
   * "Malawi's Department of …" would.
   */
  private String bodyName(List<String> words) {
    boolean placeFirst =
        words.size() >= 4
            && Mention.isOrganisationWord(lower(words.get(1)))
            && CONNECTORS.contains(words.get(2))
            && !words.get(2).equals("and")
            && namedAsPlace(words.get(0));
    return String.join(" ", placeFirst ? words.subList(1, words.size()) : words);
  }

  /** Whether the article writes {@code word} alone as a place: "in southern Malawi". */
  private boolean namedAsPlace(String word) {
    return places.computeIfAbsent(
        word,
        w ->
            Pattern.compile(
                    "\\b(?:in|from|across|throughout|southern|northern|eastern|western|central)\\s+"
                        + Pattern.quote(w)
                        + "\\b(?![\\s-]*\\p{Lu})")
                .matcher(text)
                .find());
  }

  private final Map<String, Boolean> places = new HashMap<>();

  /**
   * Whether a body's noun heads a phrase of the name: "Ministry of External Affairs", "National
   * Agency for Disaster Countermeasure", "Commission on Human Rights".
   */
  private static boolean headsPhrase(List<String> tail) {
    for (int i = 1; i < tail.size(); i++) {
      if (CONNECTORS.contains(tail.get(i))
          && !tail.get(i).equals("and")
          && Mention.isOrganisationWord(lower(tail.get(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person named after the last office or body in {@code tail}, in two words or more none of
   * which names a body: "Police Chief Chuck Lovell", "World Health Organization Director-General
   * Tedros Adhanom Ghebreyesus", "Disaster Management Authority Naseer Khan"; empty for a body
   * ("Police Service of Zimbabwe", "State Department").
   */
  private static Optional<List<String>> nameAfterOffice(List<String> tail) {
    if (!tail.isEmpty() && RANKS.contains(lower(tail.get(0)))) {
      return Optional.empty(); // "Detective Superintendent Ada Okafor": a rank, kept whole
    }
    for (int i = tail.size() - 3; i >= 0; i--) {
      // "… of the Provincial Disaster Management Authority Naseer Khan": a body ends like an office
      if (officeAt(tail, i) || Mention.isOrganisationWord(lower(tail.get(i)))) {
        List<String> name = withoutPortfolio(tail.subList(i + 1, tail.size()));
        boolean person =
            name.stream()
                .noneMatch(
                    w ->
                        CONNECTORS.contains(w)
                            || isOffice(w)
                            || Mention.isOrganisationWord(lower(w)));
        return person ? Optional.of(name) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "for Refugees Tom Brand" after "High Commissioner": the holder's name after the portfolio an
   * office is for, or {@code words} unchanged.
   */
  private static List<String> withoutPortfolio(List<String> words) {
    if (words.isEmpty() || !CONNECTORS.contains(words.get(0))) {
      return words;
    }
    for (int p = words.size() - 3; p > 0; p--) {
      if (PORTFOLIOS.contains(lower(words.get(p)))) {
        return words.subList(p + 1, words.size());
      }
    }
    return words;
  }

  /**
   * Whether {@code words[i]} is an office where it stands: an office word, or "General" after an
   * office ("Attorney General Ada Okafor"), or "Constable" after "Chief" ("Chief Constable", the
   * head of a force, where "Constable" alone is a rank).
   */
  private static boolean officeAt(List<String> words, int i) {
    if (isOffice(words.get(i))) {
      return true;
    }
    String w = lower(words.get(i));
    String before = i > 0 ? lower(words.get(i - 1)) : "";
    return w.equals("general") && (isOffice(before) || GENERAL_OFFICES.contains(before))
        || w.equals("constable") && before.equals("chief");
  }

  /** An office, also as part of a hyphenated one: "Director-General", "Secretary-General". */
  private static boolean isOffice(String word) {
    String w = lower(word);
    return OFFICES.contains(w)
        || w.indexOf('-') > 0 && Arrays.stream(w.split("-")).anyMatch(OFFICES::contains);
  }

  /**
   * "the Council", "the Department": the body named in full nearest before {@code at} whose name
   * ends in that noun ("the National Disaster Risk Reduction and Management Council") or opens with
   * it ("the Florida Department of Health").
   */
  private Optional<String> bodyNamedBefore(String noun, int at) {
    if (!Mention.isOrganisationWord(noun)) {
      return Optional.empty();
    }
    int i = Spans.firstStartingAt(runs, Run::start, at) - 1;
    for (; i >= 0 && at - runs.get(i).start() <= LOOK_BACK_CHARS; i--) {
      List<String> w = runs.get(i).words();
      if (w.size() >= 2 && namesBody(w, noun)) {
        return Optional.of(bodyName(w));
      }
    }
    return Optional.empty();
  }

  /**
   * "the department": the body named in full before {@code at} with that noun, when the article
   * names only one such body so far (a lower-case "the ministry" after two ministries is left as
   * written: it is often not the one named last).
   */
  private Optional<String> onlyBodyNamedBefore(String noun, int at) {
    if (!Mention.isOrganisationWord(noun)) {
      return Optional.empty();
    }
    Set<String> bodies = new HashSet<>();
    int i = Spans.firstStartingAt(runs, Run::start, at) - 1;
    for (; i >= 0 && at - runs.get(i).start() <= LOOK_BACK_CHARS; i--) {
      List<String> w = runs.get(i).words();
      if (w.size() >= 2 && namesBody(w, noun)) {
        bodies.add(bodyName(w));
      }
    }
    bodies.addAll(bodiesDescribedBefore(noun, at));
    if (COMPANY_NOUNS.contains(noun)) {
      bodies.addAll(companiesByTicker(at));
    }
    return bodies.size() == 1 ? Optional.of(bodies.iterator().next()) : Optional.empty();
  }

  /** Capitalised words that open a sentence before a name: "On Monday Twitter (TWTR) …". */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "The", "A", "An", "On", "In", "At", "For", "By", "From", "After", "Before", "When",
          "While", "Shares", "Rival");

  /** Nouns by which news copy calls a company it named before. */
  private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm");

  /**
   * A name and its stock ticker in brackets: "Twitter (TWTR)", "Kallo Motors (NYSE: KM)". News copy
   * gives a listed company its ticker where it first names it, whatever words the name has.
   */
  private static final Pattern TICKER =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}&.'’-]*\\s){1,4})\\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC"
              + "|Euronext|HKEX|BSE|NSE)\\s?:\\s?)?\\p{Lu}{1,5}(?:\\.\\p{Lu})?\\)");

  /**
   * "the company" after "Twitter (TWTR) is laying off …": the companies named with a ticker before
   * {@code at}, their names as written. Initials of the name in brackets ("the Harbour Safety Board
   * (HSB)") are no ticker.
   */
  private Set<String> companiesByTicker(int at) {
    Set<String> out = new HashSet<>();
    Matcher m = TICKER.matcher(text).region(Math.max(0, at - LOOK_BACK_CHARS), at);
    while (m.find()) {
      List<String> words = new ArrayList<>(Arrays.asList(m.group(1).strip().split("\\s+")));
      // "On Monday Twitter (TWTR)", "The Harbour Safety Board (HSB)": the name, without what
      // opens its sentence
      while (words.size() > 1
          && (SENTENCE_OPENERS.contains(words.get(0))
              || DATES.contains(lower(words.get(0)).replace(",", "")))) {
        words.remove(0);
      }
      String name = String.join(" ", words);
      String bracket = m.group().substring(m.group(1).length());
      String initials =
          Arrays.stream(name.split("\\s+"))
              .filter(w -> !CONNECTORS.contains(w))
              .map(w -> w.substring(0, 1))
              .reduce("", String::concat);
      if (!bracket.equals("(" + initials + ")")) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * "the Turkish transportation ministry", "Kallo's health department": the bodies named before
   * {@code at} by the noun in lower case after a name and at most two more lower-case words, as
   * written without the article. "the ministry" alone names none.
   */
  private Set<String> bodiesDescribedBefore(String noun, int at) {
    Set<String> out = new HashSet<>();
    int tries = 0;
    for (int i = lastIndexOfWord(noun, at);
        i >= 0 && tries++ < LOOK_BACK_USES;
        i = lastIndexOfWord(noun, i)) {
      if (!Character.isLowerCase(text.charAt(i))) {
        continue; // a capitalised noun is part of a name, which the runs hold
      }
      List<Tok> before = Words.of(text, lineStart(i, i - 80), i);
      int s = before.size();
      while (s > 0
          && before.size() - s < 2
          && before.get(s - 1).word()
          && Character.isLowerCase(before.get(s - 1).text().charAt(0))
          && !Set.of("the", "a", "an", "its", "their").contains(before.get(s - 1).text())
          && !CueVerbs.isCue(before.get(s - 1).text())) {
        s--; // "transportation", "health": what the body does
      }
      int e = s;
      while (s > 0
          && isCapitalised(before.get(s - 1))
          && !ARTICLES.contains(before.get(s - 1).text())
          && e - s < MAX_DOCUMENT_WORDS) {
        s--; // "Turkish", "Kallo's": whose it is
      }
      boolean determined = s == 0 || Set.of("the", "The").contains(before.get(s - 1).text());
      if (s < e && determined) {
        out.add(text.substring(before.get(s).start(), i + noun.length()));
      }
    }
    return out;
  }

  /**
   * Whether a name ends in {@code noun} or has it head a phrase ("Florida Department of Health",
   * "National Agency for Disaster Countermeasure"): a body so called.
   */
  private static boolean namesBody(List<String> w, String noun) {
    if (lower(w.get(w.size() - 1)).equals(noun)) {
      return true;
    }
    for (int i = 0; i + 1 < w.size(); i++) {
      if (lower(w.get(i)).equals(noun)
          && CONNECTORS.contains(w.get(i + 1))
          && !w.get(i + 1).equals("and")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one person named in full whose surname {@code surname} misspells: news style names a person
   * in full before using the surname alone, so a surname never introduced that is one or two
   * letters off an introduced one ("Santori" after "Lilian Tintori") is that person, when no other
   * introduced surname is as close.
   */
  private Optional<String> misspeltSurname(String surname) {
    if (surname.length() < MIN_MISSPELT_LENGTH || introduced.contains(surname)) {
      return Optional.empty();
    }
    // Looked up once a surname: a text quoting one name many times compares it with the rest once.
    return misspelt.computeIfAbsent(surname, this::closestIntroduced);
  }

  private final Map<String, Optional<String>> misspelt = new HashMap<>();

  private Optional<String> closestIntroduced(String surname) {
    List<String> close =
        fullNames.keySet().stream()
            .filter(known -> known.length() >= MIN_MISSPELT_LENGTH)
            .filter(known -> sharesEnding(known, surname))
            .filter(known -> Words.editDistance(known, surname, 2) <= 2)
            .sorted()
            .toList();
    return close.size() == 1 ? Optional.of(fullNames.get(close.get(0))) : Optional.empty();
  }

  /** Surnames this short are too often another person's by a letter or two: "Chen", "Chan". */
  private static final int MIN_MISSPELT_LENGTH = 6;

  /** Misheard names keep their ending: "Santori", "Tintori". */
  private static boolean sharesEnding(String a, String b) {
    return a.regionMatches(true, a.length() - 3, b, b.length() - 3, 3);
  }

  /** Whether the last {@code tailSize} words follow a preposition: "a clerk at the Grand Hotel". */
  private static boolean describesPlace(List<Tok> toks, int tailSize) {
    int before = toks.size() - tailSize - 1;
    if (before >= 0 && toks.get(before).text().equalsIgnoreCase("the")) {
      before--;
    }
    return before >= 0 && PLACE_PREPOSITIONS.contains(toks.get(before).text());
  }

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "from", "in", "with", "near");

  /** The capitalised words ending the mention, with "of" inside an organisation's name. */
  private static List<String> capitalisedTail(List<Tok> toks) {
    int from = toks.size();
    while (from > 0) {
      Tok t = toks.get(from - 1);
      boolean inner = t.word() && from < toks.size() && from - 1 > 0;
      boolean connector =
          inner && CONNECTORS.contains(t.text()) && isCapitalised(toks.get(from - 2));
      // "Ministry of Foreign Affairs of the Islamic Emirate": "the" after a connector is inside
      boolean article =
          inner && t.text().equals("the") && CONNECTORS.contains(toks.get(from - 2).text());
      if (isCapitalised(t) || connector || article || inner && isParticle(toks, from - 1)) {
        from--;
      } else {
        break;
      }
    }
    List<String> out = new ArrayList<>();
    for (Tok t : toks.subList(from, toks.size())) {
      if (isOwner(t.text()) && t != toks.get(toks.size() - 1)) {
        out.clear(); // "Google France's Sebastien Missoffe": the name starts after its owner
        continue;
      }
      out.add(possessiveStripped(t.text()));
    }
    if (!out.isEmpty() && out.get(0).equalsIgnoreCase("the")) {
      out.remove(0);
    }
    return out;
  }

  private static List<String> withoutTitles(List<String> words) {
    List<String> ranked = fromRank(words);
    if (ranked.size() < words.size()) {
      return ranked;
    }
    if (RANKS.contains(lower(words.get(0)))) {
      return words; // "Detective Superintendent Ada Okafor": a rank of two words stays whole
    }
    int from = 0;
    while (from < words.size() - 1
        && (COURTESY.contains(lower(words.get(from)))
            || officeAt(words, from)
            || lower(words.get(from)).endsWith("-based") // "Florida-based AirTran"
            || DESCRIPTIONS.contains(lower(words.get(from))) && words.size() - from > 2)) {
      from++;
    }
    // "Mines Minister Ada Okafor", "BBC Journalist Holly Jones": a name of two words or more
    // after the last office or description
    for (int i = words.size() - 3; i >= from; i--) {
      if (officeAt(words, i) || DESCRIPTIONS.contains(lower(words.get(i)))) {
        return words.subList(i + 1, words.size());
      }
    }
    if (from > 0 && words.size() - from >= 1) {
      return words.subList(from, words.size());
    }
    return words;
  }

  /**
   * The words from the first rank that has a name after it, with the words that open the rank
   * ("Staff Sgt."), when something stands before it; else {@code words}.
   */
  private static List<String> fromRank(List<String> words) {
    for (int r = 1; r + 1 < words.size(); r++) {
      if (RANKS.contains(lower(words.get(r))) && !officeAt(words, r)) {
        int s = r;
        while (s > 0 && RANK_MODIFIERS.contains(lower(words.get(s - 1)))) {
          s--;
        }
        return words.subList(s, words.size());
      }
    }
    return words;
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2
        && word.length() <= 6
        && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  /**
   * "the spokesman", "the police chief", "the 52-year-old": the person the article named with the
   * same role noun before ("local police spokesman Dolly Gumara", "the mining minister, Ada
   * Okafor", "Ada Okafor, the mining minister") or with the same age ("Ada Okafor, 52,").
   */
  private Optional<String> roleHolder(List<Tok> toks, int at) {
    String role = lower(toks.get(toks.size() - 1).text());
    if (!toks.get(0).text().equalsIgnoreCase("the")) {
      return Optional.empty();
    }
    Matcher age = AGE_NOUN.matcher(role);
    if (age.matches()) {
      return personOfAge(age.group(1), at);
    }
    if (!Mention.PERSON_NOUNS.contains(role) && !MORE_ROLE_NOUNS.contains(role)) {
      return Optional.empty();
    }
    int tries = 0;
    for (int i = lastIndexOfWord(role, at);
        i >= 0 && tries++ < LOOK_BACK_USES;
        i = lastIndexOfWord(role, i)) {
      int use = i;
      Optional<String> named = nameAfter(use + role.length()).or(() -> nameBeforeAppositive(use));
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * A name of two or more words right after {@code from}, or after a comma there, or after the body
   * the role belongs to ("Chief of Police Barry Weber", "Minister of Health Ada Okafor").
   */
  private Optional<String> nameAfter(int from) {
    int end = lineEnd(from, from + 80);
    List<Tok> after = Words.of(text, from, end);
    if (!after.isEmpty() && after.get(0).text().equals("of")) {
      int e = 1;
      while (e < after.size() && (isCapitalised(after.get(e)) || isParticle(after, e))) {
        e++;
      }
      List<String> words = new ArrayList<>();
      after.subList(1, e).forEach(t -> words.add(possessiveStripped(t.text())));
      return nameAfterOffice(words).filter(n -> n.size() >= 2).map(n -> String.join(" ", n));
    }
    int s = !after.isEmpty() && after.get(0).text().equals(",") ? 1 : 0;
    return capitalisedRun(after, s);
  }

  /**
   * "Ada Okafor, the mining minister": the name before a comma that opens an appositive ending at
   * the role noun at {@code role}, the appositive opening with a determiner or a possessive.
   */
  private Optional<String> nameBeforeAppositive(int role) {
    List<Tok> before = Words.of(text, lineStart(role, role - 160), role);
    int c = before.size() - 1;
    while (c >= 0 && before.get(c).word() && before.size() - c <= 6) {
      c--;
    }
    if (c < 1 || c + 1 >= before.size() || !before.get(c).text().equals(",")) {
      return Optional.empty();
    }
    String opener = before.get(c + 1).text();
    boolean appositive =
        APPOSITIVE_OPENERS.contains(lower(opener))
            || possessiveStripped(opener).length() < opener.length();
    if (!appositive) {
      return Optional.empty();
    }
    return nameEndingAt(before, c);
  }

  private static final Set<String> APPOSITIVE_OPENERS =
      Set.of("the", "a", "an", "his", "her", "their", "its");

  /** The run of two or more capitalised words ending right before token {@code end}. */
  private static Optional<String> nameEndingAt(List<Tok> toks, int end) {
    int s = end;
    while (s > 0 && isCapitalised(toks.get(s - 1)) && end - s < 6) {
      s--;
    }
    if (end - s < 2) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    toks.subList(s, end).forEach(t -> words.add(possessiveStripped(t.text())));
    return Optional.of(String.join(" ", withoutTitles(words)));
  }

  /** "Ada Okafor, 52," or "52-year-old nurse Ada Okafor" before {@code at}. */
  private Optional<String> personOfAge(String years, int at) {
    int tries = 0;
    for (int i = lastIndexOfWord(years, at);
        i >= 0 && tries++ < LOOK_BACK_USES;
        i = lastIndexOfWord(years, i)) {
      List<Tok> before = Words.of(text, lineStart(i, i - 120), i);
      boolean betweenCommas =
          !before.isEmpty()
              && before.get(before.size() - 1).text().equals(",")
              && text.startsWith(",", i + years.length());
      Optional<String> named =
          betweenCommas
              ? nameEndingAt(before, before.size() - 1)
              : text.startsWith("-year-old", i + years.length())
                  ? nameAfterDescription(i + years.length() + "-year-old".length())
                  : Optional.empty();
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /** The run of two or more capitalised words at {@code after[from]}, as a name without titles. */
  private static Optional<String> capitalisedRun(List<Tok> after, int from) {
    int n = from;
    while (n < after.size() && (isCapitalised(after.get(n)) || n > from && isParticle(after, n))) {
      n++;
    }
    if (n - from < 2) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    after.subList(from, n).forEach(t -> words.add(possessiveStripped(t.text())));
    return Optional.of(String.join(" ", withoutTitles(words)));
  }

  /** "52-year-old nurse Ada Okafor": a name after at most two lower-case words. */
  private Optional<String> nameAfterDescription(int from) {
    List<Tok> after = Words.of(text, from, lineEnd(from, from + 80));
    int s = 0;
    while (s < after.size() && s < 2 && after.get(s).word() && !isCapitalised(after.get(s))) {
      s++;
    }
    return capitalisedRun(after, s);
  }

  /** What a text tells of a person's gender: titles, gendered nouns, and "he" or "she". */
  enum Gender {
    MALE,
    FEMALE;

    private static final Set<String> MALE_WORDS =
        Set.of(
            "mr",
            "mr.",
            "he",
            "him",
            "his",
            "sir",
            "king",
            "prince",
            "spokesman",
            "chairman",
            "businessman",
            "congressman",
            "father",
            "husband",
            "son",
            "brother",
            "man",
            "boy");
    private static final Set<String> FEMALE_WORDS =
        Set.of(
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "miss",
            "she",
            "her",
            "lady",
            "dame",
            "queen",
            "princess",
            "spokeswoman",
            "chairwoman",
            "businesswoman",
            "congresswoman",
            "mother",
            "wife",
            "daughter",
            "sister",
            "woman",
            "girl");

    static Optional<Gender> ofWord(String word) {
      String w = lower(word);
      return MALE_WORDS.contains(w)
          ? Optional.of(MALE)
          : FEMALE_WORDS.contains(w) ? Optional.of(FEMALE) : Optional.empty();
    }
  }

  /**
   * The gender the article gives the person {@code speaker} names: a title or gendered noun in the
   * mention itself ("Ms Vance", "a spokeswoman"), or a title before the same surname anywhere in
   * the article ("Harbour Master Ellen Vance" is "Ms Vance" later).
   */
  Optional<Gender> gender(String speaker) {
    List<Tok> toks = Words.of(speaker, 0, speaker.length());
    for (Tok t : toks) {
      Optional<Gender> g = Gender.ofWord(t.text());
      if (g.isPresent()) {
        return g;
      }
    }
    List<String> tail = capitalisedTail(toks);
    if (tail.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(titledGenders.get(tail.get(tail.size() - 1)));
  }

  /** How far back "she" looks for a woman the text marks as one when no subject fits. */
  private static final int GENDERED_LOOK_BACK_CHARS = 600;

  /**
   * The person named nearest before {@code at} to whom the text gives gender {@code g}: by a title
   * or gendered noun inside the name ("Mrs. Okafor", "Spokeswoman Ada Okafor") or right before it
   * ("his wife, Ada Okafor"). Whom "she" means when no subject or speaker before it may be a she:
   * "Mr. Brand met Mrs. Okafor on Monday. "…," she said."
   */
  Optional<String> personOfGenderBefore(Gender g, int at) {
    int i = Spans.firstStartingAt(runs, Run::start, at) - 1;
    for (; i >= 0 && at - runs.get(i).start() <= GENDERED_LOOK_BACK_CHARS; i--) {
      Run r = runs.get(i);
      // "Mrs. Okafor on Monday", "Mr. Brand and Mrs. Okafor": each name of the run on its own
      List<List<String>> parts = splitAtAnd(r.words());
      for (int p = parts.size() - 1; p >= 0; p--) {
        List<String> part = parts.get(p);
        Optional<Gender> marked =
            part.stream().map(Gender::ofWord).flatMap(Optional::stream).findFirst();
        if (marked.isEmpty() && p == 0) {
          marked = genderWordBefore(r.start());
        }
        if (marked.orElse(null) == g
            && part.stream().noneMatch(w -> Mention.isOrganisationWord(lower(w)))) {
          return Optional.of(canonical(String.join(" ", part), r.start()));
        }
      }
    }
    return Optional.empty();
  }

  /** The gender of the word just before {@code start}, past one comma: "his wife, Ada Okafor". */
  private Optional<Gender> genderWordBefore(int start) {
    List<Tok> before = Words.of(text, Math.max(0, start - 40), start);
    int k = before.size() - 1;
    if (k >= 0 && before.get(k).text().equals(",")) {
      k--;
    }
    return k >= 0 && before.get(k).word() ? Gender.ofWord(before.get(k).text()) : Optional.empty();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
