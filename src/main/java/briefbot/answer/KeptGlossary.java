package briefbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A glossary whose answers are kept across checks: see {@link Glossary#keeping}. */
final class KeptGlossary implements Glossary {
  private final Glossary inner;
  private final Cache<String, Set<String>> words;
  private final Cache<String, Boolean> known;
  /** The kept glossary without synonyms, made once: a check asks for it each time. */
  private final Glossary plain;

  KeptGlossary(Glossary inner, int entries) {
    this.inner = inner;
    this.words = Caffeine.newBuilder().maximumSize(entries).executor(Runnable::run).build();
    this.known = Caffeine.newBuilder().maximumSize(entries).executor(Runnable::run).build();
    Glossary withoutSynonyms = inner.withoutSynonyms();
    this.plain = withoutSynonyms == inner ? this : new KeptGlossary(withoutSynonyms, entries);
  }

  @Override
  public Set<String> translations(String word, String from, String to) {
    return kept(from + ">" + to + ":" + word, () -> inner.translations(word, from, to));
  }

  @Override
  public Set<String> broader(String word, String language) {
    return kept(language + "^:" + word, () -> inner.broader(word, language));
  }

  @Override
  public Set<String> derived(String word, String language) {
    return kept(language + "+:" + word, () -> inner.derived(word, language));
  }

  @Override
  public Set<String> opposites(String word, String language) {
    return kept(language + "!:" + word, () -> inner.opposites(word, language));
  }

  @Override
  public Set<String> verbs(String word, String language) {
    return kept(language + "v:" + word, () -> inner.verbs(word, language));
  }

  @Override
  public boolean knows(String word, String language) {
    String key = language + ":" + word;
    Boolean found = known.getIfPresent(key);
    if (found == null) {
      found = inner.knows(word, language);
      known.put(key, found);
    }
    return found;
  }

  /** Not kept here: the spelling dictionary keeps each word's lemmas itself. */
  @Override
  public List<String> lemmas(String word, String language) {
    return inner.lemmas(word, language);
  }

  /** Not kept here: asked only when an answer is refused. */
  @Override
  public boolean spells(String word) {
    return inner.spells(word);
  }

  /** Not kept here either. */
  @Override
  public boolean spells(String word, String language) {
    return inner.spells(word, language);
  }

  @Override
  public boolean spellsIn(String language) {
    return inner.spellsIn(language);
  }

  @Override
  public Glossary withoutSynonyms() {
    return plain;
  }

  /** Looked up outside the cache's lock: a look-up may ask this glossary's inner ones about other words. */
  private Set<String> kept(String key, Supplier<Set<String>> lookUp) {
    Set<String> found = words.getIfPresent(key);
    if (found == null) {
      found = Collections.unmodifiableSet(lookUp.get());
      words.put(key, found);
    }
    return found;
  }
}
