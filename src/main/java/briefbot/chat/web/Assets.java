package briefbot.chat.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The chat page, its script and the stylesheet: read from the jar once, served by exact name only. */
record Assets(String chatPage, Map<String, String> files) {

  private static final Map<String, String> TYPES = Map.of(
      "style.css", "text/css; charset=utf-8",
      "chat.js", "text/javascript; charset=utf-8",
      "favicon.svg", "image/svg+xml");

  static Assets load() {
    return new Assets(read("index.html"), Map.of("style.css", read("style.css"), "chat.js", read("chat.js"),
        "favicon.svg", read("favicon.svg")));
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
