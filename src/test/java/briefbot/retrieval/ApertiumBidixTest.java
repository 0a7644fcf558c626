package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.retrieval.BidixFiles.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made compiled Apertium dictionary, read beside FreeDict's as Briefbot reads Debian's. */
class ApertiumBidixTest {

  private static final List<Pair> SPANISH_ENGLISH = List.of(new Pair("tipo", "type", "n"),
      new Pair("sede", "headquarters", "n"), new Pair("casa", "house", "n"), new Pair("casa", "home", "n"),
      new Pair("ir", "go", "vblex"), new Pair("Siria", "Syria", "np"), new Pair("Madrid", "Madrid", "np"),
      new Pair("1", "1", "num"));

  @Test
  void readsEveryLemmaWithItsTranslationsAndPartOfSpeech(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("apertium-eng-spa/spa-eng.autobil.bin");
    BidixFiles.write(file, SPANISH_ENGLISH);
    List<FreeDict.Entry> entries = new ArrayList<>();
    ApertiumBidix.read(new ApertiumBidix.Source("es", "en", file), entries::add);
    assertThat(entries).extracting(FreeDict.Entry::headword).containsExactly("tipo", "sede", "casa", "ir", "Siria");
    FreeDict.Entry casa = entries.get(2);
    assertThat(casa.senses()).containsExactly(List.of(new FreeDict.Term("house", PartOfSpeech.NOUN)),
        List.of(new FreeDict.Term("home", PartOfSpeech.NOUN)));
    assertThat(entries.get(3).pos()).isEqualTo(PartOfSpeech.VERB);
  }

  @Test
  void findsTheCompiledDictionariesOfTheIndexsLanguagesInTheirPackageFolders(@TempDir Path dir) throws IOException {
    BidixFiles.write(dir.resolve("apertium-eng-spa/spa-eng.autobil.bin"), SPANISH_ENGLISH);
    BidixFiles.write(dir.resolve("apertium-eng-spa/spa-eng.automorf.bin"), SPANISH_ENGLISH);
    BidixFiles.write(dir.resolve("apertium-eng-cat/eng-cat.autobil.bin"), SPANISH_ENGLISH);
    assertThat(ApertiumBidix.find(dir)).containsExactly(
        new ApertiumBidix.Source("es", "en", dir.resolve("apertium-eng-spa/spa-eng.autobil.bin")));
    assertThat(ApertiumBidix.find(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void apertiumBesideDictdTranslatesWordsFreeDictLacks(@TempDir Path dir) throws IOException {
    DictdFiles.write(dir.resolve("dictd"), "spa", "eng", "casa /kˈasa/\nhouse\n");
    Translations freeDictAlone = Translations.load(dir.resolve("dictd"), dir.resolve("cache"));
    assertThat(freeDictAlone.weighted("tipo", "es")).doesNotContainKey("en");

    BidixFiles.write(dir.resolve("apertium/apertium-eng-spa/spa-eng.autobil.bin"), SPANISH_ENGLISH);
    BidixFiles.write(dir.resolve("apertium/apertium-eng-spa/eng-spa.autobil.bin"),
        List.of(new Pair("type", "tipo", "n"), new Pair("house", "casa", "n")));
    Translations both = Translations.load(dir.resolve("dictd"), dir.resolve("cache"));
    assertThat(both.weighted("tipo", "es").get("en")).containsKey("type");
    assertThat(both.weighted("sede", "es").get("en")).containsKey("headquarters");
    assertThat(both.weighted("siria", "es").get("en")).containsKey("syria");
    Map<String, Double> casa = both.weighted("casa", "es").get("en");
    // FreeDict and both of Apertium's directions give "house"; only the Spanish-English one gives "home"
    assertThat(casa.get("house")).isGreaterThan(casa.get("home"));
    assertThat(both.weighted("type", "en").get("es")).containsKey("tipo");
  }
}
