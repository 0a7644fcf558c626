package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split of German and Dutch compounds against a word list, and the index's analysis with and without one. */
class CompoundWordsTest {

  @TempDir
  Path dir;

  @AfterEach
  void restore() {
    Analyzers.useWordLists(Analyzers.DEFAULT_WORD_LISTS);
  }

  private Path lists() throws Exception {
    Files.write(dir.resolve("ngerman"), List.of("Armut", "Grenze", "Bund", "Regierung", "Wahl", "Kampf", "kommunal",
        "Freund", "Schaft", "Lehrer", "innen", "Schule", "Buch", "über", "Setzung", "Wahlkampf"));
    Files.write(dir.resolve("dutch"), List.of("bedrijf", "leven", "sleven", "onder", "nemingen", "over", "heid",
        "betaling", "regeling"));
    return dir;
  }

  private static List<String> split(CompoundWords words, String word) {
    List<String> out = new ArrayList<>();
    words.parts(word.toCharArray(), word.length()).forEach(p -> out.add(word.substring(p[0], p[1])));
    return out;
  }

  @Test
  void aCompoundIsTwoListedWordsJoinedAsTheLanguageJoinsThem() throws Exception {
    CompoundWords german = CompoundWords.load(lists(), "de");
    assertThat(split(german, "armutsgrenze")).containsExactly("armut", "grenze");
    assertThat(split(german, "bundesregierung")).containsExactly("bund", "regierung");
    assertThat(split(german, "schulbuch")).as("Schule drops its e").containsExactly("schul", "buch");
    assertThat(split(german, "kommunalwahlkampf")).containsExactly("kommunal", "wahlkampf", "wahl", "kampf");
    assertThat(split(german, "freundschaft")).as("a suffix, not a head").isEmpty();
    assertThat(split(german, "lehrerinnen")).isEmpty();
    assertThat(split(german, "übersetzung")).as("a function word begins derived words").isEmpty();
    assertThat(split(german, "armut")).isEmpty();
    CompoundWords dutch = CompoundWords.load(lists(), "nl");
    assertThat(split(dutch, "betalingsregeling")).containsExactly("betaling", "regeling");
    assertThat(split(dutch, "bedrijfsleven")).as("the s links, it does not begin the head")
        .containsExactly("bedrijf", "leven");
    assertThat(split(dutch, "ondernemingen")).isEmpty();
    assertThat(split(dutch, "overheid")).isEmpty();
    assertThat(CompoundWords.load(dir.resolve("none"), "de")).isNull();
    assertThat(CompoundWords.recorded(dir)).isEqualTo("de=ngerman/" + Files.size(dir.resolve("ngerman"))
        + " nl=dutch/" + Files.size(dir.resolve("dutch")));
    assertThat(CompoundWords.recorded(dir.resolve("none"))).isEqualTo("none");
  }

  @Test
  void thePartsAreAFieldOfTheirOwnStemmedAsWordsAndTheBodyKeepsTheWordsAsWritten() throws Exception {
    Analyzers.useWordLists(lists());
    String text = "Die Armutsgrenze der Bundesregierung";
    assertThat(positions(Analyzers.perField(), "parts_de", text))
        .as("the parts at their compound's position, the words as written left out")
        .containsExactly("armut@2", "grenz@0", "bund@2", "regierung@0");
    assertThat(positions(Analyzers.perField(), "body_de", text)).containsExactly("armutsgrenz@2", "bundesregierung@2");
    assertThat(Analyzers.parts("body_de", "Armutsgrenze")).containsExactly("armut", "grenz");
    assertThat(Analyzers.terms("body_de", "Die Armutsgrenze")).as("text matched against text keeps its words")
        .containsExactly("armutsgrenz");
    assertThat(Analyzers.splitsCompounds("body_de")).isTrue();
    assertThat(Analyzers.splitsCompounds("body_en")).isFalse();
    assertThat(Analyzers.parts("body_en", "Armutsgrenze")).isEmpty();
  }

  @Test
  void withoutAWordListTheIndexAnalysesAsTheStockAnalysersDo() throws Exception {
    Analyzers.useWordLists(dir.resolve("none"));
    String german = "Die Armutsgrenze der Bundesregierung lag 1998 bei 1.000 Mark; Fußballspiele und Übersetzungen.";
    String dutch = "De betalingsregeling van de Belastingdienst geldt voor fietsen, bromfietsen, eieren en kinderen.";
    assertThat(positions(Analyzers.perField(), "body_de", german))
        .isEqualTo(positions(Analyzers.forLanguage("de"), "body_de", german));
    assertThat(positions(Analyzers.perField(), "body_nl", dutch))
        .isEqualTo(positions(Analyzers.forLanguage("nl"), "body_nl", dutch));
    assertThat(Analyzers.splitsCompounds("body_de")).as("no parts field is written").isFalse();
    assertThat(Analyzers.splitsCompounds("body_nl")).isFalse();
    assertThat(Analyzers.terms("parts_de", german)).isEmpty();
    assertThat(Analyzers.parts("body_de", "Armutsgrenze")).isEmpty();
    assertThat(Analyzers.wordListsRecorded()).isEqualTo("none");
  }

  private static List<String> positions(Analyzer analyzer, String field, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "@" + increment.getPositionIncrement());
      }
      stream.end();
    }
    return out;
  }
}
