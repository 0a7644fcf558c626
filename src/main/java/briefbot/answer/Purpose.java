package briefbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a sentence gives only as a purpose or intention ("sent troops to help Moscow", "om Moskou te helpen", "um zu
 * helfen", "para ayudar", "in order to", "aimed at"), and what a claim states as done ("have helped", "retook"): a
 * purpose backs no deed.
 */
final class Purpose {

  /** Words that open a purpose by themselves, or as the first word of one of {@link #OPENING_PHRASES}. */
  private static final Set<String> OPENERS = Set.of("teneinde", "opdat", "damit", "afin");
  /** Phrases that open a purpose ("in order to", "aimed at", "a fin de"), as folded words. */
  private static final List<List<String>> OPENING_PHRASES = List.of(List.of("in", "order", "to"),
      List.of("so", "as", "to"), List.of("so", "that"), List.of("aimed", "at"), List.of("aimed", "to"),
      List.of("aiming", "to"), List.of("aims", "to"), List.of("aim", "to"), List.of("intended", "to"),
      List.of("intends", "to"), List.of("intend", "to"), List.of("meant", "to"), List.of("designed", "to"),
      List.of("in", "a", "bid", "to"), List.of("in", "an", "effort", "to"), List.of("with", "the", "aim", "of"),
      List.of("a", "fin", "de"), List.of("con", "el", "fin", "de"), List.of("para", "que"));
  /**
   * Words that open a relative clause, which ends a purpose; not those that are also articles ("die", "das", "que").
   */
  private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom", "dat", "wat", "welke",
      "welche", "qui");
  /** Verbs of sending, after which "to" and a verb gives what the sent are for ("sent troops to help Moscow"). */
  private static final Set<String> SENDING = Set.of("send", "sends", "sent", "sending", "deploy", "deploys",
      "deployed", "deploying", "dispatch", "dispatches", "dispatched", "dispatching");
  /** Words that open a purpose when their infinitive marker follows within the clause: "om ... te", "um ... zu". */
  private static final List<List<String>> SPLIT_OPENERS = List.of(List.of("om", "te"), List.of("um", "zu"));
  /** Prepositions of purpose before an infinitive: "para ayudar", "pour aider". */
  private static final Set<String> BEFORE_INFINITIVE = Set.of("para", "pour");
  /** Auxiliaries of a perfect ("have helped", "heeft geholpen", "hat geholfen", "ha ayudado"). */
  private static final Set<String> PERFECT = Set.of("have", "has", "had", "heeft", "hebben", "hadden", "hat",
      "haben", "hatte", "hatten", "ha", "han", "había", "habían");
  /** Words between a perfect's auxiliary and its participle that are not the participle ("has already retaken"). */
  private static final Set<String> BETWEEN = Set.of("already", "also", "now", "just", "since", "been", "successfully",
      "recently", "reportedly", "al", "ook", "nu", "bereits", "schon", "auch", "ya", "también");
  /** Common irregular simple pasts ("retook"); a perfect's participle is found by its auxiliary instead. */
  private static final Set<String> IRREGULAR_PASTS = Set.of("took", "retook", "sent", "fought", "won", "gave", "began",
      "led", "made", "brought", "sought", "struck", "built", "held", "drove", "broke", "went", "came", "got",
      "lost", "left", "kept", "paid", "sold", "bought", "met", "ran");
  /** The fewest letters of a regular past in "-ed" ("aided"), so that "bed" and "need" are not. */
  private static final int SHORTEST_PAST = 5;

  private Purpose() {}

  /**
   * The index among {@code words} (word tokens of one clause) where the clause's purpose opens, or -1: "in order to",
   * "om ... te", "para" before an infinitive, "to" before a verb after a verb of sending.
   */
  static int opening(List<Names.Token> words) {
    boolean sending = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).folded();
      if (OPENERS.contains(w) || phraseAt(words, i)) {
        return i;
      }
      for (List<String> split : SPLIT_OPENERS) {
        if (w.equals(split.get(0)) && words.stream().skip(i + 2).anyMatch(t -> t.folded().equals(split.get(1)))) {
          return i;
        }
      }
      if (BEFORE_INFINITIVE.contains(w) && i + 1 < words.size() && infinitive(words.get(i + 1))) {
        return i;
      }
      if (sending && w.equals("to") && i + 1 < words.size() && verbAfterTo(words.get(i + 1))) {
        return i;
      }
      sending |= SENDING.contains(w);
    }
    return -1;
  }

  /**
   * The words of a claim's part in {@code language} that state a deed as done: a perfect's participle, an English past
   * in "-ed" or "retook". Only those before an infinitive's "to": "are there to help Moscow recapture the territory
   * Ukraine seized" gives a purpose.
   */
  static List<String> done(List<Names.Token> words, String language) {
    List<String> out = new ArrayList<>();
    boolean english = language.equals("en");
    for (int i = 0; i < words.size(); i++) {
      Names.Token t = words.get(i);
      String w = t.folded();
      if (w.equals("to") && i + 1 < words.size() && verbAfterTo(words.get(i + 1))) {
        break;
      }
      if (Names.capitalised(t) && i > 0) {
        continue;
      }
      if (english && (w.endsWith("ed") && w.length() >= SHORTEST_PAST || IRREGULAR_PASTS.contains(w))
          || afterPerfect(words, i) || participleAtEnd(words, i)) {
        out.add(t.text());
      }
    }
    return out;
  }

  /**
   * Where the purpose opened at {@code from} ends: before a relative clause ("land that Ukraine seized", "land dat
   * Oekraïne innam"), which states a fact of its noun, or at the clause's end.
   */
  static int closing(List<Names.Token> words, int from) {
    // the opener's own words ("so that") come first
    for (int i = from + 2; i < words.size(); i++) {
      if (RELATIVE.contains(words.get(i).folded())) {
        return i;
      }
    }
    return words.size();
  }

  /** The words from {@code from} to {@code to} (exclusive) as one text. */
  static String text(List<Names.Token> words, int from, int to) {
    return String.join(" ", words.subList(from, to).stream().map(Names.Token::text).toList());
  }

  private static boolean afterPerfect(List<Names.Token> words, int i) {
    int j = i - 1;
    while (j >= 0 && (BETWEEN.contains(words.get(j).folded()) || words.get(j).folded().endsWith("ly"))) {
      j--;
    }
    return j >= 0 && PERFECT.contains(words.get(j).folded()) && !BETWEEN.contains(words.get(i).folded())
        && !Words.isStopWord(words.get(i).folded());
  }

  /**
   * A Dutch or German participle after its auxiliary, where those languages put it at the end ("hebben Moskou
   * geholpen", "hat Moskau geholfen"), with its particle before the "ge" or not ("teruggewonnen").
   */
  private static boolean participleAtEnd(List<Names.Token> words, int i) {
    String w = words.get(i).folded();
    boolean participle = w.startsWith("ge") && w.length() >= SHORTEST_PAST + 1
        || Words.separableParticiple(w);
    return participle && words.subList(0, i).stream().anyMatch(t -> PERFECT.contains(t.folded()));
  }

  private static boolean phraseAt(List<Names.Token> words, int i) {
    for (List<String> phrase : OPENING_PHRASES) {
      if (i + phrase.size() <= words.size()
          && phrase.equals(words.subList(i, i + phrase.size()).stream().map(Names.Token::folded).toList())) {
        return true;
      }
    }
    return false;
  }

  /** A Spanish or French infinitive: "ayudar", "aider", "recuperar". */
  private static boolean infinitive(Names.Token t) {
    String w = t.folded();
    return !Names.capitalised(t) && w.length() >= 4 && (w.endsWith("ar") || w.endsWith("er") || w.endsWith("ir")
        || w.endsWith("re"));
  }

  /** A verb after "to": a word in lower case that is no stop word ("to help", not "to the front" or "to Russia"). */
  private static boolean verbAfterTo(Names.Token t) {
    return !Names.capitalised(t) && !Words.isStopWord(t.folded());
  }
}
