package briefbot.cli;

import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefbot corpus check}: what cleaning did to each article file, for a person checking the corpus. */
@Command(name = "corpus", description = "Look at the article files in corpus/.",
    subcommands = {CorpusCommand.Check.class})
final class CorpusCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** {@code briefbot corpus} without a subcommand: what it can do, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Lists per article what cleaning dropped, made a heading or cut into passages, and what looks wrong. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Show, per article, what cleaning dropped as cruft, which lines became section titles, which "
          + "paragraphs were cut into passages, and warnings. Reads the files only; the index is not touched.")
  static final class Check implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PREVIEW = 100;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "only these articles (file names without extension)")
    List<String> ids = List.of();

    @Option(names = "--json", description = "one JSON object a line, one for each article")
    boolean json;

    @Option(names = "--all", description = "list every article, also those cleaning left as they were")
    boolean all;

    @Mixin
    CommonOptions options;

    private final Cli.Context context;

    Check(Cli.Context context) {
      this.context = context;
    }

    /** Totals over the articles checked, for the closing line. */
    private static final class Totals {
      int articles;
      int unread;
      int paragraphs;
      int headings;
      int cut;
      int passages;
      int warnings;
      int undated;
      final Map<String, Integer> dropped = new TreeMap<>();
    }

    @Override
    public Integer call() {
      Config config = options.config(context.env());
      Corpus corpus = new Corpus(config.corpusDir(), config.isSet(Settings.CORPUS_DIR)
          ? config.nameOf(Settings.CORPUS_DIR) : "set " + Settings.CORPUS_DIR.name() + " or --corpus");
      Corpus.Scan scan = corpus.scan();
      List<Corpus.Entry> entries = ids.isEmpty() ? scan.entries()
          : scan.entries().stream().filter(e -> ids.contains(e.id())).toList();
      for (String id : ids) {
        if (entries.stream().noneMatch(e -> e.id().equals(id))) {
          throw new IllegalArgumentException("no article " + id + " in " + corpus.dir());
        }
      }
      PrintWriter out = context.out();
      scan.warnings().forEach(w -> context.err().println("warning: " + w));
      Totals totals = new Totals();
      for (Corpus.Entry entry : entries) {
        check(corpus, entry, totals, out);
      }
      if (!json) {
        out.println(summary(totals));
      }
      return totals.unread == 0 && scan.warnings().isEmpty() ? 0 : 1;
    }

    private void check(Corpus corpus, Corpus.Entry entry, Totals totals, PrintWriter out) {
      String file = entry.path().getFileName().toString();
      Corpus.Cleaning cleaning;
      try {
        cleaning = corpus.check(entry);
      } catch (CorpusException e) {
        totals.unread++;
        String why = e.getMessage().startsWith(file + ": ") ? e.getMessage().substring(file.length() + 2) : e.getMessage();
        out.println(json ? JSON.createObjectNode().put("id", entry.id()).put("file", file).put("error", why).toString()
            : file + "  not read: " + why);
        return;
      }
      count(cleaning, totals);
      if (json) {
        out.println(json(entry, file, cleaning));
      } else if (all || cleaning.eventful()) {
        out.print(text(file, cleaning));
      }
    }

    private static void count(Corpus.Cleaning c, Totals totals) {
      totals.articles++;
      totals.paragraphs += c.article().paragraphs().size();
      totals.headings += c.headings().size();
      totals.cut += c.cuts().size();
      totals.passages += c.cuts().stream().mapToInt(cut -> cut.last() - cut.first() + 1).sum();
      totals.warnings += c.warnings().size();
      totals.undated += c.article().published() == null ? 1 : 0;
      c.dropped().forEach(d -> totals.dropped.merge(d.rule(), 1, Integer::sum));
    }

    private static String text(String file, Corpus.Cleaning c) {
      StringBuilder s = new StringBuilder(file).append("  \"").append(c.article().displayTitle()).append("\"  ")
          .append(plural(c.article().paragraphs().size(), "paragraph")).append(", ").append(c.article().language())
          .append('\n');
      c.dropped().forEach(d -> s.append("  dropped (").append(d.rule()).append("): ").append(preview(d.text())).append('\n'));
      c.headings().forEach(h -> s.append("  heading: ").append(h).append('\n'));
      c.cuts().forEach(cut -> s.append("  cut: a paragraph of %,d characters into [%d]-[%d]%n"
          .formatted(cut.chars(), cut.first(), cut.last())));
      c.warnings().forEach(w -> s.append("  warning: ").append(w).append('\n'));
      return s.toString();
    }

    private static String json(Corpus.Entry entry, String file, Corpus.Cleaning c) {
      ObjectNode o = JSON.createObjectNode().put("id", entry.id()).put("file", file)
          .put("title", c.article().displayTitle()).put("language", c.article().language())
          .put("paragraphs", c.article().paragraphs().size());
      var dropped = o.putArray("dropped");
      c.dropped().forEach(d -> dropped.addObject().put("rule", d.rule()).put("text", d.text()));
      var headings = o.putArray("headings");
      c.headings().forEach(headings::add);
      var cuts = o.putArray("cuts");
      c.cuts().forEach(cut -> cuts.addObject().put("first", cut.first()).put("last", cut.last()).put("chars", cut.chars()));
      var warnings = o.putArray("warnings");
      c.warnings().forEach(warnings::add);
      return o.toString();
    }

    private static String summary(Totals t) {
      int dropped = t.dropped.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder s = new StringBuilder(plural(t.articles, "article") + ", " + plural(t.paragraphs, "paragraph")
          + "; %,d lines or sentences dropped as cruft".formatted(dropped));
      if (dropped > 0) {
        s.append(" (");
        t.dropped.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .forEach(e -> s.append(e.getKey()).append(' ').append(String.format("%,d", e.getValue())).append(", "));
        s.setLength(s.length() - 2);
        s.append(')');
      }
      s.append("; ").append(plural(t.headings, "section title")).append("; ").append(plural(t.cut, "paragraph"))
          .append(" cut into ").append(plural(t.passages, "passage")).append("; ").append(plural(t.warnings, "warning"))
          .append("; %,d without a date".formatted(t.undated));
      if (t.unread > 0) {
        s.append("; ").append(plural(t.unread, "file")).append(" not read");
      }
      return s.toString();
    }

    private static String plural(int n, String noun) {
      return "%,d %s%s".formatted(n, noun, n == 1 ? "" : "s");
    }

    private static String preview(String text) {
      return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1).strip() + "…";
    }
  }
}
