package briefbot.chat.web;

import briefbot.answer.Answer;
import briefbot.answer.Answerer;
import briefbot.config.Settings;
import briefbot.text.Phrases;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The web pages' own words in one of the languages Briefbot answers in, the first the browser asks for; an answer's
 * own frame (understood as, paragraph N) follows the answer's language instead, as on Slack and Teams.
 */
record PageWords(Phrases phrases) {

  /** The languages Briefbot writes in (its answers, digests and pages). */
  static final List<String> LANGUAGES = Arrays.stream(Settings.Language.values()).map(Settings.Language::code).toList();
  /** The words the chat page's script writes itself, in the page's language. */
  private static final List<String> SCRIPT_WORDS = List.of("searchingButton", "ask", "unreadable", "unreachable");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The words in {@code language}, English for a language the pages are not written in. */
  static PageWords in(String language) {
    return new PageWords(Phrases.of("briefbot.web.pages", language));
  }

  String language() {
    return phrases.language();
  }

  /** The words of the request's Accept-Language (its q-values weigh); English when it names none of ours. */
  static PageWords of(Context ctx) {
    return forHeader(ctx.header("Accept-Language"));
  }

  static PageWords forHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return in("en");
    }
    try {
      return in(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES));
    } catch (IllegalArgumentException e) {
      return in("en"); // a malformed header asks for nothing we can read
    }
  }

  /** The word or sentence under {@code key}, with {@code {0}}, {@code {1}} ... replaced by {@code values}. */
  String word(String key, String... values) {
    return phrases.get(key, values);
  }

  /** {@link #word} escaped for HTML, then {@code {i}} replaced by {@code markup}, which is HTML already. */
  String html(String key, String... markup) {
    String text = Html.escape(phrases.get(key));
    for (int i = 0; i < markup.length; i++) {
      text = text.replace("{" + i + "}", markup[i]);
    }
    return text;
  }

  String day(LocalDate day) {
    return phrases.day(day);
  }

  /** A language's name in these words' language ("Englisch"), or its code when the JDK has no name for it. */
  String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(language()));
    return name.isEmpty() ? code : name;
  }

  String paragraph(int number) {
    return Answer.Labels.in(language()).paragraph() + " " + number;
  }

  /**
   * What the chat page's script needs, as JSON safe inside a script element: its own words in this language, and
   * each language's frame of an answer, picked by the answer's {@code language}.
   */
  String forScript() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode page = root.putObject("page");
    // what Slack says too, from the answers' messages
    page.put("searching", Answerer.message(language(), "searching"))
        .put("failed", Answerer.message(language(), "failed"));
    SCRIPT_WORDS.forEach(key -> page.put(key, word(key)));
    ObjectNode answers = root.putObject("answers");
    for (String tag : LANGUAGES) {
      Answer.Labels labels = Answer.Labels.in(tag);
      answers.putObject(tag).put("understoodAs", labels.understoodAs()).put("paragraph", labels.paragraph())
          .put("original", labels.original());
    }
    return scriptSafe(root.toString());
  }

  /** JSON with every "<" escaped, so no text in it can close the script element it sits in or open a comment. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c");
  }
}
