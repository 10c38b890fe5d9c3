package dev.newsdiff.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

  private static Article read(String text) {
    return NewsDiff.parse("t", text.replace("\\n", "\n"));
  }

  /** Quote styles and attributions: the n-th quote's words, speaker and cue. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          "We will continue," Minister Ayse Kaya said.                             | 0 | We will continue                | Minister Ayse Kaya           | said
          “We will continue,” the ministry said.                                   | 0 | We will continue                | the ministry                 | said
          "We will continue,” the officials stressed.                              | 0 | We will continue                | the officials                | stressed
          “We will continue," they said.                                           | 0 | We will continue                | they                         | said
          «We will continue», the minister said.                                   | 0 | We will continue                | the minister                 | said
          "We will continue," said Defence Minister Yasar Guler.                   | 0 | We will continue                | Defence Minister Yasar Guler | said
          "We will," she said, "continue."                                         | 0 | We will continue.               | she                          | said
          The minister issued a warning: "We will not wait."                       | 0 | We will not wait.               | The minister                 | issued
          The minister gave a warning: "We will not wait."                         | 0 | We will not wait.               | The minister                 | gave
          The ministry said the talks were held in a "sincere and constructive atmosphere."   | 0 | sincere and constructive atmosphere. | The ministry     | said
          "First part of the quote.\\n"Second part," the sources said.            | 0 | First part of the quote. Second part | the sources          | said
          "First," Akturk said.\\n"Second thing," he added.                        | 1 | Second thing                    | Akturk                       | added
          "First," the officials said.\\n"Second thing," they added.               | 1 | Second thing                    | the officials                | added
          The ministry also said the deal was signed.\\nIt added that "training has begun."  | 0 | training has begun.       | The ministry                 | added
          The bridge will reopen "within a few weeks," according to the harbour master.      | 0 | within a few weeks        | the harbour master           | according to
          "First thing," the sources said. "Second thing."                         | 1 | Second thing.                   | the sources                  | said
          "We support the 'One State, One Army' principle," the sources said.      | 0 | We support the 'One State, One Army' principle | the sources   | said
          Ankara sees stability as "vital for the region" and backs the principle of "One Nation, One Flag," the sources said. | 0 | vital for the region | the sources | said
          "No," he said.                                                           | 0 | No                              | he                           | said
          But Mayor Hanne Dussel said the plan was "a costly mistake."            | 0 | a costly mistake.               | Mayor Hanne Dussel           | said
          And the harbour master told reporters: "We are not done yet."            | 0 | We are not done yet.            | the harbour master           | told
          The union attacked the ruling, calling it "a dark day for workers."      | 0 | a dark day for workers.         | The union                    | calling
          Ada Okafor rejected the offer, saying it was "an insult to every nurse." | 0 | an insult to every nurse.       | Ada Okafor                   | saying
          The mayor faces claims of "bribery and fraud" made by a former aide who left in May. | 0 | bribery and fraud | a former aide              | made
          "Why now?" Ada Okafor asked.                                             | 0 | Why now?                        | Ada Okafor                   | asked
          "Welcome aboard," Tom Brand radioed from the cockpit.                    | 0 | Welcome aboard                  | Tom Brand                    | radioed
          "What a view!" exclaimed the pilot.                                      | 0 | What a view!                    | the pilot                    | exclaimed
          "We never cut corners," Tom Brand was quoted as saying.                  | 0 | We never cut corners            | Tom Brand                    | quoted
          Tom Brand was quoted by the Herald as saying: "We never cut corners."   | 0 | We never cut corners.           | Tom Brand                    | quoted
          "The shaft is safe," said the mine's manager, Tom Brand.                 | 0 | The shaft is safe               | Tom Brand                    | said
          "We followed the rules," Brand said.                                     | 0 | We followed the rules           | Brand                        | said
          Tom Brand said nine bodies were found.\\n"We are still searching."       | 0 | We are still searching.         | Tom Brand                    | said
          Tom Brand said nine bodies were found. "We are still searching."         | 0 | We are still searching.         | Tom Brand                    | said
          Speaking at the depot on Friday, Ada Okafor said: "We start again."     | 0 | We start again.                 | Ada Okafor                   | said
          Ada Okafor (34) said: "He never came back."                              | 0 | He never came back.             | Ada Okafor                   | said
          "He never came back," Okafor (34) told the Herald.                       | 0 | He never came back              | Okafor                       | told
          "It was all we had," 47-year-old teacher Ada Okafor sobbed.              | 0 | It was all we had               | 47-year-old teacher Ada Okafor | sobbed
          Ada Okafor rejected the offer saying, "It is an insult to every nurse."  | 0 | It is an insult to every nurse. | Ada Okafor                   | saying
          The watchdog referred to the port as "a danger to every crew."           | 0 | a danger to every crew.         | The watchdog                 | referred
          Ada Okafor visited the shelter.\\n"We moved the boats in time,'' she said.  | 0 | We moved the boats in time      | Ada Okafor                   | said
          “Nine ferries were cancelled”, – Ada Okafor, a spokeswoman for the port, wrote. | 0 | Nine ferries were cancelled | Ada Okafor                   | wrote
          Earlier the harbour board said the pier was "not safe for crowds."      | 0 | not safe for crowds.            | the harbour board            | said
          Later this week Ada Okafor told the council the fees were "far too high." | 0 | far too high.                 | Ada Okafor                   | told
          In a long interview with the Herald on Monday in the port city, Kallo, Mayor Tom Brand said the plan would go ahead but that he would "listen to every objection." | 0 | listen to every objection. | Mayor Tom Brand | said
          The Ministry of Health and Social Affairs of the Harbour Republic announced: "Clinics open on Monday." | 0 | Clinics open on Monday. | The Ministry of Health and Social Affairs of the Harbour Republic | announced
          The agency said on Monday that the risk to travellers was “low” for now.  | 0 | low                             | The agency                   | said
          “The pumps failed twice, Okafor said.                                    | 0 | The pumps failed twice          | Okafor                       | said
          """)
  void findsQuoteAndSpeaker(String text, int index, String words, String speaker, String cue) {
    List<Quote> quotes = read(text).quotes();
    assertThat(quotes).hasSizeGreaterThan(index);
    Quote q = quotes.get(index);
    assertThat(q.text()).isEqualTo(words);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.cue()).isEqualTo(cue);
  }

  /**
   * Who speaks, as written and by the fullest name the article gives: short names, titles, role
   * nouns, acronyms and documents resolved; descriptions and offices left out of the name.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Local police spokeswoman Ada Okafor said the road was shut.\\n"It is unsafe," Okafor said.         | Okafor                          | Ada Okafor
          District police chief Ada Okafor visited the site.\\n"It is unsafe," Ms Okafor said.               | Ms Okafor                       | Ada Okafor
          The district police chief Ada Okafor arrived on Monday.\\n"It is unsafe," the police chief said.  | the police chief                | Ada Okafor
          "It is unsafe," said SP Ada Okafor.\\n"We wait," Okafor added.                                    | Okafor                          | SP Ada Okafor
          The Harbour Safety Board (HSB) met on Monday.\\n"Ferries must wait," the HSB said.                | the HSB                         | Harbour Safety Board
          The tax board said in a statement that fees would rise.\\n"Fees rise in May," the statement said. | The tax board                   | The tax board
          "Fees rise in May," according to the statement released by the Harbour Safety Board.               | the Harbour Safety Board        | Harbour Safety Board
          Mayor Hanne Dussel told residents: "Stay indoors tonight."                                        | Mayor Hanne Dussel              | Hanne Dussel
          The Gazette cited Ada Okafor as saying "the road is unsafe."                                      | Ada Okafor                      | Ada Okafor
          Another defence lawyer, Ada Okafor, said the case was "deeply flawed."                            | Ada Okafor                      | Ada Okafor
          The court ruled, with U.S. envoy Tom Brand saying he was "very concerned" by it.                  | U.S. envoy Tom Brand            | Tom Brand
          "It shook for a minute," said a night porter at the Grand Hotel in the town.                     | a night porter at the Grand Hotel | a night porter at the Grand Hotel
          "We object," the Ministry of Rural Affairs said.                                                  | the Ministry of Rural Affairs   | Ministry of Rural Affairs
          A regional government statement said the dam was "not at risk."                                   | regional government             | regional government
          The ministry's statement said the dam was "not at risk."                                          | The ministry                    | The ministry
          A joint statement was issued by the Harbour Safety Board.\\nThe statement said "ferries must wait." | the Harbour Safety Board        | Harbour Safety Board
          Northwind Air filed a lawsuit on Friday.\\nThe filing said the fees were "unlawful and excessive."  | Northwind Air                   | Northwind Air
          "Fees rise in May," according to the tax board's reportMeanwhile, the port reopened.               | the tax board                   | the tax board
          The mining minister, Ada Okafor, toured the site.\\n"We mourn them all," said the minister.        | the minister                    | Ada Okafor
          Ada Okafor, the country's mining minister, toured the site.\\n"We mourn them," the minister said.   | the minister                    | Ada Okafor
          Space agency administrator Tom Brand watched.\\n"It was flawless," the administrator said.        | the administrator               | Tom Brand
          Ada Okafor, 41, lost her son in the flood.\\n"I want answers," the 41-year-old said.              | the 41-year-old                 | Ada Okafor
          The 41-year-old teacher Ada Okafor lost her son.\\n"I want answers," the 41-year-old said.        | the 41-year-old                 | Ada Okafor
          Rail Minister Ada Okafor said the line was "safe again."                                           | Rail Minister Ada Okafor        | Ada Okafor
          Survivor Tom Brand recalled: "There was dust everywhere."                                          | Survivor Tom Brand              | Tom Brand
          Opposition leader Ana Belmonte spoke at the rally.\\n"We will not stop," said Delmonte.           | Delmonte                        | Ana Belmonte
          Ada Jensen chairs the board.\\nDr. Hansen disagreed.\\n"It is too soon," Hansen said.             | Hansen                          | Dr. Hansen
          The Harbour Safety Board (HSB) said in a statement that piers were shut.\\n"At this time, the board believes the piers are unsafe," it said. | The Harbour Safety Board | Harbour Safety Board
          The Lakeside Water Management Council met on Monday.\\n"Taps stay shut," the Council said.     | the Council                     | Lakeside Water Management Council
          "Stay indoors," Police Chief Ada Okafor said.                                                     | Police Chief Ada Okafor         | Ada Okafor
          "Act now," said Harbour Agency Director-General Tom Brand.                                        | Harbour Agency Director-General Tom Brand | Tom Brand
          Capt. Tom Brand and Harbour Master Ada Okafor spoke on Friday.\\n"We are ready," Brand said.    | Brand                           | Capt. Tom Brand
          Tom Brand met the Harbour Safety Board and Ada Okafor on Friday.\\n"We agreed," Okafor said.   | Okafor                          | Ada Okafor
          Prime Minister Abiy Haile arrived on Friday.\\n"We are ready," said Abiy.                       | Abiy                            | Abiy Haile
          "Ferries will wait," the Harbour Safety Board said in a statement.\\n"Crews are safe," read the statement. | the Harbour Safety Board | Harbour Safety Board
          Campaigners to Save Harbour Park (CSHP) met on Monday.\\n"The park stays," CSHP said.           | CSHP                            | Campaigners to Save Harbour Park
          Director Ada Okafor issued the following statement on Friday:\\n"We deplore this action."       | Director Ada Okafor             | Ada Okafor
          Tom Brand, UN special envoy for the region said on Monday, "Talks resume soon."                 | Tom Brand                       | Tom Brand
          Tom Brand, the minister said, "was never there."                                                  | the minister                    | the minister
          Harbour master Ada Okafor left early after she wrote that she "could not stay."                    | Harbour master Ada Okafor       | Ada Okafor
          Kallo, March 3, 2031 - Port Director Ada B. Okafor issued the following statement:\\n“We are closing the north pier. | Port Director Ada B. Okafor | Ada B. Okafor
          Kallo, March 3 - Port Director Ada B. Okafor issued the following statement:\\n“We are closing the north pier.\\n“We regret the delay.” | Port Director Ada B. Okafor | Ada B. Okafor
          Tom Brand the chief engineer of the yard, said the hull was sound.\\nHe said: "It will float."   | Tom Brand                       | Tom Brand
          The blast was at noon, said Chief of the Harbour Fire Authority Ada Okafor.\\n"Nobody was hurt," Okafor said. | Okafor          | Ada Okafor
          """)
  void namesTheSpeaker(String text, String speaker, String speakerName) {
    List<Quote> quotes = read(text).quotes();
    Quote q = quotes.get(quotes.size() - 1);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.speakerName()).isEqualTo(speakerName);
  }

  /**
   * The fifth round's classes, written from the misses of half A of the second real table (see
   * {@code RealAttributionsTest}): particles inside names, more offices and honorifics left out of
   * the fullest name, a role noun before "of" and its body, a document's issuer as the subject of
   * the sentence it was given in, a body issuing a document whose words are quoted, an inverted "…,
   * said Tom Brand." or "…, who said" naming whom a later pronoun means, a name after the phrase or
   * the role description between it and its verb, and airlines as bodies.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Kallo police chief Jan van Dijk spoke on Friday.\\n"We have him," the police chief said.          | the police chief   | Jan van Dijk
          Northwind CEO Tom Brand met the staff.\\n"We must cut costs," Brand wrote.                       | Brand              | Tom Brand
          District Judge Ada Okafor ruled on Friday.\\n"The claim fails," Judge Okafor wrote.              | Judge Okafor       | Ada Okafor
          Ward 4 Councilman Tom Brand opened the hall.\\n"Come and talk to us," Councilman Brand said.     | Councilman Brand   | Tom Brand
          Its minister Datuk Seri Dr Ada Okafor said on Monday that cases had risen.\\n"We test every case," she said. | Its minister Datuk Seri Dr Ada Okafor | Dr Ada Okafor
          Chief of Police Ada Okafor announced the arrest.\\n"It was no random attack," the county police chief said. | the county police chief | Ada Okafor
          The Harbour Board made its decision known in a statement on Friday.\\nAccording to the statement, "the pier stays shut." | The Harbour Board | Harbour Board
          The Harbour Board made its decision known in a statement on Friday.\\nThe statement added that "no ferry will sail."\\nIt said "the pier stays shut." | The Harbour Board | Harbour Board
          The Harbour Board has stated that the pier is unsafe.\\nThe statement added that "no ferry will sail." | The Harbour Board | Harbour Board
          In a filing, Northwind released a statement indicating the cuts were "part of a wider plan."    | Northwind          | Northwind
          The pier will stay shut until May, said deputy harbour master Tom Brand at a briefing.\\n"Divers found cracks," he said. | deputy harbour master Tom Brand | Tom Brand
          The talks ended without a deal, said Ada Okafor.\\n"We will meet again," she said.              | Ada Okafor         | Ada Okafor
          "We disagree," Ada Okafor told Tom Brand.\\n"I have doubts," she said.                           | Ada Okafor         | Ada Okafor
          Coach Tom Brand at the post-match press conference was upbeat and said that the side deserved the win.\\n\\n"We never gave up." | Coach Tom Brand | Tom Brand
          Northwind beat Kallo 2-1 in the league on Wednesday night.\\n\\nCoach Tom Brand at the post-match press conference was upbeat.\\n\\nAsked about the second half, he said,\\n\\n"We kept going." | Coach Tom Brand | Tom Brand
          Northwind Airlines apologised on Friday.\\nThe delay was seen by another passenger, Ada Okafor of Kallo, who said she sat in the row behind.\\n"It smelled of fuel," she wrote. | Ada Okafor | Ada Okafor
          The head of communications, Tom Brand, in a statement on Saturday, called the delay regrettable.\\nHe said, "We apologise to every passenger." | Tom Brand | Tom Brand
          The Kallo Fire Department was called at noon.\\n"Nobody was inside," the department said.  | the department | Kallo Fire Department
          The Kallo Fire Department met the Kallo Housing Department.\\n"Nobody was inside," the department said. | the department | the department
          Reporter Ada Okafor saw the crash.\\n"I have never seen anything like it," Ms Okafor said.            | Ms Okafor      | Ada Okafor
          Ten ferries were late, according to a Harbour Safety Board report released Tuesday.\\n"Delays keep growing," the report says. | Harbour Safety Board | Harbour Safety Board
          "We must act," UN High Commissioner for Refugees Tom van Brand said.                              | UN High Commissioner for Refugees Tom van Brand | Tom van Brand
          "We regret the delay," Kallo-based Northwind said in a statement.                                  | Kallo-based Northwind | Northwind
          Northwind coach Tom Brand spoke after the game.\\nAsked about the referee the coach replied, "We move on." | the coach  | Tom Brand
          "We are ready," Tom Brand said.\\nHe went on to add, "the talks were long."                       | Tom Brand      | Tom Brand
          """)
  void namesTheSpeakerOnUnseenCopy(String text, String speaker, String speakerName) {
    namesTheSpeaker(text, speaker, speakerName);
  }

  /**
   * Round 24's classes, written from the misses of half A of the third real table (see {@code
   * RealAttributionsTest} and docs/reading.md), each with sentences of our own: a person named
   * after an office's portfolio or a body with "of"; a rank keeps its place in the fullest name and
   * drops the force before it; abbreviated offices and "Hon."; a capitalised office ("the Regional
   * Minister") is the person named with it; "the minister" with no minister named is the person the
   * story quotes; officials of a body named alone before; a transcript's "Name: "…""; a quotation
   * going on in a paragraph without its opening mark; "what X said:"; the second quotation of a
   * sentence with its own reporting clause; "said Kallo Department of X spokesman Tom Brand"; a
   * body's "message … read:".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          U.S. Secretary of Fisheries Tom Brand visited the pier.\\n"It was calm," Brand said.               | Brand                 | Tom Brand
          Kallo Department of Public Safety Director Ada Okafor spoke.\\n"We are ready," Okafor said.         | Okafor                | Ada Okafor
          "The wall gave way," said Kallo Fire Capt Tom Brand.                                                 | Kallo Fire Capt Tom Brand | Capt Tom Brand
          "Stay inside," HPD Sgt. Ada Okafor said.                                                             | HPD Sgt. Ada Okafor   | Sgt. Ada Okafor
          "Stay inside," Staff Sgt. Ada Okafor said.                                                           | Staff Sgt. Ada Okafor | Staff Sgt. Ada Okafor
          "Stay inside," Kallo Police Lt. Col. Ada Okafor said.                                                | Kallo Police Lt. Col. Ada Okafor | Lt. Col. Ada Okafor
          Gov. Ada Okafor issued the following statement:\\n"We will rebuild."                                 | Gov. Ada Okafor       | Ada Okafor
          "I was never told," Hon. Tom Brand said.                                                             | Hon. Tom Brand        | Tom Brand
          The Kallo Regional Minister, Tom Brand has defended the seizure.\\n"It was lawful," the Regional Minister said. | the Regional Minister | Tom Brand
          Ms. Okafor told reporters on Monday that the port would reopen.\\n"We never said it would close," the minister said. | the minister | Okafor
          "We were unlucky," Tom Brand said after the game.\\n"We play to win," the former Kallo gaffer concluded. | the former Kallo gaffer | Tom Brand
          "We play to win," the spokesman said.                                                                | the spokesman         | the spokesman
          Kallo Weather issued a storm warning.\\n"Storms will weaken overnight," Kallo Weather officials said. | Kallo Weather officials | Kallo Weather
          Tom Brand spoke to the Herald.\\nAda Okafor: "How did it go?"\\nBrand: "Very well."                 | Brand                 | Tom Brand
          “I am disappointed. We worked hard for a compromise.\\nI was elected to manage this city,” said Mayor Tom Brand. | Mayor Tom Brand | Tom Brand
          Tom Brand spoke on Friday.\\nHere is the rest of what Brand said:\\n"We need help."                | Brand                 | Tom Brand
          The board said in a post that “the pier is closed,” while its spokeswoman, Ada Okafor, tweeted “Nobody was hurt.” | Ada Okafor | Ada Okafor
          "We have him," said Kallo Department of Public Safety spokesman Tom Brand.                          | Kallo Department of Public Safety spokesman Tom Brand | Tom Brand
          Northwind Air apologised on Monday. Northwind Air’s message to customers read:\\n“Come fly with us again.” | Northwind Air | Northwind Air
          """)
  void namesTheSpeakerOnFreshPages(String text, String speaker, String speakerName) {
    namesTheSpeaker(text, speaker, speakerName);
  }

  /**
   * Round 25: the general English offices written before a name as a title ("Sheriff", "Speaker",
   * "Chair", "Representative", "Attorney General", "Chief Constable", "Chief Executive Officer")
   * are no part of the person's name, while a rank of two words ("Detective Superintendent") stays
   * whole; a rank or degree before a surname ("Lt. Brand", "Dr. Okafor") is the person named in
   * full before. Sentences of our own, one per class of office, none from a table or sample set.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "We will find them," Kallo County Sheriff Jane Roe said.                  | Kallo County Sheriff Jane Roe | Jane Roe
          Kallo County Sheriff Jane Roe said ten inmates escaped.\\n"We will find them," Roe said. | Roe | Jane Roe
          Kallo County Sheriff Tom Brand closed the road.\\n"We are ready," Sheriff Brand said. | Sheriff Brand | Tom Brand
          "We are ready," House Speaker Tom Brand said.                                  | House Speaker Tom Brand         | Tom Brand
          "We are ready," Harbour Authority Chair Ada Okafor said.                       | Harbour Authority Chair Ada Okafor | Ada Okafor
          "We are ready," Representative Tom Brand said.                                 | Representative Tom Brand        | Tom Brand
          "We are ready," Attorney General Tom Brand said.                               | Attorney General Tom Brand      | Tom Brand
          "We are ready," Surgeon General Ada Okafor said.                               | Surgeon General Ada Okafor      | Ada Okafor
          "We are ready," Assistant Chief Constable Tom Brand said.                      | Assistant Chief Constable Tom Brand | Tom Brand
          "We are ready," Chief Operating Officer Ada Okafor said.                       | Chief Operating Officer Ada Okafor | Ada Okafor
          "We are ready," Kallo Schools Superintendent Tom Brand said.                   | Kallo Schools Superintendent Tom Brand | Tom Brand
          "We are ready," Detective Superintendent Ada Okafor said.                      | Detective Superintendent Ada Okafor | Detective Superintendent Ada Okafor
          "We are ready," Constable Ada Okafor said.                                     | Constable Ada Okafor            | Constable Ada Okafor
          "We are ready," County Coroner Tom Brand said.                                 | County Coroner Tom Brand        | Tom Brand
          "We are ready," company founder Tom Brand said.                                | company founder Tom Brand       | Tom Brand
          Lt. Tom Brand closed the road.\\n"We are ready," Lt. Brand said.               | Lt. Brand                       | Lt. Tom Brand
          Dr. Ada Okafor treated the victims.\\n"We are ready," Dr. Okafor said.         | Dr. Okafor                      | Dr. Ada Okafor
          """)
  void namesThePersonAfterAnOffice(String text, String speaker, String speakerName) {
    namesTheSpeaker(text, speaker, speakerName);
  }

  /**
   * Round 25: "she said" after a sentence whose verb is an irregular past ("lost", "fled", "met")
   * or a present in "-s" right after a name ("Jane Roe runs", not "Harbour officials were") means
   * that sentence's subject; and when no subject or speaker before it may be a she, the person
   * nearest before whom the text marks as one by a title or a gendered noun ("Mrs. Okafor", "his
   * wife, Ada Okafor"). Names alone give no gender: "Tom Brand, 52, was arrested after Ada Okafor
   * called police. "…," she said" is still read as Brand's.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ada Okafor lost her home in the flood. "We will rebuild," she said.               | she | Ada Okafor
          Ada Okafor, 41, lost her home in the flood.\\n"We will rebuild," she said, standing in front of it. | she | Ada Okafor
          Tom Brand fled the fire with his dog. "We lost everything," he said.             | he  | Tom Brand
          Mr. Brand met Mrs. Okafor on Monday. "It was a good meeting," she said.          | she | Okafor
          Mr. Brand met Mrs. Ada Okafor on Monday. "It was a good meeting," she said.      | she | Ada Okafor
          Police said Tom Brand had attacked his wife, Ada Okafor. "He was angry," she said. | she | Ada Okafor
          Mrs. Okafor met Mr. Brand on Monday. "It was a good meeting," he said.           | he  | Brand
          Jane Roe runs the food bank. "We need food. We need water," she said.          | she | Jane Roe
          Jane Roe runs the food bank. "We need food," she said. "And water."             | she | Jane Roe
          Harbour officials were cautious. They said no decision was taken. "We will not be rushed," they said. | they | Harbour officials
          """)
  void namesWhomAPronounMeans(String text, String speaker, String speakerName) {
    List<Quote> quotes = read(text).quotes();
    Quote q = quotes.get(quotes.size() - 1);
    assertThat(q.attribution()).isNotNull();
    assertThat(q.attribution().mentionText()).isEqualTo(speaker);
    assertThat(q.speakerName()).isEqualTo(speakerName);
  }

  /**
   * Round 25: "the company" is the one company named before with its stock ticker ("Northwind
   * (NWND)", "Kallo Motors (NYSE: KLM)"), whatever words its name has; initials in brackets are no
   * ticker, and after two companies "the company" stays as written.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SAN FRANCISCO - Northwind (NWND) is laying off 300 workers.\\nIn a filing, the company said the cuts "will save money over time." | the company | Northwind
          Shares of Kallo Motors (NYSE: KLM) fell on Monday. "We are on track," the company said. | the company | Kallo Motors
          On Monday Kallo Motors (NYSE:KLM) cut its forecast. "We are on track," the firm said.   | the firm    | Kallo Motors
          Kallo Motors (KLM) and Brandt Steel (BST) signed a deal. "We are on track," the company said. | the company | the company
          The Harbour Safety Board (HSB) closed the pier. "It stays shut," the company said.      | the company | the company
          """)
  void namesTheCompanyByItsTicker(String text, String speaker, String speakerName) {
    namesTheSpeaker(text, speaker, speakerName);
  }

  /**
   * Round 25: wire copy's "…," the agency quoted Tom Brand as saying (after the quote, as before
   * it); a politician's party and state in brackets after the name ("(D)", "(R-Texas)", "(D-N.Y.)")
   * are no part of it; "Sir" and "Dame" are courtesy titles the fullest name leaves out.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "We need food," the agency quoted Interior Minister Tom Brand as saying.  | Interior Minister Tom Brand | Tom Brand
          Tom Brand spoke on Monday. "We need food," the statement quoted Brand as saying. | Brand          | Tom Brand
          "We need food," Rep. Jane Roe (D-Kallo) said.                            | Rep. Jane Roe   | Jane Roe
          "We need food," Sen. Jane Roe (R-New Kallo) said.                        | Sen. Jane Roe   | Jane Roe
          "We need food," Mayor Jane Roe (D) said.                                 | Mayor Jane Roe  | Jane Roe
          Rep. Jane Roe (D-N.Y.) said: "We need food."                             | Rep. Jane Roe   | Jane Roe
          "We need food," Sir Tom Brand said.                                      | Sir Tom Brand   | Tom Brand
          "We need food," Dame Jane Roe said.                                      | Dame Jane Roe   | Jane Roe
          """)
  void namesTheSpeakerInWireAndPartyForms(String text, String speaker, String speakerName) {
    namesTheSpeaker(text, speaker, speakerName);
  }

  /**
   * Round 26, from the misses of half A of the fifth table and of the readable tables: offices
   * written as titles ("Administrator", "Dean", "Provost"); a lower-case description after a
   * speaker's name and comma is an appositive, not a second speaker a later "he" means; "the chief"
   * and "the sheriff" are the person the article is about when no one is named with the noun; a
   * quotation standing alone after a paraphrase closed by its reporting clause ("…, Brand added.")
   * is that speaker's, and a day or month opening the paraphrase is nobody; "X, better known as Y":
   * Y speaks as X; a document "signed by" someone is theirs when the article names no other issuer;
   * "said one resident, Tom Brand".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "Go now," Kallo Emergency Agency Administrator Tom Brand said.                         | Kallo Emergency Agency Administrator Tom Brand | Tom Brand
          "Go now," said Dean Ada Okafor.                                                          | Dean Ada Okafor | Ada Okafor
          "We wanted a vote," Tom Brand, senior party leader and housing minister said. "If they stay away, we will work," he said. | Tom Brand | Tom Brand
          Tom Brand did not give details.\\n"It was an altercation," the local police chief said. | the local police chief | Tom Brand
          Ada Okafor spoke to reporters.\\n"We are searching," the sheriff said.                 | the sheriff | Ada Okafor
          Monday is the day to prepare, Brand added. "Be there tonight."                          | Brand | Brand
          Tuesday was quiet, said Tom Brand. "Be there tonight."                                   | Tom Brand | Tom Brand
          Kallo Rescue, better known as the Orange Boats, counted 20 dead. "Time is running out," the Orange Boats said. | the Orange Boats | Kallo Rescue
          The Harbour Watch (also known as Kallo Harbour Monitors) met on Monday. "We are ready," Kallo Harbour Monitors said. | Kallo Harbour Monitors | Harbour Watch
          "We expect a better year," read a statement signed by Tom Brand.                        | Tom Brand | Tom Brand
          "The road is closed," said one resident, Tom Brand.                                      | Tom Brand | Tom Brand
          Kallo Motors chief executive Ada Okafor said sales fell. "It was a hard year," the CEO said. | the CEO | Ada Okafor
          The study, led by Ada Okafor of Kallo University, was published on Monday. "The effect was large," Okafor said. | Okafor | Ada Okafor
          """)
  void namesTheSpeakerOnTheFifthTable(String text, String speaker, String speakerName) {
    namesTheSpeaker(text, speaker, speakerName);
  }

  /**
   * Round 26: what the rules above leave alone. A ministry's statement signed by its minister stays
   * the ministry's; a capitalised name after a speaker's comma is no appositive of it; "Monday" is
   * never the subject a quotation standing alone is given to.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The Ministry of Mines made this known in a statement signed by Minister Tom Brand.\\nAccording to the statement, "twenty men were arrested." | Ministry of Mines
          Monday was quiet. "Be there tonight."                                                    |
          """)
  void leavesOtherSpeakersAsTheyWere(String text, String speakerName) {
    List<Quote> quotes = read(text).quotes();
    assertThat(quotes.get(quotes.size() - 1).speakerName()).isEqualTo(speakerName);
  }

  /**
   * Round 25: a quotation standing alone right after a sentence whose subject is a person named by
   * name ("Tom Brand was blunt.", "The Kallo Regional Minister, Tom Brand has justified …") is that
   * person's; after a common noun or a plural ("The crowd was silent.", "Residents were angry.") it
   * has no speaker.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tom Brand was blunt. "We need food."                                                   | Tom Brand
          The Kallo Regional Minister, Tom Brand has justified the seizure.\\n“What people do not understand is that I was not told”. | Tom Brand
          The crowd was silent. "We need food."                                                 |
          Residents were angry.\\n"We need food."                                               |
          """)
  void givesAQuoteStandingAloneToTheNamedSubjectBefore(String text, String speakerName) {
    List<Quote> quotes = read(text).quotes();
    assertThat(quotes.get(quotes.size() - 1).speakerName()).isEqualTo(speakerName);
  }

  /**
   * Round 23's classes, from the misses of the real sample sets (see docs/reading.md): an owner's
   * possessive before a name, a body whose noun heads a "for" phrase, "the agency" after the one
   * agency named, "the ministry" after the one ministry described in lower case ("the Kallo
   * transport ministry"), officials speaking for the body named before their noun, and what a body
   * or an inquiry "found" ("The investigation found" speaks for whoever held it).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "We object," says Northwind Air's Tom Brand.                                                     | Northwind Air's Tom Brand  | Tom Brand
          Kallo's Harbour Agency for Coastal Safety said the pier was "unsafe for crowds."                 | Kallo's Harbour Agency for Coastal Safety | Harbour Agency for Coastal Safety
          Kallo's Office for Coastal Safety warned of storms.\\n"Stay ashore," the office said.             | the office                 | Office for Coastal Safety
          The Kallo transport ministry said ferries were late.\\n"It was a rough crossing," the ministry said. | the ministry            | Kallo transport ministry
          The Kallo transport ministry met the Brandt health ministry.\\n"It was a rough crossing," the ministry said. | the ministry    | the ministry
          The Harbour Safety Board (HSB) closed the pier.\\n"It stays shut," HSB officials said.          | HSB officials              | Harbour Safety Board
          "It stays shut," Kallo officials said.                                                           | Kallo officials            | Kallo officials
          The Harbour Safety Board found that "the pier was never inspected."                               | The Harbour Safety Board   | Harbour Safety Board
          A year-long investigation by the Harbour Safety Board ended in May.\\nThe investigation found the pier "was never inspected." | the Harbour Safety Board | Harbour Safety Board
          "Crews are safe," the Harbour Investigation Board said.                                          | the Harbour Investigation Board | Harbour Investigation Board
          The Kallo Department of Coastal Affairs said ferries in northern Kallo were late.\\n"Stay ashore," the department said. | the department | Department of Coastal Affairs
          The Kallo Department of Coastal Affairs said ferries were late.\\n"Stay ashore," the department said. | the department     | Kallo Department of Coastal Affairs
          Storms hit Kallo City, the Kallo Department of Coastal Affairs said.\\n"Stay ashore," the department said. | the department | Kallo Department of Coastal Affairs
          """)
  void namesTheSpeakerOnRealPages(String text, String speaker, String speakerName) {
    namesTheSpeaker(text, speaker, speakerName);
  }

  /**
   * Round 23's quote and pronoun classes: "spoke"/"spoken" report speech; a word someone
   * "described" a thing "as" is theirs; a passive's agent ("witnessed by Tom Brand") is whom a
   * later "he" may mean, a named place ("Mt. Kallo") never; the subject of a passive reporting verb
   * ("Residents were warned") is told, not telling; "Meanwhile," is no name before an appositive.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          Tom Brand conceded the vote.\\nHe had spoken to Ada Okafor "to wish her well."           | to wish her well.       | Tom Brand        | spoken
          Tom Brand toured the site. He described the damage as "shocking," saying the roof was gone. | shocking               | Tom Brand        | described
          Meanwhile, Mayor Ada Okafor will visit the town, which she has described as “heartbreaking”. | heartbreaking       | Mayor Ada Okafor | described
          The flood was witnessed by Tom Brand, whose diary survives.\\nHe wrote that "the water rose like a wall." | the water rose like a wall. | Tom Brand | wrote
          Tom Brand watched from the ferry.\\nMt. Kallo erupted on Monday.\\n"It was loud," he said.  | It was loud             | Tom Brand        | said
          Residents who live near the pier were also warned that waves "could reach the road."       | could reach the road.   | null             | null
          Divers found the wreck "in two pieces."                                                     | in two pieces.          | null             | null
          """)
  void readsSpeechOnRealPages(String text, String words, String speaker, String cue) {
    Quote q =
        read(text).quotes().stream().filter(x -> x.text().equals(words)).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.cue()).isEqualTo(cue);
  }

  /** "she" is not a man named just before: titles and earlier pronouns give the gender. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "We are ready," Ms Okafor said.\\n"We are not," Mr Brand said.\\n"I disagree," she said.                         | Ms Okafor
          "We are ready," Mrs Okafor said.\\n"We are not," Mr Brand said.\\n"I disagree," he said.                        | Mr Brand
          "We are ready," said Ada Okafor.\\n"We are not," said Tom Brand.\\n"Never," he added.\\n"I disagree," she said. | Ada Okafor
          Mr Tom Brand opened the meeting.\\n"We are ready," said Ada Okafor.\\n"No," said Brand.\\n"Yes," she said.    | Ada Okafor
          """)
  void pronounsAgreeInGender(String text, String speaker) {
    List<Quote> quotes = read(text).quotes();
    assertThat(quotes.get(quotes.size() - 1).speaker()).isEqualTo(speaker);
  }

  /**
   * "he" refers to the person a sentence several sentences back is about, whether a relative clause
   * follows the name or a description stands before it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ada Okafor toured the ward.\\nThe hospital opened in 1990.\\nIt has 400 beds.\\n"We need more nurses," she said.          | Ada Okafor
          Tom Brand, who founded the firm in 2002, watched from the shore.\\nThe boat left at noon.\\n"It went well," he said.  | Tom Brand
          The race was delayed, officials said.\\nNorthwind chief executive Tom Brand was upbeat.\\n"We are ready," he said. | Tom Brand
          But Tom Brand stayed at home.\\nThe boat left at noon.\\n"It went well," he said.                                     | Tom Brand
          """)
  void pronounsReachBackToTheSubjectOfAnEarlierSentence(String text, String speakerName) {
    List<Quote> quotes = read(text).quotes();
    assertThat(quotes.get(quotes.size() - 1).speakerName()).isEqualTo(speakerName);
  }

  /** Quote marks that are not speech, and apostrophes that are not quote marks. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The so-called "reforms" were delayed again.
          Officials called the plan "premature" on Monday.
          Ankara supports the principle of "One State, One Army."
          The "Safe Harbour" plan was approved by the council.
          The troops' deployment and Syria’s needs were discussed, officials said.
          He said the '90s were different.
          The council said it would review the "temporary" permits in May.
          'Largely' calm\\nThe vote passed on Friday.
          Firm recalls boats to prevent 'misuse' of its pier\\nThe recall is large.
          """)
  void findsNoSpeech(String text) {
    assertThat(read(text).quotes()).isEmpty();
  }

  @Test
  void headlineQuotesAreCitationsWithoutSpeaker() {
    Article a =
        read(
            "Türkiye 'produces peace and stability'\\nThe ministry spoke on Thursday.\\nIt was brief.");
    assertThat(a.quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("produces peace and stability");
              assertThat(q.speaker()).isNull();
            });
  }

  @Test
  void partsAndSpanPointIntoTheText() {
    String text =
        "“İstanbul will host,” she said, “the next round.”\n\"Then we go to Ankara.\n\"And then to İzmir,\" he said.";
    Article a = NewsDiff.parse("t", text);
    assertThat(a.quotes()).hasSize(2);
    Quote first = a.quotes().get(0);
    assertThat(first.parts())
        .extracting(p -> p.in(text))
        .containsExactly("İstanbul will host,", "the next round.");
    assertThat(first.span().in(text)).startsWith("“").endsWith("”");
    Quote second = a.quotes().get(1);
    assertThat(second.parts())
        .extracting(p -> p.in(text))
        .containsExactly("Then we go to Ankara.", "And then to İzmir,");
    assertThat(second.text()).isEqualTo("Then we go to Ankara. And then to İzmir");
    for (Quote q : a.quotes()) {
      for (Span p : q.parts()) {
        assertThat(q.span().contains(p)).isTrue();
      }
    }
  }

  @Test
  void unclosedQuoteEndsWithItsParagraph() {
    Article a = read("\"We will never stop, whatever it costs.\\nThe talks ended on Friday.");
    assertThat(a.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("We will never stop, whatever it costs."));
  }
}
