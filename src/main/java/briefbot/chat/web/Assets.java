package briefbot.chat.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The chat page in each language the pages are written in, its script and the stylesheet: read from the jar once,
 * served by exact name only.
 */
record Assets(Map<String, String> chatPages, Map<String, String> files) {

  private static final Map<String, String> TYPES = Map.of(
      "style.css", "text/css; charset=utf-8",
      "chat.js", "text/javascript; charset=utf-8",
      "favicon.svg", "image/svg+xml");
  /** A slot of the chat page's template: {{key}}, a key of the pages' words or one of the few filled below. */
  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

  static Assets load() {
    String template = read("index.html");
    return new Assets(PageWords.LANGUAGES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
        language -> chatPage(template, PageWords.in(language)))),
        Map.of("style.css", read("style.css"), "chat.js", read("chat.js"), "favicon.svg", read("favicon.svg")));
  }

  String chatPage(PageWords words) {
    return chatPages.get(words.language());
  }

  /** The template with each slot filled in {@code words}' language; a word missing from the bundles fails here. */
  static String chatPage(String template, PageWords words) {
    return SLOT.matcher(template).replaceAll(slot -> Matcher.quoteReplacement(switch (slot.group(1)) {
      case "lang" -> words.language();
      case "chatHint" -> words.html("chatHint", code("from:Reuters"), code("lang:nl"), code("since:2024-11-01"));
      case "needsScript" -> words.html("needsScript", code("POST /api/ask"), code("{\"question\": \"...\"}"));
      case "script" -> words.forScript();
      default -> Html.escape(words.word(slot.group(1)));
    }));
  }

  private static String code(String text) {
    return "<code>" + Html.escape(text) + "</code>";
  }

  /** {@code /static/{name}}: a name outside the fixed list is a 404, so no path ever reaches the file system. */
  void serve(Context ctx) {
    String name = ctx.pathParam("name");
    String body = files.get(name);
    if (body == null) {
      ctx.status(HttpStatus.NOT_FOUND);
      return;
    }
    ctx.header("Cache-Control", "public, max-age=300").contentType(TYPES.get(name)).result(body);
  }

  private static String read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/briefbot/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource briefbot/web/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
