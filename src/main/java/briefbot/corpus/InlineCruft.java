package briefbot.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boilerplate inside a paragraph, in each supported language: letters-page and privacy notices, newsletter, app and
 * social-media promotions, cookie notices, "watch it on the site". Scrapers glue these to the article text without a
 * break (DPG's "Stuur uw mening naar brieven Deze krant gebruikt uw persoonsgegevens..."), so a rule removes the
 * notice up to the end of its sentence, where the next sentence may start without a full stop.
 */
enum InlineCruft {
  LETTERS_PAGE("nl", "Stuur uw mening naar brieven(@\\S+)?"),
  PRIVACY_NOTICE("nl", "Deze krant gebruikt uw persoonsgegevens\\.?\\s*(Voor meer informatie,? zie ons privacystatement\\.?)?"),
  SEND_IN("nl", "Mail uw tekst en foto \\(met open oogjes\\) naar:?\\s*\\S+"),
  EDITORIAL_NOTE("nl", "De mening van de krant, verwoord door leden van de hoofdredactie en senior redacteuren\\."),
  VIDEO_PROMO("nl", "(Bek|K)ijk op de site bij\\s*/video" + Rest.LAZY),
  APP_PROMO_NL("nl", "Download de [\\p{L}\\d-]+[- ]?app" + Rest.LAZY),
  NEWSLETTER_NL("nl", "(Schrijf je|Meld je|Schrijf u|Meld u) (nu )?(gratis )?(in|aan) voor (de|onze) [\\p{L} -]{0,30}nieuwsbrief"
      + Rest.LAZY),
  COOKIES_NL("nl", "(Deze (web)?site gebruikt|Wij gebruiken|We gebruiken) cookies" + Rest.LAZY),
  FOLLOW_NL("nl", "Volg ons (ook )?(op|via) (Twitter|Facebook|Instagram|LinkedIn|X)\\b" + Rest.LAZY),
  NEWSLETTER_EN("en", "(Sign up|Subscribe)( now| today| here)? (for|to) (our|the) [\\p{L} -]{0,30}newsletters?" + Rest.LAZY),
  COOKIES_EN("en", "(This (web)?site uses|We use) cookies" + Rest.LAZY),
  FOLLOW_EN("en", "(Follow|Like) us on (Twitter|Facebook|Instagram|LinkedIn|X)\\b" + Rest.LAZY),
  APP_PROMO_EN("en", "Download (our|the) [\\p{L} -]{0,20}app" + Rest.LAZY),
  NEWSLETTER_DE("de", "(Melden Sie sich|Abonnieren Sie|Jetzt)( jetzt)?( kostenlos)?( für)? (unseren |den )?"
      + "[\\p{L} -]{0,30}Newsletter( an| anmelden)?" + Rest.LAZY),
  COOKIES_DE("de", "(Diese (Web)?[Ss]eite verwendet|Wir verwenden) Cookies" + Rest.LAZY),
  FOLLOW_DE("de", "Folgen Sie uns (auf|bei) (Twitter|Facebook|Instagram|LinkedIn|X)\\b" + Rest.LAZY),
  NEWSLETTER_FR("fr", "(Inscrivez-vous|Abonnez-vous) à (notre|la) [\\p{L} -]{0,30}newsletter" + Rest.LAZY),
  COOKIES_FR("fr", "Ce site utilise des cookies" + Rest.LAZY),
  FOLLOW_FR("fr", "Suivez-nous sur (Twitter|Facebook|Instagram|LinkedIn|X)\\b" + Rest.LAZY),
  NEWSLETTER_ES("es", "(Suscríbete|Suscríbase) a (nuestro|nuestra|el|la) [\\p{L} -]{0,30}(boletín|newsletter)" + Rest.LAZY),
  COOKIES_ES("es", "Este sitio( web)? (utiliza|usa) cookies" + Rest.LAZY),
  FOLLOW_ES("es", "Síguenos en (Twitter|Facebook|Instagram|Telegram|X)\\b" + Rest.LAZY);

  /** How a notice's sentence ends: a sentence mark, the end of the text, or the next sentence glued on ("... uitslagen De ..."). */
  private static final class Rest {
    static final String LAZY = "[^.!?]{0,200}?([.!?]+|(?=(?<=\\p{Ll}) \\p{Lu}\\p{Ll}+ \\p{Ll})|$)";
  }

  private final String language;
  private final Pattern pattern;

  InlineCruft(String language, String regex) {
    this.language = language;
    this.pattern = Pattern.compile(regex);
  }

  String language() {
    return language;
  }

  /** The text without the notices of its language; each removed notice is added to {@code dropped}. */
  static String strip(String text, String language, List<ParagraphSplitter.Dropped> dropped) {
    String out = text;
    for (InlineCruft rule : values()) {
      if (!rule.language.equals(language)) {
        continue;
      }
      Matcher m = rule.pattern.matcher(out);
      if (!m.find()) {
        continue;
      }
      StringBuilder kept = new StringBuilder();
      int from = 0;
      do {
        dropped.add(new ParagraphSplitter.Dropped(m.group().strip(), rule.name()));
        kept.append(out, from, m.start());
        from = m.end();
      } while (m.find());
      kept.append(out, from, out.length());
      out = kept.toString().replaceAll("\\s{2,}", " ").strip();
    }
    return out;
  }
}
