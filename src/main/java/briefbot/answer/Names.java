package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a claim mentions, which its sources must mention too: people ("Yoon Suk Yeol" is backed by "Yoon", and
 * "Yoon" by "Yeol" once any retrieved paragraph writes the whole name), places, peoples and organisations in any
 * language ("Japanese" by "Japanse", "Moscow is providing" by "Russia").
 */
final class Names {

  /** A name the claim needs: the entities it may stand for, or a person's name (any of its parts will do). */
  record Needed(String shown, Set<Gazetteer.Entity> entities, boolean place, List<String> parts) {}

  /** What a source text mentions: its words (folded, with their hyphenated parts) and the entities it names. */
  record Mentions(Set<String> words, Set<String> entities, Set<String> roles) {}

  /** A word of a text as written, and whether it opens a sentence, a quotation or a clause after a colon. */
  record Token(String text, String folded, boolean word, boolean initial) {}

  private static final Pattern TOKEN = Pattern.compile(
      "\\p{L}[\\p{L}\\p{M}\\d]*(?:[-'’.][\\p{L}\\d][\\p{L}\\p{M}\\d]*)*\\.?|\\d+(?:[.,]\\d+)*|[^\\s\\p{L}\\d]");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Set<String> OPENERS = Set.of(".", "!", "?", ":", "“", "\"", "‘", "„", "«", "(", "—", "–");
  /** Capitalised words that say what someone is, not who. */
  static final Set<String> TITLES = Set.of(("president president-elect prime minister secretary "
      + "secretary-general general under deputy assistant chief foreign defense defence treasury state national "
      + "security adviser advisor "
      + "spokeswoman spokesman spokesperson chancellor king queen pope premier leader ambassador senator "
      + "governor mayor commander director head vice former mr mrs ms dr sir lady lord gen col "
      + "secretaris-generaal minister-president staatssecretaris bondskanselier kanselier voorzitter "
      + "koning koningin paus generaal woordvoerder woordvoerster nieuwgekozen ministry ministerie "
      + "department office council parliament congress senate house court army navy forces agency "
      + "committee commission government administration").split(" "));
  /**
   * Whether a token is part of what someone is rather than who ("White House National Security Council spokeswoman
   * Adrienne Watson"): a title word or a capitalised word between a speaker's organisation and the person's name.
   */
  static boolean isTitle(Token t) {
    return t.word() && (TITLES.contains(t.folded()) || Character.isUpperCase(t.text().charAt(0)));
  }

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "lt",
      "col", "st", "no", "nr", "vs", "jr", "sr", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "etc", "ca", "bijv", "dhr", "mevr", "prof");
  private static final Set<String> SPEECH = Set.of("said", "says", "told", "warned", "added", "noted", "stressed",
      "argued", "claimed", "spoke", "speaks", "wrote", "writes", "thinks", "believes", "zei", "zegt", "verklaarde",
      "sagte", "dijo");
  /** Words that name someone by what they lead ("the NATO chief", "the boss of NATO"). */
  static final Set<String> ROLE_WORDS = Set.of("chief", "boss", "head", "leader", "chef", "baas", "leider",
      "hoofd", "topman", "topvrouw", "secretary-general", "secretaris-generaal", "politician", "politicus");
  /** Nouns for a country's capital ("the Hungarian capital" is Budapest). */
  private static final Set<String> CAPITAL_NOUNS = Set.of("capital", "hoofdstad", "hauptstadt", "capitale");

  private Names() {}

  private static final Map<String, List<Token>> TOKENS = new ConcurrentHashMap<>();
  private static final int MAX_REMEMBERED = 20_000;

  /** The tokens of a text, each marked whether it is a word and whether it opens a sentence or quotation. */
  static List<Token> tokens(String text) {
    if (TOKENS.size() > MAX_REMEMBERED) {
      TOKENS.clear();
    }
    return TOKENS.computeIfAbsent(text, Names::split);
  }

  private static List<Token> split(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean opening = true;
    while (m.find()) {
      String t = m.group();
      boolean word = Character.isLetter(t.codePointAt(0));
      String bare = t.endsWith(".") && !t.matches(".*\\p{L}\\.\\p{L}.*") ? t.substring(0, t.length() - 1) : t;
      out.add(new Token(bare, LanguageDetector.fold(POSSESSIVE.matcher(bare).replaceAll("")).replace(".", ""), word,
          opening));
      opening = !word ? OPENERS.contains(t) || (opening && !Character.isDigit(t.codePointAt(0))) : t.endsWith(".")
          && !bare.matches("(?:\\p{L}\\.)+\\p{L}?|\\p{Lu}") && !ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }

  /**
   * A capital after a hyphen: "al-Assad", "regering-Biden" (compiled once: {@link #capitalised} is asked per token).
   */
  private static final Pattern CAPITAL_AFTER_HYPHEN = Pattern.compile("-\\p{Lu}");

  /** Written with a capital: "Rutte", and also "al-Assad" and "regering-Biden". */
  static boolean capitalised(Token t) {
    return t.word() && (Character.isUpperCase(t.text().codePointAt(0))
        || t.text().indexOf('-') >= 0 && CAPITAL_AFTER_HYPHEN.matcher(t.text()).find());
  }

  /** What a source text mentions, its article's title included (a paragraph's "the alliance" is the title's NATO). */
  static Mentions mentions(String text, String title) {
    Mentions own = mentions(text);
    if (title == null || title.isBlank()) {
      return own;
    }
    Mentions titled = mentions(title);
    Set<String> words = new HashSet<>(own.words());
    words.addAll(titled.words());
    Set<String> entities = new HashSet<>(own.entities());
    entities.addAll(titled.entities());
    return new Mentions(words, entities, own.roles());
  }

  /** What a source text mentions. */
  static Mentions mentions(String text) {
    List<Token> tokens = tokens(text);
    Set<String> words = new HashSet<>();
    for (Token t : tokens) {
      if (t.word()) {
        addForms(t.folded(), words);
        for (String part : t.folded().split("-")) {
          addForms(part, words);
        }
      }
    }
    Set<String> entities = new HashSet<>();
    Set<String> roles = new HashSet<>();
    List<String> folded = tokens.stream().map(Token::folded).toList();
    Gazetteer gazetteer = Gazetteer.get();
    for (int i = 0; i < folded.size(); i++) {
      Gazetteer.Found found = gazetteer.at(folded, i);
      addEntities(found, entities);
      if (found != null && roleNear(folded, i, found.end())) {
        addEntities(found, roles); // "the NATO chief", "de Japanse premier"
      }
      if (found != null && found.end() < folded.size() && CAPITAL_NOUNS.contains(folded.get(found.end()))) {
        // "the Hungarian capital" names Budapest as a place, as "Budapest" does
        found.entities().stream().filter(e -> REGION.matcher(e.id()).matches())
            .forEach(e -> entities.add("capital:" + e.id()));
      }
      String[] parts = folded.get(i).split("-");
      if (parts.length > 1) {
        List<String> split = List.of(parts);
        for (int p = 0; p < split.size(); p++) {
          addEntities(gazetteer.at(split, p), entities);
        }
      }
    }
    return new Mentions(words, entities, roles);
  }

  /** A country's entity id (its two-letter code). */
  static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  /** The mentions with the given countries added. */
  static Mentions withCountries(Mentions mentions, Set<String> countries) {
    Set<String> entities = new HashSet<>(mentions.entities());
    entities.addAll(countries);
    return new Mentions(mentions.words(), entities, mentions.roles());
  }

  /** The mentions with the people (not places or organisations) {@code text} names, by their words. */
  static Mentions withPeopleOf(Mentions mentions, String text, Vocabulary vocabulary, String articleId) {
    Set<String> words = new HashSet<>(mentions.words());
    List<Token> tokens = tokens(text);
    for (Roles.Mention m : places(tokens, vocabulary, articleId)) {
      if (m.person()) {
        for (int i = m.start(); i < m.end(); i++) {
          addForms(tokens.get(i).folded(), words);
        }
      }
    }
    return new Mentions(words, mentions.entities(), mentions.roles());
  }

  /** The mentions with the countries (not their capitals, peoples' leaders or organisations) the texts name. */
  static Mentions withCountriesOf(Mentions mentions, List<String> texts) {
    Set<String> entities = new HashSet<>(mentions.entities());
    for (String text : texts) {
      mentions(text).entities().stream().filter(e -> REGION.matcher(e).matches()).forEach(entities::add);
    }
    return new Mentions(mentions.words(), entities, mentions.roles());
  }

  private static void addEntities(Gazetteer.Found found, Set<String> entities) {
    if (found != null) {
      found.entities().forEach(e -> entities.add(e.id()));
    }
  }

  /** A word and its forms without a genitive s ("Bidens", "Iran's"). */
  private static void addForms(String word, Set<String> words) {
    words.add(word);
    if (word.length() > 3 && word.endsWith("s")) {
      words.add(word.substring(0, word.length() - 1));
    }
  }

  /** The names of a claim ({@link NeededNames#of}). */
  static List<Needed> needed(String claim, Vocabulary vocabulary, String language) {
    return NeededNames.of(claim, vocabulary, language);
  }

  /**
   * A capitalised word names someone unless it is a title, a figure or written in lower case elsewhere; one that opens
   * the sentence only when a text writes it capitalised mid-sentence, or it is the unknown subject of "said".
   */
  private static boolean isName(List<Token> tokens, int i, Vocabulary vocabulary) {
    return isName(tokens, i, vocabulary, null);
  }

  static boolean isName(List<Token> tokens, int i, Vocabulary vocabulary, String language) {
    Token t = tokens.get(i);
    if (TITLES.contains(t.folded()) || Figures.isCalendarWord(t.folded()) || vocabulary.lowercase(t.folded())
        || t.folded().chars().anyMatch(Character::isDigit) || Figures.isFigureWord(t.folded(), "en")) {
      return false;
    }
    if (!t.initial() || vocabulary.capitalisedMidSentence(t.folded())) {
      // German writes every noun capitalised: one the dictionary translates as another word is no name ("Arbeitsplätze")
      return !"de".equals(language) || !vocabulary.germanNoun(t.text());
    }
    if (Words.isStopWord(t.folded()) || language != null
        && Words.isStopWord(t.text().toLowerCase(Locale.ROOT), language)) {
      return false; // "Besides, ...", "Tijdens ...": a function word opening the sentence
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    // a past tense after it ("Rutte spoke", "Rutte emphasized") makes it the sentence's subject, as a speech verb does
    boolean subject = next != null && (SPEECH.contains(next.folded()) || Roles.isVerb(next.folded())
        || next.word() && next.folded().length() > 4 && next.folded().endsWith("ed") || (next.word()
        && capitalised(next) && !TITLES.contains(next.folded())))
        || t.text().matches(".*['’]s?");
    // "Macron said": a word the dictionary knows (a macron is a diacritic) is still a name where the texts or their
    // articles write it as part of a person's full name ("Emmanuel Macron"), and where it says something bare and
    // singular: no text writes it in lower case (above), and a common noun that speaks has an article or a plural
    // ("the official said", "Officials said"), where "Moon said" or "Trump said" is someone, whatever a dictionary
    // knows the word as (moon: maan, trump: atout)
    boolean speaker = next != null && SPEECH.contains(next.folded()) && !t.folded().endsWith("s");
    return subject && (speaker || !vocabulary.common(t, language) || vocabulary.aliases(t.folded()).size() > 1);
  }

  /**
   * Where a text names someone or something, with the keys to compare them by: entity ids (a capital also by its
   * country), a person's name parts with their aliases, and for "the NATO chief" the one person the article names so.
   */
  static List<Roles.Mention> places(List<Token> tokens, Vocabulary vocabulary, String articleId) {
    List<String> folded = tokens.stream().map(Token::folded).toList();
    List<Roles.Mention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word() || !capitalised(t)) {
        continue;
      }
      Gazetteer.Found found = Gazetteer.get().at(folded, i);
      if (found != null && !(t.initial() && vocabulary.common(t) && !vocabulary.capitalisedMidSentence(t.folded()))) {
        Set<String> keys = new HashSet<>();
        for (Gazetteer.Entity e : found.entities()) {
          keys.add(e.countryOfCapital() != null ? e.countryOfCapital() : e.id());
        }
        // "the NATO chief" in a paragraph is the person its article gives that office: a person's mention
        Set<String> holder = articleId != null && roleNear(folded, i, found.end())
            ? vocabulary.person(articleId, keys) : Set.of();
        keys.addAll(holder);
        out.add(new Roles.Mention(i, found.end(), keys, !holder.isEmpty()));
        i = found.end() - 1;
      } else if (isName(tokens, i, vocabulary)) {
        int end = i;
        Set<String> keys = new HashSet<>();
        while (end < tokens.size() && tokens.get(end).word() && capitalised(tokens.get(end))
            && (end == i || isName(tokens, end, vocabulary)) && Gazetteer.get().at(folded, end) == null) {
          keys.add(tokens.get(end).folded());
          keys.addAll(vocabulary.aliases(tokens.get(end).folded()));
          end++;
        }
        if (end == i) {
          continue; // an ordinary word opening the sentence that also starts a place's name: neither
        }
        out.add(new Roles.Mention(i, end, keys, true));
        i = end - 1;
      }
    }
    return out;
  }

  private static boolean roleNear(List<String> folded, int start, int end) {
    for (int j = Math.max(0, start - 3); j < Math.min(folded.size(), end + 3); j++) {
      if (j >= start && j < end) {
        continue;
      }
      if (ROLE_WORDS.contains(folded.get(j)) || TITLES.contains(folded.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a source's mentions back a needed name. */
  static boolean backs(Needed needed, Mentions mentions, Vocabulary vocabulary, String claimLanguage,
      String sourceLanguage, String articleId) {
    for (Gazetteer.Entity e : needed.entities()) {
      if (mentions.entities().contains(e.id())
          || (e.countryOfCapital() != null && !needed.place() && mentions.entities().contains(e.countryOfCapital()))
          || (e.countryOfCapital() == null && mentions.entities().contains("capital:" + e.id()))) {
        return true;
      }
    }
    if (!needed.parts().isEmpty() && mentions.words().containsAll(needed.parts())) {
      return true;
    }
    if (!needed.entities().isEmpty()) {
      return false;
    }
    for (String part : needed.parts()) {
      if (mentions.words().contains(part) || vocabulary.aliases(part).stream().anyMatch(mentions.words()::contains)
          || vocabulary.translations(part, claimLanguage, sourceLanguage).stream()
              .anyMatch(mentions.words()::contains)) {
        return true;
      }
    }
    return vocabulary.byRole(articleId, mentions).stream().anyMatch(needed.parts()::contains);
  }
}
