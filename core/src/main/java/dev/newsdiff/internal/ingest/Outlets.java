package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.newsdiff.internal.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Display names of well-known outlets, looked up by an article's id ("aa", "trt-world"). */
public final class Outlets {

  private static final ImmutableMap<String, String> NAMES =
      ImmutableMap.<String, String>builder()
          .put("aa", "Anadolu Agency")
          .put("anadolu", "Anadolu Agency")
          .put("anadolu-agency", "Anadolu Agency")
          .put("trt", "TRT World")
          .put("trt-world", "TRT World")
          .put("trtworld", "TRT World")
          .put("daily-sabah", "Daily Sabah")
          .put("dailysabah", "Daily Sabah")
          .put("hurriyet-daily-news", "Hürriyet Daily News")
          .put("reuters", "Reuters")
          .put("ap", "Associated Press")
          .put("associated-press", "Associated Press")
          .put("afp", "AFP")
          .put("bbc", "BBC News")
          .put("bbc-news", "BBC News")
          .put("cnn", "CNN")
          .put("al-jazeera", "Al Jazeera")
          .put("aljazeera", "Al Jazeera")
          .put("guardian", "The Guardian")
          .put("the-guardian", "The Guardian")
          .put("nyt", "The New York Times")
          .put("new-york-times", "The New York Times")
          .put("washington-post", "The Washington Post")
          .put("wapo", "The Washington Post")
          .put("dw", "DW")
          .put("france24", "France 24")
          .put("france-24", "France 24")
          .put("euronews", "Euronews")
          .put("npr", "NPR")
          .put("bloomberg", "Bloomberg")
          .put("politico", "Politico")
          .put("ft", "Financial Times")
          .put("financial-times", "Financial Times")
          .put("xinhua", "Xinhua")
          .put("tass", "TASS")
          .put("middle-east-eye", "Middle East Eye")
          .put("associated-press-ap", "Associated Press")
          .put("the-associated-press", "Associated Press")
          .put("reuters-news-service", "Reuters")
          .put("agence-france-presse", "AFP")
          .put("agence-france-press", "AFP")
          .put("dpa", "dpa")
          .put("deutsche-presse-agentur", "dpa")
          .put("efe", "EFE")
          .put("ansa", "ANSA")
          .put("kyodo", "Kyodo News")
          .put("kyodo-news", "Kyodo News")
          .put("yonhap", "Yonhap")
          .put("ria-novosti", "RIA Novosti")
          .put("interfax", "Interfax")
          .put("bernama", "Bernama")
          .put("antara", "Antara")
          .put("pti", "Press Trust of India")
          .put("press-trust-of-india", "Press Trust of India")
          .put("ians", "IANS")
          .put("ani", "ANI")
          .put("asian-news-international", "ANI")
          .put("upi", "UPI")
          .put("united-press-international", "UPI")
          .put("canadian-press", "The Canadian Press")
          .put("the-canadian-press", "The Canadian Press")
          .put("aap", "AAP")
          .put("australian-associated-press", "AAP")
          .put("pa", "PA Media")
          .put("pa-media", "PA Media")
          .put("xinhua-news-agency", "Xinhua")
          .put("sputnik", "Sputnik")
          .put("voa", "Voice of America")
          .put("voa-news", "Voice of America")
          .put("voanews", "Voice of America")
          .put("voice-of-america", "Voice of America")
          .put("rfe-rl", "Radio Free Europe/Radio Liberty")
          .put("rferl", "Radio Free Europe/Radio Liberty")
          .put("fox-news", "Fox News")
          .put("cbs-news", "CBS News")
          .put("nbc-news", "NBC News")
          .put("abc-news", "ABC News")
          .put("sky-news", "Sky News")
          .put("usa-today", "USA Today")
          .put("radio-free-europe-radio-liberty", "Radio Free Europe/Radio Liberty")
          // Widely read outlets whose names an id cannot spell: a leading "The", capitals inside
          // ("HuffPost", "TimesLIVE"), a web address ("Scroll.in"), or another name altogether
          // ("wsj", "smh").
          .put("the-independent", "The Independent")
          .put("the-telegraph", "The Telegraph")
          .put("the-economist", "The Economist")
          .put("evening-standard", "Evening Standard")
          .put("daily-mail", "Daily Mail")
          .put("mail-online", "MailOnline")
          .put("dailymail", "Daily Mail")
          .put("daily-mirror", "Daily Mirror")
          .put("the-sun", "The Sun")
          .put("inews", "i")
          .put("itv-news", "ITV News")
          .put("channel-4-news", "Channel 4 News")
          .put("irish-times", "The Irish Times")
          .put("the-irish-times", "The Irish Times")
          .put("rte", "RTÉ News")
          .put("rte-news", "RTÉ News")
          .put("irish-independent", "Irish Independent")
          .put("the-journal", "TheJournal.ie")
          .put("thejournal", "TheJournal.ie")
          .put("scotsman", "The Scotsman")
          .put("the-scotsman", "The Scotsman")
          .put("wsj", "The Wall Street Journal")
          .put("wall-street-journal", "The Wall Street Journal")
          .put("the-wall-street-journal", "The Wall Street Journal")
          .put("latimes", "Los Angeles Times")
          .put("la-times", "Los Angeles Times")
          .put("the-new-york-times", "The New York Times")
          .put("nytimes", "The New York Times")
          .put("the-washington-post", "The Washington Post")
          .put("washingtonpost", "The Washington Post")
          .put("cnbc", "CNBC")
          .put("msnbc", "MSNBC")
          .put("pbs", "PBS")
          .put("pbs-newshour", "PBS NewsHour")
          .put("the-hill", "The Hill")
          .put("thehill", "The Hill")
          .put("axios", "Axios")
          .put("newsweek", "Newsweek")
          .put("huffpost", "HuffPost")
          .put("huffington-post", "HuffPost")
          .put("business-insider", "Business Insider")
          .put("the-atlantic", "The Atlantic")
          .put("cbc", "CBC News")
          .put("cbc-news", "CBC News")
          .put("ctv", "CTV News")
          .put("ctv-news", "CTV News")
          .put("global-news", "Global News")
          .put("globalnews", "Global News")
          .put("toronto-star", "Toronto Star")
          .put("globe-and-mail", "The Globe and Mail")
          .put("the-globe-and-mail", "The Globe and Mail")
          .put("national-post", "National Post")
          .put("miami-herald", "Miami Herald")
          .put("chicago-tribune", "Chicago Tribune")
          .put("boston-globe", "The Boston Globe")
          .put("the-boston-globe", "The Boston Globe")
          .put("the-hindu", "The Hindu")
          .put("thehindu", "The Hindu")
          .put("times-of-india", "The Times of India")
          .put("the-times-of-india", "The Times of India")
          .put("toi", "The Times of India")
          .put("timesofindia", "The Times of India")
          .put("hindustan-times", "Hindustan Times")
          .put("hindustantimes", "Hindustan Times")
          .put("indian-express", "The Indian Express")
          .put("the-indian-express", "The Indian Express")
          .put("economic-times", "The Economic Times")
          .put("the-economic-times", "The Economic Times")
          .put("ndtv", "NDTV")
          .put("india-today", "India Today")
          .put("indiatoday", "India Today")
          .put("news18", "News18")
          .put("wion", "WION")
          .put("livemint", "Mint")
          .put("deccan-herald", "Deccan Herald")
          .put("the-print", "ThePrint")
          .put("theprint", "ThePrint")
          .put("scroll-in", "Scroll.in")
          .put("business-standard", "Business Standard")
          .put("firstpost", "Firstpost")
          .put("express-tribune", "The Express Tribune")
          .put("the-express-tribune", "The Express Tribune")
          .put("geo-news", "Geo News")
          .put("daily-star", "The Daily Star")
          .put("the-daily-star", "The Daily Star")
          .put("dhaka-tribune", "Dhaka Tribune")
          .put("bdnews24", "bdnews24.com")
          .put("kathmandu-post", "The Kathmandu Post")
          .put("the-kathmandu-post", "The Kathmandu Post")
          .put("straits-times", "The Straits Times")
          .put("the-straits-times", "The Straits Times")
          .put("cna", "CNA")
          .put("channel-newsasia", "CNA")
          .put("channelnewsasia", "CNA")
          .put("bangkok-post", "Bangkok Post")
          .put("japan-times", "The Japan Times")
          .put("the-japan-times", "The Japan Times")
          .put("nhk", "NHK")
          .put("nhk-world", "NHK World")
          .put("korea-herald", "The Korea Herald")
          .put("the-korea-herald", "The Korea Herald")
          .put("korea-times", "The Korea Times")
          .put("the-korea-times", "The Korea Times")
          .put("korea-joongang-daily", "Korea JoongAng Daily")
          .put("global-times", "Global Times")
          .put("china-daily", "China Daily")
          .put("cgtn", "CGTN")
          .put("taipei-times", "Taipei Times")
          .put("focus-taiwan", "Focus Taiwan")
          .put("philstar", "Philstar.com")
          .put("philippine-daily-inquirer", "Philippine Daily Inquirer")
          .put("rappler", "Rappler")
          .put("jakarta-post", "The Jakarta Post")
          .put("the-jakarta-post", "The Jakarta Post")
          .put("jakarta-globe", "Jakarta Globe")
          .put("the-star-malaysia", "The Star")
          .put("malay-mail", "Malay Mail")
          .put("new-straits-times", "New Straits Times")
          .put("vnexpress", "VnExpress")
          .put("vietnamnews", "Việt Nam News")
          .put("al-arabiya", "Al Arabiya")
          .put("alarabiya", "Al Arabiya")
          .put("arab-news", "Arab News")
          .put("gulf-news", "Gulf News")
          .put("khaleej-times", "Khaleej Times")
          .put("times-of-israel", "The Times of Israel")
          .put("the-times-of-israel", "The Times of Israel")
          .put("haaretz", "Haaretz")
          .put("jerusalem-post", "The Jerusalem Post")
          .put("the-jerusalem-post", "The Jerusalem Post")
          .put("al-monitor", "Al-Monitor")
          .put("irna", "IRNA")
          .put("saudi-press-agency", "Saudi Press Agency")
          .put("premium-times", "Premium Times")
          .put("vanguard", "Vanguard")
          .put("daily-trust", "Daily Trust")
          .put("channels-tv", "Channels Television")
          .put("channels-television", "Channels Television")
          .put("daily-nation", "Daily Nation")
          .put("nation-africa", "Nation")
          .put("the-east-african", "The EastAfrican")
          .put("news24", "News24")
          .put("iol", "IOL")
          .put("timeslive", "TimesLIVE")
          .put("times-live", "TimesLIVE")
          .put("daily-maverick", "Daily Maverick")
          .put("mail-and-guardian", "Mail & Guardian")
          .put("mail-guardian", "Mail & Guardian")
          .put("ewn", "EWN")
          .put("eyewitness-news", "EWN")
          .put("myjoyonline", "MyJoyOnline")
          .put("graphic-online", "Graphic Online")
          .put("daily-monitor", "Daily Monitor")
          .put("new-vision", "New Vision")
          .put("the-herald-zimbabwe", "The Herald")
          .put("newsday-zimbabwe", "NewsDay")
          .put("the-citizen-tanzania", "The Citizen")
          .put("apanews", "APA News")
          .put("abc-australia", "ABC News")
          .put("abc-au", "ABC News")
          .put("smh", "The Sydney Morning Herald")
          .put("sydney-morning-herald", "The Sydney Morning Herald")
          .put("the-sydney-morning-herald", "The Sydney Morning Herald")
          .put("the-australian", "The Australian")
          .put("news-com-au", "news.com.au")
          .put("nzherald", "The New Zealand Herald")
          .put("nz-herald", "The New Zealand Herald")
          .put("new-zealand-herald", "The New Zealand Herald")
          .put("rnz", "RNZ")
          .put("kyiv-independent", "The Kyiv Independent")
          .put("the-kyiv-independent", "The Kyiv Independent")
          .put("ukrinform", "Ukrinform")
          .put("meduza", "Meduza")
          .put("moscow-times", "The Moscow Times")
          .put("the-moscow-times", "The Moscow Times")
          .put("swissinfo", "SWI swissinfo.ch")
          .put("buenos-aires-times", "Buenos Aires Times")
          .put("mercopress", "MercoPress")
          .put("telesur", "teleSUR")
          .put("the-associated-press-news", "Associated Press")
          .put("apnews", "Associated Press")
          .put("ap-news", "Associated Press")
          .put("reuters-com", "Reuters")
          .put("bbc-world", "BBC News")
          .put("bbc-world-service", "BBC World Service")
          .put("al-jazeera-english", "Al Jazeera")
          .put("france-24-english", "France 24")
          .put("rfi", "RFI")
          .put("radio-france-internationale", "RFI")
          .put("anews", "A News")
          // More widely read outlets from public lists of the largest news sites by country
          // (round 23), again only names an id cannot spell: "scmp", "theage", "ghanaweb".
          .put("scmp", "South China Morning Post")
          .put("south-china-morning-post", "South China Morning Post")
          .put("hkfp", "Hong Kong Free Press")
          .put("hongkongfp", "Hong Kong Free Press")
          .put("asiaone", "AsiaOne")
          .put("todayonline", "TODAY")
          .put("today-online", "TODAY")
          .put("nst", "New Straits Times")
          .put("mainichi", "The Mainichi")
          .put("asahi", "The Asahi Shimbun")
          .put("nikkei-asia", "Nikkei Asia")
          .put("asia-nikkei", "Nikkei Asia")
          .put("yna", "Yonhap")
          .put("yonhap-news", "Yonhap")
          .put("xinhuanet", "Xinhua")
          .put("antaranews", "Antara")
          .put("gma-news", "GMA News")
          .put("gmanetwork", "GMA News")
          .put("abs-cbn", "ABS-CBN News")
          .put("abs-cbn-news", "ABS-CBN News")
          .put("vietnamplus", "VietnamPlus")
          .put("tuoitrenews", "Tuoi Tre News")
          .put("asianage", "The Asian Age")
          .put("asian-age", "The Asian Age")
          .put("the-asian-age", "The Asian Age")
          .put("newindianexpress", "The New Indian Express")
          .put("new-indian-express", "The New Indian Express")
          .put("the-new-indian-express", "The New Indian Express")
          .put("zeenews", "Zee News")
          .put("abplive", "ABP Live")
          .put("abp-live", "ABP Live")
          .put("thequint", "The Quint")
          .put("the-quint", "The Quint")
          .put("dnaindia", "DNA India")
          .put("outlookindia", "Outlook India")
          .put("tribuneindia", "The Tribune")
          .put("geo", "Geo News")
          .put("samaa", "SAMAA TV")
          .put("samaa-tv", "SAMAA TV")
          .put("brecorder", "Business Recorder")
          .put("business-recorder", "Business Recorder")
          .put("arynews", "ARY News")
          .put("ary-news", "ARY News")
          .put("tbsnews", "The Business Standard")
          .put("newagebd", "New Age")
          .put("adaderana", "Ada Derana")
          .put("al-manar", "Al-Manar")
          .put("almanar", "Al-Manar")
          .put("jpost", "The Jerusalem Post")
          .put("i24news", "i24NEWS")
          .put("aawsat", "Asharq Al-Awsat")
          .put("asharq-al-awsat", "Asharq Al-Awsat")
          .put("ahram", "Ahram Online")
          .put("ahram-online", "Ahram Online")
          .put("premiumtimesng", "Premium Times")
          .put("punchng", "Punch")
          .put("vanguardngr", "Vanguard")
          .put("thecable", "TheCable")
          .put("channelstv", "Channels Television")
          .put("saharareporters", "Sahara Reporters")
          .put("sahara-reporters", "Sahara Reporters")
          .put("standardmedia", "The Standard")
          .put("ghanaweb", "GhanaWeb")
          .put("enca", "eNCA")
          .put("sowetanlive", "Sowetan LIVE")
          .put("sowetan-live", "Sowetan LIVE")
          .put("zimlive", "ZimLive")
          .put("allafrica", "AllAfrica")
          .put("thelocal", "The Local")
          .put("the-local", "The Local")
          .put("euobserver", "EUobserver")
          .put("spiegel", "Der Spiegel")
          .put("der-spiegel", "Der Spiegel")
          .put("lemonde", "Le Monde")
          .put("le-monde", "Le Monde")
          .put("elpais", "El País")
          .put("el-pais", "El País")
          .put("balkaninsight", "Balkan Insight")
          .put("independent-ie", "Irish Independent")
          .put("breakingnews-ie", "BreakingNews.ie")
          .put("perthnow", "PerthNow")
          .put("9news", "9News")
          .put("7news", "7NEWS")
          .put("abc-net-au", "ABC News")
          .put("theage", "The Age")
          .put("the-age", "The Age")
          .put("couriermail", "The Courier-Mail")
          .put("courier-mail", "The Courier-Mail")
          .put("canberratimes", "The Canberra Times")
          .put("canberra-times", "The Canberra Times")
          .put("yahoo", "Yahoo News")
          .put("yahoo-news", "Yahoo News")
          .put("nypost", "New York Post")
          .put("ny-post", "New York Post")
          .put("new-york-post", "New York Post")
          .put("nydailynews", "New York Daily News")
          .put("usnews", "U.S. News & World Report")
          .put("buzzfeed", "BuzzFeed News")
          .put("buzzfeed-news", "BuzzFeed News")
          .put("theverge", "The Verge")
          .put("the-verge", "The Verge")
          .put("techcrunch", "TechCrunch")
          .put("arstechnica", "Ars Technica")
          .put("ars-technica", "Ars Technica")
          .put("cnet", "CNET")
          .put("zdnet", "ZDNET")
          .put("marketwatch", "MarketWatch")
          .put("barrons", "Barron's")
          .put("investing-com", "Investing.com")
          .put("fxstreet", "FXStreet")
          .put("thestreet", "TheStreet")
          .put("seekingalpha", "Seeking Alpha")
          .put("seeking-alpha", "Seeking Alpha")
          .put("foxbusiness", "Fox Business")
          .put("dailycaller", "The Daily Caller")
          .put("daily-caller", "The Daily Caller")
          .put("washingtontimes", "The Washington Times")
          .put("washington-times", "The Washington Times")
          .put("thedailybeast", "The Daily Beast")
          .put("daily-beast", "The Daily Beast")
          .put("motherjones", "Mother Jones")
          .put("propublica", "ProPublica")
          .put("theintercept", "The Intercept")
          .put("the-intercept", "The Intercept")
          .put("sfgate", "SFGATE")
          .put("sfchronicle", "San Francisco Chronicle")
          .put("suntimes", "Chicago Sun-Times")
          .put("chicago-sun-times", "Chicago Sun-Times")
          .put("dallasnews", "The Dallas Morning News")
          .put("ajc", "The Atlanta Journal-Constitution")
          .put("seattletimes", "The Seattle Times")
          .put("seattle-times", "The Seattle Times")
          .put("denverpost", "The Denver Post")
          .put("denver-post", "The Denver Post")
          .put("tampabay", "Tampa Bay Times")
          .put("detroitnews", "The Detroit News")
          .put("freep", "Detroit Free Press")
          .put("azcentral", "The Arizona Republic")
          .put("space-com", "Space.com")
          .put("cp24", "CP24")
          .put("batimes", "Buenos Aires Times")
          .put("riotimesonline", "The Rio Times")
          .put("ticotimes", "The Tico Times")
          .buildOrThrow();

  /**
   * News agencies: outlets whose business is copy that others run. An outlet is an agency only by
   * this list or by what the texts say (a credit, an agency dateline), never because its name has
   * "wire" or "press" in it: "Free Press Journal" and "Metro Business Wire" are no agencies.
   */
  private static final ImmutableSet<String> AGENCIES =
      ImmutableSet.of(
          "Anadolu Agency",
          "Reuters",
          "Associated Press",
          "AFP",
          "Xinhua",
          "TASS",
          "dpa",
          "EFE",
          "ANSA",
          "Kyodo News",
          "Yonhap",
          "RIA Novosti",
          "Interfax",
          "Bernama",
          "Antara",
          "Press Trust of India",
          "IANS",
          "ANI",
          "UPI",
          "The Canadian Press",
          "AAP",
          "PA Media",
          "Sputnik");

  private Outlets() {}

  /**
   * The outlet's display name: the page's own (from its metadata), else a known outlet's, else the
   * id written as a name ("deutsche-welle" is "Deutsche Welle"). A credit never names the outlet: a
   * text ending "SOURCE: Meridian Wire" copies Meridian Wire, it is not Meridian Wire.
   */
  public static String displayName(String id, @Nullable String site) {
    if (site != null && !site.isBlank()) {
      return site.trim();
    }
    return listed(id).orElseGet(() -> nameFromId(id));
  }

  /**
   * The outlet the built-in list gives an id: the id's own, or for an id that names a known outlet
   * and then the known outlet whose copy it carries, the first ("yahoo-rfi" is Yahoo News's page of
   * RFI copy, "dailymail-reuters" the Daily Mail's of Reuters copy).
   */
  private static Optional<String> listed(String id) {
    return known(id).or(() -> hostOfCopy(key(id)));
  }

  private static Optional<String> hostOfCopy(String key) {
    List<String> words = Splitter.on('-').splitToList(key);
    for (int i = 1; i < words.size(); i++) {
      Optional<String> host = known(String.join("-", words.subList(0, i)));
      if (host.isPresent() && known(String.join("-", words.subList(i, words.size()))).isPresent()) {
        return host;
      }
    }
    return Optional.empty();
  }

  /**
   * An id written as a name, the way a user reads it: its words capitalised ("the-nation" is "The
   * Nation"), joining words inside a name kept small ("maps-of-world" is "Maps of World"), and a
   * word with no vowel, which can only be read as letters, in capitals ("dt-next" is "DT Next"), as
   * are "us", "uk", "eu" and "un" ("us-africa-online" is "US Africa Online"); an id that runs a
   * name's words together, as a web address does, split into them ("chinadaily" is "China Daily",
   * {@link RunTogetherId}). An id with capitals of its own ("iNFOnews") is as its writer spelled
   * it.
   */
  static String nameFromId(String id) {
    if (!id.equals(id.toLowerCase(Locale.ROOT))) {
      return id;
    }
    List<String> words = RunTogetherId.words(id).orElseGet(() -> ID_SEPARATORS.splitToList(id));
    if (words.isEmpty()) {
      return id;
    }
    StringBuilder name = new StringBuilder(capitalised(words.get(0)));
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      boolean joining = i < words.size() - 1 && JOINING_WORDS.contains(word);
      name.append(' ').append(joining ? word : capitalised(word));
    }
    return name.toString();
  }

  private static String capitalised(String word) {
    if ((LETTER.matcher(word).find() && !VOWEL.matcher(word).find())
        || ALWAYS_CAPITALS.contains(word)) {
      return word.toUpperCase(Locale.ROOT);
    }
    int first = word.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(word, Character.charCount(first), word.length())
        .toString();
  }

  /** Abbreviations English writes in capitals though they have a vowel: "us-africa-online". */
  private static final ImmutableSet<String> ALWAYS_CAPITALS =
      ImmutableSet.of("us", "uk", "eu", "un");

  private static final Splitter ID_SEPARATORS =
      Splitter.on(CharMatcher.anyOf("-_. ")).omitEmptyStrings();
  private static final ImmutableSet<String> JOINING_WORDS =
      ImmutableSet.of("and", "of", "the", "for", "in", "on", "at", "to", "de", "la", "du", "del");
  private static final Pattern VOWEL = Pattern.compile("[aeiouy\\P{InBasicLatin}]");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /**
   * The display name, where a SOURCE line that names the outlet itself ("SOURCE: Coast Radio News"
   * in coast-radio) is its signature, not a credit: the line's name opens with the id's words.
   */
  public static String displayName(String id, @Nullable String site, @Nullable String sourceLine) {
    if ((site == null || site.isBlank()) && sourceLine != null && namesItself(id, sourceLine)) {
      return sourceLine.trim();
    }
    return displayName(id, site);
  }

  /**
   * The display name, where the page's text may spell the outlet's name its own way: its metadata's
   * name, a SOURCE line naming the outlet itself, the built-in list, then the page's own spelling
   * of the id ("© 2023 Sowetan LIVE" for sowetan-live), else the id written as a name.
   */
  public static String displayName(
      String id, @Nullable String site, @Nullable String sourceLine, String text) {
    boolean fromPage =
        (site == null || site.isBlank())
            && (sourceLine == null || !namesItself(id, sourceLine))
            && listed(id).isEmpty();
    return fromPage
        ? OwnSpelling.in(text, id).orElseGet(() -> nameFromId(id))
        : displayName(id, site, sourceLine);
  }

  /**
   * The list's ids with their words run together, as a web address runs them ("gulfnews",
   * "straitstimes"); an id that two outlets would share this way is left out.
   */
  private static final ImmutableMap<String, String> RUN_TOGETHER =
      NAMES.entrySet().stream()
          .filter(e -> e.getKey().contains("-"))
          .collect(
              Collectors.groupingBy(
                  e -> e.getKey().replace("-", ""),
                  Collectors.mapping(Map.Entry::getValue, ImmutableSet.toImmutableSet())))
          .entrySet()
          .stream()
          .filter(e -> e.getValue().size() == 1 && !NAMES.containsKey(e.getKey()))
          .collect(
              ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> e.getValue().iterator().next()));

  /**
   * The well-known outlet an id or a name stands for ("ap", "AFP", "Press Trust of India"), also
   * with the words of its id run together ("chinadaily", "GulfNews").
   */
  public static Optional<String> known(String idOrName) {
    String key = key(idOrName);
    return Optional.ofNullable(NAMES.get(key))
        .or(() -> Optional.ofNullable(RUN_TOGETHER.get(key)))
        .or(() -> Optional.ofNullable(AGENCIES.contains(idOrName.trim()) ? idOrName.trim() : null));
  }

  /** Whether the outlet with this display name or id is a known news agency. */
  public static boolean isKnownAgency(String idOrName) {
    return AGENCIES.contains(known(idOrName).orElse(idOrName.trim()));
  }

  /**
   * Whether {@code name} names the outlet {@code id}, as a whole name: the same words ("Harbor
   * Wire" for harbor-wire), the same known outlet ("AP" for associated-press), its initials ("AA"
   * for anadolu-agency), or words that spell the id as a web address shortens them ("Kyodo News"
   * for kyodonews, "Business Standard" for bstandard: {@link IdFold}); a masthead naming the page's
   * own outlet is no credit. A word of the id inside a longer name ("The" for the) is not enough.
   */
  public static boolean sameOutlet(String name, String id, String displayName) {
    String k = key(name);
    if (k.isEmpty()) {
      return false;
    }
    if (k.equals(key(id)) || k.equals(key(displayName))) {
      return true;
    }
    Optional<String> outlet = known(name);
    if (outlet.isPresent() && (outlet.equals(known(id)) || outlet.get().equals(displayName))) {
      return true;
    }
    String initials = initials(displayName);
    return (initials.length() >= 2 && name.trim().equals(initials)) || IdFold.spells(name, id);
  }

  private static boolean namesItself(String id, String name) {
    String idWords = withoutThe(key(id).replace('-', ' '));
    String nameWords = withoutThe(key(name).replace('-', ' '));
    return !idWords.isEmpty() && (nameWords + " ").startsWith(idWords + " ");
  }

  /** "the harbour gazette" is "harbour gazette"; "the" alone names nothing. */
  private static String withoutThe(String words) {
    return words.equals("the") ? "" : LEADING_THE.matcher(words).replaceFirst("");
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String w : Whitespace.words(name)) {
      if (Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString();
  }

  /** "Press Trust of India" and "press_trust.of-india" both give "press-trust-of-india". */
  static String key(String idOrName) {
    String hyphened = NON_ALNUM.matcher(idOrName.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_HYPHENS.matcher(hyphened).replaceAll("");
  }

  // Compiled once: String.replaceAll and replaceFirst compile their pattern on every call, and
  // key is called for every run of words a credit might name.
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern LEADING_THE = Pattern.compile("^the ");
}
