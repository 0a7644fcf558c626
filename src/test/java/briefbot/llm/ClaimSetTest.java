package briefbot.llm;

import static briefbot.llm.FakeModelServer.openAi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefbot.answer.Answer;
import briefbot.answer.AnswerJson;
import briefbot.answer.Citation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.index.ParagraphIndex;
import briefbot.testing.SeedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim check measured on labelled model answers over the seed corpus: each answer goes through the whole
 * Briefbot (retrieval, the real OpenAI client, a fake model server that writes the labelled answer with the numbers
 * its prompt gives the cited paragraphs, the citation check); a sentence counts as caught when it is not shown or
 * now cites a paragraph that says it, and as kept when it is shown citing one that does.
 */
class ClaimSetTest {

  private static final Pattern OUTPUT_MARKER = Pattern.compile("\\s*\\[(\\d+)\\]");
  /**
   * A labelled marker with the space before it, dropped as the shown answer's marker is: "obligation {003#13}, and"
   * is shown as "obligation [1], and", which reads "obligation, and" without its marker.
   */
  private static final Pattern MARKER_AND_SPACE = Pattern.compile("\\s*" + LabelledAnswers.MARKER.pattern());
  /** A bare answer word that opens a labelled sentence ("Yes.", "Nee."). */
  private static final Pattern ANSWER_WORD = Pattern.compile("^\\s*(?i:yes|no|ja|nee|nein)[.!]\\s+");
  private static final Pattern REQUESTED = Pattern.compile("Requested languages: [^\\n]*\\((\\w\\w)\\)");
  /** The kinds whose claims must be caught at least 95 % of the time (issue 16); all together at least 85 %. */
  private static final Set<String> STRICT = Set.of("number", "actor", "other-article", "wrong-paragraph");

  private static final String JUDGE = System.getProperty("claims.judge");
  private static final Pattern DOUBT = Pattern.compile("(?m)^(\\d+)\\. Sentence: (.*)$");

  @TempDir
  static Path dir;
  static FakeModelServer model;
  static Briefbot bot;
  static Map<String, String> articles = new HashMap<>();

  @BeforeAll
  static void open() throws Exception {
    SeedCorpus.copyTo(dir);
    try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
      files.map(f -> f.getFileName().toString().replaceFirst("\\.\\w+$", ""))
          .forEach(id -> articles.put(id.substring(0, 3), id));
    }
    model = FakeModelServer.start(r -> openAi("unused"));
    Map<String, String> env = new HashMap<>(Map.of("BRIEFBOT_LLM", "openai", "OPENAI_BASE_URL", model.url() + "/v1",
        "OPENAI_API_KEY", "sk-test", "BRIEFBOT_LLM_MAX_RETRIES", "0"));
    // -Dclaims.thesaurus=FOLDER measures the check with another thesaurus setting than the default
    if (System.getProperty("claims.thesaurus") != null) {
      env.put("BRIEFBOT_THESAURUS", System.getProperty("claims.thesaurus"));
    }
    // -Dclaims.judge=oracle|yes measures the second reading (BRIEFBOT_LLM_VERIFY) with a judge that knows the labels
    // (what a perfect model could keep) or says yes to everything (what the doubtful sentences can let through at worst)
    if (JUDGE != null) {
      env.put("BRIEFBOT_LLM_VERIFY", "true");
    }
    bot = SeedCorpus.open(dir, env);
  }

  @AfterAll
  static void close() {
    bot.close();
    model.close();
  }

  /** Tallies per kind: how many sentences, how many came out right (caught, or kept with a good citation). */
  static final class Tally {
    final Map<String, int[]> kinds = new TreeMap<>();
    final List<String> wrong = new ArrayList<>();
    final List<Double> checkMs = new ArrayList<>();
    int unmeasured;
    final List<String> refused = new ArrayList<>();

    void add(String group, boolean right) {
      int[] counts = kinds.computeIfAbsent(group, k -> new int[2]);
      counts[0] += right ? 1 : 0;
      counts[1]++;
    }

    double share(Predicate<String> groups) {
      int right = 0;
      int all = 0;
      for (var e : kinds.entrySet()) {
        if (groups.test(e.getKey())) {
          right += e.getValue()[0];
          all += e.getValue()[1];
        }
      }
      return all == 0 ? 1 : (double) right / all;
    }

    String table(String name, int answers) {
      StringBuilder out = new StringBuilder("claim check on " + name + " (" + answers + " answers)\n");
      kinds.forEach((k, v) -> out.append(String.format("  %-28s %3d/%-3d %5.1f %%%n", k, v[0], v[1], 100.0 * v[0] / v[1])));
      out.append(String.format("  %-28s %5.1f %%   (target 85 %%)%n", "unsupported caught (all)",
          100 * share(k -> k.startsWith("caught"))));
      out.append(String.format("  %-28s %5.1f %%   (target 95 %%)%n", "numbers/actors/other/wrong",
          100 * share(k -> STRICT.stream().anyMatch(kind -> k.equals("caught " + kind)))));
      out.append(String.format("  %-28s %5.1f %%   (target 95 %%)%n", "supported kept (all)",
          100 * share(k -> k.startsWith("kept"))));
      List<Double> sorted = checkMs.stream().sorted().toList();
      out.append(String.format("  check cost per answer: mean %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
          sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0),
          sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() / 2),
          sorted.isEmpty() ? 0.0 : sorted.get((int) Math.floor(0.95 * (sorted.size() - 1))),
          sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1)));
      if (unmeasured > 0) {
        out.append("  ").append(unmeasured).append(" sentences cite a paragraph retrieval no longer finds (not counted)\n");
      }
      if (!refused.isEmpty()) {
        out.append("  ").append(refused.size()).append(" answers not measured, their question refused: ")
            .append(refused).append('\n');
      }
      return out.toString();
    }
  }

  /**
   * Floors under today's figures, so a change that makes the check worse fails; the targets of issue 16 (caught
   * at least 85 % overall and 95 % for the strict kinds, supported kept at least 95 %) are printed beside them and
   * not all met yet (docs/llm.md has the figures).
   *
   * <p>Since paragraphs in other languages are embedded as their English gloss (schema 8), English questions also
   * retrieve the Dutch article's paragraphs; a passage in another language takes a citation over only when it covers
   * every word of the sentence, which keeps q65.2 ("tariffs on South Korean cars") from being cited anew to a Dutch
   * paragraph that names neither.
   */
  @Test
  void developmentSet() {
    measure(LabelledAnswers.load("dev"), 0.96, 0.98, 0.995);
  }

  /**
   * Not looked at while the rules were written: {@code -Dclaims.heldout=true} measures it. Below its caught floor from
   * 9d925f2 (FreeDict's phrase translations, a retrieval change: one certainty claim let through, 100 -> 97.9 %) until
   * a synonym of a claim's word reached another language only by its sure translations (docs/llm.md, twenty-fourth
   * session).
   */
  @Test
  void heldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout"), 0.99, 0.95, 0.98);
  }

  /**
   * Written after the first held-out set had been read and before the rules changed again, with new questions:
   * {@code -Dclaims.heldout=true} measures it too.
   */
  @Test
  void secondHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout2"), 0.98, 0.99, 0.97);
  }

  /**
   * Written on 2026-12-02 before that session changed any rule, with new questions and heavier paraphrase:
   * {@code -Dclaims.heldout=true} measures it too.
   */
  @Test
  void thirdHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout3"), 0.98, 0.99, 0.85);
  }

  /**
   * Written on 2026-12-02 (second session) after held-out 2 and 3 had been read and before that session's rules were
   * measured on it, with new questions: {@code -Dclaims.heldout=true} measures it too. Kept floor .91 -> .90 on
   * 2026-12-06: b11cbe2 (Dutch forms translated by their lemma) retrieves the cited paragraphs of three more of its
   * supported sentences, one of them a paraphrase the check drops as it drops six others, and later retrieval changes
   * leave two kept ones unmeasured: kept 76 of 83 -> 76 of 84; no sentence measured before changed outcome.
   */
  @Test
  void fourthHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout4"), 0.96, 0.97, 0.90);
  }

  /**
   * Written on 2026-12-02 (third session) before that session changed any rule, and measured once with its rules
   * frozen: {@code -Dclaims.heldout=true} measures it too. Below its caught floor from a181bba (FreeDict's reverse
   * share as trust, a retrieval change: its one generic claim let through, 91.3 -> 90.0 %) until a synonym of a
   * claim's word reached another language only by its sure translations (docs/llm.md, twenty-fourth session).
   */
  @Test
  void fifthHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout5"), 0.91, 0.97, 0.95);
  }

  /**
   * Written on 2026-12-02 (fifth session) before that session changed any rule or ran the check on it, and measured
   * once with its rules frozen (88.5 % caught, 98.1 % of the strict kinds, 92.5 % kept; the eight questions the
   * verdict refused were taken out afterwards): {@code -Dclaims.heldout=true} measures it too. Below its caught floor
   * from 9d925f2 (FreeDict's phrase translations, a retrieval change: one invented claim let through, 97.9 -> 96.9 %)
   * until "others" was no content word (docs/llm.md, twenty-fourth session).
   */
  @Test
  void sixthHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout6"), 0.97, 0.99, 0.98);
  }

  /**
   * Written on 2026-12-02 (session f) before that session changed any rule or ran the check on it, and measured once
   * with its rules frozen (78.3 % caught, 92.1 % of the strict kinds, 88.0 % kept; 80.7 % caught after the boosters
   * that followed): {@code -Dclaims.heldout=true} measures it too. Caught floor .89 -> .88 on 2026-12-06: b11cbe2
   * (Dutch forms translated by their lemma) no longer has two of its questions refused and retrieves more cited
   * paragraphs, which measures one more invented claim, one the check lets through (10 of 10 -> 10 of 11); no
   * sentence measured before changed outcome.
   */
  @Test
  void seventhHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout7"), 0.88, 0.94, 0.96);
  }

  /**
   * Written on 2026-12-04 (tenth session) before that session changed any rule or ran the check on it, and measured
   * once with its rules frozen (82.6 % caught, 93.9 % of the strict kinds, 94.2 % kept; two questions naming "G7" and
   * "the West", words the articles never use, were refused and reworded afterwards, their answers and labels
   * unchanged: 83.6 / 94.3 / 94.4): {@code -Dclaims.heldout=true} measures it too. Kept floor .95 -> .94 on
   * 2026-12-06: 9d925f2 (FreeDict's phrase translations) retrieves the cited paragraphs of three more of its
   * cross-language sentences, one of them one the check drops (kept 65 of 68 -> 67 of 71); no sentence measured before
   * changed outcome.
   */
  @Test
  void eighthHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout8"), 0.88, 0.99, 0.94);
  }

  /**
   * Written on 2026-12-04 (eleventh session) before that session changed any rule or ran the check on it, and measured
   * once with its rules frozen (82.7 % caught, 90.7 % of the strict kinds, 97.3 % kept; 19 sentences cite a paragraph
   * retrieval did not find); its misses were read from then on, so it is tuned-on: {@code -Dclaims.heldout=true}
   * measures it too.
   */
  @Test
  void ninthHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout9"), 0.89, 0.99, 0.97);
  }

  /**
   * Written on 2026-12-04 (twelfth session) before that session changed any rule or ran the check on it, and measured
   * once with its rules frozen (87.4 % caught, 95.3 % of the strict kinds, 96.2 % kept; four answers refused, ten
   * sentences cite a paragraph retrieval did not find); its misses were read from then on, so it is tuned-on:
   * {@code -Dclaims.heldout=true} measures it too.
   */
  @Test
  void tenthHeldOutSet() {
    assumeTrue(Boolean.getBoolean("claims.heldout"), "held out while developing");
    measure(LabelledAnswers.load("heldout10"), 0.88, 0.96, 0.99);
  }

  @Test
  void theIssuesBananasAnswerShowsOnlyTheSupportedSentence() {
    Set<String> unretrieved = new HashSet<>();
    Answer answer = ask("What is Moscow giving Tehran in return for Iran's support?",
        "Wat geeft Moskou Teheran in ruil voor de steun van Iran?", "Moscow is giving Tehran fighter jets and missile defense systems {000#2}. It also sends bananas {004#6}.",
        unretrieved);

    assertThat(unretrieved).as("both cited paragraphs were retrieved, so only the claim check can drop one").isEmpty();
    Answer.Grounded shown = (Answer.Grounded) answer;
    assertThat(shown.composer()).isEqualTo(Answer.ComposedBy.LLM);
    assertThat(shown.text()).isEqualTo("Moscow is giving Tehran fighter jets and missile defense systems [1].");
    assertThat(shown.citations()).extracting(c -> c.articleId().substring(0, 3) + "#" + c.paragraph())
        .containsExactly("000#2");
    assertThat(shown.checks()).singleElement().asString().contains("does not say").contains("bananas");
    assertThat(AnswerJson.of(answer).path("checks").get(0).asText()).contains("bananas");
  }

  @Test
  void aSentenceCitingTheWrongParagraphCitesTheRetrievedOneThatSupportsIt() {
    Set<String> unretrieved = new HashSet<>();
    Answer answer = ask("How many North Korean troops are in Russia?", "Hoeveel Noord-Koreaanse troepen zijn er in Rusland?",
        "According to South Korea's defense ministry, "
        + "more than 10,000 North Korean soldiers are currently in Russia {003#16}.", unretrieved);

    assertThat(unretrieved).isEmpty();
    Answer.Grounded shown = (Answer.Grounded) answer;
    assertThat(shown.composer()).isEqualTo(Answer.ComposedBy.LLM);
    assertThat(shown.text()).isEqualTo("According to South Korea's defense ministry, more than 10,000 North Korean "
        + "soldiers are currently in Russia [1].");
    assertThat(shown.citations()).extracting(c -> c.articleId().substring(0, 3) + "#" + c.paragraph())
        .containsExactly("003#4");
    assertThat(shown.checks()).singleElement().asString().startsWith("cited anew");
  }

  /** Held-out 8's q363.3 was counted as dropped while Briefbot showed it with both its citations. */
  @Test
  void aSentenceWithAMarkerBeforeACommaIsFoundWithBothItsCitations() {
    Set<String> unretrieved = new HashSet<>();
    String sentence = "Only three members met the obligation in 2014 {003#13}, while 18 now spend at least 2 percent of GDP {003#12}.";
    Answer answer = ask("How has NATO defense spending changed since 2014?",
        "Hoe zijn de defensie-uitgaven van de NAVO sinds 2014 veranderd?", sentence, unretrieved);

    assertThat(unretrieved).isEmpty();
    Answer.Grounded shown = (Answer.Grounded) answer;
    assertThat(shown.text()).contains("in 2014 [1], while 18");
    assertThat(new Output(shown.text(), shown.citations()).citations(sentence))
        .containsExactlyInAnyOrder("003#13", "003#12");
  }

  /** The answer Briefbot shows when the model translates the question as {@code dutch} and answers {@code reply}. */
  private Answer ask(String question, String dutch, String reply, Set<String> unretrieved) {
    model.script(r -> REQUESTED.matcher(r.user()).find() ? openAi("nl: " + dutch)
        : DOUBT.matcher(r.user()).find() ? openAi("1: no")
        : openAi(numbered(reply, r.user(), unretrieved)));
    return bot.answerer().ask(Question.of(question));
  }

  private void measure(LabelledAnswers set, double caught, double strict, double kept) {
    Tally tally = new Tally();
    for (LabelledAnswers.Answer a : set.answers()) {
      run(a, tally);
    }
    System.out.println(tally.table(set.name(), set.answers().size()));
    if (Boolean.getBoolean("claims.verbose")) {
      tally.wrong.forEach(System.out::println);
    }
    // refused questions are left out of the figures, so a verdict refusing many would leave the check unmeasured
    assertThat(tally.refused).as("answers whose question was refused").hasSizeLessThanOrEqualTo(set.answers().size() / 10);
    assertThat(tally.share(k -> k.startsWith("caught"))).as("unsupported caught").isGreaterThanOrEqualTo(caught);
    assertThat(tally.share(k -> k.startsWith("kept"))).as("supported kept").isGreaterThanOrEqualTo(kept);
    assertThat(tally.share(k -> STRICT.stream().anyMatch(kind -> k.equals("caught " + kind))))
        .as("numbers, actors, other-article and wrong-paragraph claims caught").isGreaterThanOrEqualTo(strict);
  }

  private void run(LabelledAnswers.Answer a, Tally tally) {
    Set<String> unretrieved = new HashSet<>();
    model.script(r -> {
      Matcher requested = REQUESTED.matcher(r.user());
      if (requested.find()) {
        return openAi(requested.group(1) + ": " + a.rewrite());
      }
      if (JUDGE != null && DOUBT.matcher(r.user()).find()) {
        return openAi(judged(r.user(), a));
      }
      return openAi(numbered(a.reply(), r.user(), unretrieved));
    });
    Answer answer = bot.answerer().ask(Question.of(a.question()));
    if (answer instanceof Answer.NoEvidence refused) {
      // the answerability verdict refused before the model wrote anything: nothing of the check to measure here
      tally.refused.add(a.id() + " (" + refused.reason() + ")");
      return;
    }
    boolean llm = answer instanceof Answer.Grounded g && g.composer() == Answer.ComposedBy.LLM;
    if (answer instanceof Answer.Grounded g && g.timingsMs().containsKey("check")) {
      tally.checkMs.add(g.timingsMs().get("check"));
    }
    Output output = new Output(llm ? answer.text() : "", llm ? ((Answer.Grounded) answer).citations() : List.of());
    for (LabelledAnswers.Sentence s : a.sentences()) {
      if (s.cited().stream().anyMatch(unretrieved::contains)) {
        tally.unmeasured++;
        continue;
      }
      List<String> shownWith = output.citations(s.text());
      Set<String> good = new HashSet<>(s.corrections());
      if (s.supported()) {
        good.addAll(s.cited());
      }
      boolean shown = shownWith != null;
      boolean right = s.supported() ? shown && shownWith.stream().anyMatch(good::contains)
          : !shown || (!shownWith.isEmpty() && good.containsAll(shownWith));
      tally.add((s.supported() ? "kept " : "caught ") + s.kind(), right);
      if (!right) {
        tally.wrong.add("%s %s %s: %s%s".formatted(a.id(), s.supported() ? "DROPPED" : "MISSED ", s.kind(), s.text(),
            shown ? " -> " + shownWith : "") + (s.supported() && answer instanceof Answer.Grounded g
                ? "\n      " + g.checks().stream().filter(c -> c.contains(core(s.text()).substring(0, 20))).toList() : ""));
      }
    }
  }

  /** The judge's reply to a verify request: yes for every sentence, or (oracle) for the labelled supported ones. */
  private static String judged(String prompt, LabelledAnswers.Answer a) {
    StringBuilder out = new StringBuilder();
    Matcher m = DOUBT.matcher(prompt);
    while (m.find()) {
      String asked = letters(m.group(2));
      boolean yes = JUDGE.equals("yes") || a.sentences().stream()
          .anyMatch(s -> s.supported() && letters(core(s.text())).equals(asked));
      out.append(m.group(1)).append(": ").append(yes ? "yes" : "no").append('\n');
    }
    return out.toString();
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** The reply with each {@code {003#4}} replaced by the number the prompt gives that paragraph. */
  private String numbered(String reply, String prompt, Set<String> unretrieved) {
    Matcher m = LabelledAnswers.MARKER.matcher(reply);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String[] ref = m.group(1).split("#");
      String id = ParagraphIndex.paragraphId(articles.get(ref[0]), Integer.parseInt(ref[1]));
      String text = bot.index().paragraphs(List.of(id)).get(0).text().replaceAll("\\s+", " ").strip();
      Matcher n = Pattern.compile("\\[(\\d+)\\][^\\n]*\\n" + Pattern.quote(text.substring(0, Math.min(60, text.length()))))
          .matcher(prompt);
      if (!n.find()) {
        unretrieved.add(m.group(1));
      }
      m.appendReplacement(out, " [" + (n.find(0) ? n.group(1) : "99") + "]");
    }
    return m.appendTail(out).toString().replaceAll("\\s+", " ").replaceAll(" ([.,;:])", "$1");
  }

  /**
   * A sentence without its markers and final punctuation, as it is looked for in the answer. A bare answer word
   * before it ("Yes. Putin ...") is a sentence of its own to the check, which drops it for citing nothing (a "yes"
   * cannot be checked against a paragraph): the labelled claim is the rest.
   */
  static String core(String sentence) {
    return ANSWER_WORD.matcher(MARKER_AND_SPACE.matcher(sentence).replaceAll("")).replaceFirst("")
        .replaceAll("\\s+", " ").replaceAll("[\\s.!?]+$", "").strip();
  }

  /** The checked answer: its text without markers, and where each marker stood. */
  private final class Output {
    private final StringBuilder plain = new StringBuilder();
    private final TreeMap<Integer, List<String>> markers = new TreeMap<>();

    Output(String text, List<Citation> citations) {
      Matcher m = OUTPUT_MARKER.matcher(text);
      int last = 0;
      while (m.find()) {
        plain.append(text, last, m.start());
        Citation c = citations.get(Integer.parseInt(m.group(1)) - 1);
        String key = c.articleId().substring(0, 3) + "#" + c.paragraph();
        markers.computeIfAbsent(plain.length(), k -> new ArrayList<>()).add(key);
        last = m.end();
      }
      plain.append(text.substring(last));
    }

    /** The paragraphs a shown sentence cites, or null when it is not shown. */
    List<String> citations(String sentence) {
      String core = core(sentence);
      int at = plain.indexOf(core);
      if (at < 0) {
        return null;
      }
      List<String> out = new ArrayList<>();
      markers.subMap(at, true, at + core.length() + 3, true).values().forEach(out::addAll);
      return out;
    }
  }
}
