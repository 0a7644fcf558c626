package briefbot.llm;

import briefbot.answer.Answer;
import briefbot.answer.CitationCheck;
import briefbot.answer.Composer;
import briefbot.answer.Links;
import briefbot.answer.QueryRewriter;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.corpus.LanguageDetector;
import briefbot.digest.DigestWriter;
import briefbot.index.ParagraphIndex;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Stages;
import briefbot.text.CitationMarkers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes answers with a chat model (OpenAI or a compatible server, Azure OpenAI, Ollama) from the retrieved
 * paragraphs, in the question's language, and shows only what passes the {@link CitationCheck}; when the model
 * fails or nothing it wrote survives, the extractive answer is shown instead. It also rewrites questions into
 * the corpus languages so that retrieval finds paragraphs in any of them.
 */
public final class LlmComposer implements Composer, QueryRewriter {

  private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);
  /** Text up to the last finished sentence: a full stop, its citations, then a space or the end. */
  private static final Pattern FINISHED =
      Pattern.compile("(?s).*[.!?…。][\"'”’»)]*(?:\\s*" + CitationMarkers.BRACKETED.pattern() + ")*(?=\\s|$)");


  private final LlmSettings settings;
  private final Model model;
  private final Prompts prompts;
  private final CitationCheck check;
  private final Composer fallback;
  private final Supplier<Set<String>> corpusLanguages;

  LlmComposer(LlmSettings settings, Model model, Prompts prompts, CitationCheck check, Composer fallback,
      Supplier<Set<String>> corpusLanguages) {
    this.settings = settings;
    this.model = model;
    this.prompts = prompts;
    this.check = check;
    this.fallback = fallback;
    this.corpusLanguages = corpusLanguages;
  }

  /** The composer for {@code BRIEFBOT_LLM}; fails with a {@link briefbot.config.ConfigException} naming a missing setting. */
  /**
   * Reads the model's settings and, for Ollama, asks the server whether it has the model: run before anything loads,
   * so that a wrong one stops start-up with one line instead of failing every answer.
   */
  public static void check(Config config) {
    LlmSettings settings = LlmSettings.from(config);
    if (settings.provider() == Settings.LlmProvider.OLLAMA) {
      OllamaModels.check(config, settings);
    }
  }

  public static LlmComposer open(Config config, CitationCheck check, Composer fallback, ParagraphIndex index) {
    return open(config, check, fallback, new CorpusLanguages(index));
  }

  static LlmComposer open(Config config, Links links, Composer fallback, Supplier<Set<String>> corpusLanguages) {
    return open(config, new CitationCheck(links), fallback, corpusLanguages);
  }

  static LlmComposer open(Config config, CitationCheck check, Composer fallback,
      Supplier<Set<String>> corpusLanguages) {
    LlmSettings settings = LlmSettings.from(config);
    return new LlmComposer(settings, model(settings), Prompts.load(config), check, fallback, corpusLanguages);
  }

  /**
   * The digest writer for {@code BRIEFBOT_LLM}: the model writes the items through {@code prompts/digest.txt},
   * checked like answers; {@code fallback} writes the digest when the model fails or a story keeps nothing.
   */
  public static DigestWriter digestWriter(Config config, CitationCheck check, DigestWriter fallback) {
    LlmSettings settings = LlmSettings.from(config);
    return new LlmDigestWriter(settings, model(settings), Prompts.load(config), check, fallback);
  }

  private static Model model(LlmSettings settings) {
    LOG.info("llm provider={} model={} timeoutS={} maxRetries={}", settings.provider(), settings.model(),
        settings.timeout().toSeconds(), settings.maxRetries());
    return new Model(Providers.of(settings), new Attempts(settings.timeout(), settings.maxRetries()));
  }

  @Override
  public Answer.NoEvidence refuse(Retrieval retrieval) {
    return fallback.refuse(retrieval);
  }

  @Override
  public Answer compose(Retrieval retrieval) {
    return compose(retrieval, null);
  }

  /** Streams the answer: {@code partials} sees the checked text so far (only sentences that pass the check). */
  @Override
  public Answer compose(Retrieval retrieval, Consumer<String> partials) {
    List<Passage> passages = sources(retrieval);
    var messages = prompts.answer(retrieval.question(), retrieval.language(), passages);
    String reply;
    try {
      reply = partials == null ? model.chat(messages) : model.stream(messages, new Preview(passages, partials));
    } catch (ModelFailure e) {
      return fallback(retrieval, e.getMessage(), List.of());
    }
    long start = System.nanoTime();
    SecondReading second = new SecondReading();
    CitationCheck.Checked checked = check.check(reply, passages, settings.verify() ? second : CitationCheck.Verifier.NONE);
    double checkMs = Stages.millis(System.nanoTime() - start - second.nanos);
    Map<String, Double> timings = second.calls == 0 ? Map.of("check", checkMs)
        : Map.of("check", checkMs, "verify", Stages.millis(second.nanos));
    if (checked.empty()) {
      return fallback(retrieval, "nothing the model wrote passed the citation check: " + checked.dropped(),
          checked.notes());
    }
    if (!checked.notes().isEmpty()) {
      LOG.info("llm citation check dropped={} corrected={} notes=\"{}\"", checked.dropped().size(),
          checked.corrected().size(), checked.notes());
    }
    // the verdict's sureness is told in the JSON; the model says in its own words when the passages fall short
    return new Answer.Grounded(retrieval.question(), checked.text(), retrieval.language(), checked.citations(),
        Answer.ComposedBy.LLM, timings, checked.notes(), retrieval.sure());
  }

  /**
   * The passages the model is given and may cite: those the verdict does not doubt (all of them when it doubts every
   * one, as the extractive composer leads then). A doubted passage is one the verdict would refuse to answer from; an
   * extractive answer led from one was almost always from the wrong paragraph. Left out of the prompt rather than
   * marked in it, it can neither be cited by the model nor be the paragraph the check cites a sentence to anew, and
   * the prompt's [n] and the check's passages stay one list.
   */
  private static List<Passage> sources(Retrieval retrieval) {
    if (retrieval.doubted().isEmpty()) {
      return retrieval.passages();
    }
    List<Passage> trusted = retrieval.passages().stream().filter(p -> !retrieval.doubted().contains(p)).toList();
    return trusted.isEmpty() ? retrieval.passages() : trusted;
  }

  /**
   * The verify call ({@code BRIEFBOT_LLM_VERIFY=true}): the model judges the doubtful sentences in one request; when
   * it fails, they are dropped as the check alone would drop them.
   */
  private final class SecondReading implements CitationCheck.Verifier {
    private long nanos;
    private int calls;

    @Override
    public List<Boolean> supported(List<CitationCheck.Doubt> doubts) {
      long start = System.nanoTime();
      calls++;
      try {
        List<Boolean> answers = Verdicts.parse(model.chat(prompts.verify(doubts)), doubts.size());
        LOG.info("llm verify doubtful={} kept={}", doubts.size(), answers.stream().filter(b -> b).count());
        return answers;
      } catch (ModelFailure e) {
        LOG.warn("llm verify skipped provider={} cause=\"{}\"", settings.provider(), settings.redact(e.getMessage()));
        return List.of();
      } finally {
        nanos += System.nanoTime() - start;
      }
    }
  }

  /** The question in the corpus's other languages; none when the corpus has no other or the model fails. */
  @Override
  public List<String> rewrite(String question) {
    String language = LanguageDetector.detect(question, "en");
    Set<String> targets = new TreeSet<>(corpusLanguages.get());
    targets.remove(language);
    if (targets.isEmpty()) {
      return List.of();
    }
    try {
      List<String> rewrites = Rewrites.parse(model.chat(prompts.query(question, language, targets)), targets, question);
      LOG.info("llm rewrite languages={} rewrites={}", targets, rewrites.size());
      return rewrites;
    } catch (ModelFailure e) {
      LOG.warn("llm rewrite skipped provider={} cause=\"{}\"", settings.provider(), settings.redact(e.getMessage()));
      return List.of();
    }
  }

  /** The fallback's answer; {@code notes} (what the check dropped) go to its debug fields. */
  private Answer fallback(Retrieval retrieval, String cause, List<String> notes) {
    LOG.warn("llm fallback to extractive provider={} model={} cause=\"{}\"", settings.provider(), settings.model(),
        settings.redact(cause));
    Answer answer = fallback.compose(retrieval);
    return answer instanceof Answer.Grounded g
        ? new Answer.Grounded(g.question(), g.text(), g.language(), g.citations(), Answer.ComposedBy.EXTRACTIVE_FALLBACK,
            g.timingsMs(), notes, g.sure())
        : answer;
  }

  /** Shows the checked text so far, each time it grows by a finished sentence that passes. */
  private final class Preview implements Consumer<String> {
    private final List<Passage> passages;
    private final Consumer<String> partials;
    private String shown = "";

    Preview(List<Passage> passages, Consumer<String> partials) {
      this.passages = passages;
      this.partials = partials;
    }

    @Override
    public void accept(String soFar) {
      Matcher finished = FINISHED.matcher(soFar);
      if (!finished.lookingAt()) {
        return;
      }
      String text = check.check(finished.group(), passages).text();
      if (!text.isEmpty() && !text.equals(shown)) {
        shown = text;
        partials.accept(text);
      }
    }
  }
}
