package briefbot.app;

import briefbot.answer.Glossary;
import briefbot.concurrent.Awaited;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.index.TextAnalysis;
import briefbot.retrieval.Gloss;
import briefbot.retrieval.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/** The dictionaries and the gloss made from them, loaded on a thread of their own, and the claim check's glossary. */
record WordSources(Translations translations, Gloss gloss) {

  /**
   * Words whose translations, synonyms and derivations the claim check keeps across answers, in each of its two
   * glossaries (with and without synonyms): the eight labelled claim sets ask about 4,000 in each, about ten short
   * strings each, so at most some 10 MB each; without them each answer walked the dictionaries again.
   */
  private static final int GLOSSARY_WORDS = 8_192;

  /** The weight of a translation both directions of a dictionary agree on (or the news lexicon gives). */
  private static final double SURE = 1.0;

  /** The longest ending retrieval's forms add to a translation: "-s", "-n", "-es" ("Flügels", "Flügeln", "reyes"). */
  private static final int INFLECTION = 2;

  /** The built-in model's tokenizer in its jar, whose words the gloss prefers (a test checks it is there). */
  static final String BUILT_IN_TOKENIZER = AllMiniLmL6V2QuantizedEmbeddingModel.TOKENIZER;

  /** The dictionaries and gloss of a config, loading from now on on a daemon thread of their own. */
  static FutureTask<WordSources> loading(Config config) {
    FutureTask<WordSources> loading = new FutureTask<>(() -> {
      Translations loaded = translations(config);
      return new WordSources(loaded, gloss(config, loaded));
    });
    Thread.ofPlatform().daemon().name("briefbot-dictionaries").start(loading);
    return loading;
  }

  /** The dictionaries once loaded; when they cannot be, the cause as loading threw it. */
  static WordSources loaded(FutureTask<WordSources> loading) {
    return Awaited.value(loading, "loading the dictionaries");
  }

  /**
   * The bilingual dictionaries that translate questions into the corpus's other languages: FreeDict's in
   * {@code BRIEFBOT_DICTIONARIES} (default Debian's folder), converted once into {@code BRIEFBOT_CACHE}, with the
   * place names of {@code BRIEFBOT_ISO_CODES}.
   */
  static Translations translations(Config config) {
    return Translations.load(config.get(Settings.DICTIONARIES), Briefbot.cache(config), config.get(Settings.ISO_CODES));
  }

  /** The English gloss of other languages' text, preferring words of the in-process model's own vocabulary. */
  static Gloss gloss(Config config, Translations translations) {
    if (config.get(Settings.EMBEDDINGS) != Settings.EmbeddingProvider.ONNX) {
      return new Gloss(translations);
    }
    Path tokenizer = config.get(Settings.EMBEDDING_MODEL) == null ? null : config.get(Settings.EMBEDDING_TOKENIZER);
    return new Gloss(translations, () -> {
      try (InputStream in = tokenizer == null ? builtInTokenizer() : Files.newInputStream(tokenizer)) {
        return in == null ? null : Gloss.vocabulary(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model's vocabulary in " + tokenizer, e);
      }
    });
  }

  private static InputStream builtInTokenizer() {
    return AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + BUILT_IN_TOKENIZER);
  }

  /**
   * The claim check's glossary: these dictionaries and lexicon, a word they lack looked up by the Hunspell
   * {@code roots} as a question's words are ("financiële": financieel), with {@code thesaurus}'s synonyms, keeping
   * {@link #GLOSSARY_WORDS} words' entries across answers.
   */
  Glossary claimGlossary(Path thesaurus, TextAnalysis analysis) {
    return glossary(translations, analysis::roots, analysis).withThesaurus(thesaurus).keeping(GLOSSARY_WORDS);
  }

  /** The dictionaries and lexicon retrieval translates with, for the claim check's cross-language matching. */
  static Glossary glossary(Translations translations, BiFunction<String, String, List<String>> roots) {
    return glossary(translations, roots, TextAnalysis.NO_WORD_LISTS);
  }

  /** {@link #glossary(Translations, BiFunction)}, spelling German and Dutch by {@code analysis}' Hunspell dictionaries. */
  static Glossary glossary(Translations translations, BiFunction<String, String, List<String>> roots,
      TextAnalysis analysis) {
    return new Glossary() {
      @Override
      public boolean spells(String word) {
        return analysis.knows(word);
      }

      @Override
      public boolean spells(String word, String language) {
        return analysis.knows(word, language);
      }

      @Override
      public boolean spellsIn(String language) {
        return analysis.spellsIn(language);
      }

      @Override
      public Set<String> translations(String word, String from, String to) {
        return translations.weighted(word, from, to).keySet();
      }

      /** The translations both directions of a dictionary agree on (or the news lexicon gives). */
      @Override
      public Set<String> sureTranslations(String word, String from, String to) {
        return translations.weighted(word, from, to).entrySet().stream().filter(e -> e.getValue() >= SURE)
            .map(Map.Entry::getKey).collect(Collectors.toSet());
      }

      /** The roots a dictionary lists as a headword, as retrieval looks a question's word up by them. */
      @Override
      public List<String> lemmas(String word, String language) {
        return roots.apply(language, word).stream().filter(root -> translations.headword(root, language)).toList();
      }

      /**
       * A word both directions of a dictionary translate alike into another word: dictionaries also list names
       * ("Stoltenberg", translated as itself) and rare senses ("trump", "kim"), which must not make a name a word.
       * Retrieval adds the forms a text inflects a translation in ("Stoltenbergs", a German genitive, beside
       * "Stoltenberg"), each as trusted as the translation: such a form is the same word, not another one.
       */
      @Override
      public boolean knows(String word, String language) {
        return translations.weighted(word, language).entrySet().stream()
            .filter(e -> !e.getKey().equals(language))
            .anyMatch(e -> e.getValue().entrySet().stream()
                .anyMatch(t -> t.getValue() >= SURE && !t.getKey().equalsIgnoreCase(word)
                    && !inflectedForm(t.getKey(), e.getValue().keySet())));
      }
    };
  }

  /**
   * Whether {@code translation} is another of the word's translations (the word itself among them, for a name) with an
   * inflection's ending: "stoltenbergs" beside "stoltenberg", "seúles" beside "seúl".
   */
  private static boolean inflectedForm(String translation, Set<String> translations) {
    String form = translation.toLowerCase(Locale.ROOT);
    return translations.stream().anyMatch(t -> endsOff(form, t.toLowerCase(Locale.ROOT)));
  }

  private static boolean endsOff(String form, String base) {
    return form.length() > base.length() && form.length() <= base.length() + INFLECTION && form.startsWith(base);
  }
}
