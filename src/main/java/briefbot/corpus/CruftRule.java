package briefbot.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules that recognise web cruft: text scraped with an article that is not part of it. */
enum CruftRule {
  PHOTO_CREDIT(Pattern.compile(
      "^(photo|photos|foto|foto's|image|picture|credit|beeld|bild|imagen)\\s*(by)?\\s*[:©].*"
          + "|^\\(?(photo|foto|image)\\s*(by|:)\\s*.{1,80}\\)?$"
          + "|^©.{1,80}$",
      Pattern.CASE_INSENSITIVE)),
  READ_MORE(Pattern.compile(
      "^((read more|read also|see also|lees meer|lees ook|lees verder|meer lezen|continue reading|mehr lesen|leer más|lire aussi)\\b"
          + "|lire ?:).{0,100}$",
      Pattern.CASE_INSENSITIVE)),
  /** A link to a live page ("Revivez le direct du vote à l'Assemblée avec vos questions."): no article text. */
  LIVE_LINK(Pattern.compile(
      "^((revivez|suivez|retrouvez) (le|notre) direct|(follow|watch) (our|the) live (coverage|blog|updates|stream)"
          + "|(volg|lees) (het|ons) liveblog|(verfolgen|lesen) sie (unseren|den) (live-?ticker|live-?blog)"
          + "|(siga|sigue) (nuestro|el) directo)\\b.{0,100}$",
      Pattern.CASE_INSENSITIVE)),
  RECOMMENDED(Pattern.compile(
      "^(aanbevolen video[’'`]?s|recommended( videos?| for you| stories)?|watch( more| now)?|bekijk ook|related( articles| stories)?|more from .{1,40}|advertisement|advertentie|sponsored)\\s*:?$",
      Pattern.CASE_INSENSITIVE)),
  COMMENT_FORM(Pattern.compile(
      "^(comments?|leave a (reply|comment)|post comment|cancel reply|reacties?|plaats een reactie|"
          + "your email address will not be published.*|required fields are marked.*|"
          + "save my name, email,? and website.*|name \\*|email \\*|website|comment \\*|"
          + "\\d+ comments?|no comments( yet)?|log in to comment)$",
      Pattern.CASE_INSENSITIVE)),
  POST_META(null),
  HASHTAG_LINE(Pattern.compile("^(#[\\p{L}\\p{N}_]+[\\s,]*)+$")),
  BYLINE(Pattern.compile(
      "^\\((?i:written|reporting|additional reporting|editing|edited|writing) by .*\\)$"
          + "|^(?i:by|door|von|par|por) [\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3}( (and|en|und|et|y) [\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3})?$"
          + "|^[\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3} (berichtte|rapporteerde|reported|contributed|reports|meldete) (vanuit|uit|from|aus|in) [\\p{Lu}][\\p{L} .,'-]{1,60}\\.?$"
          + "|^[\\p{Lu}\\p{M} .'’]{3,}( [–—-] [\\p{Lu}\\p{M} .'’]{2,}){1,3}$",
      Pattern.UNICODE_CHARACTER_CLASS)),
  SHARE_BUTTONS(Pattern.compile(
      "^(share( this( article)?)?|share on (facebook|twitter|x|linkedin|whatsapp)|tweet|email|print|copy link|delen|deel dit artikel|"
          + "((facebook|twitter|x|linkedin|whatsapp|email|e-mail|pinterest|reddit|print)[\\s|·,]*){2,})\\s*:?$",
      Pattern.CASE_INSENSITIVE));

  /** Single words that blog themes print around a post ("Posted", "in", "by"). */
  private static final Set<String> POST_META_WORDS = Set.of(
      "posted", "posted in", "posted on", "posted by", "in", "by", "on", "tags", "tags:", "filed under",
      "filed under:", "categories", "categories:", "category:", "geplaatst", "geplaatst in", "door");

  private final Pattern pattern;

  CruftRule(Pattern pattern) {
    this.pattern = pattern;
  }

  boolean matches(String line) {
    String text = line.strip();
    if (this == POST_META) {
      return POST_META_WORDS.contains(text.toLowerCase(Locale.ROOT));
    }
    return text.length() <= 300 && pattern.matcher(text).matches();
  }

  /** The first rule that calls the line cruft, or null when it is article text. */
  static CruftRule match(String line) {
    for (CruftRule rule : values()) {
      if (rule.matches(line)) {
        return rule;
      }
    }
    return null;
  }
}
