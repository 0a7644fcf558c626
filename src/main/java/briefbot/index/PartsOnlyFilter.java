package briefbot.index;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps only the parts {@link CompoundPartsFilter} adds, dropping the words as written: the parts field holds what
 * the body field beside it does not, so the body field's terms and document frequencies stay the words' own.
 */
final class PartsOnlyFilter extends FilteringTokenFilter {

  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  PartsOnlyFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    return CompoundWordTokenFilterBase.TOKEN_TYPE_SUBWORD.equals(type.type());
  }
}
