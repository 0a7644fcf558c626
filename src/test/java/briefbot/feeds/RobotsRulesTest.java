package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

  private static RobotsRules rules(String text) {
    return RobotsRules.parse(text, "briefbot");
  }

  @Test
  void aGroupNamingBriefbotReplacesTheStarGroup() {
    RobotsRules r = rules("User-agent: *\nDisallow: /\n\nUser-agent: Briefbot\nDisallow: /private\n");
    assertThat(r.allows("/news/a")).isTrue();
    assertThat(r.allows("/private/a")).isFalse();
  }

  @Test
  void theStarGroupAppliesWhenNoGroupNamesBriefbot() {
    RobotsRules r = rules("User-agent: Googlebot\nAllow: /\n\nUser-agent: *\nDisallow: /\n");
    assertThat(r.allows("/news/a")).isFalse();
    assertThat(r.allows("/robots.txt")).isTrue();
  }

  @Test
  void severalUserAgentLinesShareOneGroupAndRulesBeforeAnyAgentAreIgnored() {
    RobotsRules r = rules("Disallow: /early\nUser-agent: otherbot\nuser-agent: BRIEFBOT/0.1\nDISALLOW: /x\n"
        + "User-agent: thirdbot\nDisallow: /y\n");
    assertThat(r.allows("/x/1")).isFalse();
    assertThat(r.allows("/y/1")).isTrue();
    assertThat(r.allows("/early")).isTrue();
  }

  @Test
  void theLongestMatchWinsAndAllowWinsATie() {
    RobotsRules r = rules("User-agent: *\nDisallow: /news\nAllow: /news/public\nAllow: /page\nDisallow: /page\n");
    assertThat(r.allows("/news/public/1")).isTrue();
    assertThat(r.allows("/news/2")).isFalse();
    assertThat(r.allows("/page")).isTrue();
  }

  @Test
  void wildcardsAndEndAnchorsMatchLikeRfc9309() {
    RobotsRules r = rules("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n");
    assertThat(r.allows("/files/report.pdf")).isFalse();
    assertThat(r.allows("/files/report.pdf?download=1")).isTrue();
    assertThat(r.allows("/files/report.pdfx")).isTrue();
    assertThat(r.allows("/search/all?q=x")).isFalse();
    assertThat(r.allows("/search/all")).isTrue();
  }

  @Test
  void commentsEmptyDisallowAndCrlfAreHandled() {
    RobotsRules r = rules("# hello\r\nUser-agent: * # everyone\r\nDisallow:\r\nDisallow: /tmp # scratch\r\n");
    assertThat(r.allows("/")).isTrue();
    assertThat(r.allows("/tmp/a")).isFalse();
  }

  @Test
  void percentEscapesCompareWithoutRegardToCase() {
    RobotsRules r = rules("User-agent: *\nDisallow: /caf%c3%a9\n");
    assertThat(r.allows("/caf%C3%A9/menu")).isFalse();
  }

  @Test
  void anEmptyFileAllowsEverything() {
    assertThat(rules("").allows("/anything")).isTrue();
    assertThat(RobotsRules.DISALLOW_ALL.allows("/anything")).isFalse();
  }
}
