package briefbot.answer;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages that ask nothing of the articles: greetings, thanks, requests for help, farewells and chit-chat, in the
 * five languages Briefbot reads. Searching the news for "hi" finds something about anything; these get a short
 * reply instead. A greeting in front of a question ("hi, what is Russia giving Iran?") leaves the question.
 */
final class SmallTalk {

  /** What a message is, and the language its words are in. */
  record Match(Answer.Kind kind, String language) {}

  /** A message of words only (no question), as {@link #normalize} leaves it, to the kind and language it is. */
  private static final Map<String, Match> PHRASES = new LinkedHashMap<>();
  /** Words that may follow a greeting or thanks without making it a question ("hi there", "thanks Briefbot"). */
  private static final Pattern ADDRESSEE = Pattern.compile(
      " (there|all|everyone|everybody|team|folks|guys|bot|briefbot|again|so much|a lot|a bunch|very much|allemaal|"
          + "iedereen|zusammen|alle|tout le monde|à tous|a todos|mucho|muchas)$");
  private static final Pattern LEADING = Pattern.compile("^(?<lead>[^,.!?:;]{1,40})[,.!:;]+\\s*(?<rest>.+)$");
  private static final int MAX_WORDS = 6;

  static {
    add(Answer.Kind.GREETING, "en", "hi", "hello", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon",
        "good evening", "morning", "greetings", "hi hi", "hey hey");
    add(Answer.Kind.GREETING, "nl", "hoi", "hallo", "hai", "goedemorgen", "goedemiddag", "goedenavond", "dag",
        "hoi hoi", "goeiemorgen", "moi");
    add(Answer.Kind.GREETING, "de", "guten morgen", "guten tag", "guten abend", "moin", "servus", "grüß gott",
        "gruss gott", "grüezi");
    add(Answer.Kind.GREETING, "fr", "bonjour", "salut", "bonsoir", "coucou");
    add(Answer.Kind.GREETING, "es", "hola", "buenos días", "buenos dias", "buenas tardes", "buenas noches", "buenas");
    add(Answer.Kind.THANKS, "en", "thanks", "thank you", "thx", "ty", "cheers", "many thanks", "thanks a lot",
        "great thanks", "ok thanks", "okay thanks", "perfect thanks", "great", "awesome", "perfect", "nice", "cool");
    add(Answer.Kind.THANKS, "nl", "dank je", "dank u", "dankjewel", "dankuwel", "dank je wel", "dank u wel",
        "bedankt", "top bedankt", "super bedankt", "merci", "top", "mooi", "prima", "super");
    add(Answer.Kind.THANKS, "de", "danke", "danke schön", "danke schon", "danke sehr", "vielen dank", "toll");
    add(Answer.Kind.THANKS, "fr", "merci beaucoup", "merci bien", "génial", "parfait");
    add(Answer.Kind.THANKS, "es", "gracias", "muchas gracias", "genial", "perfecto");
    add(Answer.Kind.HELP, "en", "help", "help me", "what can you do", "what do you do", "how does this work",
        "how do you work", "how do i use you", "how do i use this", "who are you", "what are you", "commands",
        "usage", "what can i ask", "what can i ask you", "hi what can you do", "hello what can you do");
    add(Answer.Kind.HELP, "nl", "hulp", "wat kun je", "wat kan je", "wat kun jij", "wat kan jij", "hoe werkt dit",
        "hoe werkt het", "wie ben jij", "wie ben je", "wat ben jij", "wat kan ik vragen");
    add(Answer.Kind.HELP, "de", "hilfe", "was kannst du", "wie funktioniert das", "wer bist du", "was bist du");
    add(Answer.Kind.HELP, "fr", "aide", "que sais-tu faire", "que peux-tu faire", "qui es-tu", "comment ça marche");
    add(Answer.Kind.HELP, "es", "ayuda", "qué puedes hacer", "que puedes hacer", "quién eres", "quien eres",
        "cómo funciona", "como funciona");
    add(Answer.Kind.FAREWELL, "en", "bye", "goodbye", "bye bye", "see you", "see you later", "later", "good night",
        "ciao");
    add(Answer.Kind.FAREWELL, "nl", "doei", "tot ziens", "tot later", "welterusten", "fijne dag");
    add(Answer.Kind.FAREWELL, "de", "tschüss", "tschuss", "auf wiedersehen", "bis später", "gute nacht");
    add(Answer.Kind.FAREWELL, "fr", "au revoir", "à plus", "bonne nuit", "bonne journée");
    add(Answer.Kind.FAREWELL, "es", "adiós", "adios", "hasta luego", "hasta pronto");
    add(Answer.Kind.SMALL_TALK, "en", "how are you", "how are you doing", "how's it going", "hows it going",
        "what's up", "whats up", "sup", "ok", "okay", "k", "lol", "haha", "good bot", "bad bot", "yes", "no", "sure",
        "got it", "i see", "interesting", "wow", "test", "testing", "ping", "are you there", "are you a bot",
        "are you real", "hmm");
    add(Answer.Kind.SMALL_TALK, "nl", "hoe gaat het", "hoe gaat het met je", "alles goed", "oké", "oke", "ja", "nee",
        "goed zo", "begrepen", "ben je daar");
    add(Answer.Kind.SMALL_TALK, "de", "wie geht's", "wie gehts", "wie geht es dir", "gut", "nein", "alles klar");
    add(Answer.Kind.SMALL_TALK, "fr", "ça va", "ca va", "comment ça va", "d'accord", "oui", "non");
    add(Answer.Kind.SMALL_TALK, "es", "qué tal", "que tal", "cómo estás", "como estas", "vale", "sí", "si");
  }

  private SmallTalk() {}

  private static void add(Answer.Kind kind, String language, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.putIfAbsent(normalize(phrase), new Match(kind, language));
    }
  }

  /** What a whole message is, when it is only small talk. */
  static Optional<Match> of(String text) {
    String words = normalize(text);
    if (words.isEmpty() || words.split(" ").length > MAX_WORDS) {
      return Optional.empty();
    }
    for (int i = 0; i < 2; i++) {
      Match match = PHRASES.get(words);
      if (match != null) {
        return Optional.of(match);
      }
      words = ADDRESSEE.matcher(words).replaceFirst(""); // "thanks so much", "hi there": once more without it
    }
    return Optional.empty();
  }

  /** The question after a leading greeting or thanks ("Hi Briefbot, what is ...?"), or the text as it was. */
  static String withoutGreeting(String text) {
    Matcher m = LEADING.matcher(text.strip());
    if (m.matches()) {
      Optional<Match> lead = of(m.group("lead"));
      if (lead.isPresent() && lead.get().kind() != Answer.Kind.HELP && m.group("rest").strip().contains(" ")) {
        return m.group("rest").strip();
      }
    }
    return text;
  }

  /**
   * Lower case, accents kept but composed alike, punctuation, emoji and the bot's own name dropped, spaces
   * collapsed: "Hi, Briefbot! 👋" and "hi" read the same.
   */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('’', '\'').replaceAll("@?briefbot\\b", " ")
        .replaceAll("[^\\p{L}\\p{N}' -]+", " ").replaceAll("\\s+", " ").strip();
  }

  /** The reply: what Briefbot is and, for all but thanks and farewells, how to ask. */
  static String reply(Match match) {
    String language = match.language();
    return switch (match.kind()) {
      case GREETING -> Answerer.message(language, "greeting") + "\n" + Answerer.message(language, "examples");
      case HELP -> Answerer.message(language, "help") + "\n" + Answerer.message(language, "examples");
      case SMALL_TALK -> Answerer.message(language, "smallTalk") + "\n" + Answerer.message(language, "examples");
      case THANKS -> Answerer.message(language, "thanks");
      case FAREWELL -> Answerer.message(language, "farewell");
    };
  }
}
