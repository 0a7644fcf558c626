package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Passage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paragraph refers back to in the paragraphs before it: the countries of "the three nations", the person of
 * an opening "He", whose "these sentiments" are.
 */
final class Antecedents {

  /**
   * What a paragraph refers to without naming it: the countries it lists or those of the paragraphs before ("the two
   * countries"), and the people its pronoun or "these sentiments" stand for.
   */
  record Referents(Set<String> listedCountries, List<String> countryTexts, List<String> people) {}

  /** How many paragraphs before a cited one may name the countries it calls "the three countries" or "het land". */
  static final int ANTECEDENT_PARAGRAPHS = 3;

  /** A personal pronoun of one person, per language, that opens a paragraph as its subject ("He called for ..."). */
  private static final Map<String, Set<String>> PERSONAL_PRONOUNS = Map.of("en", Set.of("he", "she"), "nl",
      Set.of("hij"), "de", Set.of("er"), "fr", Set.of("il", "elle"), "es", Set.of("el", "ella"));

  /** "The three countries", "both nations", "het land", "de drie landen": countries named in an earlier paragraph. */
  private static final Pattern COUNTRIES_REFERRED = Pattern.compile("(?iu)\\b(the|these|those|both|all|de|het|"
      + "deze|die|beide|alle)\\s+(?:(two|three|four|five|twee|drie|vier|vijf)\\s+)?(countries|country|nations|"
      + "nation|landen|land|naties|natie)\\b");
  private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "twee", 2,
      "drie", 3, "vier", 4, "vijf", 5);
  private static final Set<String> SINGULAR = Set.of("country", "nation", "land", "natie");
  /** What may stand between the countries of one list: a comma, "and", an article ("Zuid-Korea, Japan en de VS"). */
  private static final Set<String> LIST_JOINERS = Set.of(",", "and", "en", "und", "y", "e", "et", "the", "de", "het",
      "der", "die", "la", "le", "les", "el", "los", "las");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "en", "und", "y", "e", "et");

  /**
   * What a paragraph refers back to with a demonstrative and a word for what was said ("Macron echoed these
   * sentiments", "deze woorden"): the words of someone the paragraph before said, whose speaker it does not name.
   */
  private static final Pattern SAID_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:these|those|such|similar|deze|die|"
      + "zulke|soortgelijke|diese|solche)\\s+(?:sentiments?|remarks|comments|views|words|concerns|calls|warnings|"
      + "opmerkingen|woorden|uitspraken|standpunten|zorgen|oproepen|waarschuwingen|äußerungen|worte|bedenken)"
      + "(?!\\p{L})");

  private final Vocabulary vocabulary;
  private final Map<String, List<String>> articles;

  /** Over {@code articles}, the paragraph texts of the passages' articles, with the names {@code vocabulary} knows. */
  Antecedents(Vocabulary vocabulary, Map<String, List<String>> articles) {
    this.vocabulary = vocabulary;
    this.articles = articles;
  }

  /** Whom and what {@code passage} refers to without naming. */
  Referents of(Passage passage) {
    Set<String> listed = Set.of();
    List<String> texts = List.of();
    int referred = countriesReferred(passage.text());
    if (referred > 0) {
      listed = listed(passage, referred);
      texts = listed.isEmpty() ? antecedents(passage, referred) : List.of();
    }
    List<String> people = new ArrayList<>();
    if (opensWithPronoun(passage) && people(passage.text(), passage.articleId()).isEmpty()) {
      // "He called for ongoing support for Ukraine" after a paragraph on what Rutte said: he is Rutte
      personBefore(passage).ifPresent(people::add);
    }
    if (refersToWhatWasSaid(passage.text())) {
      // "Macron echoed these sentiments": the sentiments are those of whom the paragraph before names
      List<String> before = antecedents(passage, 0);
      if (!before.isEmpty()) {
        people.add(before.get(before.size() - 1));
      }
    }
    return new Referents(listed, texts, people);
  }

  /**
   * The countries of the list nearest before a passage in its article that names just as many as the passage refers to
   * ("the three nations" after "Zuid-Korea, Japan en de VS"), or none: a counted group stands for the countries
   * listed together, not for whichever the paragraphs just before happen to name (North Korea, Russia, Ukraine).
   */
  private Set<String> listed(Passage p, int countries) {
    List<String> paragraphs = articles.getOrDefault(p.articleId(), List.of());
    for (int i = Math.min(p.paragraph() - 1, paragraphs.size()) - 1; i >= 0; i--) {
      List<Set<String>> lists = countryLists(paragraphs.get(i));
      for (int l = lists.size() - 1; l >= 0; l--) {
        if (lists.get(l).size() == countries) {
          return lists.get(l);
        }
      }
    }
    return Set.of();
  }

  private static boolean opensWithPronoun(Passage p) {
    List<Names.Token> tokens = Names.tokens(p.text());
    return !tokens.isEmpty() && tokens.get(0).word()
        && PERSONAL_PRONOUNS.getOrDefault(p.language(), Set.of()).contains(LanguageDetector.fold(tokens.get(0).text()));
  }

  /** The names of people a text gives, each as the set of keys it is compared by. */
  private List<Set<String>> people(String text, String articleId) {
    return Names.places(Names.tokens(text), vocabulary, articleId).stream().filter(Roles.Mention::person)
        .map(Roles.Mention::keys).toList();
  }

  /**
   * The nearest paragraph before a passage (at most {@link #ANTECEDENT_PARAGRAPHS} back) that names a person, when it
   * names only one ("Jens Stoltenberg" and "Stoltenberg" are one): whom a paragraph opening with "he" speaks of.
   */
  private Optional<String> personBefore(Passage p) {
    List<String> paragraphs = articles.getOrDefault(p.articleId(), List.of());
    int end = Math.min(p.paragraph() - 1, paragraphs.size());
    for (int i = end - 1; i >= Math.max(0, end - ANTECEDENT_PARAGRAPHS); i--) {
      List<Set<String>> people = people(paragraphs.get(i), p.articleId());
      if (!people.isEmpty()) {
        boolean one = people.stream().allMatch(keys -> !Collections.disjoint(keys, people.get(0)));
        return one ? Optional.of(paragraphs.get(i)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The paragraphs of a passage's article just before it that name the {@code countries} it refers to (none when the
   * article is unknown): the {@link #ANTECEDENT_PARAGRAPHS} before it, and further back while they name fewer than
   * that many ("the four countries" of a memo named one by one in the paragraphs before).
   */
  private List<String> antecedents(Passage p, int countries) {
    List<String> paragraphs = articles.getOrDefault(p.articleId(), List.of());
    int end = Math.min(p.paragraph() - 1, paragraphs.size());
    int start = Math.max(0, end - ANTECEDENT_PARAGRAPHS);
    Set<String> named = new HashSet<>();
    paragraphs.subList(start, Math.max(start, end)).forEach(text -> named.addAll(countries(text)));
    while (start > 0 && named.size() < countries) {
      start--;
      named.addAll(countries(paragraphs.get(start)));
    }
    return end <= 0 ? List.of() : paragraphs.subList(start, end);
  }

  /**
   * How many countries a text refers to without having named them, which an earlier paragraph names then: the count
   * it gives ("the four countries": 4), 1 for "het land", 2 for an uncounted "the countries", 0 when it names them
   * itself or refers to none.
   */
  private static int countriesReferred(String text) {
    Matcher m = COUNTRIES_REFERRED.matcher(text);
    int out = 0;
    while (m.find()) {
      int needed = m.group(2) != null ? COUNTS.get(m.group(2).toLowerCase(Locale.ROOT))
          : SINGULAR.contains(m.group(3).toLowerCase(Locale.ROOT)) ? 1
          : 2;
      long named = Names.mentions(text.substring(0, m.start())).entities().stream()
          .filter(e -> Names.REGION.matcher(e).matches()).count();
      if (named < needed) {
        out = Math.max(out, needed);
      }
    }
    return out;
  }

  /**
   * The countries of each list a text names them in, joined by commas and "and" with nothing else between them
   * ("Zuid-Korea, Japan en de VS"; not "Noord-Korea ... met Rusland"), in the order of the text.
   */
  private static List<Set<String>> countryLists(String text) {
    List<Names.Token> tokens = Names.tokens(text);
    List<String> folded = tokens.stream().map(Names.Token::folded).toList();
    List<Set<String>> out = new ArrayList<>();
    Set<String> list = new HashSet<>();
    int end = -1;
    boolean joined = false;
    for (int i = 0; i < tokens.size(); i++) {
      Gazetteer.Found found = Names.capitalised(tokens.get(i)) ? Gazetteer.get().at(folded, i) : null;
      List<String> countries = found == null ? List.of() : found.entities().stream().map(Gazetteer.Entity::id)
          .filter(e -> Names.REGION.matcher(e).matches()).toList();
      if (countries.size() != 1) {
        continue;
      }
      List<String> between = end < 0 ? List.of() : folded.subList(end, i);
      if (end < 0 || !LIST_JOINERS.containsAll(between) || between.isEmpty()) {
        if (joined && list.size() > 1) {
          out.add(list);
        }
        list = new HashSet<>();
        joined = false;
      }
      joined |= between.stream().anyMatch(CONJUNCTIONS::contains);
      list.add(countries.get(0));
      end = found.end();
      i = end - 1;
    }
    if (joined && list.size() > 1) {
      out.add(list);
    }
    return out;
  }

  /** Whether a text refers back to what someone said in the paragraph before ({@link #SAID_BEFORE}). */
  private static boolean refersToWhatWasSaid(String text) {
    return SAID_BEFORE.matcher(text).find();
  }

  /** The countries (not their capitals, peoples' leaders or organisations) a text names. */
  private static Set<String> countries(String text) {
    Set<String> out = new HashSet<>();
    Names.mentions(text).entities().stream().filter(e -> Names.REGION.matcher(e).matches()).forEach(out::add);
    return out;
  }

}
