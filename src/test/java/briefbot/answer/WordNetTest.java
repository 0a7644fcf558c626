package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WordNet read where Debian installs it: synonyms of a word's commonest senses, derived words, and its absence. */
class WordNetTest {

  private static final Path DEBIAN = Path.of("/usr/share/wordnet");

  @Test
  void aWordsCommonestSensesGiveItsSynonymsAndDerivedWordsInAnyInflection() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    WordNet wordNet = WordNet.open(DEBIAN).orElseThrow();

    assertThat(wordNet.related("decided")).contains("decision", "determine");
    assertThat(wordNet.related("drills")).contains("exercise");
    assertThat(wordNet.related("took")).doesNotContain("took", "take");
    assertThat(wordNet.related("celebrated")).contains("celebration");
    // "take" has 42 verb senses; "claim" is among the rare ones, not the commonest three
    assertThat(wordNet.related("take")).doesNotContain("claim");
    assertThat(wordNet.related("Stoltenberg")).isEmpty();
    assertThat(wordNet.related("zzzz")).isEmpty();
  }

  @Test
  void aWordIsReadAsTheVerbsItIsAFormOf() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    WordNet wordNet = WordNet.open(DEBIAN).orElseThrow();

    assertThat(wordNet.verbs("bought")).containsExactly("buy");
    assertThat(wordNet.verbs("wrote")).containsExactly("write");
    assertThat(wordNet.verbs("designed")).contains("design");
    assertThat(wordNet.verbs("marry")).containsExactly("marry");
    assertThat(wordNet.verbs("the")).isEmpty();
    assertThat(wordNet.verbs("sister")).as("a noun only").isEmpty();
  }

  @Test
  void theWordsDerivedFromAWordItselfAreApartFromItsSynonyms() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    WordNet wordNet = WordNet.open(DEBIAN).orElseThrow();

    // "decision" is "decide" itself as a noun; "determine" is another word for it
    assertThat(wordNet.derived("decided")).contains("decision").doesNotContain("determine", "decided", "decide");
    assertThat(wordNet.related("decided")).containsAll(wordNet.derived("decided"));
    assertThat(wordNet.derived("celebrated")).contains("celebration");
    assertThat(wordNet.derived("drills")).doesNotContain("exercise");
    assertThat(wordNet.derived("Stoltenberg")).isEmpty();
    assertThat(Glossary.NONE.withThesaurus(DEBIAN).derived("decided", "en")).contains("decision");
    assertThat(Glossary.NONE.withThesaurus(DEBIAN).derived("decided", "nl")).isEmpty();
  }

  @Test
  void wordsWordNetSaysToSeeAlsoAndAnAdjectiveSatellitesHeadAreRelatedButNotAHeadsManySatellites() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    WordNet wordNet = WordNet.open(DEBIAN).orElseThrow();

    // "also see": the months ahead are "decisive" where the paragraph says "crucial"; a "strong" bloc is "powerful"
    assertThat(wordNet.related("decisive")).contains("crucial");
    assertThat(wordNet.related("strong")).contains("powerful");
    // a satellite leads to its head ("mighty" to "powerful"), a head to none of its dozens of satellites
    assertThat(wordNet.related("mighty")).contains("powerful");
    assertThat(wordNet.related("big")).doesNotContain("puffy", "astronomic", "whopping");
  }

  @Test
  void aGlossaryWithTheThesaurusCoversAnEnglishSynonymAndOnlyEnglish() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    Glossary glossary = Glossary.NONE.withThesaurus(DEBIAN);

    Words.Covering source = Words.Covering.of("The exercise tested missile defenses.", "en", "en", glossary);
    assertThat(Words.covers(source, "drill", "en", glossary)).isTrue();
    Words.Covering plain = Words.Covering.of("The exercise tested missile defenses.", "en", "en", Glossary.NONE);
    assertThat(Words.covers(plain, "drill", "en", Glossary.NONE)).isFalse();
    assertThat(Words.covers(source, "bananas", "en", glossary)).isFalse();
    assertThat(glossary.translations("oefening", "nl", "nl")).isEmpty();
  }

  @Test
  void everyFormOfAShortVerbHasOneStemSoASynonymOrTranslationOfItsBaseFormCoversIt() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    Glossary glossary = Glossary.NONE.withThesaurus(DEBIAN);

    // Porter's stemmer: "tried" is "tri", "try" is "try"; "lies" is "li", "lie" is "lie"
    assertThat(Words.stems("tried", "en")).isEqualTo(Words.stems("try", "en"));
    assertThat(Words.stems("lies", "en")).isEqualTo(Words.stems("lie", "en")).isEqualTo(Words.stems("lying", "en"));
    assertThat(Words.stems("cries", "en")).isNotEqualTo(Words.stems("tries", "en"));
    assertThat(Words.stems("relies", "en")).isEqualTo(Words.stems("rely", "en"));
    // "sought" is "seek", whose synonym "try" is what the paragraph's "tried" is a form of
    Words.Covering tried = Words.Covering.of("Beijing has tried to be rather neutral.", "en", "en", glossary, true);
    assertThat(Words.covers(tried, "sought", "en", glossary)).isTrue();
    assertThat(Words.covers(tried, "refused", "en", glossary)).isFalse();
    // a Dutch paragraph's verb the dictionary translates as "lie" covers the English claim's "lies"
    Glossary dutch = new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        return word.equals("ligt") && to.equals("en") ? Set.of("lie") : Set.of();
      }

      @Override
      public boolean knows(String word, String language) {
        return false;
      }
    };
    Words.Covering ligt = Words.Covering.of("Het besluit ligt bij het team.", "nl", "en", dutch);
    assertThat(Words.covers(ligt, "lies", "en", dutch)).isTrue();
  }

  @Test
  void aParagraphsPreciseWordCoversTheClaimsBroaderOneButNotTheOtherWayRound() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    Glossary glossary = Glossary.NONE.withThesaurus(DEBIAN);

    assertThat(WordNet.open(DEBIAN).orElseThrow().broader("jets")).contains("airplane", "plane");
    Words.Covering jets = Words.Covering.of("Moscow is providing Tehran with fighter jets.", "en", "en", glossary, true);
    assertThat(Words.covers(jets, "planes", "en", glossary)).isTrue();
    Words.Covering planes = Words.Covering.of("Moscow is providing Tehran with planes.", "en", "en", glossary, true);
    assertThat(Words.covers(planes, "jets", "en", glossary)).isFalse();
  }

  @Test
  void aDutchParagraphsWordCoversTheSynonymsOfItsEnglishTranslations() {
    assumeThat(WordNet.open(DEBIAN)).as("wordnet-base installed").isPresent();
    Glossary dictionary = new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        return word.equals("oefening") && to.equals("en") ? Set.of("exercise") : Set.of();
      }

      @Override
      public boolean knows(String word, String language) {
        return false;
      }
    };
    Glossary glossary = dictionary.withThesaurus(DEBIAN);

    assertThat(glossary.translations("oefening", "nl", "en")).contains("exercise", "drill");
    assertThat(glossary.withoutSynonyms().translations("oefening", "nl", "en")).containsExactly("exercise");
  }

  @Test
  void withoutWordNetTheGlossaryIsAsItWas(@TempDir Path empty) {
    assertThat(WordNet.open(empty)).isEmpty();
    Glossary glossary = Glossary.NONE.withThesaurus(empty);
    assertThat(glossary.translations("decided", "en", "en")).isEqualTo(Set.of());
  }
}
