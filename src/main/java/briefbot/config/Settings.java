package briefbot.config;

import static briefbot.config.SettingTypes.choice;
import static briefbot.config.SettingTypes.duration;
import static briefbot.config.SettingTypes.integer;
import static briefbot.config.SettingTypes.list;
import static briefbot.config.SettingTypes.path;
import static briefbot.config.SettingTypes.quietHours;
import static briefbot.config.SettingTypes.secret;
import static briefbot.config.SettingTypes.text;
import static briefbot.config.SettingTypes.url;
import static briefbot.config.SettingTypes.yesNo;
import static briefbot.config.SettingTypes.zone;

import briefbot.config.Setting.Group;
import briefbot.config.Setting.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every environment variable Briefbot reads, each declared once with its type, default and purpose (docs/
 * configuration.md is checked against this list). A new setting is one more constant here, read with
 * {@link Config#get}.
 */
public final class Settings {

  /** Where the paragraphs and the bot state live. */
  public enum Search { EMBEDDED, SOLR }

  /** How much is logged, the most first: {@code debug} logs every request, {@code error} only failures. */
  public enum LogLevel { DEBUG, INFO, WARN, ERROR }

  /** Who writes answers and digests (docs/llm.md): {@code none} is the offline extractive composer, else a model. */
  public enum LlmProvider {
    NONE, OPENAI, AZURE_OPENAI, OLLAMA;

    /** The provider as {@code BRIEFBOT_LLM} names it: {@code azure-openai}. */
    public String word() {
      return SettingTypes.word(this);
    }

    /** The word, so that messages and logs say {@code BRIEFBOT_LLM=azure-openai}. */
    @Override
    public String toString() {
      return word();
    }
  }

  /** Where vectors come from (docs/architecture.md): a model in the process, or an embedding service. */
  public enum EmbeddingProvider {
    ONNX, OPENAI, AZURE_OPENAI, OLLAMA;

    /** The provider as {@code BRIEFBOT_EMBEDDINGS} names it: {@code azure-openai}. */
    @Override
    public String toString() {
      return SettingTypes.word(this);
    }
  }

  /** What the digest does on a day with nothing new. */
  public enum QuietDay { POST, SKIP }

  /** A language Briefbot writes its own words in (the digest's frame, notices): its two-letter code. */
  public enum Language {
    EN, DE, ES, FR, NL;

    /** The language's code, {@code nl}. */
    public String code() {
      return SettingTypes.word(this);
    }

    /** The language of {@code code}, if Briefbot writes in it. */
    public static Optional<Language> of(String code) {
      return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }
  }

  private static final List<Setting<?>> ALL = new ArrayList<>();

  // Core

  public static final Setting<Path> CORPUS_DIR = declare(Group.CORE, "BRIEFBOT_CORPUS_DIR", path(), "./corpus",
      "the articles, one Markdown file each (`--corpus`)");
  public static final Setting<Path> DATA_DIR = declare(Group.CORE, "BRIEFBOT_DATA_DIR", path(), "./data",
      "the index (`index/`), the bot state (`state.db`), `feeds.txt` and `digest.yaml` (`--data`)");
  public static final Setting<Integer> PORT = declare(Group.CORE, "BRIEFBOT_PORT",
      integer("port 0–65535", 0, 65535, "a port number from 0 to 65535"), "8080",
      "the HTTP port of `serve` (`serve --port`)");
  public static final Setting<String> BASE_URL = derived(Group.CORE, "BRIEFBOT_BASE_URL", url(),
      "`http://localhost:{BRIEFBOT_PORT}`",
      "the public address of the reader pages, in every citation link (`--base-url`)");
  public static final Setting<Boolean> ALLOW_LOCAL_LINKS = declare(Group.CORE, "BRIEFBOT_ALLOW_LOCAL_LINKS",
      yesNo(), "false", "`true`: Slack and Teams may get links to a local or plain-http base address, for trying"
          + " things out (`serve`/`digest --allow-local-links`)");

  // Index and search

  public static final Setting<Search> SEARCH = declare(Group.INDEX, "BRIEFBOT_SEARCH", choice(Search.class),
      "embedded", "where the index and the bot state live: `embedded` (the data folder) or `solr` (SolrCloud)");

  public static final Setting<Path> DICTIONARIES = declare(Group.INDEX, "BRIEFBOT_DICTIONARIES", path(),
      "/usr/share/dictd", "FreeDict bilingual dictionaries (dictd format, Debian's `dict-freedict-*`) that translate "
          + "questions into the corpus's other languages, with Apertium's compiled ones (Debian's `apertium-eng-spa`) "
          + "read from the `apertium` folder beside it (docs/cross-language.md)");
  public static final Setting<Path> WORD_LISTS = declare(Group.INDEX, "BRIEFBOT_WORD_LISTS", path(),
      "/usr/share/dict", "word lists (Debian's `wngerman`, `wdutch`) that German and Dutch compounds are split "
          + "against, so that \"Armutsgrenze\" is also found as armut and grenze; a folder without them splits none "
          + "(docs/cross-language.md)");
  public static final Setting<Path> HUNSPELL = declare(Group.INDEX, "BRIEFBOT_HUNSPELL", path(),
      "/usr/share/hunspell", "Hunspell dictionaries (Debian's `hunspell-de-de`, `hunspell-nl`): the other forms of a "
          + "German question's words are also searched, so that \"verkaufen\" finds \"verkauft\", and a German or "
          + "Dutch question's word no dictionary translates is translated as its lemma (\"industriële\": "
          + "industrieel); a folder without them does neither (docs/cross-language.md); with these and "
          + "`hunspell-es`, `hunspell-fr`, a refusal's \"Did you mean …?\" checks every word of a German, Dutch, "
          + "Spanish or French question, not only its names");
  public static final Setting<Path> ISO_CODES = declare(Group.INDEX, "BRIEFBOT_ISO_CODES", path(),
      "/usr/share/iso-codes", "Debian's `iso-codes`: country, territory and language names, with their German, Spanish, "
          + "Dutch and French translations from the `locale` folder beside it, searched beside a question's name as the "
          + "other languages write it (\"Kyrgyzstan\": Kirguistán); a folder without them adds none "
          + "(docs/cross-language.md)");
  public static final Setting<Path> THESAURUS = declare(Group.INDEX, "BRIEFBOT_THESAURUS", path(),
      "/usr/share/wordnet", "WordNet 3.0's folder (Debian's `wordnet-base`): English synonyms and derived words the "
          + "claim check accepts for a paragraph's words, each counting as half a word of the sentence's own; a folder "
          + "without WordNet (e.g. `off`) leaves them out (docs/llm.md)");
  public static final Setting<Path> CACHE = derived(Group.INDEX, "BRIEFBOT_CACHE", path(), "`~/.cache/briefbot`",
      "what Briefbot derives once and reuses: the dictionaries converted into a compact table, iso-codes' place names "
          + "paired word by word, the German and Dutch word lists built for splitting compounds, the built-in "
          + "embedding model and the ONNX runtime's libraries unpacked from the jar; each under a name stamped with "
          + "what it was made from, and one an upgrade or other installed dictionaries replaced is deleted once no "
          + "start has used it for a day; a chosen folder that cannot be written stops start-up unless it is read-only "
          + "and holds the dictionaries, place names and word lists a first run keeps there (a container image's "
          + "cache: read as it is); the default one is read as it is on the same terms, and when it cannot be written "
          + "and lacks one of them, one in the system's temporary folder is used, with a warning");

  // Language model

  public static final Setting<LlmProvider> LLM = declare(Group.LLM, "BRIEFBOT_LLM", choice(LlmProvider.class), "none",
      "who writes answers and digests: `none` (extractive, offline) or a language model provider");
  public static final Setting<String> LLM_MODEL = derived(Group.LLM, "BRIEFBOT_LLM_MODEL", text(),
      "`gpt-4o-mini` for `openai`; required for `azure-openai` and `ollama`",
      "the model; for Azure, the deployment name");
  public static final Setting<Integer> LLM_TIMEOUT_SECONDS = declare(Group.LLM, "BRIEFBOT_LLM_TIMEOUT_SECONDS",
      integer("whole number 1–600", 1, 600, "a whole number from 1 to 600"), "30",
      "the most one model call may take, retries and waits included");
  public static final Setting<Integer> LLM_MAX_RETRIES = declare(Group.LLM, "BRIEFBOT_LLM_MAX_RETRIES",
      integer("whole number 0–10", 0, 10, "a whole number from 0 to 10"), "2",
      "retries after a 429, a 5xx or a dropped connection");
  public static final Setting<Boolean> LLM_VERIFY = declare(Group.LLM, "BRIEFBOT_LLM_VERIFY", yesNo(), "false",
      "`true`: one more model call per answer judges the sentences the claim check finds doubtful (`prompts/verify.txt`;"
          + " docs/llm.md)");
  public static final Setting<Path> PROMPTS_DIR = derived(Group.LLM, "BRIEFBOT_PROMPTS_DIR", path(),
      "`./prompts`, else the copies in the jar", "the prompt templates (`answer.txt`, `query.txt`, `digest.txt`...)");
  public static final Setting<String> OPENAI_API_KEY = declare(Group.LLM, "OPENAI_API_KEY", secret(), null,
      "the OpenAI key; optional with `OPENAI_BASE_URL`");
  public static final Setting<String> OPENAI_BASE_URL = derived(Group.LLM, "OPENAI_BASE_URL", url(), "OpenAI's",
      "an OpenAI-compatible server (vLLM, llama.cpp, LM Studio, LiteLLM...), e.g. `http://localhost:8000/v1`");
  public static final Setting<String> AZURE_OPENAI_ENDPOINT = declare(Group.LLM, "AZURE_OPENAI_ENDPOINT", url(), null,
      "the Azure OpenAI resource, `https://<resource>.openai.azure.com` (https only)");
  public static final Setting<String> AZURE_OPENAI_API_KEY = declare(Group.LLM, "AZURE_OPENAI_API_KEY", secret(), null,
      "the Azure OpenAI resource's key");
  public static final Setting<String> AZURE_OPENAI_API_VERSION = derived(Group.LLM, "AZURE_OPENAI_API_VERSION", text(),
      "the bundled Azure SDK's latest", "an API version the bundled Azure SDK knows (start-up lists them if not)");
  public static final Setting<String> OLLAMA_BASE_URL = declare(Group.LLM, "OLLAMA_BASE_URL", url(),
      "http://localhost:11434", "the Ollama server");

  // Embeddings

  public static final Setting<EmbeddingProvider> EMBEDDINGS = declare(Group.EMBEDDINGS, "BRIEFBOT_EMBEDDINGS",
      choice(EmbeddingProvider.class), "onnx", "where vectors come from: `onnx` (the built-in model, or yours in "
          + "`BRIEFBOT_EMBEDDING_MODEL`) or an embedding service, `openai`, `azure-openai` or `ollama`, reached with the "
          + "language model's endpoint and key settings");
  public static final Setting<String> EMBEDDINGS_MODEL = derived(Group.EMBEDDINGS, "BRIEFBOT_EMBEDDINGS_MODEL", text(),
      "`text-embedding-3-small` for `openai`; required for `azure-openai` and `ollama`",
      "the embedding service's model (for Azure, the deployment name), e.g. `bge-m3` on Ollama");
  public static final Setting<Path> EMBEDDING_MODEL = derived(Group.EMBEDDINGS, "BRIEFBOT_EMBEDDING_MODEL", path(),
      "the built-in all-MiniLM-L6-v2, quantized (English)", "a multilingual ONNX embedding model of your own");
  public static final Setting<Path> EMBEDDING_TOKENIZER = declare(Group.EMBEDDINGS, "BRIEFBOT_EMBEDDING_TOKENIZER",
      path(), null, "that model's `tokenizer.json` (required with `BRIEFBOT_EMBEDDING_MODEL`)");
  public static final Setting<List<String>> EMBEDDING_LANGUAGES = derived(Group.EMBEDDINGS,
      "BRIEFBOT_EMBEDDING_LANGUAGES", list(), "all for your own model or a service; `en` for the built-in one",
      "the languages your model is trusted for, e.g. `en,nl`");

  // Slack

  public static final Setting<String> SLACK_BOT_TOKEN = declare(Group.SLACK, "SLACK_BOT_TOKEN", secret(), null,
      "the bot token (`xoxb-...`); needed by the bot and to post the digest");
  public static final Setting<String> SLACK_APP_TOKEN = declare(Group.SLACK, "SLACK_APP_TOKEN", secret(), null,
      "an app-level token (`xapp-...`): turns on Socket Mode (no public address needed)");
  public static final Setting<String> SLACK_SIGNING_SECRET = declare(Group.SLACK, "SLACK_SIGNING_SECRET", secret(),
      null, "turns on HTTP mode: Slack posts to `/slack/events`");
  public static final Setting<String> SLACK_API_URL = derived(Group.SLACK, "SLACK_API_URL", url(),
      "`https://slack.com/api`", "the Slack Web API prefix (GovSlack, a proxy, tests)");
  public static final Setting<List<String>> SLACK_ADMINS = derived(Group.SLACK, "BRIEFBOT_SLACK_ADMINS", list(),
      "nobody", "the Slack user ids allowed to `/brief add`");
  public static final Setting<Integer> SLACK_RATE_LIMIT = declare(Group.SLACK, "BRIEFBOT_SLACK_RATE_LIMIT",
      integer("whole number, 1 or more", 1, Integer.MAX_VALUE,
          "a number of questions per user per minute (1 or more)"), "10",
      "questions per person per minute (more gets a polite \"please wait\")");

  // Microsoft Teams

  public static final Setting<String> TEAMS_APP_ID = derived(Group.TEAMS, "TEAMS_APP_ID", text(), "unset: Teams is off",
      "the bot's Microsoft App ID (a GUID); Teams is on when it is set");
  public static final Setting<String> TEAMS_APP_PASSWORD = declare(Group.TEAMS, "TEAMS_APP_PASSWORD", secret(), null,
      "the bot's client secret; required with `TEAMS_APP_ID`");
  public static final Setting<String> TEAMS_TENANT_ID = derived(Group.TEAMS, "TEAMS_TENANT_ID", text(),
      "`botframework.com` (Multi Tenant)", "your tenant id or domain, for a Single Tenant bot");
  public static final Setting<String> TEAMS_OPENID_METADATA_URL = declare(Group.TEAMS, "TEAMS_OPENID_METADATA_URL",
      url(), "https://login.botframework.com/v1/.well-known/openidconfiguration",
      "where the Bot Connector's signing keys are published (sovereign clouds, tests)");
  public static final Setting<String> TEAMS_TOKEN_URL = derived(Group.TEAMS, "TEAMS_TOKEN_URL", url(),
      "`https://login.microsoftonline.com/{TEAMS_TENANT_ID}/oauth2/v2.0/token`",
      "where Briefbot gets its own token (sovereign clouds, tests)");

  // Feeds

  public static final Setting<List<String>> FEEDS = derived(Group.FEEDS, "BRIEFBOT_FEEDS", list(),
      "none (only `feeds.txt`)", "RSS/Atom feed URLs to follow, added to `feeds.txt` in the data folder");
  public static final Setting<Duration> FEEDS_INTERVAL = declare(Group.FEEDS, "BRIEFBOT_FEEDS_INTERVAL",
      duration("ISO-8601 duration, at least PT1M", Duration.ofMinutes(1),
          "a duration of at least a minute like PT15M"), "PT15M", "how often `serve` polls the feeds");

  // Daily digest

  public static final Setting<String> DIGEST_CRON = declare(Group.DIGEST, "BRIEFBOT_DIGEST_CRON", text(), "0 8 * * *",
      "when the digest is posted, as a cron line: minute hour day-of-month month day-of-week");
  public static final Setting<ZoneId> DIGEST_TZ = declare(Group.DIGEST, "BRIEFBOT_DIGEST_TZ", zone(), "UTC",
      "the time zone the cron line is read in");
  public static final Setting<Duration> DIGEST_GRACE = declare(Group.DIGEST, "BRIEFBOT_DIGEST_GRACE",
      duration("ISO-8601 duration", Duration.ZERO, "a duration like PT2H or PT30M"), "PT2H",
      "how late a digest missed while Briefbot was down may still go out");
  public static final Setting<QuietDay> DIGEST_QUIET = declare(Group.DIGEST, "BRIEFBOT_DIGEST_QUIET",
      choice(QuietDay.class), "post",
      "on a day with nothing new: `post` \"Nothing new since the last briefing.\", or `skip` it");
  public static final Setting<Language> DIGEST_LANGUAGE = declare(Group.DIGEST, "BRIEFBOT_DIGEST_LANGUAGE",
      choice(Language.class), "en", "the language of the digest's own words (headline, date, headings); the stories"
          + " quote the articles as written (`digest.yaml` may give a channel its own)");
  public static final Setting<String> DIGEST_FILTER = declare(Group.DIGEST, "BRIEFBOT_DIGEST_FILTER", text(), null,
      "only articles these question filters let through, like `lang:nl` or `from:BBC from:Reuters`"
          + " (`digest.yaml` may give a channel its own)");
  public static final Setting<List<String>> DIGEST_SLACK_CHANNELS = declare(Group.DIGEST,
      "BRIEFBOT_DIGEST_SLACK_CHANNELS", list(), null, "Slack channel ids (`C0123ABCD`) that always get the digest");
  public static final Setting<String> TEAMS_DIGEST_WEBHOOK_URL = declare(Group.DIGEST, "TEAMS_DIGEST_WEBHOOK_URL",
      url(), null, "a Teams Workflows webhook the digest is posted to");

  // Watches

  public static final Setting<Duration> WATCH_INTERVAL = declare(Group.WATCHES, "BRIEFBOT_WATCH_INTERVAL",
      duration("ISO-8601 duration, at least PT1S", Duration.ofSeconds(1), "a duration of at least a second like PT30S"),
      "PT30S", "how often `serve` asks each channel's watches about the articles indexed since the last look");
  public static final Setting<Integer> WATCH_ALERTS_PER_HOUR = declare(Group.WATCHES, "BRIEFBOT_WATCH_ALERTS_PER_HOUR",
      integer("whole number 1–1000", 1, 1000, "a whole number from 1 to 1000"), "6",
      "watch alerts one channel gets per hour at most; more wait for the next hour");
  public static final Setting<String> WATCH_QUIET_HOURS = declare(Group.WATCHES, "BRIEFBOT_WATCH_QUIET_HOURS",
      quietHours(), null, "hours without watch alerts, like `22:00-07:00` in `BRIEFBOT_DIGEST_TZ`; alerts wait until"
          + " they end");

  // SolrCloud

  public static final Setting<List<String>> SOLR_URL = declare(Group.SOLRCLOUD, "BRIEFBOT_SOLR_URL", list(), null,
      "SolrCloud node URLs like `http://solr1:8983/solr` (required with `BRIEFBOT_SEARCH=solr`)");
  public static final Setting<String> SOLR_COLLECTION = declare(Group.SOLRCLOUD, "BRIEFBOT_SOLR_COLLECTION", text(),
      "briefbot", "the collection of paragraphs; the bot state goes in `<collection>_state`");
  public static final Setting<Integer> SOLR_SHARDS = declare(Group.SOLRCLOUD, "BRIEFBOT_SOLR_SHARDS",
      integer("whole number 1–64", 1, 64, "a number from 1 to 64"), "1",
      "shards of the collection when Briefbot creates it (more only when one node cannot hold the index)");
  public static final Setting<Integer> SOLR_REPLICAS = declare(Group.SOLRCLOUD, "BRIEFBOT_SOLR_REPLICAS",
      integer("whole number 1–64", 1, 64, "a number from 1 to 64"), "2",
      "replicas of each shard when Briefbot creates the collection");

  // Logging

  public static final Setting<LogLevel> LOG_LEVEL = derived(Group.LOGGING, "BRIEFBOT_LOG_LEVEL",
      choice(LogLevel.class), "`info` for `serve`, `warn` otherwise", "how much is logged to stderr (read at start-up)");

  private Settings() {}

  /** Every setting, grouped by feature in the order declared here. */
  public static List<Setting<?>> all() {
    return ALL.stream().sorted((a, b) -> a.group().compareTo(b.group())).toList();
  }

  private static <T> Setting<T> declare(Group group, String name, Type<T> type, String fallback, String description) {
    Setting<T> setting = new Setting<>(group, name, type, fallback, null, description);
    ALL.add(setting);
    return setting;
  }

  /** A setting whose default depends on other settings, said in words. */
  private static <T> Setting<T> derived(Group group, String name, Type<T> type, String defaultNote,
      String description) {
    Setting<T> setting = new Setting<>(group, name, type, null, defaultNote, description);
    ALL.add(setting);
    return setting;
  }
}
