package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.index.IndexedArticle;
import briefbot.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two columns of one series open with the series' standfirst and name its columnist, each about something else:
 * two pieces, not one story "reported by 2 sources". Two reports of one event that open with the same agency
 * sentence stay one story.
 */
class StoryGroupingTest {

  private static final String STANDFIRST = "Psycholoog Thijs Launspach bindt de strijd aan met beroepsziekte nr. 1: "
      + "burn-out. Elke maandag geeft hij hier zijn kijk op stress op het werk.";

  @TempDir
  static Path dir;
  static Briefbot bot;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "column-pleaser", "De pleaser is de sjaak", STANDFIRST + """
         Vandaag: toegeven aan druk. Daar ging ik weer voor de bijl: een onverwacht telefoontje met een verzoek \
        dat ik niet kon weigeren, en voor ik het wist zat mijn agenda vol.

        Wie altijd ja zegt tegen de baas en de collega's, zegt nee tegen de eigen rust. Het helpt om even te \
        wachten met antwoorden en eerst te kijken wat er al op de planning staat.

        Thijs Launspach is psycholoog en stressexpert.
        """);
    write(corpus, "column-sitting", "Het nieuwe roken", STANDFIRST + """
         Vandaag: minder zitten. Zitten is het nieuwe roken, u heeft het vast vaker gehoord, en een kantoorbaan \
        betekent al snel acht uur per dag op een stoel.

        Sta op bij elk telefoongesprek, neem de trap en loop na de lunch een rondje om het gebouw. Het lichaam \
        en het hoofd knappen er allebei van op.

        Thijs Launspach is psycholoog en stressexpert.
        """);
    String lead = "Bij een explosie in een chemische fabriek van Chemelot in Geleen zijn vannacht drie medewerkers "
        + "gewond geraakt, meldt de Veiligheidsregio Zuid-Limburg.";
    write(corpus, "report-limburger", "Drie gewonden bij explosie Chemelot", lead + """
         De brandweer had het vuur rond vier uur onder controle. Burgemeester Sjraar Cox van Sittard-Geleen \
        riep omwonenden op ramen en deuren gesloten te houden.

        Sabic, dat de fabriek op het terrein van Chemelot beheert, doet onderzoek naar de oorzaak.
        """);
    write(corpus, "report-trouw", "Explosie bij Chemelot: drie gewonden", lead + """
         Een woordvoerder van Sabic zegt dat de installatie stillag voor onderhoud. Burgemeester Cox van \
        Sittard-Geleen spreekt van een grote schrik voor de buurt rond Chemelot.

        De Veiligheidsregio Zuid-Limburg meet de luchtkwaliteit in Geleen en Stein.
        """);
    write(corpus, "other-news", "Ajax wint van PSV", """
        Ajax heeft zondag in Amsterdam met 3-1 van PSV gewonnen. Trainer Francesco Farioli was tevreden over \
        het spel van zijn ploeg in de tweede helft.
        """);
    bot = Briefbot.open(Config.fromEnv(Map.of("BRIEFBOT_CORPUS_DIR", corpus.toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString())), new TestClock(Instant.parse("2026-05-04T06:00:00Z")));
    bot.sync(line -> {});
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  private static void write(Path corpus, String id, String title, String body) throws IOException {
    Files.writeString(corpus.resolve(id + ".md"),
        "---\ntitle: " + title + "\nsource: DPG Media\nlanguage: nl\n---\n" + body);
  }

  @Test
  void twoColumnsOfOneSeriesAreTwoPiecesAndTwoReportsThatOpenAlikeAreOneStory() {
    List<IndexedArticle> articles = bot.index().articlesSeenSince(Instant.EPOCH).stream()
        .sorted(Comparator.comparing(a -> a.article().id())).toList();
    Map<String, float[]> vectors = ParagraphVectors.of(bot.index(), articles.stream().map(a -> a.article().id()).toList());

    List<List<String>> groups = new StoryGrouping(bot.index()).group(articles, vectors).stream()
        .map(g -> g.stream().map(a -> a.article().id()).sorted().toList()).toList();

    assertThat(groups).contains(List.of("report-limburger", "report-trouw"))
        .contains(List.of("column-pleaser"), List.of("column-sitting"));
  }
}
