package briefbot.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * How an index analyses text: {@link Analyzers}' fields, with German and Dutch compounds split against the word lists
 * installed in one folder (Debian's {@code wngerman}, {@code wdutch}). Made once from the setting where a process is
 * wired and handed to the index it opens; a list is read the first time a word of its language is split (ingest, a
 * question's words), so a process that splits none never holds one.
 */
public final class TextAnalysis {

  /** Splits no compounds: the parts fields are not written and a question's words have no parts. */
  public static final TextAnalysis NO_WORD_LISTS = new TextAnalysis(List.of());

  /** The installed lists, as found when the analysis was made. */
  private final Map<String, CompoundWords.ListFile> installed;
  /** What an index built with it records it split against ("de=ngerman/4725887 nl=dutch/5096240", or "none"). */
  private final String recorded;
  /** Each language's list once read (under a second each; an FST of 1-2 MB). */
  private final Map<String, CompoundWords> loaded = new ConcurrentHashMap<>();
  /** Analysers are thread-safe and reuse their token streams per thread: one serves every caller. */
  private final Analyzer shared;

  private TextAnalysis(List<CompoundWords.ListFile> installed) {
    this.installed = installed.stream().collect(Collectors.toUnmodifiableMap(CompoundWords.ListFile::language,
        l -> l));
    this.recorded = installed.isEmpty() ? "none"
        : installed.stream().map(CompoundWords.ListFile::recorded).collect(Collectors.joining(" "));
    this.shared = perField();
  }

  /** Splits German and Dutch compounds against the word lists in {@code folder}; none that it does not hold. */
  public static TextAnalysis withWordLists(Path folder) {
    return new TextAnalysis(CompoundWords.installed(folder));
  }

  /** One analyser for the whole index, choosing by field name ({@link Analyzers#perField}), for an index writer. */
  public Analyzer perField() {
    return Analyzers.perField(this::compoundWords);
  }

  /** The terms a text becomes in a field, a parts field included ({@link Analyzers#terms} for the others). */
  public List<String> terms(String field, String text) {
    return Analyzers.terms(shared, field, text);
  }

  /** Whether the parts field beside a body field is written: its language's word list is installed. */
  public boolean splitsCompounds(String bodyField) {
    String parts = IndexFields.parts(bodyField);
    return parts != null && installed.containsKey(parts.substring("parts_".length()));
  }

  /**
   * The stems of a word's compound parts in a body field's language, less the whole word's own ("Berufszweig":
   * beruf, zweig); empty for a word that is no compound of listed words, in another field, or without the word list.
   */
  public List<String> parts(String bodyField, String word) {
    String parts = IndexFields.parts(bodyField);
    if (parts == null || !splitsCompounds(bodyField)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(new LinkedHashSet<>(terms(parts, word)));
    out.removeAll(terms(bodyField, word));
    return out;
  }

  /** What an index built with this analysis splits against, for its commit data: recorded once, as made. */
  public String wordListsRecorded() {
    return recorded;
  }

  /** A language's list, read the first time it is needed; null when it is not installed. */
  private CompoundWords compoundWords(String language) {
    CompoundWords.ListFile file = installed.get(language);
    if (file == null) {
      return null;
    }
    return loaded.computeIfAbsent(language, l -> CompoundWords.load(file));
  }
}
