package briefbot.app;

import briefbot.answer.Answerer;
import briefbot.answer.CitationCheck;
import briefbot.answer.ExtractiveComposer;
import briefbot.answer.Glossary;
import briefbot.answer.Links;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import briefbot.index.CachedEmbeddings;
import briefbot.index.GlossedEmbeddings;
import briefbot.index.IndexFields;
import briefbot.index.LoadingEmbeddings;
import briefbot.index.ParagraphIndex;
import briefbot.index.SyncReport;
import briefbot.llm.LlmComposer;
import briefbot.retrieval.Gloss;
import briefbot.retrieval.Retriever;
import briefbot.retrieval.Translations;
import briefbot.state.BotState;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The core of Briefbot wired from a config: corpus, index, retrieval and answers; what every command and test opens. */
public final class Briefbot implements AutoCloseable {

  /** How often {@link #syncCurrent} looks at the other process's progress. */
  private static final Duration WAIT_STEP = Duration.ofSeconds(2);

  private final Config config;
  private final Corpus corpus;
  private final ParagraphIndex index;
  private final Retriever retriever;
  private final Answerer answerer;
  private final Links links;
  private final CitationCheck check;
  /** Null for the embedded index, which its own write lock keeps to one writer. */
  private final IndexingLease lease;
  /** The built-in model this core started loading (ended with it), or null: a given model is its caller's. */
  private final LoadingEmbeddings modelLoad;

  private Briefbot(Config config, Corpus corpus, ParagraphIndex index, Retriever retriever, Answerer answerer, Links links,
      CitationCheck check, IndexingLease lease, LoadingEmbeddings modelLoad) {
    this.modelLoad = modelLoad;
    this.check = check;
    this.config = config;
    this.lease = lease;
    this.corpus = corpus;
    this.index = index;
    this.retriever = retriever;
    this.answerer = answerer;
    this.links = links;
  }

  /**
   * Indexes the whole corpus again with the configured embedding model (after a change of model, which opening
   * refuses), beside the embedded index, which serves until the new one is complete and then is replaced by it.
   */
  public static SyncReport rebuild(Config config, Clock clock, Consumer<String> progress) {
    return Rebuild.run(config, clock, progress);
  }

  /** Opens the core for a command; on SolrCloud the indexing lease opens the shared state at the first sync. */
  public static Briefbot open(Config config, Clock clock) {
    Backend.check(config); // a wrong setting is reported before the embedding model takes seconds to load
    return open(config, clock, ConfiguredEmbeddings.of(config), () -> Backend.state(config, clock), true, false, true);
  }

  /**
   * Opens the core inside the service, whose one bot state the indexing lease uses; every answer's stage timings go
   * to {@code registry}.
   */
  static Briefbot open(Config config, Clock clock, BotState state, MeterRegistry registry) {
    Backend.check(config);
    Briefbot bot = open(config, clock, ConfiguredEmbeddings.of(config), () -> state, false, false, true);
    return new Briefbot(bot.config, bot.corpus, bot.index, bot.retriever,
        bot.answerer.observed(new StageMetrics(registry)), bot.links, bot.check, bot.lease, bot.modelLoad);
  }

  /**
   * Opens with a given embedding model instead of the configured one (the bench indexes seeded synthetic vectors);
   * an index built with another model is rebuilt, as always.
   */
  public static Briefbot open(Config config, Clock clock, EmbeddingModel embeddings) {
    return open(config, clock, embeddings, () -> Backend.state(config, clock), true, true, false);
  }

  /**
   * Opens with {@code model}; when it {@code ownsModel} and that is the built-in model still loading, closing the core
   * (or failing to open it) waits for the load, so that no load outlives what started it.
   */
  private static Briefbot open(Config config, Clock clock, EmbeddingModel model, Supplier<BotState> state,
      boolean ownsState, boolean otherModelRebuilds, boolean ownsModel) {
    LoadingEmbeddings modelLoad = ownsModel && model instanceof LoadingEmbeddings l ? l : null;
    try {
      return wire(config, clock, model, state, ownsState, otherModelRebuilds, modelLoad);
    } catch (RuntimeException | Error e) {
      if (modelLoad != null) {
        modelLoad.close();
      }
      throw e;
    }
  }

  private static Briefbot wire(Config config, Clock clock, EmbeddingModel model, Supplier<BotState> state,
      boolean ownsState, boolean otherModelRebuilds, LoadingEmbeddings modelLoad) {
    Corpus corpus = new Corpus(config.corpusDir(), corpusOrigin(config));
    // Ingest embeds each paragraph once; questions and claims repeat, so everything after the index shares a cache.
    // The dictionaries load on a thread of their own while the index opens; ingest's gloss waits for them.
    FutureTask<WordSources> loading = WordSources.loading(config);
    EmbeddingModel ingestModel = GlossedEmbeddings.around(model, ConfiguredEmbeddings.languages(config),
        (text, language) -> WordSources.loaded(loading).gloss().english(text, language));
    ParagraphIndex index = Backend.index(config, ingestModel, clock, otherModelRebuilds);
    WordSources words;
    try {
      words = WordSources.loaded(loading);
    } catch (RuntimeException | Error e) {
      index.close();
      throw e;
    }
    Translations translations = words.translations();
    Gloss gloss = words.gloss();
    EmbeddingModel embeddings = CachedEmbeddings.around(model);
    Retriever retriever = new Retriever(index, embeddings, ConfiguredEmbeddings.languages(config), translations, gloss);
    Links links = new Links(config.baseUrl());
    Glossary glossary = words.claimGlossary(config.get(Settings.THESAURUS), index.analysis());
    CitationCheck check = new CitationCheck(links, glossary, embeddings, ConfiguredEmbeddings.languages(config))
        .readingArticles(id -> index.article(id)
            .map(a -> a.article().paragraphs().stream().map(briefbot.corpus.Paragraph::text).toList())
            .orElse(List.of()))
        .glossing(gloss::english);
    try {
      Answerer answerer = answerer(config, index, retriever, check).spelling(glossary);
      IndexingLease lease = Backend.solr(config) ? new IndexingLease(state, ownsState) : null;
      return new Briefbot(config, corpus, index, retriever, answerer, links, check, lease, modelLoad);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Where the corpus folder was named, for the message when it is missing: the flag, the variable, or how to. */
  /**
   * Fails with one line naming where the folder was set when the corpus folder is missing: a command that reads the
   * corpus asks before the index opens, so that it leaves no empty index behind in the data folder.
   */
  public static void requireCorpus(Config config) {
    if (!Files.isDirectory(config.corpusDir())) {
      throw new CorpusException("corpus folder not found: " + config.corpusDir() + " (" + corpusOrigin(config) + ")");
    }
  }

  static String corpusOrigin(Config config) {
    return config.isSet(Settings.CORPUS_DIR) ? config.nameOf(Settings.CORPUS_DIR)
        : "set " + Settings.CORPUS_DIR.name() + " or --corpus";
  }

  /** Extractive answers, or with {@code BRIEFBOT_LLM} set, a model's answers (extractive when it fails). */
  static Answerer answerer(Config config, ParagraphIndex index, Retriever retriever, CitationCheck check) {
    ExtractiveComposer extractive = new ExtractiveComposer(retriever, check.links());
    if (config.llm() == Settings.LlmProvider.NONE) {
      return new Answerer(retriever, extractive);
    }
    LlmComposer llm = LlmComposer.open(config, check, extractive, index);
    return new Answerer(retriever, llm, llm);
  }

  /** The name of the model that ships in the jar, for reports. */
  public static final String BUILT_IN_EMBEDDINGS = "all-MiniLM-L6-v2 (quantized)";

  /**
   * What the index records for the model that ships in the jar (its class and dimension, as
   * {@link IndexFields#modelName} names an in-process model): known before the model loads, so the index opens while
   * it loads. Changing the built-in model changes this too (a test checks they agree).
   */
  public static final String BUILT_IN_RECORDED = "AllMiniLmL6V2QuantizedEmbeddingModel/384";

  /** {@code BRIEFBOT_CACHE}'s default: the user's cache folder, outside any project. */
  public static final Path DEFAULT_CACHE = Path.of(System.getProperty("user.home"), ".cache", "briefbot");

  /** The built-in model, loading on a thread of its own from now on: a cold start opens the index meanwhile. */
  public static LoadingEmbeddings builtInEmbeddingsLoading() {
    return ConfiguredEmbeddings.builtInLoading(DEFAULT_CACHE);
  }

  /**
   * The model that ships in the jar: all-MiniLM-L6-v2 quantized to int8, which found the gold paragraph as often as
   * the full-precision one on the development sets at about 1.5 times its speed (docs/benchmarks.md), one ONNX thread
   * per text.
   */
  public static EmbeddingModel builtInEmbeddings() {
    return ConfiguredEmbeddings.builtIn(DEFAULT_CACHE);
  }

  /** Where what Briefbot derives once is kept ({@code BRIEFBOT_CACHE}), checked that it can be written. */
  static Path cache(Config config) {
    return CacheFolder.of(config);
  }

  /** Brings the index in step with the corpus (incremental); on a shared index, only while holding the lease. */
  public SyncReport sync(Consumer<String> progress) {
    if (lease != null && !lease.take()) {
      return new SyncReport(0, 0, 0, 0, 0,
          List.of("another Briefbot instance is indexing the shared corpus; this one answers from the shared index"));
    }
    return index.sync(corpus, progress);
  }

  /**
   * A sync that leaves the index current: when another process writes it, waits for that process's commits to
   * cover the corpus (or takes over when it stops), so a digest never composes from a stale view. Gives up, with an
   * error, when the writer made no progress for {@code patience}.
   */
  public SyncReport syncCurrent(Consumer<String> progress, Duration patience) {
    SyncReport report = sync(progress);
    int behind = index.readOnly() ? index.behind(corpus) : 0;
    long stalledSince = System.nanoTime();
    while (behind > 0) {
      progress.accept("waiting for the other Briefbot process writing the index: " + behind
          + " corpus files are not in it yet");
      pause(WAIT_STEP);
      report = sync(progress);
      int now = index.readOnly() ? index.behind(corpus) : 0;
      if (now < behind) {
        stalledSince = System.nanoTime();
      } else if (System.nanoTime() - stalledSince > patience.toNanos()) {
        throw new UncheckedIOException(new IOException("the index is written by another Briefbot process that "
            + "indexed nothing for " + patience.toMinutes() + " min; " + now + " corpus files are not in it"));
      }
      behind = now;
    }
    return report;
  }

  private static void pause(Duration step) {
    try {
      Thread.sleep(step);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the index", e);
    }
  }

  public Config config() {
    return config;
  }

  public Corpus corpus() {
    return corpus;
  }

  public ParagraphIndex index() {
    return index;
  }

  public Retriever retriever() {
    return retriever;
  }

  public Answerer answerer() {
    return answerer;
  }

  public Links links() {
    return links;
  }

  /** The check every model-written answer and digest item passes before it is shown. */
  public CitationCheck citationCheck() {
    return check;
  }

  @Override
  public void close() {
    try {
      index.close();
      if (lease != null) {
        lease.close();
      }
    } finally {
      if (modelLoad != null) {
        modelLoad.close();
      }
    }
  }
}
