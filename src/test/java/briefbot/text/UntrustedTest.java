package briefbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared rules of what in a stranger's text is a link, a mention or markup, and how it is logged. */
class UntrustedTest {

  @Test
  void everyKindOfLinkIsFound() {
    List<String> links = List.of("https://evil.example/x", "evil.example", "еvil.рф", "evil.xn--p1ai",
        "EVIL.XN--P1AI/path", "192.0.2.1/login", "192.0.2.1:8080", "[2001:db8::1]/x", "2001:db8::1",
        "data:text/html;base64,PHNjcmlwdD4=", "javascript:alert(1)", "www.evil.test", "mailto:a@b.c", "bücher.de",
        "例子。com", "evil．example", "ftp://x.y/z", "sub.evil.co.uk/a?b=c#d");
    for (String link : links) {
      assertThat(Untrusted.hazard("Read it at " + link + " now [1].")).as(link).contains("a link that is not a citation");
      assertThat(Untrusted.defuseLinks("see " + link + " now", l -> "<" + l + ">")).as(link).contains("<");
    }
  }

  @Test
  void ordinaryProseIsNoLink() {
    List<String> prose = List.of(
        "The U.S. and the U.K. sent 12.000 troops on Nov. 7, e.g. to Kyiv [1].",
        "Growth was 3.5% at 10:30 a.m. and 1.2bn euros, i.e. more than in 2023 [2][3].",
        "Gen. Smith, Mr. Rutte and Ph.D. students met at No. 10 [1, 2].",
        "Die Daten: 5 Prozent, z.B. in Berlin, d.h. mehr als zuvor [4].",
        "我们今天开会。他们明天来。",
        "The data: nothing new, said the tel. operator [1].");
    for (String sentence : prose) {
      assertThat(Untrusted.LINK.matcher(sentence).find()).as(sentence).isFalse();
      assertThat(Untrusted.hazard(sentence)).as(sentence).isEmpty();
    }
  }

  @Test
  void mentionsAndMarkupAreHazards() {
    assertThat(Untrusted.hazard("Ask <@U123> now [1].")).contains("chat markup or a mention");
    assertThat(Untrusted.hazard("Hi @channel [1].")).contains("an @-mention");
    assertThat(Untrusted.hazard("See [this](#x) [1].")).contains("chat markup or a mention");
    assertThat(Untrusted.hazard("<at>General</at> [1].")).contains("chat markup or a mention");
  }

  @Test
  void onlyAbsoluteWebAddressesWithoutSpacesOrControlsAreWebUrls() {
    assertThat(Untrusted.webUrl("https://example.org/a?b=c#p2")).isEqualTo("https://example.org/a?b=c#p2");
    assertThat(Untrusted.webUrl("HTTP://example.org")).isEqualTo("HTTP://example.org");
    for (String bad : List.of("https://example.org/a\n**bold** <at>General</at>", "https://example.org/ a",
        "javascript:alert(1)", "data:text/html,x", "//example.org/x", "/articles/x", "https://", "http://user:pw@x.org/",
        "https://x.org/\u202Eevil", "https://x.org/\u0000", "ftp://x.org/")) {
      assertThat(Untrusted.webUrl(bad)).as(bad).isNull();
    }
    assertThat(Untrusted.webUrl("https://x.org/?a=\"><script>")).isEqualTo("https://x.org/?a=\"><script>");
    assertThat(Untrusted.linkTarget("https://x.org/a_(b)|[c]<\">")).isEqualTo("https://x.org/a_%28b%29%7C%5Bc%5D%3C%22%3E");
  }

  @Test
  void metadataIsOneLine() {
    assertThat(Untrusted.oneLine("  A title\n**bold**\u0007 <at>x</at>\r\n ")).isEqualTo("A title **bold** <at>x</at>");
    assertThat(Untrusted.oneLine("\n\t")).isNull();
  }

  @Test
  void aStrangersTextIsLoggedAsItsSizeAndAnEscapedPrefix() {
    String forged = "x\nts=2024 level=ERROR logger=Security msg=\"FORGED\"\\" + "y".repeat(10_000);

    String logged = Untrusted.forLog(forged);

    assertThat(logged).startsWith("size=" + forged.length() + " prefix=\"x\\nts=2024 level=ERROR")
        .contains("msg=\\\"FORGED\\\"\\\\").doesNotContain("\n").hasSizeLessThan(140).endsWith("…\"");
    assertThat(Untrusted.escapeForLog("a\u2028b\u0000", 10)).isEqualTo("a\\u2028b\\u0000");
  }

  @Test
  void passwordsAndTokensInAddressesAreMasked() {
    assertThat(Untrusted.maskSecrets("feed http://user:PASS@feeds.example/rss?token=abc&page=2 failed"))
        .isEqualTo("feed http://***@feeds.example/rss?token=***&page=2 failed");
    assertThat(Untrusted.maskSecrets("GET /x?api_key=s3cr3t&sig=zz")).isEqualTo("GET /x?api_key=***&sig=***");
  }
}
