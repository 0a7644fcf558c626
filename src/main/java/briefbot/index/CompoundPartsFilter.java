package briefbot.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Adds after a German or Dutch compound its two listed parts at its position ("armutsgrenze": armut, grenze), so
 * that a question's part finds the compound and a question's compound its part, while the whole word keeps its own
 * term and an exact match its weight. Lucene's compound filter, with {@link CompoundWords}' split instead of any listed
 * substring: a full-form list holds compounds and syllables that are words, so only a split into two listed words,
 * joined as the language joins them, is taken.
 */
final class CompoundPartsFilter extends CompoundWordTokenFilterBase {

  private final CompoundWords words;

  CompoundPartsFilter(TokenStream input, CompoundWords words) {
    super(input, null, 2 * CompoundWords.MIN_PART, CompoundWords.MIN_PART, Integer.MAX_VALUE, false);
    this.words = words;
  }

  @Override
  protected void decompose() {
    for (int[] part : words.parts(termAtt.buffer(), termAtt.length())) {
      tokens.add(new CompoundToken(part[0], part[1] - part[0]));
    }
  }
}
