package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trafilatura's extraction benchmark (990 pages, ../shared/datasets/extraction/): extracts every page, scores it as
 * the dataset's score.py does, prints precision, recall, F1, pages without text and pages per CPU-second, and
 * writes target/extraction/briefbot.jsonl for score.py.
 */
@Tag("benchmark")
class ExtractionBenchmark {

  private static final Path DATA = Path.of(System.getProperty("briefbot.datasets", "../shared/datasets"), "extraction");
  private static final double TRAFILATURA_PAGES_PER_CPU_SECOND = 47;
  /** Passes after the first; the texts scored are the last pass's (every pass gives the same). */
  private static final int LATER_PASSES = 4;

  private record Run(String file, String text, long cpuNanos, long nanos) {}

  @Test
  void beatsTrafilaturaOnItsOwnBenchmark() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("pages.tar.xz")),
        "skipped: trafilatura's extraction benchmark is not at " + DATA.toAbsolutePath().normalize());
    List<ExtractionPages.Item> items = ExtractionPages.read(DATA).items();
    Map<String, Run> cold = runAll(items);
    // The second pass still runs code the JIT is compiling; the warm figure is the best of the later passes.
    List<Double> later = new ArrayList<>();
    Map<String, Run> warm = null;
    for (int pass = 0; pass < LATER_PASSES; pass++) {
      warm = runAll(items);
      later.add(items.size() / cpuSeconds(warm));
    }
    write(items, warm, Path.of("target", "extraction", "briefbot.jsonl"));

    SnippetScore all = score(items, warm, i -> true);
    SnippetScore dev = score(items, warm, i -> !i.heldBack());
    SnippetScore held = score(items, warm, ExtractionPages.Item::heldBack);
    double coldRate = items.size() / (cpuSeconds(cold));
    double warmRate = later.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    System.out.printf("extraction benchmark (%d pages)%n", items.size());
    System.out.printf("%-22s %9s %7s %6s %6s%n", "pages", "precision", "recall", "F1", "empty");
    line("all", all, items.size());
    line("development (2/3)", dev, (int) items.stream().filter(i -> !i.heldBack()).count());
    line("held back (1/3)", held, (int) items.stream().filter(ExtractionPages.Item::heldBack).count());
    System.out.printf("pages per CPU-second: %.0f first pass, %.0f warm = best of passes 2-%d %s (trafilatura: %.0f)%n",
        coldRate, warmRate, LATER_PASSES + 1, later.stream().map(r -> String.format("%.0f", r)).toList(),
        TRAFILATURA_PAGES_PER_CPU_SECOND);

    assertThat(all.f1()).as("F1 on all pages").isGreaterThanOrEqualTo(0.93);
    // The block vote was fitted on the development pages only: the held-back third is the honest figure.
    assertThat(held.f1()).as("F1 on the held-back pages").isGreaterThanOrEqualTo(0.93);
    assertThat(all.empty()).as("pages with no text").isLessThanOrEqualTo(20);
    // CPU time on a shared machine varies; the target is 5x trafilatura warm, the test only guards against collapse.
    assertThat(warmRate).as("warm pages per CPU-second").isGreaterThanOrEqualTo(2 * TRAFILATURA_PAGES_PER_CPU_SECOND);
  }

  private static void line(String name, SnippetScore s, int pages) {
    System.out.printf("%-22s %9.3f %7.3f %6.3f %6d   (%d pages; tp %d fp %d fn %d)%n", name, s.precision(),
        s.recall(), s.f1(), s.empty(), pages, s.tp(), s.fp(), s.fn());
  }

  private static Map<String, Run> runAll(List<ExtractionPages.Item> items) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, Run> runs = new LinkedHashMap<>();
    for (ExtractionPages.Item item : items) {
      long startCpu = cpu.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      String text = text(item);
      runs.put(item.file(), new Run(item.file(), text, cpu.getCurrentThreadCpuTime() - startCpu, System.nanoTime() - start));
    }
    return runs;
  }

  /** The text Briefbot would store for the page: its blocks, headings without their markup; empty when rejected. */
  static String text(ExtractionPages.Item item) {
    try {
      Page page = Extractor.extract(item.html(), null, address(item.url()));
      StringBuilder out = new StringBuilder();
      for (String block : page.blocks()) {
        out.append(block.startsWith("## ") ? block.substring(3) : block).append('\n');
      }
      return out.toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** The page's address as a URI; some of the dataset's keys are not valid ones ("hard::name", spaces). */
  private static URI address(String url) {
    try {
      return new URI(url.strip().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return URI.create("https://page.invalid/");
    }
  }

  private static SnippetScore score(List<ExtractionPages.Item> items, Map<String, Run> runs,
      Predicate<ExtractionPages.Item> which) {
    return items.stream().filter(which).map(i -> SnippetScore.of(i, runs.get(i.file()).text()))
        .reduce(SnippetScore.ZERO, SnippetScore::plus);
  }

  private static double cpuSeconds(Map<String, Run> runs) {
    return runs.values().stream().mapToLong(Run::cpuNanos).sum() / 1e9;
  }

  private static void write(List<ExtractionPages.Item> items, Map<String, Run> runs, Path out) throws Exception {
    Files.createDirectories(out.getParent());
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (ExtractionPages.Item item : items) {
        Run run = runs.get(item.file());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", run.file());
        line.put("text", run.text());
        line.put("ns", run.nanos());
        line.put("cpu_ns", run.cpuNanos());
        w.write(json.writeValueAsString(line));
        w.newLine();
      }
    }
  }
}
