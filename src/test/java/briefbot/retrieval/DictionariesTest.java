package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made dictionaries in FreeDict's dictd format, converted and looked up as Briefbot does with Debian's. */
class DictionariesTest {

  @TempDir
  static Path dir;

  static Translations translations;

  @BeforeAll
  static void convert() throws IOException {
    write(dir.resolve("dictd"));
    translations = Translations.load(dir.resolve("dictd"), dir.resolve("cache"));
  }

  /** English-German and German-English as Ding writes them, English-Dutch as the small FreeDict ones do. */
  static void write(Path folder) throws IOException {
    DictdFiles.write(folder, "eng", "deu",
        "court /kˈɔːt/\nGericht <neut>, Gerichtshof <masc> [jur.]\n"
            + "      \"the court applied to\"  - das angerufene Gericht\n see: {courts}, {kangaroo court}\n\n",
        "court /kˈɔːt/\nHof <masc>, Hofraum <masc>\n   Synonym: {courtyard}\n\n",
        "court /kˈɔːt/ <v>\njdn. umwerben <v, trans>\n         Note: with sb.\n",
        "fraud /fɹˈɔːd/\nBetrug <masc> [jur.]\n",
        "hurricane /hˈʌɹɪkən/\nHurrikan <masc>, Orkan <masc>\n",
        "warning /wˈɔːnɪŋ/\nWarnung <fem>\n",
        "sentence /sˈɛntəns/\nUrteil <neut>, Strafe <fem> [jur.]\n",
        "sentence /sˈɛntəns/\nSatz <masc> [ling.]\n",
        "prison /pɹˈɪzən/\nGefängnis <neut>, Haft <fem>\n");
    DictdFiles.write(folder, "deu", "eng",
        "Gericht /ɡəʁˈɪçt/ <neut>\ncourt <n>\n see: {Gerichte}\n\n",
        "Gericht /ɡəʁˈɪçt/ <neut>\ndish <n> [cook.]\n",
        "Hof /hˈoːf/ <masc>\ncourtyard, court <n>\n",
        "Haft /hˈaft/ <fem>\ncustody, imprisonment, prison\n");
    DictdFiles.write(folder, "eng", "nld",
        "court /kɔːt/\n1. rechtbank\n2. hof, binnenplaats\n",
        "fraud /frɔːd/\nfraude, bedrog\n",
        "soldier /səʊldʒə/\nsoldaat, militair\n",
        "Russia /rʌʃə/\nRusland\n");
  }

  /**
   * After an upgrade (a new conversion format) or with other dictionaries installed the table has another stamp: the
   * conversion deletes the old one's file once unused for a day, and keeps another kind's, the user's, and one of
   * another stamp used within the day.
   */
  @Test
  void aConversionDeletesTheTableOfAnOtherStampUnusedForADay(@TempDir Path other) throws IOException {
    DictdFiles.write(other.resolve("dictd"), "deu", "eng", "Hof\ncourtyard\n");
    Path cache = Files.createDirectories(other.resolve("cache"));
    Path old = Files.writeString(cache.resolve("freedict-0123456789ab.fst"), "an older version's table");
    Path recent = Files.writeString(cache.resolve("freedict-ba9876543210.fst"), "another version's, in use");
    Path users = Files.writeString(cache.resolve("notes.txt"), "the user's");
    Path places = Files.writeString(cache.resolve("placenames-0123456789ab.tsv"), "another kind");
    FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
    for (Path file : List.of(old, users, places)) {
      Files.setLastModifiedTime(file, twoDaysAgo);
    }
    Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    Translations t = Translations.load(other.resolve("dictd"), cache);

    assertThat(t.weighted("Hof", "de", "en")).containsKey("courtyard");
    assertThat(old).doesNotExist();
    try (var files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .as("the new table, the one in use, the user's file, the place names")
          .hasSize(4).contains("freedict-ba9876543210.fst", "notes.txt", "placenames-0123456789ab.tsv")
          .anyMatch(name -> name.matches("freedict-[0-9a-f]{12}\\.fst") && !name.equals("freedict-ba9876543210.fst"));
    }
  }

  @Test
  void aConjugatedVerbIsLookedUpByItsInfinitive(@TempDir Path verbs) throws IOException {
    DictdFiles.write(verbs.resolve("dictd"), "spa", "eng", "desarrollar\ndevelop\n", "usar\nuse\n", "vender\nsell\n");
    DictdFiles.write(verbs.resolve("dictd"), "deu", "eng", "leben\nlive\n", "feiern\ncelebrate\n");
    Translations t = Translations.load(verbs.resolve("dictd"), verbs.resolve("cache"));
    assertThat(t.weighted("desarrollan", "es").get("en")).containsKey("develop");
    assertThat(t.weighted("usaron", "es").get("en")).containsKey("use");
    assertThat(t.weighted("vendieron", "es").get("en")).containsKey("sell");
    assertThat(t.weighted("vendiera", "es").get("en")).as("past subjunctive").containsKey("sell");
    assertThat(t.weighted("usaría", "es").get("en")).as("conditional").containsKey("use");
    assertThat(t.weighted("desarrollará", "es").get("en")).as("future").containsKey("develop");
    assertThat(t.weighted("lebten", "de").get("en")).containsKey("live");
    assertThat(t.weighted("gefeiert", "de").get("en")).containsKey("celebrate");
    assertThat(t.weighted("usanza", "es")).as("not a form of a listed verb").doesNotContainKey("en");
  }

  @Test
  void anEnglishWordTheDictionaryListsUnderAnotherFormIsLookedUpByIt(@TempDir Path forms) throws IOException {
    DictdFiles.write(forms.resolve("dictd"), "eng", "spa", "large\ngrande\n", "high\nalto\n", "big\ngrande\n",
        "early\ntemprano\n", "child\nniño\n", "gentleman\ncaballero\n", "go\nir\n", "colour\ncolor\n",
        "centre\ncentro\n", "marry\ncasarse\n", "ever\nsiempre\n");
    Translations t = Translations.load(forms.resolve("dictd"), forms.resolve("cache"));
    assertThat(lemmas(t.weighted("largest", "en", "es"), "es")).as("a superlative by its adjective")
        .containsOnly("grande");
    assertThat(lemmas(t.weighted("higher", "en", "es"), "es")).as("a comparative").containsOnly("alto");
    assertThat(lemmas(t.weighted("biggest", "en", "es"), "es")).containsOnly("grande");
    assertThat(lemmas(t.weighted("earliest", "en", "es"), "es")).containsOnly("temprano");
    assertThat(lemmas(t.weighted("children", "en", "es"), "es")).as("an irregular plural").containsOnly("niño");
    assertThat(lemmas(t.weighted("gentlemen", "en", "es"), "es")).containsOnly("caballero");
    assertThat(lemmas(t.weighted("goes", "en", "es"), "es")).containsOnly("ir");
    assertThat(lemmas(t.weighted("color", "en", "es"), "es")).as("an American spelling").containsOnly("color");
    assertThat(lemmas(t.weighted("center", "en", "es"), "es")).containsOnly("centro");
    assertThat(lemmas(t.weighted("remarry", "en", "es"), "es")).containsOnly("casarse");
    assertThat(t.weighted("Everest", "en", "es")).as("a name is no superlative").isEmpty();
    assertThat(t.weighted("forest", "en", "es")).as("no form of a listed word").isEmpty();
  }

  @Test
  void anIrregularVerbFormIsLookedUpByItsInfinitiveWithItsPrefix(@TempDir Path verbs) throws IOException {
    DictdFiles.write(verbs.resolve("dictd"), "deu", "eng", "gewann\ngained\n", "gewinnen\nwin\n",
        "schreiben\nwrite\n", "unterschreiben\nsign\n", "verlassen\nleave\n", "sterben\ndie\n", "Tat\ndeed\n",
        "tun\ndo\n");
    DictdFiles.write(verbs.resolve("dictd"), "spa", "eng", "hacer\nmake\n", "proponer\npropose\n",
        "hecho\nfact\n", "pedir\nask\n", "poder\ncan\n", "construir\nbuild\n");
    Translations t = Translations.load(verbs.resolve("dictd"), verbs.resolve("cache"));
    assertThat(t.weighted("schrieb", "de", "en")).containsOnlyKeys("write", "wrote", "written");
    assertThat(t.weighted("gewann", "de", "en")).as("the verb before the dictionary's own entry")
        .containsOnlyKeys("win", "won");
    assertThat(t.weighted("unterschrieben", "de", "en")).containsOnlyKeys("sign");
    assertThat(t.weighted("verließ", "de", "en")).containsOnlyKeys("leave", "left");
    assertThat(t.weighted("stirbt", "de", "en")).containsOnlyKeys("die");
    assertThat(t.weighted("Tat", "de", "en")).as("a capitalised German word is a noun first").containsOnlyKeys("deed");
    assertThat(t.weighted("tat", "de", "en")).containsOnlyKeys("do", "did", "done");
    assertThat(t.weighted("hizo", "es", "en")).containsOnlyKeys("make", "made");
    assertThat(t.weighted("propuesta", "es", "en")).containsOnlyKeys("propose");
    assertThat(t.weighted("hecho", "es", "en")).as("a participle that is a word of its own").containsOnlyKeys("fact");
    assertThat(t.weighted("pidió", "es", "en")).as("the stem's vowel changed").containsOnlyKeys("ask");
    assertThat(t.weighted("pueden", "es", "en")).containsOnlyKeys("can");
    assertThat(t.weighted("construyó", "es", "en")).containsOnlyKeys("build", "built");
  }

  @Test
  void aVerbFormTakesAVerbsSensesAndANounANounsByTheDictionariesLabels(@TempDir Path senses) throws IOException {
    DictdFiles.write(senses.resolve("dictd"), "deu", "eng", "Sterben /ʃtˈɛɾbən/ <neut, n, sg>\ndeath <n>, dying <n>\n",
        "sterben /ʃtˈɛɾbən/ <v, intr>\n [biol.] die <v>\n", "verlassen <v, trans>\nfail sb. <v>\n",
        "verlassen <adj>\ndeserted <adj>\n");
    DictdFiles.write(senses.resolve("dictd"), "eng", "deu", "death /dˈɛθ/\nTod <masc>\n",
        "book /bˈʊk/\nBuch <neut>\n", "book /bˈʊk/\nBand <masc>\n", "ask /ˈɑːsk/ <v>\nfragen <v, trans>\n",
        "leave sb./sth. /lˈiːv/ (left /lˈɛft/ <>, left /lˈɛft/ <>) <v>\njdn./etw. verlassen, belassen <v, trans>\n");
    DictdFiles.write(senses.resolve("dictd"), "spa", "eng", "pedir\n1. book, order\n2. ask, request\n",
        "estrecho\nclose, narrow\n");
    Translations t = Translations.load(senses.resolve("dictd"), senses.resolve("cache"));
    assertThat(first(t.weighted("starb", "de", "en"))).as("a verb's past").isEqualTo("die");
    assertThat(first(t.weighted("sterben", "de", "en"))).as("a lower-case German word is no noun").isEqualTo("die");
    assertThat(first(t.weighted("Sterben", "de", "en"))).as("a capitalised one is").isEqualTo("death");
    assertThat(t.weighted("starb", "de", "en").get("death")).isLessThan(t.weighted("Sterben", "de", "en").get("death"));
    assertThat(first(t.weighted("pidió", "es", "en"))).as("labelled in the English dictionaries").isEqualTo("ask");
    assertThat(t.weighted("verlassen", "de", "en")).as("'leave sb./sth.' is 'leave'").containsKey("leave")
        .doesNotContainKey("leave sb./sth");
    assertThat(t.weighted("estrechamente", "es", "en")).as("an adverb by its adjective").containsKeys("close");
  }

  @Test
  void aWordWithManySensesKeepsTheTranslationsMostOfThemGive(@TempDir Path senses) throws IOException {
    List<String> entries = new ArrayList<>();
    for (String rare : List.of("lorn", "derelict", "egress", "count", "loose", "quitted", "forsaken", "exited",
        "desertion", "quitting")) {
      entries.add("verlassen\n" + rare + "\n");
    }
    for (int sense = 0; sense < 3; sense++) {
      entries.add("verlassen\nabandoned, deserted\n");
    }
    DictdFiles.write(senses.resolve("dictd"), "deu", "eng", entries.toArray(String[]::new));
    Translations t = Translations.load(senses.resolve("dictd"), senses.resolve("cache"));
    assertThat(t.weighted("verlassen", "de", "en")).as("listed last, but in three senses each")
        .containsKeys("abandoned", "deserted").hasSize(TranslationRanking.KEEP).doesNotContainKey("quitting");
  }

  @Test
  void aStrongVerbTranslatesIntoTheFormsATextWritesItIn(@TempDir Path verbs) throws IOException {
    DictdFiles.write(verbs.resolve("dictd"), "eng", "deu", "write\nschreiben\n", "describe\nbeschreiben\n",
        "leave\nverlassen\n", "play\nspielen\n", "died\ngestorben\n");
    DictdFiles.write(verbs.resolve("dictd"), "eng", "spa", "write\nescribir\n", "have\ntener\n");
    Translations t = Translations.load(verbs.resolve("dictd"), verbs.resolve("cache"));
    assertThat(t.weighted("write", "en", "de")).containsKeys("schreiben", "schrieb", "geschrieben");
    assertThat(t.weighted("write", "en", "de").get("schrieb")).isEqualTo(t.weighted("write", "en", "de").get("schreiben"));
    assertThat(t.weighted("describe", "en", "de")).as("a prefixed verb").containsKeys("beschrieb", "beschrieben");
    assertThat(t.weighted("leave", "en", "de")).containsKeys("verließ", "verlassen");
    assertThat(t.weighted("play", "en", "de")).as("a regular verb: the stemmer finds its forms")
        .containsOnlyKeys("spielen");
    assertThat(t.weighted("died", "en", "de")).as("a form gives the verb's other forms")
        .containsKeys("gestorben", "starb", "sterben");
    assertThat(t.weighted("write", "en", "es")).containsKeys("escribir", "escrito");
    assertThat(t.weighted("have", "en", "es")).containsKeys("tener", "tuvo", "tuvieron");
  }

  @Test
  void anEnglishIrregularFormIsItsVerbAndAVerbTranslatesIntoItsEnglishForms(@TempDir Path verbs) throws IOException {
    DictdFiles.write(verbs.resolve("dictd"), "eng", "deu", "write\nschreiben\n", "understand\nverstehen\n",
        "found\ngründen\n", "spring\nFrühling\n");
    DictdFiles.write(verbs.resolve("dictd"), "deu", "eng", "schreiben\nwrite\n", "Frühling\nspring\n",
        "gründen\nfound\n", "springen\nspring, jump\n");
    Translations t = Translations.load(verbs.resolve("dictd"), verbs.resolve("cache"));
    assertThat(t.weighted("wrote", "en", "de")).containsKeys("schreiben", "schrieb", "geschrieben");
    assertThat(t.weighted("understood", "en", "de")).as("under + stood").containsKey("verstehen");
    assertThat(t.weighted("found", "en", "de")).as("the dictionary's own entry first").containsOnlyKeys("gründen");
    assertThat(t.weighted("schrieb", "de", "en")).containsOnlyKeys("write", "wrote", "written");
    assertThat(t.weighted("sprang", "de", "en")).as("a verb's past").containsKeys("spring", "sprang", "sprung");
    assertThat(t.weighted("Frühling", "de", "en")).as("a noun's translation takes no verb's forms")
        .containsOnlyKeys("spring");
    assertThat(t.weighted("gründete", "de", "en")).as("'found' is a verb of its own, not a form of 'find'")
        .containsOnlyKeys("found");
  }

  @Test
  void theDictionariesOneLetterDutchIjIsReadAsTheTwoLettersTextsWrite(@TempDir Path ij) throws IOException {
    // FreeDict's Dutch dictionaries write "ij" as one letter (U+0133) in almost every word that has it
    DictdFiles.write(ij.resolve("dictd"), "eng", "nld", "praise /preiz/\nloven, pr\u0133zen\n");
    DictdFiles.write(ij.resolve("dictd"), "nld", "eng", "gezamenl\u0133k\njoint, common\n");
    Translations t = Translations.load(ij.resolve("dictd"), ij.resolve("cache"));
    assertThat(t.weighted("gezamenlijk", "nl", "en")).containsOnlyKeys("joint", "common");
    assertThat(t.weighted("prijzen", "nl", "en")).as("the lexicon gives prices too").containsKey("praise");
    assertThat(t.weighted("praise", "en", "nl")).containsKeys("loven", "prijzen").doesNotContainKey("pr\u0133zen");
  }

  @Test
  void aDutchStrongVerbsFormsAreLookedUpByItsInfinitiveAndTranslateIntoThem(@TempDir Path verbs) throws IOException {
    DictdFiles.write(verbs.resolve("dictd"), "eng", "nld", "praise /preiz/\nloven, pr\u0133zen\n",
        "speak /spiːk/\nspreken, praten\n");
    DictdFiles.write(verbs.resolve("dictd"), "nld", "eng", "vliegen\nfly\n", "bespreken\ndiscuss\n",
        "gaven\ngifts\n", "geven\ngive\n", "aangeven\nindicate, suggest\n");
    Translations t = Translations.load(verbs.resolve("dictd"), verbs.resolve("cache"));
    assertThat(t.weighted("praise", "en", "nl")).as("a verb with the forms a text writes it in")
        .containsKeys("prijzen", "prees", "prezen", "geprezen");
    assertThat(t.weighted("prees", "nl", "en")).as("the past of a verb only the other direction lists")
        .containsKey("praise");
    assertThat(t.weighted("vloog", "nl", "en")).containsKey("fly");
    assertThat(t.weighted("vlogen", "nl", "en")).as("the plural, its vowel written otherwise").containsKey("fly");
    assertThat(t.weighted("gevlogen", "nl", "en")).containsKey("fly");
    assertThat(t.weighted("besprak", "nl", "en")).as("an inseparable prefix").containsKey("discuss");
    assertThat(t.weighted("besproken", "nl", "en")).as("its participle has no ge-").containsKey("discuss");
    assertThat(t.weighted("aangegeven", "nl", "en")).as("a separable prefix keeps it").containsKey("suggest");
    assertThat(t.weighted("speak", "en", "nl")).containsKeys("sprak", "spraken", "gesproken");
    assertThat(t.weighted("gaven", "nl", "en")).as("a form that is a word of its own: the dictionary's entry first")
        .containsOnlyKeys("gifts");
  }

  private static String first(Map<String, Double> weights) {
    return weights.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  @Test
  void spanishVerbFormsAndAdverbsHaveEnglishCognatesOfTheirRoot() {
    assertThat(Cognates.of("utilizado", "es", "en")).contains("utilized");
    assertThat(Cognates.of("participó", "es", "en")).contains("participated");
    assertThat(Cognates.of("incluyendo", "es", "en")).contains("including");
    assertThat(Cognates.of("expandió", "es", "en")).contains("expanded");
    assertThat(Cognates.of("creado", "es", "en")).contains("created");
    assertThat(Cognates.of("relacionada", "es", "en")).as("a verb made of a noun").contains("relation");
    assertThat(Cognates.of("rápidamente", "es", "en")).contains("rapidly");
    assertThat(Cognates.of("posiblemente", "es", "en")).contains("possibly");
    assertThat(Cognates.of("respectivamente", "es", "en")).contains("respectively");
    assertThat(Cognates.of("casó", "es", "en")).as("a short root only with a learned ending").isEmpty();
  }

  @Test
  void aNationalityIsItsPlainWordNotTheDictionarysSlang(@TempDir Path slang) throws IOException {
    DictdFiles.write(slang.resolve("dictd"), "deu", "eng", "Deutschen\nhuns\n", "Franzosen\nfrogs\n");
    Translations t = Translations.load(slang.resolve("dictd"), slang.resolve("cache"));
    assertThat(t.weighted("Deutschen", "de", "en")).containsKey("german").doesNotContainKey("huns");
    assertThat(t.weighted("Franzosen", "de", "en")).containsKey("french").doesNotContainKey("frogs");
    assertThat(t.weighted("franceses", "es", "de")).as("between two languages without a dictionary")
        .containsKeys("franzosen", "französische");
    assertThat(t.weighted("Germans", "en", "nl")).containsKeys("duitsers", "duitse");
    assertThat(t.weighted("Polen", "de", "en")).as("a country is no demonym").isEmpty();
  }

  @Test
  void aCompoundSplitsWhereBothPartsAreLongestNotAtTheFirstShortWord(@TempDir Path parts) throws IOException {
    DictdFiles.write(parts.resolve("dictd"), "deu", "eng", "Sieb\nsieve\n", "zehnjährige\nten-year-old\n",
        "siebzehn\nseventeen\n", "jährige\nyear-old\n", "Kamera\ncamera\n", "man\none\n", "Mann\nman\n");
    Translations t = Translations.load(parts.resolve("dictd"), parts.resolve("cache"));
    assertThat(t.weighted("Siebzehnjährige", "de", "en")).containsOnlyKeys("seventeen", "year-old");
    assertThat(t.weighted("Kameraman", "de", "en")).as("a stop word is no part").doesNotContainKey("one");
    assertThat(t.weighted("Kameramann", "de", "en")).containsOnlyKeys("camera", "man");
  }

  @Test
  void cognatesOfLearnedWordsAreCandidateSpellingsInTheOtherLanguage() {
    assertThat(Cognates.of("neuropatía", "es", "en")).contains("neuropathy");
    assertThat(Cognates.of("investigación", "es", "en")).contains("investigation");
    assertThat(Cognates.of("posibilidad", "es", "en")).contains("possibility");
    assertThat(Cognates.of("disfunción", "es", "en")).contains("dysfunction");
    assertThat(Cognates.of("diabética", "es", "en")).contains("diabetic");
    assertThat(Cognates.of("Neuropathie", "de", "en")).contains("neuropathy");
    assertThat(Cognates.of("Technologien", "de", "en")).contains("technologies");
    assertThat(Cognates.of("neuropathy", "en", "de")).contains("neuropathie");
    assertThat(Cognates.of("investigation", "en", "es")).contains("investigacion");
    assertThat(Cognates.of("Hamburg", "de", "en")).as("short words and names without a learned ending").isEmpty();
  }

  @Test
  void wordsTranslateWithTheirLabelsNotesAndExamplesLeftOut() {
    Map<String, Double> german = translations.weighted("court", "en").get("de");
    List<String> expected = new ArrayList<>(List.of("gericht", "gerichtshof", "hof", "hofraum", "umwerben"));
    expected.addAll(IrregularVerbs.table().forms("umwerben", "de")); // "umwarb", "umworben": the forms a text writes
    for (String noun : List.of("gericht", "gerichtshof", "hof", "hofraum")) {
      expected.addAll(NounForms.of(noun, "de")); // "gerichts", "hofs": a genitive the stemmer keeps apart
    }
    assertThat(german).containsOnlyKeys(expected);
    assertThat(translations.weighted("court", "en").get("nl")).containsKeys("rechtbank", "hof", "binnenplaats");
  }

  @Test
  void whatBothDirectionsAgreeOnWeighsMoreThanWhatOneGives() {
    Map<String, Double> german = translations.weighted("court", "en").get("de");
    assertThat(german.get("gericht")).isGreaterThan(german.get("umwerben"));
    assertThat(german.get("hof")).isGreaterThan(german.get("hofraum"));
  }

  @Test
  void anAmbiguousWordsTranslationsWeighLessThanAnUnambiguousOnes() {
    double court = translations.weighted("court", "en").get("de").get("gericht");
    double fraud = translations.weighted("fraud", "en").get("de").get("betrug");
    assertThat(fraud).isEqualTo(0.7); // one translation, given by the English-German dictionary only
    assertThat(translations.weighted("sentence", "en").get("de").get("urteil")).isLessThan(fraud);
    assertThat(court).isLessThan(1.0);
  }

  @Test
  void theReverseDictionaryTranslatesWordsTheForwardOneLacks() {
    assertThat(translations.weighted("haft", "de").get("en")).containsKeys("custody", "imprisonment", "prison");
    assertThat(translations.weighted("Betrug", "de").get("en")).containsKey("fraud");
  }

  @Test
  void anInflectedWordIsFoundByItsStem() {
    assertThat(translations.weighted("Courts", "en").get("de")).containsKey("gericht");
    assertThat(translations.weighted("Gerichts", "de").get("en")).containsKey("court");
  }

  @Test
  void aGermanCompoundNoDictionaryListsTranslatesByItsParts() {
    assertThat(translations.weighted("Hurrikanwarnungen", "de").get("en")).containsKeys("hurricane", "warning");
    assertThat(translations.weighted("Gefängnisstrafe", "de").get("en")).containsKeys("prison", "sentence");
  }

  @Test
  void languagesWithoutADictionaryBetweenThemTranslateThroughEnglish() {
    Map<String, Double> german = translations.weighted("rechtbank", "nl").get("de");
    assertThat(german).containsKey("gericht");
    assertThat(german.get("gericht")).isLessThan(translations.weighted("court", "en").get("de").get("gericht"));
  }

  @Test
  void theConversionIsCachedAndLoadsAgain() throws IOException {
    List<Path> cached;
    try (var files = Files.list(dir.resolve("cache"))) {
      cached = files.filter(f -> f.getFileName().toString().endsWith(".fst")).toList();
    }
    assertThat(cached).hasSize(1);
    TermTable table = TermTable.load(cached.get(0));
    assertThat(table.get("en", "de", TermTable.Key.WORD, "fraud")).extracting(TermTable.Translation::text)
        .containsExactly("betrug");
  }

  @Test
  void withoutDictionariesTheBuiltInLexiconTranslates() {
    Translations lexicon = Translations.load(dir.resolve("no-such-folder"), dir.resolve("cache2"));
    assertThat(lexicon.translate("troops", "en").get("nl")).contains("troepen");
    assertThat(Files.exists(dir.resolve("cache2"))).isFalse();
  }

  /** The translations without the noun forms the light stemmers need beside them ({@link NounForms}). */
  private static Set<String> lemmas(Map<String, Double> found, String language) {
    Set<String> out = new TreeSet<>(found.keySet());
    found.keySet().forEach(k -> NounForms.of(k, language).forEach(out::remove));
    return out;
  }
}
