package briefbot.index;

import static briefbot.corpus.ArticleFile.write;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Corpus;
import briefbot.index.lucene.LuceneIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split of German and Dutch compounds against a word list, and the index's analysis with and without one. */
class CompoundWordsTest {

  @TempDir
  Path dir;

  private Path lists() throws Exception {
    Files.write(dir.resolve("ngerman"), List.of("Armut", "Grenze", "Bund", "Regierung", "Wahl", "Kampf", "kommunal",
        "Freund", "Schaft", "Lehrer", "innen", "Schule", "Buch", "über", "Setzung", "Wahlkampf"));
    Files.write(dir.resolve("dutch"), List.of("bedrijf", "leven", "sleven", "onder", "nemingen", "over", "heid",
        "betaling", "regeling"));
    return dir;
  }

  private static CompoundWords load(Path folder, String language) {
    return CompoundWords.installed(folder).stream().filter(l -> l.language().equals(language)).findFirst()
        .map(l -> CompoundWords.load(l, null)).orElse(null);
  }

  @Test
  void aBuiltListIsKeptInTheCacheAndReadBackAsItWasBuilt() throws Exception {
    Path cache = dir.resolve("cache");
    CompoundWords.ListFile german = CompoundWords.installed(lists()).get(0);
    CompoundWords built = CompoundWords.load(german, cache);
    List<Path> kept = kept(cache);
    assertThat(kept).singleElement().extracting(f -> f.getFileName().toString()).asString()
        .matches("words-de-[0-9a-f]{12}\\.fst");
    CompoundWords read = new CompoundWords("de", ListedWords.read(kept.get(0)));
    for (String word : List.of("armutsgrenze", "bundesregierung", "schulbuch", "kommunalwahlkampf", "freundschaft")) {
      assertThat(split(read, word)).as(word).isEqualTo(split(built, word));
    }
    assertThat(split(read, "armutsgrenze")).containsExactly("armut", "grenze");
  }

  @Test
  void aCachedListThatCannotBeReadIsBuiltAgainAndReplaced() throws Exception {
    CompoundWords.ListFile german = CompoundWords.installed(lists()).get(0);
    Path file = dir.resolve("cache").resolve("words-de-0123456789ab.fst");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "not a word list");
    CompoundWords words = new CompoundWords("de", CompoundWords.cached(german, file));
    assertThat(split(words, "armutsgrenze")).containsExactly("armut", "grenze");
    assertThat(split(new CompoundWords("de", ListedWords.read(file)), "armutsgrenze")).as("the file replaced")
        .containsExactly("armut", "grenze");
    assertThat(kept(file.getParent())).containsExactly(file);
  }

  @Test
  void anUpdatedListIsAnotherStampAndItsWordsAreRead() throws Exception {
    Path cache = dir.resolve("cache");
    Path folder = lists();
    CompoundWords before = CompoundWords.load(CompoundWords.installed(folder).get(0), cache);
    assertThat(split(before, "stimmzettel")).isEmpty();
    Files.write(folder.resolve("ngerman"), List.of("Stimme", "Zettel"));
    CompoundWords after = CompoundWords.load(CompoundWords.installed(folder).get(0), cache);
    assertThat(split(after, "stimmzettel")).containsExactly("stimm", "zettel");
    assertThat(kept(cache)).as("the old list's file stays a day unused").hasSize(2);
  }

  private static List<Path> kept(Path cache) throws Exception {
    try (var files = Files.list(cache)) {
      return files.sorted().toList();
    }
  }

  private static List<String> split(CompoundWords words, String word) {
    List<String> out = new ArrayList<>();
    words.parts(word.toCharArray(), word.length()).forEach(p -> out.add(word.substring(p[0], p[1])));
    return out;
  }

  @Test
  void aCompoundIsTwoListedWordsJoinedAsTheLanguageJoinsThem() throws Exception {
    CompoundWords german = load(lists(), "de");
    assertThat(split(german, "armutsgrenze")).containsExactly("armut", "grenze");
    assertThat(split(german, "bundesregierung")).containsExactly("bund", "regierung");
    assertThat(split(german, "schulbuch")).as("Schule drops its e").containsExactly("schul", "buch");
    assertThat(split(german, "kommunalwahlkampf")).containsExactly("kommunal", "wahlkampf", "wahl", "kampf");
    assertThat(split(german, "freundschaft")).as("a suffix, not a head").isEmpty();
    assertThat(split(german, "lehrerinnen")).isEmpty();
    assertThat(split(german, "übersetzung")).as("a function word begins derived words").isEmpty();
    assertThat(split(german, "armut")).isEmpty();
    CompoundWords dutch = load(lists(), "nl");
    assertThat(split(dutch, "betalingsregeling")).containsExactly("betaling", "regeling");
    assertThat(split(dutch, "bedrijfsleven")).as("the s links, it does not begin the head")
        .containsExactly("bedrijf", "leven");
    assertThat(split(dutch, "ondernemingen")).isEmpty();
    assertThat(split(dutch, "overheid")).isEmpty();
    assertThat(load(dir.resolve("none"), "de")).isNull();
    assertThat(TextAnalysis.of(dir, null).wordListsRecorded()).isEqualTo("de=ngerman/"
        + Files.size(dir.resolve("ngerman")) + " nl=dutch/" + Files.size(dir.resolve("dutch")));
    assertThat(TextAnalysis.of(dir.resolve("none"), null).wordListsRecorded()).isEqualTo("none");
  }

  @Test
  void thePartsAreAFieldOfTheirOwnStemmedAsWordsAndTheBodyKeepsTheWordsAsWritten() throws Exception {
    TextAnalysis analysis = TextAnalysis.of(lists(), null);
    String text = "Die Armutsgrenze der Bundesregierung";
    assertThat(positions(analysis.perField(), "parts_de", text))
        .as("the parts at their compound's position, the words as written left out")
        .containsExactly("armut@2", "grenz@0", "bund@2", "regierung@0");
    assertThat(positions(analysis.perField(), "body_de", text)).containsExactly("armutsgrenz@2", "bundesregierung@2");
    assertThat(analysis.parts("body_de", "Armutsgrenze")).containsExactly("armut", "grenz");
    assertThat(analysis.terms("body_de", "Die Armutsgrenze")).as("text matched against text keeps its words")
        .containsExactly("armutsgrenz").isEqualTo(Analyzers.terms("body_de", "Die Armutsgrenze"));
    assertThat(analysis.splitsCompounds("body_de")).isTrue();
    assertThat(analysis.splitsCompounds("body_en")).isFalse();
    assertThat(analysis.parts("body_en", "Armutsgrenze")).isEmpty();
  }

  @Test
  void withoutAWordListTheIndexAnalysesAsTheStockAnalysersDo() throws Exception {
    TextAnalysis analysis = TextAnalysis.of(dir.resolve("none"), null);
    String german = "Die Armutsgrenze der Bundesregierung lag 1998 bei 1.000 Mark; Fußballspiele und Übersetzungen.";
    String dutch = "De betalingsregeling van de Belastingdienst geldt voor fietsen, bromfietsen, eieren en kinderen.";
    assertThat(positions(analysis.perField(), "body_de", german))
        .isEqualTo(positions(Analyzers.forLanguage("de"), "body_de", german));
    assertThat(positions(analysis.perField(), "body_nl", dutch))
        .isEqualTo(positions(Analyzers.forLanguage("nl"), "body_nl", dutch));
    assertThat(analysis.splitsCompounds("body_de")).as("no parts field is written").isFalse();
    assertThat(analysis.splitsCompounds("body_nl")).isFalse();
    assertThat(analysis.terms("parts_de", german)).isEmpty();
    assertThat(analysis.parts("body_de", "Armutsgrenze")).isEmpty();
    assertThat(analysis.wordListsRecorded()).isEqualTo("none");
    assertThat(TextAnalysis.NO_WORD_LISTS.parts("body_de", "Armutsgrenze")).isEmpty();
  }

  @Test
  void eachIndexSplitsAgainstTheListsItWasOpenedWithAndRecordsThem() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "bolivien", "de", "Bolivien", "In Bolivien liegt die Armutsgrenze bei zwei Dollar am Tag.");
    TextAnalysis withLists = TextAnalysis.of(lists(), null);
    String recorded = withLists.wordListsRecorded();
    // two indexes open side by side in one process, one splitting and one not: nothing global between them
    try (LuceneIndex split = LuceneIndex.open(dir.resolve("split"), null, Clock.systemUTC(), false, withLists);
        LuceneIndex whole = LuceneIndex.open(dir.resolve("whole"), null, Clock.systemUTC(), false,
            TextAnalysis.NO_WORD_LISTS)) {
      split.sync(new Corpus(corpus), m -> { });
      whole.sync(new Corpus(corpus), m -> { });
      assertThat(split.analysis().parts("body_de", "Armutsgrenze")).containsExactly("armut", "grenz");
      assertThat(whole.analysis().parts("body_de", "Armutsgrenze")).isEmpty();
      assertThat(split.bm25(List.of(Map.of("parts_de", Map.of("armut", 1.0))), 5))
          .as("the compound's parts are in the index that split it").hasSize(1);
      assertThat(whole.bm25(List.of(Map.of("parts_de", Map.of("armut", 1.0))), 5)).isEmpty();
    }
    // a list changed after the analysis was made: the index still records the one it split against
    Files.write(dir.resolve("ngerman"), List.of("Armut", "Grenze", "Tag"));
    assertThat(withLists.wordListsRecorded()).isEqualTo(recorded);
    assertThat(commitData(dir.resolve("split"))).isEqualTo(recorded);
    assertThat(commitData(dir.resolve("whole"))).isEqualTo("none");
  }

  private static String commitData(Path data) throws Exception {
    try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData().get("wordLists");
    }
  }

  /** A serving process reads the lists ahead: a question's compound is split without reading the file then. */
  @Test
  void theListsReadAheadSplitWithoutReadingTheFilesAgain() throws Exception {
    TextAnalysis analysis = TextAnalysis.of(lists(), null);
    analysis.readDictionariesAhead().join();
    Files.delete(dir.resolve("ngerman"));
    Files.delete(dir.resolve("dutch"));
    assertThat(analysis.parts("body_de", "Armutsgrenze")).containsExactly("armut", "grenz");
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
