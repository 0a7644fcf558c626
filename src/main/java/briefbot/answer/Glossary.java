package briefbot.answer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the claim check knows of words across languages: the words of a language that translate (or mean the same
 * as) a word, and whether a word is an ordinary word rather than a name.
 */
public interface Glossary {

  /**
   * The words of language {@code to} that translate {@code word}, a word of language {@code from} (its synonyms when
   * the two are the same); empty when unknown.
   */
  Set<String> translations(String word, String from, String to);

  /**
   * The translations of {@code word} the dictionaries are sure of (both directions agree on them): what a synonym of a
   * claim's word may be matched by in another language; all of {@link #translations} when the glossary cannot tell.
   */
  default Set<String> sureTranslations(String word, String from, String to) {
    return translations(word, from, to);
  }

  /**
   * Words of {@code language} for what {@code word} names in general ("airplane" for "jet"): a claim may use them for
   * a paragraph's more precise word, never the other way round; empty when unknown.
   */
  default Set<String> broader(String word, String language) {
    return Set.of();
  }

  /**
   * Words of {@code language} derived from {@code word} itself ("decision" for "decided"): the same word in another
   * part of speech, which may stand for it as fully as another inflection; empty when unknown.
   */
  default Set<String> derived(String word, String language) {
    return Set.of();
  }

  /**
   * Words of {@code language} that mean the opposite of {@code word} ("private" for "public", "minor" for "major"):
   * what a sentence that swaps the question's word for it says against the question; empty when unknown.
   */
  default Set<String> opposites(String word, String language) {
    return Set.of();
  }

  /**
   * The verbs of {@code language} (their dictionary forms) {@code word} may be a form of ("bought": buy; "wrote":
   * write), as a thesaurus lists verbs: what a question's verb is read by; empty when unknown or no verb.
   */
  default Set<String> verbs(String word, String language) {
    return Set.of();
  }

  /**
   * The dictionary forms a spelling dictionary of {@code language} reads {@code word} as a form of ("financiële":
   * financieel), each one a translating dictionary lists: what a word no translation is found for as written or by its
   * usual endings is looked up by; empty when unknown.
   */
  default List<String> lemmas(String word, String language) {
    return List.of();
  }

  /** Whether {@code word} is an ordinary word of {@code language} (so a capital letter does not make it a name). */
  boolean knows(String word, String language);

  /**
   * Whether an installed spelling dictionary (WordNet's English, Hunspell's German and Dutch) lists {@code word}, as
   * itself or a form of another: a word spelt right, not a typo, though the corpus may not write it; false without one.
   */
  default boolean spells(String word) {
    return false;
  }

  /**
   * {@link #spells(String)}, asking the dictionary of {@code language} (the question's) first: the same answer, with
   * the other dictionaries read only when that one does not list the word.
   */
  default boolean spells(String word, String language) {
    return spells(word);
  }

  /** Whether a spelling dictionary of {@code language} is installed, so that {@link #spells} can tell a typo. */
  default boolean spellsIn(String language) {
    return false;
  }

  /**
   * This glossary without same-language synonyms: what names, roles and certainty are compared with, since a
   * synonym's looser sense ("confirm" for "say") must not make a claim surer or name someone else.
   */
  default Glossary withoutSynonyms() {
    return this;
  }

  /** This glossary with its answers remembered, for one check that asks about the same words many times. */
  default Glossary remembering() {
    Glossary inner = this;
    Map<String, Set<String>> translations = new HashMap<>();
    Map<String, Boolean> known = new HashMap<>();
    return new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        return translations.computeIfAbsent(from + ">" + to + ":" + word, k -> inner.translations(word, from, to));
      }

      @Override
      public Set<String> broader(String word, String language) {
        return translations.computeIfAbsent(language + "^:" + word, k -> inner.broader(word, language));
      }

      @Override
      public Set<String> derived(String word, String language) {
        return translations.computeIfAbsent(language + "+:" + word, k -> inner.derived(word, language));
      }

      @Override
      public Set<String> opposites(String word, String language) {
        return translations.computeIfAbsent(language + "!:" + word, k -> inner.opposites(word, language));
      }

      @Override
      public Set<String> verbs(String word, String language) {
        return translations.computeIfAbsent(language + "v:" + word, k -> inner.verbs(word, language));
      }

      @Override
      public boolean knows(String word, String language) {
        return known.computeIfAbsent(language + ":" + word, k -> inner.knows(word, language));
      }

      @Override
      public List<String> lemmas(String word, String language) {
        return inner.lemmas(word, language);
      }

      @Override
      public boolean spells(String word) {
        return inner.spells(word);
      }

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
        return inner.withoutSynonyms() == inner ? this : inner.withoutSynonyms().remembering();
      }
    };
  }

  /**
   * This glossary with its answers kept across checks, at most {@code entries} of them (the least used go first):
   * answers and claims of one corpus ask about the same words again and again, and each look-up walks the
   * dictionaries (a word's stems, its irregular verb forms through every prefix, the pivot language) and WordNet.
   * Safe to share between threads; the sets it gives are not to be changed.
   */
  default Glossary keeping(int entries) {
    return new KeptGlossary(this, entries);
  }

  /**
   * This glossary with English synonyms and derived words ("decision" for "decided") from WordNet in {@code folder}
   * (Debian's {@code wordnet-base} installs it in {@code /usr/share/wordnet}); as it is when WordNet is not there.
   * WordNet is opened when first asked, so a Briefbot that never checks a claim never reads it.
   */
  default Glossary withThesaurus(Path folder) {
    Glossary inner = this;
    Supplier<Optional<WordNet>> wordNet =
        new Supplier<>() {
          private volatile Optional<WordNet> opened;

          @Override
          public Optional<WordNet> get() {
            if (opened == null) {
              opened = WordNet.open(folder);
            }
            return opened;
          }
        };
    return new Glossary() {
      @Override
      public Set<String> translations(String word, String from, String to) {
        Set<String> out = inner.translations(word, from, to);
        if (!from.equals("en")) {
          return to.equals("en") && !out.isEmpty() ? withSynonyms(out) : out;
        }
        Set<String> synonyms = wordNet.get().map(w -> w.related(word)).orElse(Set.of());
        if (synonyms.isEmpty()) {
          return out;
        }
        Set<String> all = new HashSet<>(out);
        if (to.equals("en")) {
          all.addAll(synonyms);
        } else {
          // a paraphrase's word the dictionary lacks, through a synonym it has ("strike" -> "attack" -> "aanvallen"),
          // by the synonym's sure translations only: a synonym is one step from the word and a loose translation of it
          // another, and the two together matched "strike" to "vallen" (drop), "close" to "delen" (end: "uiterste
          // deel"), "attacked" to "om" (round), as whichever few loose senses retrieval kept for the synonym came up
          synonyms.forEach(s -> all.addAll(inner.sureTranslations(s, from, to)));
        }
        return all;
      }

      /**
       * English translations of a word of another language with their synonyms: a Dutch paragraph's "oefening" is
       * "drill" as well as "exercise" to an English claim, as an English paragraph's "exercise" would be.
       */
      private Set<String> withSynonyms(Set<String> translations) {
        Set<String> all = new HashSet<>(translations);
        wordNet.get().ifPresent(w -> translations.forEach(t -> all.addAll(w.related(t))));
        return all;
      }

      @Override
      public Set<String> broader(String word, String language) {
        return language.equals("en") ? wordNet.get().map(w -> w.broader(word)).orElse(Set.of()) : Set.of();
      }

      @Override
      public Set<String> derived(String word, String language) {
        return language.equals("en") ? wordNet.get().map(w -> w.derived(word)).orElse(Set.of()) : Set.of();
      }

      @Override
      public Set<String> opposites(String word, String language) {
        return language.equals("en") ? wordNet.get().map(w -> w.opposites(word)).orElse(Set.of()) : Set.of();
      }

      @Override
      public Set<String> verbs(String word, String language) {
        return language.equals("en") ? wordNet.get().map(w -> w.verbs(word)).orElse(Set.of())
            : inner.verbs(word, language);
      }

      @Override
      public boolean knows(String word, String language) {
        return inner.knows(word, language);
      }

      @Override
      public List<String> lemmas(String word, String language) {
        return inner.lemmas(word, language);
      }

      @Override
      public boolean spells(String word) {
        return inner.spells(word) || wordNet.get().map(w -> w.lists(word)).orElse(false);
      }

      @Override
      public boolean spells(String word, String language) {
        if ("en".equals(language)) { // WordNet first: an English word needs no Hunspell dictionary read
          return wordNet.get().map(w -> w.lists(word)).orElse(false) || inner.spells(word, language);
        }
        return inner.spells(word, language) || wordNet.get().map(w -> w.lists(word)).orElse(false);
      }

      @Override
      public boolean spellsIn(String language) {
        return inner.spellsIn(language) || language.equals("en") && wordNet.get().isPresent();
      }

      @Override
      public Glossary withoutSynonyms() {
        return inner.withoutSynonyms();
      }
    };
  }

  /** No dictionary: only identical words, stems, cognates and names match across languages. */
  Glossary NONE = new Glossary() {
    @Override
    public Set<String> translations(String word, String from, String to) {
      return Set.of();
    }

    @Override
    public boolean knows(String word, String language) {
      return false;
    }
  };
}
