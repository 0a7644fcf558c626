package briefbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * An English-only embedding model that reads a paragraph in another language as its English gloss (what ingest
 * embeds; the paragraph's text, its BM25 terms and its citations stay as written): every paragraph's vector then
 * lies in the model's English space, where a question in any language, glossed the same way, meets it.
 */
public final class GlossedEmbeddings implements EmbeddingModel {

  /** The metadata key under which ingest gives a paragraph's language. */
  public static final String LANGUAGE = "language";

  private final EmbeddingModel model;
  private final Set<String> understood;
  private final BinaryOperator<String> gloss;

  private GlossedEmbeddings(EmbeddingModel model, Set<String> understood, BinaryOperator<String> gloss) {
    this.model = model;
    this.understood = Set.copyOf(understood);
    this.gloss = gloss;
  }

  /**
   * {@code model} glossing a paragraph in a language it does not understand ({@code understood}; {@code "*"} for
   * all) with {@code gloss} (text, language → English) when it understands English; else {@code model} itself.
   */
  public static EmbeddingModel around(EmbeddingModel model, Set<String> understood, BinaryOperator<String> gloss) {
    boolean glosses = model != null && !understood.contains("*") && understood.contains("en");
    return glosses ? new GlossedEmbeddings(model, understood, gloss) : model;
  }

  /** The model behind the gloss: what the index records as having made its vectors. */
  static EmbeddingModel unwrapped(EmbeddingModel model) {
    return model instanceof GlossedEmbeddings glossed ? glossed.model : model;
  }

  @Override
  public Response<Embedding> embed(String text) {
    return model.embed(text);
  }

  @Override
  public Response<Embedding> embed(TextSegment segment) {
    return model.embed(readable(segment));
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    return model.embedAll(segments.stream().map(this::readable).toList());
  }

  private TextSegment readable(TextSegment segment) {
    String language = segment.metadata().getString(LANGUAGE);
    if (language == null || understood.contains(language)) {
      return segment;
    }
    String english = gloss.apply(segment.text(), language);
    return english.isBlank() ? segment : TextSegment.from(english, segment.metadata());
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public String modelName() {
    return model.modelName();
  }
}
