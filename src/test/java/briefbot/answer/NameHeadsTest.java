package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.retrieval.Retrieval.Concept;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which sentences write the last word of a question's name of several words, as another article's must to join. */
class NameHeadsTest {

  private static NameHeads of(String question, List<Concept> concepts) {
    BitSet held = new BitSet();
    held.set(0, concepts.size());
    return NameHeads.of(question, concepts, held);
  }

  private static Concept concept(String word, boolean name) {
    return new Concept(word, name, 1.0, Map.of());
  }

  @Test
  void aNameOfSeveralWordsIsWrittenByItsLastWordInTheQuestionsCapitals() {
    NameHeads heads = of("How many members does the Christian Medical Fellowship have?", List.of(
        concept("members", false), concept("Christian", true), concept("Medical", true), concept("Fellowship", true)));
    assertThat(heads.allIn("The Fellowship said the bill would allow euthanasia.")).isTrue();
    assertThat(heads.allIn("Actor Christian Slater was greeted by cries of \"Christian, Christian\".")).isFalse();
    assertThat(heads.allIn("Its fellowship of doctors met in London.")).isFalse();
  }

  @Test
  void aTextWithoutCapitalsWritesItInAnyCase() {
    NameHeads heads = of("Welke gegevens staan er in de Basisregistratie Personen?", List.of(
        concept("gegevens", false), concept("Basisregistratie", true), concept("Personen", true)));
    assertThat(heads.allIn("in de basisregistratie personen (brp) staan uw persoonsgegevens.")).isTrue();
  }

  @Test
  void aNameOfOneWordAsksNothing() {
    NameHeads heads = of("How much is Argentina's economy expected to grow?", List.of(concept("Argentina", true),
        concept("economy", false)));
    assertThat(heads.allIn("The economy is expected to grow by about 4% this year.")).isTrue();
  }
}
