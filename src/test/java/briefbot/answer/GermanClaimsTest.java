package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.retrieval.Passage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * German (and Dutch) sentences a model writes about English paragraphs: German capitalises every noun, writes some as
 * English does and joins them into compounds, none of which makes a noun a name the paragraph must mention; a name
 * the paragraph does not mention is still caught.
 */
class GermanClaimsTest {

  /** German and Dutch words with their English translations; "dollar" and "movie" are also English words. */
  private static final Map<String, Set<String>> ENGLISH = Map.ofEntries(
      Map.entry("zahlt", Set.of("pays", "pay")), Map.entry("Einigung", Set.of("settlement")),
      Map.entry("Dollar", Set.of("dollar", "dollars")), Map.entry("spielte", Set.of("played", "starred")),
      Map.entry("Film", Set.of("film", "movie")), Map.entry("Säure", Set.of("acid")),
      Map.entry("behandelt", Set.of("treated")), Map.entry("Stein", Set.of("stone")),
      Map.entry("Nachfolger", Set.of("successor")), Map.entry("befahl", Set.of("ordered")),
      Map.entry("Rückzug", Set.of("retreat")), Map.entry("Truppen", Set.of("troops")),
      Map.entry("verschickt", Set.of("sent")), Map.entry("Nachrichten", Set.of("messages")),
      Map.entry("Land", Set.of("country")), Map.entry("Mitternacht", Set.of("midnight")));
  private static final Set<String> ENGLISH_WORDS = Set.of("dollar", "movie", "film");

  private static final Glossary GLOSSARY = new GermanGlossary(ENGLISH, ENGLISH_WORDS);

  private final CitationCheck check = new CitationCheck(new Links("https://bot.example.org"), GLOSSARY, null, Set.of());

  private static List<Passage> paragraph(String text) {
    return List.of(new Passage("article", "Title", "Wire", null, null, "en", 3, null, text, Instant.EPOCH, 1.0));
  }

  @Test
  void aDayOfTheMonthEndsNoSentence() {
    List<Passage> texts = paragraph("Between midnight on 31 December and midnight on 1 January, 133 million text "
        + "messages were sent in the country.");

    var faithful = check.check("Zwischen Mitternacht am 31. Dezember und Mitternacht am 1. Januar wurden im Land "
        + "133 Millionen Nachrichten verschickt [1].", texts);
    var wrongDay = check.check("Zwischen Mitternacht am 30. Dezember und Mitternacht am 1. Januar wurden im Land "
        + "133 Millionen Nachrichten verschickt [1].", texts);

    assertThat(faithful.dropped()).as("'31.' is a day, not a full stop").isEmpty();
    assertThat(wrongDay.dropped()).singleElement().asString().contains("does not give the figure");
  }

  @Test
  void aGermanNounSpeltAsEnglishIsAWord() {
    List<Passage> texts = paragraph("Fiat will pay GM $2bn for the settlement.");

    var faithful = check.check("Fiat zahlt GM für die Einigung 2 Milliarden Dollar [1].", texts);
    var wrongName = check.check("Fiat zahlt Ford für die Einigung 2 Milliarden Dollar [1].", texts);

    assertThat(faithful.dropped()).isEmpty();
    assertThat(wrongName.dropped()).singleElement().asString().contains("does not mention Ford");
  }

  @Test
  void aHyphenatedNounIsAWordWhoseNamesAreStillNames() {
    List<Passage> texts = paragraph("Kelly starred in the 1964 Disney movie.");

    var faithful = check.check("Kelly spielte im Disney-Film von 1964 [1].", texts);
    var wrongName = check.check("Kelly spielte im Pixar-Film von 1964 [1].", texts);

    assertThat(faithful.dropped()).isEmpty();
    assertThat(wrongName.dropped()).singleElement().asString().contains("does not mention Pixar");
  }

  @Test
  void aCompoundWhoseHeadTheParagraphSaysInEnglishIsAWord() {
    List<Passage> texts = paragraph("Salicylic acid is treated with acetic anhydride.");

    var faithful = check.check("Dabei wird Salicylsäure mit Essigsäure behandelt [1].", texts);
    // "Stein" is a noun, but the paragraph says nothing of stone: "Goldstein" is still a name it must mention
    var name = check.check("Dabei hat Goldstein die Salicylsäure behandelt [1].", texts);

    assertThat(faithful.dropped()).isEmpty();
    assertThat(name.dropped()).singleElement().asString().contains("does not mention Goldstein");
  }

  @Test
  void nounsBeforeTwoNamesDoNotMakeThemOnePerson() {
    // "Nachfolger Paul" and "Nachfolger Alexander" in one answer made Paul and Alexander parts of one name, so the
    // paragraph's Paul backed Alexander
    List<Passage> texts = paragraph("Her successor Paul ordered the troops to retreat.");

    var checked = check.check("Ihr Nachfolger Paul befahl den Truppen den Rückzug [1]. Ihr Nachfolger Alexander "
        + "befahl den Truppen den Rückzug [1].", texts);

    assertThat(checked.text()).isEqualTo("Ihr Nachfolger Paul befahl den Truppen den Rückzug [1].");
    assertThat(checked.dropped()).singleElement().asString().contains("does not mention Alexander");
  }

  @Test
  void aWordTheEndingsDoNotUndoIsLookedUpByItsLemma() {
    Glossary spelling = new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        return Map.of("financieel", Set.of("financial"), "sterk", Set.of("strong")).getOrDefault(word, Set.of());
      }

      @Override
      public List<String> lemmas(String word, String language) {
        return Map.of("financiële", List.of("financieel"), "sterker", List.of("sterk")).getOrDefault(word, List.of());
      }

      @Override
      public boolean knows(String word, String language) {
        return false;
      }
    };

    assertThat(GlossaryTranslations.of("financiële", "nl", "en", spelling)).containsExactly("financial");
    assertThat(GlossaryTranslations.of("sterker", "nl", "en", spelling)).as("the endings first: a comparative")
        .containsExactlyInAnyOrder("strong", "stronger");
  }

  @Test
  void aVerbIsReadWithTheParticleTheSentencePutsAfterIt() {
    Glossary dutch = new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        return "nl".equals(from) && "en".equals(to) ? Map.of("afstuderen", Set.of("graduate", "graduated"),
            "studeren", Set.of("study", "studied"), "school", Set.of("school")).getOrDefault(word, Set.of())
            : Set.of();
      }

      @Override
      public boolean knows(String word, String language) {
        return false;
      }
    };
    CitationCheck checking = new CitationCheck(new Links("https://bot.example.org"), dutch, null, Set.of());
    List<Passage> texts = paragraph("Alan Thicke graduated from the school in 1965.");

    // "studeerde ... af" is "afstuderen" (graduate); apart, "studeerde" is "studied" and "af" nothing the paragraph says
    var graduated = checking.check("Alan Thicke studeerde in 1965 af aan de school [1].", texts);

    assertThat(graduated.dropped()).isEmpty();
  }

  @Test
  void aDutchNounHyphenatedOntoANameIsNoPartOfTheNameAfterIt() {
    Glossary dutch = new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        return "nl".equals(from) && "en".equals(to) ? Map.of("leider", Set.of("leader"), "praten", Set.of("talk"))
            .getOrDefault(word, Set.of()) : Set.of();
      }

      @Override
      public boolean knows(String word, String language) {
        return false;
      }
    };
    CitationCheck checking = new CitationCheck(new Links("https://bot.example.org"), dutch, null, Set.of());
    List<Passage> texts = paragraph("They now want to talk to the Labour leader Ian McCartney.");

    var faithful = checking.check("Ze willen nu praten met Labour-leider Ian McCartney [1].", texts);
    // "Labour-leider John Prescott" read as one name was backed by the paragraph's "Labour"
    var wrongName = checking.check("Ze willen nu praten met Labour-leider John Prescott [1].", texts);

    assertThat(faithful.dropped()).isEmpty();
    assertThat(wrongName.dropped()).singleElement().asString().contains("does not mention John Prescott");
  }
}
