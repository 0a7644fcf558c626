package briefbot.retrieval;

import briefbot.index.IndexFields;
import briefbot.retrieval.Retrieval.Concept;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question rendered word by word in English for an English-only embedding model: its question word, then each
 * concept's surest English translation as the index holds it (a name or a number as written). Crude, but a German
 * question's kNN then ranks English paragraphs by meaning instead of by their surface.
 */
final class WordByWord {

  static final String ENGLISH = "en";
  /** Question words of the other languages, longest first, and what English asks with. */
  private static final Map<String, List<String[]>> ASKING = Map.of(
      "de", List.of(new String[] {"wie viele", "how many"}, new String[] {"wieviele", "how many"},
          new String[] {"wie viel", "how much"}, new String[] {"wer", "who"}, new String[] {"wen", "who"},
          new String[] {"wem", "who"}, new String[] {"wessen", "whose"}, new String[] {"wann", "when"},
          new String[] {"wo", "where"}, new String[] {"wohin", "where"}, new String[] {"woher", "where"},
          new String[] {"warum", "why"}, new String[] {"weshalb", "why"}, new String[] {"wieso", "why"},
          new String[] {"welche", "which"}, new String[] {"welcher", "which"}, new String[] {"welches", "which"},
          new String[] {"welchen", "which"}, new String[] {"welchem", "which"}, new String[] {"was", "what"},
          new String[] {"wie", "how"}),
      "es", List.of(new String[] {"por qué", "why"}, new String[] {"cuántos", "how many"},
          new String[] {"cuántas", "how many"}, new String[] {"cuánto", "how much"}, new String[] {"cuánta", "how much"},
          new String[] {"quién", "who"}, new String[] {"quiénes", "who"}, new String[] {"cuándo", "when"},
          new String[] {"dónde", "where"}, new String[] {"cuál", "which"}, new String[] {"cuáles", "which"},
          new String[] {"qué", "what"}, new String[] {"cómo", "how"}),
      "nl", List.of(new String[] {"hoeveel", "how many"}, new String[] {"wie", "who"}, new String[] {"wat", "what"},
          new String[] {"wanneer", "when"}, new String[] {"waar", "where"}, new String[] {"waarom", "why"},
          new String[] {"welke", "which"}, new String[] {"welk", "which"}, new String[] {"hoe", "how"}),
      "fr", List.of(new String[] {"combien", "how many"}, new String[] {"pourquoi", "why"},
          new String[] {"quand", "when"}, new String[] {"où", "where"}, new String[] {"qui", "who"},
          new String[] {"quelle", "which"}, new String[] {"quel", "which"}, new String[] {"quels", "which"},
          new String[] {"quelles", "which"}, new String[] {"comment", "how"}, new String[] {"que", "what"},
          new String[] {"quoi", "what"}));

  private final Concepts concepts;
  private final Translations translations;
  private final Gloss gloss;

  WordByWord(Concepts concepts, Translations translations, Gloss gloss) {
    this.concepts = concepts;
    this.translations = translations;
    this.gloss = gloss;
  }

  /**
   * The question in English, word by word; the question itself when it is English or neither its question word nor
   * any other word translates.
   */
  String english(String question, String language, List<Concept> asked) {
    if (language.equals(ENGLISH)) {
      return question;
    }
    StringBuilder out = new StringBuilder(asking(question, language));
    // a question word of the language tells a question truly in it: a question of names only ("Wer ist Ashly
    // Burch?") is read as its question word and the names, not as words the English model does not know
    boolean translated = !out.isEmpty();
    for (Concept c : asked) {
      String word = surest(c, language);
      translated |= !word.equals(c.word());
      out.append(out.isEmpty() ? "" : " ").append(word);
    }
    return translated ? out.append('?').toString() : question;
  }

  /**
   * A decade or century as English writes it ("18. Jahrhundert", "siglo XVIII": "18th century"; "1980er": "1980s"),
   * from the canonical term that is the concept's only neutral-field stem; null for any other concept. Written as the
   * question wrote it, the gloss lost the period's meaning to the embedding model ("In welchen beiden Ländern gab es im
   * 18. Jahrhundert eine Revolution?" fell under the threshold once its "18" and "Jahrhundert" became one concept).
   */
  static String period(Concept c) {
    Set<String> neutral = c.stems().getOrDefault(IndexFields.BODY_NEUTRAL, Set.of());
    if (neutral.size() != 1) {
      return null;
    }
    String term = neutral.iterator().next();
    if (DECADE.matcher(term).matches()) {
      return term;
    }
    Matcher m = CENTURY.matcher(term);
    if (!m.matches()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    String suffix = n % 100 / 10 == 1 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix + " century";
  }

  /** The canonical terms of a decade and a century ({@code Quantities}): "1980s", "18c". */
  private static final Pattern DECADE = Pattern.compile("\\d{4}s");
  private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})c");

  /** English's question word for the first one the question asks with, or nothing. */
  private static String asking(String question, String language) {
    String lower = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    int first = Integer.MAX_VALUE;
    String english = "";
    for (String[] pair : ASKING.getOrDefault(language, List.of())) {
      Matcher m = Pattern.compile(" " + Pattern.quote(pair[0]) + " ").matcher(lower);
      if (m.find() && m.start() < first) {
        first = m.start();
        english = pair[1];
      }
    }
    return english;
  }

  /**
   * The concept's English translation whose stem the concept trusts most in the English field (its trust holds the
   * dictionary's weight and how common the word is in this index), else the one a paragraph's gloss would choose,
   * so that a question and a German paragraph glossed alike meet; the word itself (a name, a number) when there is
   * none.
   */
  private String surest(Concept c, String language) {
    String period = period(c);
    if (period != null) {
      return period;
    }
    String field = IndexFields.body(ENGLISH);
    String best = null;
    double bestTrust = 0;
    Map<String, Double> forms = translations.weighted(c.word(), language, ENGLISH);
    for (var form : forms.entrySet()) {
      for (String stem : concepts.tokens(field, form.getKey())) {
        double trust = c.stems().getOrDefault(field, Set.of()).contains(stem) ? c.trust(field, stem) : 0;
        if (trust > bestTrust) {
          bestTrust = trust;
          best = form.getKey();
        }
      }
    }
    String glossed = best == null ? gloss.surest(forms) : best;
    return glossed == null ? c.word() : glossed;
  }
}
