package briefbot.retrieval;

import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How far a word's translations are of the part of speech its form shows, by the dictionaries' labelled senses. */
final class SenseFit {

  /**
   * A translation whose senses are all of another part of speech than the word's form keeps this share of its
   * weight ("starb": death); one the dictionaries label nothing sits halfway.
   */
  private static final double OTHER_PART = 0.25;
  private static final double UNLABELLED = (1 + OTHER_PART) / 2;
  /**
   * A translation that is this part of speech in at least this share of its labelled senses counts fully: labels
   * count entries, not use ("die" is a noun in 54 % of them, all tools and dice; "book" a verb in 88 %).
   */
  static final double ENOUGH = 0.25;

  private final TermTable table;

  SenseFit(TermTable table) {
    this.table = table;
  }

  /**
   * The translations re-weighted by how often each is of the part of speech {@code pos} in the dictionaries' labels
   * ({@link PartOfSpeech}): a verb form keeps a verb's senses ("starb": died before death, "pidió": ask before book);
   * the best fitting translation keeps its weight. Only English has labelled senses enough to tell.
   */
  List<Translation> fit(String to, List<Translation> found, int pos) {
    if (pos == 0 || found.size() < 2 || !to.equals(Dictionaries.PIVOT)) {
      return found;
    }
    double[] factor = new double[found.size()];
    double top = 0;
    for (int i = 0; i < factor.length; i++) {
      double share = share(to, found.get(i).text(), pos);
      factor[i] = share < 0 ? UNLABELLED : OTHER_PART + (1 - OTHER_PART) * Math.min(1, share / ENOUGH);
      top = Math.max(top, factor[i]);
    }
    List<Translation> out = new ArrayList<>(found.size());
    for (int i = 0; i < factor.length; i++) {
      out.add(new Translation(found.get(i).text(), found.get(i).weight() * factor[i] / top));
    }
    out.sort(Comparator.comparingDouble(Translation::weight).reversed());
    return out;
  }

  /** The share of a translation's senses (its first word's) of part of speech {@code pos}; -1 when none is labelled. */
  double share(String language, String translation, int pos) {
    int space = translation.indexOf(' ');
    List<Translation> profile = table.get(language, language, Key.POS,
        space < 0 ? translation : translation.substring(0, space));
    if (profile.isEmpty()) {
      return -1;
    }
    double share = 0;
    for (Translation part : profile) {
      share += (pos & PartOfSpeech.bit(PartOfSpeech.NAMES.indexOf(part.text()))) != 0 ? part.weight() : 0;
    }
    return Math.min(1, share);
  }
}
