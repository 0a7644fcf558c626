package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionaries' translations kept across questions: the same answers, in the same order, looked up once. */
class KeptTranslationsTest {

  @Test
  void aWordIsLookedUpOnceAndGivesWhatTheDictionariesGive(@TempDir Path dir) throws IOException {
    DictionariesTest.write(dir.resolve("dictd"));
    Translations dictionaries = Translations.load(dir.resolve("dictd"), dir.resolve("cache"));
    List<String> asked = new ArrayList<>();
    Translations counted = (word, language) -> {
      asked.add(language + ":" + word);
      return dictionaries.weighted(word, language);
    };
    KeptTranslations kept = new KeptTranslations(counted, 16);

    Map<String, Map<String, Double>> first = kept.weighted("court", "en");
    Map<String, Map<String, Double>> again = kept.weighted("court", "en");

    assertThat(first).isEqualTo(dictionaries.weighted("court", "en")).containsKeys("de", "nl");
    assertThat(List.copyOf(first.get("de").keySet()))
        .containsExactlyElementsOf(dictionaries.weighted("court", "en").get("de").keySet());
    assertThat(again).isSameAs(first);
    assertThat(asked).containsExactly("en:court");
    kept.weighted("Gericht", "de");
    assertThat(asked).containsExactly("en:court", "de:Gericht");
  }

  @Test
  void whatIsKeptCannotBeChangedByACaller() {
    KeptTranslations kept = new KeptTranslations(
        (word, language) -> new LinkedHashMap<>(Map.of("de", new LinkedHashMap<>(Map.of("Hof", 1.0)))),
        16);
    Map<String, Map<String, Double>> found = kept.weighted("court", "en");
    assertThatThrownBy(() -> found.get("de").put("Gericht", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> found.remove("de")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(kept.weighted("court", "en").get("de")).containsOnlyKeys("Hof");
  }
}
