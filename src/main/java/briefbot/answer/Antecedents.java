package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Passage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  private final Names.Vocabulary vocabulary;
  private final Map<String, List<String>> articles;

  /** Over {@code articles}, the paragraph texts of the passages' articles, with the names {@code vocabulary} knows. */
  Antecedents(Names.Vocabulary vocabulary, Map<String, List<String>> articles) {
    this.vocabulary = vocabulary;
    this.articles = articles;
  }

  /** Whom and what {@code passage} refers to without naming. */
  Referents of(Passage passage) {
    Set<String> listed = Set.of();
    List<String> texts = List.of();
    int referred = Names.countriesReferred(passage.text());
    if (referred > 0) {
      listed = listed(passage, referred);
      texts = listed.isEmpty() ? antecedents(passage, referred) : List.of();
    }
    List<String> people = new ArrayList<>();
    if (opensWithPronoun(passage) && people(passage.text(), passage.articleId()).isEmpty()) {
      // "He called for ongoing support for Ukraine" after a paragraph on what Rutte said: he is Rutte
      personBefore(passage).ifPresent(people::add);
    }
    if (Names.refersToWhatWasSaid(passage.text())) {
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
      List<Set<String>> lists = Names.countryLists(paragraphs.get(i));
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
    paragraphs.subList(start, Math.max(start, end)).forEach(text -> named.addAll(Names.countries(text)));
    while (start > 0 && named.size() < countries) {
      start--;
      named.addAll(Names.countries(paragraphs.get(start)));
    }
    return end <= 0 ? List.of() : paragraphs.subList(start, end);
  }

}
