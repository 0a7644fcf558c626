package briefbot.cli;

import briefbot.config.Config;
import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.feeds.Feeds;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefbot extract FILE|URL...}: shows what {@code add} would store from each page, storing nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Show the article Briefbot would store from each web page or saved HTML file (nothing is stored).")
final class ExtractCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "saved HTML files or http(s) addresses")
  List<String> inputs;

  @Option(names = "--json", description = "print one JSON object a line, one for each page")
  boolean json;

  @Mixin
  CommonOptions options;

  private final Cli.Context context;

  ExtractCommand(Cli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Config config = options.config(context.env());
    Feeds.Options fetching = context.service().feeds().apply(Feeds.Options.from(config));
    PrintWriter out = context.out();
    int[] unreadable = {0};
    Feeds.extract(inputs, fetching, context.clock(), extracted -> {
      switch (extracted) {
        case Feeds.Extracted.Read read -> out.println(json ? json(read) : text(read));
        case Feeds.Extracted.Unreadable bad -> {
          unreadable[0]++;
          context.err().println("briefbot: " + bad.input() + ": " + bad.reason());
          if (json) {
            out.println(JSON.createObjectNode().put("input", bad.input()).put("error", bad.reason()));
          }
        }
      }
      out.flush();
    });
    return unreadable[0] == 0 ? 0 : 1;
  }

  private static String text(Feeds.Extracted.Read read) {
    Article a = read.article();
    StringBuilder s = new StringBuilder(read.input()).append('\n');
    s.append("  title:     ").append(Objects.requireNonNullElse(a.title(), "(none)")).append('\n');
    s.append("  source:    ").append(Objects.requireNonNullElse(a.source(), "(none)"));
    s.append(a.url() == null ? "" : ", " + a.url()).append('\n');
    s.append("  language:  ").append(a.language()).append('\n');
    s.append("  published: ").append(a.published() == null ? "(no date)" : a.published().toString()).append('\n');
    s.append("  text:      %d paragraphs, %d words%n".formatted(a.paragraphs().size(), read.words()));
    read.refusal().ifPresent(why -> s.append("  not stored: ").append(why).append('\n'));
    String section = null;
    for (Paragraph p : a.paragraphs()) {
      if (p.section() != null && !p.section().equals(section)) {
        s.append("  ## ").append(p.section()).append('\n');
      }
      section = p.section();
      s.append("  [").append(p.number()).append("] ").append(p.text()).append('\n');
    }
    return s.toString();
  }

  private static String json(Feeds.Extracted.Read read) {
    Article a = read.article();
    ObjectNode o = JSON.createObjectNode().put("input", read.input()).put("title", a.title()).put("source", a.source())
        .put("url", a.url()).put("language", a.language())
        .put("published", a.published() == null ? null : a.published().toString())
        .put("words", read.words()).put("stored", read.refusal().isEmpty());
    read.refusal().ifPresent(why -> o.put("reason", why));
    ArrayNode paragraphs = o.putArray("paragraphs");
    for (Paragraph p : a.paragraphs()) {
      paragraphs.addObject().put("number", p.number()).put("section", p.section()).put("language", p.language())
          .put("text", p.text());
    }
    return o.toString();
  }
}
