package briefbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each cruft rule, on the cruft the seed articles carry and on article text it must leave alone. */
class CruftRuleTest {

  @ParameterizedTest(name = "{1} drops \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Photo:EFE | PHOTO_CREDIT",
      "Photo:Justin Chin/Bloomberg | PHOTO_CREDIT",
      "Photo:Getty Images via AFP | PHOTO_CREDIT",
      "Foto: ANP | PHOTO_CREDIT",
      "Read More | READ_MORE",
      "Lees ook: Rutte in Boedapest | READ_MORE",
      "Lire : Que sont les IMSI-catchers, ces valises qui espionnent les téléphones portables ? | READ_MORE",
      "Revivez le direct du vote à l’Assemblée avec vos questions. | LIVE_LINK",
      "Follow our live coverage of the vote | LIVE_LINK",
      "Volg het liveblog over de verkiezingen | LIVE_LINK",
      "Aanbevolen video’s | RECOMMENDED",
      "Recommended videos | RECOMMENDED",
      "Leave a Reply | COMMENT_FORM",
      "Comments | COMMENT_FORM",
      "Your email address will not be published. Required fields are marked * | COMMENT_FORM",
      "Posted | POST_META",
      "in | POST_META",
      "by | POST_META",
      "#countries #NATO #seeks #ally #threat #China #Russia | HASHTAG_LINE",
      "(Written by Trevor Hunnicutt; with contributions from Ismail Shakil; edited by Augustin Turpin) | BYLINE",
      "(Reporting by Jane Doe; Editing by John Roe) | BYLINE",
      "Santana berichtte vanuit Washington. | BYLINE",
      "IDAFE MARTÍN PÉREZ – FOR TIME – BRUSSELS | BYLINE",
      "By Jane Doe | BYLINE",
      "Share on Facebook | SHARE_BUTTONS",
      "Facebook Twitter LinkedIn Email | SHARE_BUTTONS",
  })
  void dropsCruft(String line, CruftRule rule) {
    assertThat(CruftRule.match(line)).isEqualTo(rule);
  }

  @ParameterizedTest(name = "keeps \"{0}\"")
  @ValueSource(strings = {
      "Russia also conducts joint patrols with China in the Arctic, the administration said.",
      "Rutte reiterated the importance of transatlantic unity.",
      "Photographs released by the ministry show the launch site near the coast.",
      "In Guangzhou she said that companies should not provide material support to Russia.",
      "By the end of the year, more than 10,000 troops had arrived.",
      "Comments by the minister were reported across Europe and caused a stir in Brussels.",
      "Biden sprak aan het begin van een ontmoeting in Peru met de Zuid-Koreaanse president Yoon Suk Yeol.",
      "WASHINGTON (Reuters) – Joe Biden urges U.S. national security agencies to develop strategies.",
      "Lire le rapport prend une heure, a dit le ministre devant les députés.",
      "Suivez le guide: the minister followed the live debate from Paris.",
  })
  void keepsArticleText(String line) {
    assertThat(CruftRule.match(line)).isNull();
  }
}
