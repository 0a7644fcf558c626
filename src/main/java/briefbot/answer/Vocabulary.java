package briefbot.answer;

import static briefbot.answer.Names.ROLE_WORDS;
import static briefbot.answer.Names.TITLES;
import static briefbot.answer.Names.capitalised;
import static briefbot.answer.Names.tokens;

import briefbot.answer.Names.Mentions;
import briefbot.answer.Names.Token;
import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the texts of one check (the claim, its question and the retrieved passages) say about words: which appear in
 * lower case, which capitalised mid-sentence, and which name the same person ("Yoon", "Suk" and "Yeol" once any
 * text writes "Yoon Suk Yeol").
 */
final class Vocabulary {

  /** Words for an office a person holds, which a claim may use for someone its paragraph names ({@link #holds}). */
  private static final Set<String> OFFICES = Set.of(("president president-elect prime minister secretary "
      + "secretary-general chancellor premier ambassador spokesman spokeswoman spokesperson adviser advisor commander "
      + "governor mayor senator king queen pope chief boss head leader minister-president secretaris-generaal "
      + "bondskanselier kanselier woordvoerder woordvoerster koning koningin leider topman baas hoofd chef")
      .split(" "));
  /** A leader is also whoever holds a head of state's or government's title ({@link #holds}). */
  private static final Set<String> LEADERS = Set.of("leader", "leider");
  private static final Set<String> HEADS = Set.of("president", "president-elect", "premier", "chancellor", "king",
      "queen", "minister-president", "bondskanselier", "kanselier", "koning", "koningin");

  private final Set<String> lowercase = new HashSet<>();
  private final Set<String> capitalised = new HashSet<>();
  private final Map<String, Set<String>> aliases = new HashMap<>();
  /** By article: the people a title ("president") or an organisation's role ("NATO chief") names there. */
  private final Map<String, Map<String, Set<Set<String>>>> roles = new HashMap<>();
  private final Glossary glossary;
  private final Nouns nouns;

  Vocabulary(List<String> claims, List<briefbot.retrieval.Passage> passages, Glossary glossary) {
    this(claims, passages, Map.of(), glossary);
  }

  /**
   * Also learns from the other paragraphs of the passages' articles ({@code articles}: id to paragraph texts) who
   * a title or role names there and which name parts go together: "the NATO chief said" in one paragraph is the
   * "NATO Secretary-General Mark Rutte" of another. Their words' case is not learnt: a claim is compared to the
   * texts of this check.
   */
  Vocabulary(List<String> claims, List<briefbot.retrieval.Passage> passages, Map<String, List<String>> articles,
      Glossary glossary) {
    this.glossary = glossary;
    this.nouns = new Nouns(glossary, lowercase);
    List<String> texts = new ArrayList<>(claims);
    for (briefbot.retrieval.Passage p : passages) {
      texts.add(p.text());
      roles(p.articleId(), tokens(p.text()));
    }
    articles.forEach((id, paragraphs) -> {
      ArticleNames read = ArticleNames.of(paragraphs);
      Map<String, Set<Set<String>>> article = roles.computeIfAbsent(id, k -> new HashMap<>());
      read.roles().forEach((key, people) -> article.computeIfAbsent(key, k -> new HashSet<>()).addAll(people));
      read.names().forEach(this::link);
    });
    for (String text : texts) {
      for (Token t : tokens(text)) {
        boolean capital = t.word() && capitalised(t);
        if (t.word() && !capital) {
          lowercase.add(t.folded());
        } else if (capital && !t.initial()) {
          capitalised.add(t.folded());
        }
      }
    }
    // a sentence too short to tell its language by itself is taken to be in the claims' language
    String claimsLanguage = LanguageDetector.detect(String.join(" ", claims), "en");
    for (int i = 0; i < texts.size(); i++) {
      String language = LanguageDetector.detect(texts.get(i), i < claims.size() ? claimsLanguage : "en");
      List<String> run = new ArrayList<>();
      for (Token t : tokens(texts.get(i))) {
        // a noun is no part of a name: "Nachfolger Paul" and "Nachfolger Alexander" are not one person, nor is
        // "Labour-voorzitter John Prescott" named by "Labour"
        if (t.word() && capitalised(t) && !TITLES.contains(t.folded())
            && Gazetteer.get().at(List.of(t.folded()), 0) == null
            && !t.text().equals(t.text().toUpperCase(Locale.ROOT)) && !t.initial() && !nouns.noun(t, language)) {
          run.add(t.folded());
        } else {
          link(run);
          run.clear();
        }
      }
      link(run);
    }
    capitalised.removeAll(lowercase);
  }

  /** How many article texts have been read for names so far (each once while it is kept). */
  static long articlesRead() {
    return ArticleNames.articlesRead();
  }

  /** Records each person written after a title or an organisation ("NATO Secretary-General Mark Rutte"). */
  private void roles(String articleId, List<Token> tokens) {
    ArticleNames.roles(roles.computeIfAbsent(articleId, k -> new HashMap<>()), tokens);
  }

  /** The name parts of the one person the source's titles or organisation roles name in its article, if one. */
  Set<String> byRole(String articleId, Mentions mentions) {
    Map<String, Set<Set<String>>> article = roles.getOrDefault(articleId, Map.of());
    Set<String> out = new HashSet<>();
    article.forEach((key, people) -> {
      boolean mentioned = key.startsWith("@") ? mentions.roles().contains(key.substring(1))
          : mentions.words().contains(key);
      if (mentioned) {
        out.addAll(onePerson(people));
      }
    });
    return out;
  }

  /**
   * Whether a claim's word for an office ("president", "the NATO chief") is one the article gives someone whose name
   * is among {@code named} (the cited paragraph's words): by the title itself ("President Joe Biden"), or for a role
   * word by an organisation or country in {@code entities} (the claim's) that the article writes before the name
   * ("NATO Secretary-General Mark Rutte" is the NATO chief). A wrong person's office is still uncovered.
   */
  boolean holds(String articleId, String word, Set<String> entities, Set<String> named) {
    String office = OFFICES.contains(word) || !word.endsWith("s") ? word : word.substring(0, word.length() - 1);
    if (!OFFICES.contains(office)) {
      return false;
    }
    Map<String, Set<Set<String>>> article = roles.getOrDefault(articleId, Map.of());
    List<String> keys = new ArrayList<>();
    if (TITLES.contains(office)) {
      keys.add(office);
    }
    if (ROLE_WORDS.contains(office) || TITLES.contains(office)) {
      entities.forEach(e -> keys.add("@" + e));
    }
    if (LEADERS.contains(office)) {
      keys.addAll(HEADS); // "the two leaders" for a president and a president-elect the paragraph names
    }
    return keys.stream().flatMap(k -> article.getOrDefault(k, Set.of()).stream())
        .anyMatch(person -> !Collections.disjoint(person, named));
  }

  /** The name parts of the one person an organisation's role names in an article ("NATO chief": Rutte). */
  Set<String> person(String articleId, Set<String> entities) {
    Map<String, Set<Set<String>>> article = roles.getOrDefault(articleId, Map.of());
    Set<String> out = new HashSet<>();
    for (String e : entities) {
      onePerson(article.getOrDefault("@" + e, Set.of())).forEach(p -> {
        out.add(p);
        out.addAll(aliases(p));
      });
    }
    return out;
  }

  /**
   * The name parts of the one person these names write, or none when they are several people: "Jens Stoltenberg"
   * and "Stoltenberg" share a part and are one.
   */
  private static Set<String> onePerson(Set<Set<String>> people) {
    Set<String> out = new HashSet<>();
    for (Set<String> name : people) {
      if (!out.isEmpty() && Collections.disjoint(out, name)) {
        return Set.of();
      }
      out.addAll(name);
    }
    return out;
  }

  /** The tokens of one person's name are aliases of each other. */
  private void link(List<String> run) {
    if (run.size() < 2) {
      return;
    }
    Set<String> group = new LinkedHashSet<>();
    for (String name : run) {
      group.add(name);
      for (String part : name.split("-")) {
        group.add(part);
      }
      group.addAll(aliases.getOrDefault(name, Set.of()));
    }
    for (String name : group) {
      aliases.put(name, group);
    }
  }

  boolean lowercase(String folded) {
    return lowercase.contains(folded);
  }

  boolean capitalisedMidSentence(String folded) {
    return capitalised.contains(folded);
  }

  /** An ordinary word: a stop word or one the glossary knows. */
  boolean common(Token t) {
    return common(t, null);
  }

  /** An ordinary word of {@code language} (of English or Dutch when null): a stop word or one the glossary knows. */
  boolean common(Token t, String language) {
    boolean known = language == null ? glossary.knows(t.folded(), "en") || glossary.knows(t.folded(), "nl")
        : glossary.knows(t.folded(), language);
    return Words.isStopWord(t.folded()) || known || lowercase.contains(t.folded());
  }

  /** {@link Nouns#listedWord}. */
  boolean listedWord(String word, String language) {
    return nouns.listedWord(word, language);
  }

  /** {@link Nouns#germanNoun}. */
  boolean germanNoun(String word) {
    return nouns.germanNoun(word);
  }

  /** {@link Nouns#dutchNounHead}. */
  boolean dutchNounHead(String word) {
    return nouns.dutchNounHead(word);
  }

  /** Whether the glossary knows a (folded) word as an English word. */
  boolean knowsEnglish(String folded) {
    return glossary.knows(folded, "en");
  }

  Set<String> aliases(String folded) {
    return aliases.getOrDefault(folded, Set.of());
  }

  /** A word's translations through the glossary, folded ({@link Nouns#translations}). */
  Set<String> translations(String word, String from, String to) {
    return nouns.translations(word, from, to);
  }
}
