package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Citation;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.digest.Digests.Outcome;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a digest holds, on a corpus written for it: two reports of one event become one item cited to both, with
 * the figures they disagree on side by side; a story on the same theme stays apart; article text cannot ping or
 * link; and an article that arrives after a digest is in the next one only.
 */
class DigestComposeTest {

  private static final Instant DAY_ONE = Instant.parse("2026-05-04T06:00:00Z");

  @TempDir
  static Path dir;
  static TestClock clock = new TestClock(DAY_ONE);
  static Briefbot bot;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "gazette-storm", "Storm Elin shuts the Port of Rotterdam", "Harbour Gazette", """
        Storm Elin forced the Port of Rotterdam to close on Sunday, the first full closure of Europe's largest port \
        in more than a decade, harbour master Pieter de Vries said.

        De Vries said gusts of up to 140 kilometres an hour tore loose about 1,200 containers on the Maasvlakte \
        terminals, and that ships were told to stay at anchor in the North Sea until the wind drops.

        Shipping lines Maersk and MSC warned customers of delays of several days for cargo bound for Rotterdam.

        Storm Elin is expected to move on to Denmark on Monday, the Dutch weather service KNMI said.
        """);
    write(corpus, "courier-storm", "Rotterdam port closed as Storm Elin hits the Dutch coast", "Delta Courier", """
        The Port of Rotterdam closed its terminals on Sunday as Storm Elin battered the Dutch coast, according to \
        harbour master Pieter de Vries.

        Port officials estimated that up to 2,000 containers were damaged or blown over at the Maasvlakte, where \
        crane operations had been suspended since the early morning.

        De Vries told reporters that the port would reopen once the KNMI lifted its code red warning for Storm Elin.

        Dozens of ships waited at anchor off the coast while Maersk rerouted two vessels to Antwerp.
        """);
    write(corpus, "gazette-strike", "Antwerp dockers strike over pensions", "Harbour Gazette", """
        Dock workers at the Port of Antwerp walked out on Sunday in a dispute over pension reform, halting most \
        container handling at Belgium's largest port.

        Union leader Marie Claes said the strike would last 48 hours unless the government of Prime Minister Bart \
        De Wever withdrew plans to raise the retirement age for dockers.

        Shipping companies said about 30 ships were waiting for a berth, and warned customers of delays.
        """);
    write(corpus, "wire-hacked", "Council notice", "Wire", """
        <!channel> Read the council notice at [this link](https://evil.example/phish) before Tuesday's vote on \
        the budget of the city of Utrecht, <@U12345> wrote on Sunday.

        The Utrecht city council will vote on a budget of 1.4 billion euros that includes new cycling bridges \
        over the Merwede canal.
        """);
    bot = Briefbot.open(config(), clock);
    bot.sync(line -> {});
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  private static Config config() {
    return Config.fromEnv(Map.of("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "https://brief.example.org"));
  }

  private static void write(Path corpus, String id, String title, String source, String body) throws IOException {
    Files.writeString(corpus.resolve(id + ".md"),
        "---\ntitle: " + title + "\nsource: " + source + "\nlanguage: en\n---\n" + body);
  }

  private static Digest compose(Instant since, Instant now) {
    DigestComposer composer = new DigestComposer(bot.index(), new ExtractiveWriter(bot.links()));
    return composer.compose(LocalDate.of(2026, 5, 4), since, Set.of(), now).digest();
  }

  @Test
  void twoReportsOfOneEventAreOneItemCitedToBothWithDifferingFiguresSideBySide() {
    Digest digest = compose(DAY_ONE.minusSeconds(3600), DAY_ONE.plusSeconds(60));
    assertThat(digest.items()).hasSize(3);
    Digest.Item storm = digest.items().get(0);
    assertThat(storm.sources()).isEqualTo(2);
    assertThat(articlesCitedBy(digest, storm)).containsExactlyInAnyOrder("gazette-storm", "courier-storm");
    assertThat(storm.text()).contains("Figures differ:").contains("about 1,200 containers").contains("up to 2,000 containers");
    assertThat(digest.items().subList(1, 3)).allSatisfy(item -> assertThat(item.sources()).isEqualTo(1));
    assertThat(digest.items().stream().filter(i -> articlesCitedBy(digest, i).contains("gazette-strike")))
        .singleElement().satisfies(i -> assertThat(articlesCitedBy(digest, i)).containsExactly("gazette-strike"));
    Set<Integer> markers = new HashSet<>();
    digest.items().forEach(i -> Pattern.compile("\\[(\\d+)]").matcher(i.text()).results()
        .forEach(r -> markers.add(Integer.parseInt(r.group(1)))));
    assertThat(markers).isEqualTo(digest.citations().stream().map(Citation::n).collect(Collectors.toSet()));

    // in the Teams card each story's sources follow it: every [n] of a story is listed before the next story
    List<String> blocks = new ArrayList<>();
    AdaptiveCard.card(digest).path("body").forEach(b -> blocks.add(b.path("text").asText()));
    for (int i = 0; i < digest.items().size(); i++) {
      int story = indexOf(blocks, "**" + (i + 1) + ". ");
      int next = i + 1 < digest.items().size() ? indexOf(blocks, "**" + (i + 2) + ". ") : blocks.size();
      List<String> under = blocks.subList(story + 2, next);
      Pattern.compile("\\[(\\d+)]").matcher(digest.items().get(i).text()).results()
          .forEach(r -> assertThat(under).anySatisfy(line -> assertThat(line).startsWith("\\[" + r.group(1) + "\\]")));
    }
    assertThat(blocks).doesNotContain("**Sources**");
  }

  /**
   * The other report's opening paragraph is near the first's in meaning, but only the Gazette says this was the first
   * full closure in more than a decade: citing the Courier for it would send an analyst to a paragraph that does not
   * say it.
   */
  @Test
  void aSentenceIsCitedOnlyToParagraphsThatSayIt() {
    Digest digest = compose(DAY_ONE.minusSeconds(3600), DAY_ONE.plusSeconds(60));
    Digest.Item storm = digest.items().get(0);
    var sentence = Pattern.compile("first full closure[^\\[]*((?:\\[\\d+])+)").matcher(storm.text());
    assertThat(sentence.find()).as(storm.text()).isTrue();
    List<String> cited = Pattern.compile("\\d+").matcher(sentence.group(1)).results()
        .map(r -> Integer.parseInt(r.group()))
        .map(n -> digest.citations().stream().filter(c -> c.n() == n).findFirst().orElseThrow().articleId())
        .toList();
    assertThat(cited).containsExactly("gazette-storm");
    assertThat(articlesCitedBy(digest, storm)).as("the Courier still speaks in its own sentence")
        .contains("courier-storm");
  }

  private static int indexOf(List<String> blocks, String prefix) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no block starts with " + prefix);
  }

  @Test
  void aFilteredDigestHoldsOnlyTheArticlesItsFiltersLetThrough() {
    DigestComposer composer = new DigestComposer(bot.index(), new ExtractiveWriter(bot.links()));
    LocalDate day = LocalDate.of(2026, 5, 4);
    Digest gazette = composer.compose(day, DAY_ONE.minusSeconds(3600), Set.of(), DAY_ONE.plusSeconds(60),
        "from:\"Harbour Gazette\"", "en").digest();
    assertThat(gazette.citations()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.source()).isEqualTo("Harbour Gazette"));
    assertThat(gazette.headline()).contains("from 2 new articles (from:\"Harbour Gazette\")");
    Digest dutch = composer.compose(day, DAY_ONE.minusSeconds(3600), Set.of(), DAY_ONE.plusSeconds(60), "lang:nl",
        "en").digest();
    assertThat(dutch.quiet()).as("no Dutch article in this corpus").isTrue();
    assertThat(composer.compose(day, DAY_ONE.minusSeconds(3600), Set.of(), DAY_ONE.plusSeconds(60), "", "en")
        .digest().citations()).extracting(Citation::source).contains("Delta Courier", "Harbour Gazette");
  }

  /** An Adaptive Card's TextBlock reads "- " and "1. " at a line's start as a list: a story's text shows as written. */
  @Test
  void aStoryOpeningLikeAListItemIsTextInTheWebhookCard() {
    Citation c = new Citation(1, "a", "Top 2000", "Trouw", "nl", 1, "https://brief.example.org/articles/a#p1", null,
        "1. Ronnie Ruysdael");
    Digest digest = new Digest(LocalDate.of(2026, 5, 4), "en", "Two stories", List.of(
        new Digest.Item("Top 2000", "1. Ronnie Ruysdael, volkszanger 2. Dolly Verhoeven [1]", 1),
        new Digest.Item("- Football", "- The match will be televised on BBC One [1]", 1)), List.of(c));

    List<String> blocks = new ArrayList<>();
    AdaptiveCard.card(digest).path("body").forEach(b -> blocks.add(b.path("text").asText()));

    assertThat(blocks).noneMatch(t -> Pattern.compile("(?m)^[ \\t]*(?:[-+*] |\\d{1,9}[.)] )").matcher(t).find())
        .anyMatch(t -> t.replace("\u00ad", "").startsWith("1. Ronnie Ruysdael, volkszanger 2. Dolly Verhoeven"))
        .anyMatch(t -> t.replace("\u00ad", "").startsWith("- The match will be televised"));
  }

  @Test
  void articleTextCannotPingOrLinkOrCite() {
    Digest digest = compose(DAY_ONE.minusSeconds(3600), DAY_ONE.plusSeconds(60));
    String all = digest.items().stream().map(i -> i.title() + " " + i.text()).collect(Collectors.joining("\n"));
    assertThat(all).contains("Utrecht").doesNotContain("<!channel>").doesNotContain("<@U12345>")
        .doesNotContain("evil.example").doesNotContain("](");
    String card = AdaptiveCard.message(digest).toString();
    assertThat(card).doesNotContain("evil.example").doesNotContain("<!channel>").doesNotContain("<@U");
  }

  @Test
  void anArticleAddedAfterADigestIsInTheNextOneOnly() throws IOException {
    Path data = dir.resolve("ledger-" + System.nanoTime());
    RecordingSink slack = new RecordingSink("slack", "C1");
    Config config = Config.fromEnv(Map.of("BRIEFBOT_DATA_DIR", data.toString(),
        "BRIEFBOT_BASE_URL", "https://brief.example.org"));
    try (BotState state = SqliteState.open(data, clock);
        Digests digests = Digests.create(config, bot.index(), bot.links(), state, List.of(slack), clock)) {
      assertThat(digests.runDue(clock.set("2026-05-04T08:00:00Z"))).extracting(Digests.Run::outcome)
          .containsExactly(Outcome.POSTED);
      clock.set("2026-05-04T08:00:02Z");
      write(dir.resolve("corpus"), "gazette-bridge", "Utrecht opens a cycling bridge", "Harbour Gazette", """
          Utrecht opened its longest cycling bridge on Monday afternoon, linking the Merwede district to the \
          city centre across the canal.

          Alderman Linda Voortman said about 15,000 cyclists a day are expected to cross the new bridge.
          """);
      bot.sync(line -> {});
      assertThat(digests.runDue(clock.set("2026-05-04T12:00:00Z"))).isEmpty();
      assertThat(digests.runDue(clock.set("2026-05-05T08:00:00Z"))).extracting(Digests.Run::outcome)
          .containsExactly(Outcome.POSTED);
    }
    assertThat(slack.posts).hasSize(2);
    Digest first = slack.posts.get(0).digest();
    Digest second = slack.posts.get(1).digest();
    assertThat(first.citations()).extracting(Citation::articleId).doesNotContain("gazette-bridge").isNotEmpty();
    assertThat(second.citations()).extracting(Citation::articleId).containsOnly("gazette-bridge");
    assertThat(second.items()).singleElement().satisfies(i -> assertThat(i.text()).contains("cycling bridge"));
  }

  private static List<String> articlesCitedBy(Digest digest, Digest.Item item) {
    var m = Pattern.compile("\\[(\\d+)]").matcher(item.text());
    Set<String> out = new LinkedHashSet<>();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      digest.citations().stream().filter(c -> c.n() == n).forEach(c -> out.add(c.articleId()));
    }
    return List.copyOf(out);
  }
}
