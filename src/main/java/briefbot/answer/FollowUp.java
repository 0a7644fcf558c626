package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes a follow-up in a conversation a question that stands on its own, from the question before it (itself
 * already standing on its own): a pronoun takes the name it stands for ("what did he say about China?" after "What
 * did Rutte say about Trump?" is "what did Rutte say about China?"), a fragment takes the place of what it replaces
 * ("and Iran?" after "What is Russia giving North Korea?" is "What is Russia giving Iran?"), and a question that
 * says "that" or "they" carries the earlier question's names along. A question that names its own subject and does
 * not lean on the one before is left as it is.
 */
final class FollowUp {

  /** The question to search for, and whether it took anything from the question before. */
  record Resolved(String text, boolean followUp) {}

  /** A run of capitalised words in a question: a name, as the question wrote it. */
  private record Name(int start, int end, String text) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
  /** Words that say "this continues what we were talking about", at the start of a message. */
  private static final Pattern MARKER = Pattern.compile("(?iu)^[\\s¿¡]*(?:and what about|and how about|what about|"
      + "how about|and also|and|but|also|so|en wat dacht je van|en hoe zit het met|hoe zit het met|en wat over|"
      + "wat over|en|maar|ook|und was ist mit|was ist mit|wie steht es mit|und|aber|et qu'en est-il de|"
      + "qu'en est-il de|et pour|et|mais|y qué hay de|qué hay de|y|pero)(?![\\p{L}\\p{N}])[\\s,]*");
  /** Words a full question starts with; a message that starts otherwise and is short is a fragment. */
  private static final Set<String> QUESTION_START = Set.of("what", "who", "whom", "whose", "where", "when", "why",
      "how", "which", "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has", "have",
      "had", "should", "tell", "explain", "wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk",
      "hoeveel", "zijn", "waren", "heeft", "hebben", "kan", "kunnen", "zal", "wordt", "werd", "vertel", "wer", "wo",
      "wann", "warum", "welche", "welcher", "wieviel", "ist", "sind", "hat", "haben", "kann", "que", "qui", "où",
      "quand", "pourquoi", "comment", "quel", "quelle", "quels", "quelles", "combien", "qué", "quién", "quiénes",
      "dónde", "cuándo", "cómo", "cuál", "cuáles", "cuánto", "cuántos", "cuántas");
  /** Words that may join the words of one name ("Bank of England", "Ursula von der Leyen"). */
  private static final Set<String> NAME_JOINERS = Set.of("of", "de", "van", "der", "den", "von", "del", "la", "le",
      "di", "al", "bin", "da", "du");
  /** A question closed by a bracket: what it asks, then what it carries along ({@link #withContext}). */
  private static final Pattern CARRIED = Pattern.compile("(?s)^(.*\\S)\\s+\\(([^()]+)\\)\\s*[?!.]?\\s*$");
  private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");
  /** What may join carried names: a name's own joiners, and "and" between names ({@link #joined}) in any language. */
  private static final Set<String> CARRIED_JOINERS = Stream.concat(NAME_JOINERS.stream(),
      Stream.of("and", "en", "und", "y", "et")).collect(Collectors.toUnmodifiableSet());
  /** He, she and their forms, per language: they stand for the earlier question's first name. */
  private static final Map<String, Set<String>> PERSON = Map.of(
      "en", Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself"),
      "nl", Set.of("hij", "hem", "haar", "zijzelf", "hijzelf"),
      "de", Set.of("er", "ihm", "ihn", "sein", "seine", "seinen", "seinem", "seiner"),
      "fr", Set.of("il", "elle", "lui", "son", "sa", "ses"),
      "es", Set.of("él", "ella"));
  /** They and their forms: the earlier question's names together. */
  private static final Map<String, Set<String>> GROUP = Map.of(
      "en", Set.of("they", "them", "their", "theirs", "themselves"),
      "nl", Set.of("ze", "zij", "hun", "hen"),
      "de", Set.of("sie", "ihnen", "ihr", "ihre", "ihren"),
      "fr", Set.of("ils", "elles", "leur", "leurs", "eux"),
      "es", Set.of("ellos", "ellas", "sus"));
  /** It, that, there: the earlier question as a whole, when the message names nothing of its own. */
  private static final Map<String, Set<String>> THING = Map.of(
      "en", Set.of("it", "its", "that", "this", "these", "those", "there"),
      "nl", Set.of("dat", "dit", "daar", "daarover", "erover", "ervan", "daarvan", "daarna"),
      "de", Set.of("es", "das", "dies", "dort", "darüber", "davon", "dazu"),
      "fr", Set.of("ça", "cela", "ceci", "y"),
      "es", Set.of("eso", "esto", "ello", "allí", "ahí"));
  private static final int FRAGMENT_WORDS = 4;
  private static final int BARE_FRAGMENT_WORDS = 2;
  private static final int OWN_WORDS_FOR_THING = 3;

  private FollowUp() {}

  /** The question standing on its own; {@code previous} is the conversation's last question, as it was searched. */
  static Resolved resolve(String previous, String question, String previousLanguage) {
    if (previous == null || previous.isBlank()) {
      return new Resolved(question, false);
    }
    String language = LanguageDetector.detect(question, previousLanguage == null ? "en" : previousLanguage);
    Matcher marker = MARKER.matcher(question);
    boolean continues = marker.find() && marker.end() < question.length();
    String rest = continues ? question.substring(marker.end()).strip() : question.strip();
    List<String> words = words(rest);
    List<Name> before = names(previous);
    List<Name> own = names(rest);

    String person = replace(rest, PERSON.getOrDefault(language, Set.of()), before.isEmpty() ? null
        : before.get(0).text());
    String group = replace(person, GROUP.getOrDefault(language, Set.of()), before.isEmpty() ? null
        : joined(before));
    if (!group.equals(rest)) {
      return new Resolved(group, true);
    }
    if (mentions(words, PERSON.getOrDefault(language, Set.of()))
        || mentions(words, GROUP.getOrDefault(language, Set.of()))
        || (mentions(words, THING.getOrDefault(language, Set.of())) && own.isEmpty()
            && contentWords(words) <= OWN_WORDS_FOR_THING)) {
      return new Resolved(withContext(rest, bare(previous)), true);
    }
    boolean fragment = !words.isEmpty() && !QUESTION_START.contains(lower(words.get(0)))
        && words.size() <= (continues ? FRAGMENT_WORDS : BARE_FRAGMENT_WORDS);
    if (fragment) {
      return new Resolved(fragment(previous, rest, before, own), true);
    }
    if (continues) {
      List<String> missing = before.stream().map(Name::text)
          .filter(name -> !lower(rest).contains(lower(name))).toList();
      return missing.isEmpty() ? new Resolved(rest, true)
          : new Resolved(withContext(rest, String.join(", ", missing)), true);
    }
    return new Resolved(question, false);
  }

  /**
   * What a question asks before a closing bracket that carries names along, as a follow-up writes them ("wat zei
   * Bedford" of "wat zei Bedford (Susan Chepkemei)?"); empty for a question that carries none. An abbreviation in
   * capitals stands for the name before it ("Openbaar Ministerie (OM)"), and a bracket holding a plain word glosses
   * the question ("een kernongeval (kernramp)", PolicyQA): neither is carried.
   */
  static Optional<String> beforeCarriedNames(String question) {
    Matcher m = CARRIED.matcher(question);
    return m.matches() && carriesNames(m.group(2)) ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The bracket holds names only, each word capitalised or joining two, and is no abbreviation in capitals. */
  private static boolean carriesNames(String bracket) {
    if (!LOWER_CASE.matcher(bracket).find()) {
      return false;
    }
    for (String word : bracket.strip().split("[\\s,]+")) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !CARRIED_JOINERS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** "and Iran?": the new name takes the place of the earlier question's last one; a thing joins its names. */
  private static String fragment(String previous, String rest, List<Name> before, List<Name> own) {
    String piece = trimEnd(rest);
    if (before.isEmpty()) {
      return bare(previous) + " " + piece + ending(previous);
    }
    if (!own.isEmpty()) {
      Name last = before.get(before.size() - 1);
      String replacement = String.join(" ", own.stream().map(Name::text).toList());
      return previous.substring(0, last.start()) + replacement + previous.substring(last.end());
    }
    return withContext(rest, joined(before));
  }

  /** Replaces whole words of {@code pronouns} by {@code by}; the text unchanged when there is nothing to use. */
  private static String replace(String text, Set<String> pronouns, String by) {
    if (by == null || pronouns.isEmpty()) {
      return text;
    }
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (m.find()) {
      if (pronouns.contains(lower(m.group()))) {
        out.append(text, from, m.start()).append(by);
        from = m.end();
      }
    }
    return out.append(text.substring(from)).toString();
  }

  /** The capitalised words of a question, grouped into names; its first word only when it is not a plain word. */
  private static List<Name> names(String text) {
    List<Name> names = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int start = -1;
    int end = -1;
    int pendingJoiner = -1;
    boolean first = true;
    while (m.find()) {
      String word = m.group();
      boolean name = Character.isUpperCase(word.codePointAt(0))
          && !(first && (QUESTION_START.contains(lower(word)) || Retriever.isStopWord(word)));
      first = false;
      if (name) {
        if (start < 0) {
          start = m.start();
        }
        end = m.end();
        pendingJoiner = -1;
      } else if (start >= 0 && NAME_JOINERS.contains(word) && pendingJoiner < 0) {
        pendingJoiner = m.start();
      } else {
        if (start >= 0) {
          names.add(new Name(start, end, text.substring(start, end)));
        }
        start = -1;
        pendingJoiner = -1;
      }
    }
    if (start >= 0) {
      names.add(new Name(start, end, text.substring(start, end)));
    }
    return names;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static boolean mentions(List<String> words, Set<String> pronouns) {
    return words.stream().map(FollowUp::lower).anyMatch(pronouns::contains);
  }

  private static long contentWords(List<String> words) {
    return words.stream().filter(w -> !Retriever.isStopWord(w) && !QUESTION_START.contains(lower(w))).count();
  }

  private static String joined(List<Name> names) {
    Set<String> distinct = new LinkedHashSet<>();
    names.forEach(n -> distinct.add(n.text()));
    return String.join(" and ", distinct);
  }

  /** The question with what it leans on after it, in brackets: "who said that? (North Korean troops in Russia)". */
  private static String withContext(String question, String context) {
    return trimEnd(question) + " (" + context + ")" + ending(question);
  }

  private static String bare(String question) {
    return trimEnd(question);
  }

  private static String trimEnd(String text) {
    return text.strip().replaceAll("[\\s?!.]+$", "");
  }

  private static String ending(String question) {
    return question.strip().endsWith("?") ? "?" : "";
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
