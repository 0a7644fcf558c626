package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A country's name as another language writes it, from iso-codes' names and catalogs: an English question's
 * "Kyrgyzstan" finds the Spanish paragraph's "Kirguistán", which no dictionary lists and no spelling rule reaches.
 */
class PlaceNamesTest {

  @TempDir
  static Path dir;

  @AutoClose
  static Briefbot withNames;

  @AutoClose
  static Briefbot without;

  @BeforeAll
  static void open() throws Exception {
    Map<String, Map<String, String>> countries = new LinkedHashMap<>();
    countries.put("Kyrgyzstan", Map.of("es", "Kirguistán", "de", "Kirgisistan"));
    countries.put("Solomon Islands", Map.of("es", "Islas Salomón", "de", "Salomonen"));
    countries.put("Cayman Islands", Map.of("es", "Islas Caimán"));
    countries.put("Marshall Islands", Map.of("es", "Islas Marshall"));
    countries.put("Cook Islands", Map.of("es", "Islas Cook"));
    countries.put("Congo, The Democratic Republic of the", Map.of("de", "Demokratische Republik Kongo"));
    countries.put("Austria", Map.of("de", "Österreich"));
    for (boolean names : new boolean[] {true, false}) {
      HandMadeCorpus corpus = HandMadeCorpus.in(dir.resolve(names ? "with" : "without"));
      corpus.article("kirguistan", "es", "Kirguistán",
          "Las carreteras de Kirguistán están sujetas a cierres por avalanchas y desprendimientos en invierno.");
      corpus.article("chile", "es", "Chile",
          "Las carreteras de Chile atraviesan el desierto de Atacama y llegan hasta la Patagonia.");
      Path folder = corpus.folderFor("BRIEFBOT_ISO_CODES");
      if (names) {
        IsoCodesFiles.countries(folder, countries);
        IsoCodesFiles.languages(folder, Map.of("English", Map.of("de", "Englisch"),
            "English, Middle (1100-1500)", Map.of("de", "Mittelenglisch (1100-1500)")));
      }
      if (names) {
        withNames = corpus.open();
      } else {
        without = corpus.open();
      }
    }
  }

  @Test
  void anEnglishQuestionFindsTheNameAsTheSpanishParagraphWritesIt() {
    String question = "What are roads in Kyrgyzstan subject to?";
    assertThat(without.retriever().retrieve(question).reason()).as("without iso-codes")
        .contains("never mention Kyrgyzstan");
    Retrieval found = withNames.retriever().retrieve(question);
    assertThat(found.reason()).doesNotContain("never mention");
    assertThat(found.passages().get(0).articleId()).isEqualTo("kirguistan");
  }

  @Test
  void aNameOfSeveralWordsGivesTheWordThatTellsItFromOtherPlaces() {
    PlaceNames names = PlaceNames.load(dir.resolve("with").resolve("briefbot_iso_codes"));
    assertThat(names.of("Solomon", "en").get("es")).containsExactly("Salomón");
    assertThat(names.of("Salomon", "es").get("en")).as("folded, and the other way").containsExactly("Solomon");
    assertThat(names.of("Kirguistán", "es").get("de")).as("between two translations").containsExactly("Kirgisistan");
    assertThat(names.of("Islands", "en")).as("a word of many names tells no place").isEmpty();
    assertThat(names.of("Austria", "en").get("de")).as("one word each").containsExactly("Österreich");
    assertThat(names.of("Congo", "en")).as("not the Democratic Republic's other word").isEmpty();
  }

  @Test
  void aLanguagesNameQualifiedAfterItsCommaIsLeftOut() {
    // "English, Middle" is not English: its German name is another word
    PlaceNames names = PlaceNames.load(dir.resolve("with").resolve("briefbot_iso_codes"));
    assertThat(names.of("English", "en").get("de")).containsExactly("Englisch");
  }

  @Test
  void thePairsAreKeptInTheCacheAndReadFromThere() throws Exception {
    Path folder = dir.resolve("with").resolve("briefbot_iso_codes");
    Path cache = dir.resolve("kept");
    assertThat(PlaceNames.load(folder, cache).of("Kyrgyzstan", "en").get("es")).containsExactly("Kirguistán");
    Path kept;
    try (var files = Files.list(cache)) {
      kept = files.filter(f -> f.getFileName().toString().startsWith("placenames-")).findFirst().orElseThrow();
    }
    // a second start reads the kept pairs instead of the catalogs
    Files.writeString(kept, "en:kyrgyzstan\tes\tKirguistan-kept\n");
    assertThat(PlaceNames.load(folder, cache).of("Kyrgyzstan", "en").get("es")).containsExactly("Kirguistan-kept");
  }

  @Test
  void noNamesWithoutIsoCodes() {
    assertThat(PlaceNames.load(dir.resolve("nowhere")).size()).isZero();
    assertThat(PlaceNames.of(List.of()).of("Kyrgyzstan", "en")).isEmpty();
  }
}
