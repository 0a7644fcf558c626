package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An English question on a German or Spanish article whose own verdict falls just short of the threshold is answered,
 * as the closest match, where the passage read as English text (its gloss) is judged well answered; a German question
 * keeps the model's own verdict.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class EnglishQuestionsAbroadTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("hafen", "de", "Neues Fährterminal in Rostock",
            "Die Stadt Rostock hat am Dienstag ein neues Fährterminal eröffnet. Der Bau kostete 40 Millionen Euro und "
                + "dauerte drei Jahre.",
            "Die Fähren nach Schweden sollen zweimal am Tag fahren, sagte Bürgermeisterin Eva Kröger.")
        .article("orquesta", "es", "La orquesta de Valencia",
            "La orquesta de Valencia fue fundada en 1943 por el director Joaquín Rodrigo. Hoy tiene ochenta músicos.",
            "En 2010 la orquesta grabó su primer disco con obras de compositores valencianos.")
        .article("wald", "de", "Waldbrand in Brandenburg",
            "Ein Waldbrand hat in Brandenburg rund 200 Hektar Kiefernwald zerstört. Die Feuerwehr war mit 300 "
                + "Einsatzkräften vor Ort.")
        .article("museo", "es", "El museo de Bilbao",
            "El museo Guggenheim de Bilbao abrió sus puertas en 1997. El edificio fue diseñado por el arquitecto "
                + "Frank Gehry y costó 100 millones de dólares.")
        .article("wahl", "de", "Bürgermeisterwahl in Leipzig",
            "Bei der Wahl in Leipzig erhielt der Amtsinhaber 48 Prozent der Stimmen. Die Wahlbeteiligung lag bei "
                + "55 Prozent, teilte das Wahlamt am Montag mit.",
            "Eine Stichwahl findet am 14. Juli statt.")
        .article("zug", "de", "Bahnstreik in Bayern",
            "Die Lokführer in Bayern streikten am Donnerstag für höhere Löhne. Die Hälfte der Regionalzüge fiel aus.")
        .article("vino", "es", "La cosecha de vino en La Rioja",
            "Los viticultores de La Rioja recogieron este otoño un veinte por ciento menos de uva que el año pasado "
                + "por la sequía.",
            "El precio del kilo de uva subió a un euro, según la cooperativa de Haro.")
        .article("puerto", "es", "El puerto de Algeciras",
            "El puerto de Algeciras movió cinco millones de contenedores en 2023, un récord para el puerto andaluz.")
        .article("guayana", "de", "Französisch-Guayana",
            "Die Kolonie diente lange als Verbannungsort für Sträflinge aus Frankreich. Auch die berüchtigten "
                + "Strafkolonien, darunter die auf der Teufelsinsel, wurden formell 1951 geschlossen. Anfang 1954 "
                + "kehrten die letzten Häftlinge nach Frankreich zurück.")
        .article("valentin", "de", "Valentinstag",
            "In Saudi-Arabien verbot die Religionspolizei in den Jahren 2002 und 2008 den Verkauf aller Artikel zum "
                + "Valentinstag. Händler mussten rote Waren aus den Regalen nehmen.")
        .article("carcel", "es", "La isla prisión",
            "La colonia penal de la isla fue cerrada oficialmente en 1959. Los últimos presos fueron trasladados al "
                + "continente en barco.")
        .article("fiesta", "es", "Las fiestas de San Fermín",
            "Durante las fiestas de San Fermín, el ayuntamiento de Pamplona prohibió en 2015 la venta de alcohol en la "
                + "calle después de medianoche. Los bares protestaron contra la medida.")
        .article("harbour", "en", "Gdansk opens its ferry terminal",
            "Maria Kowalski, the mayor of Gdansk, opened the new ferry terminal on Tuesday.")
        .article("league", "en", "Leeds win away",
            "Leeds United won 3-1 away at Norwich on Saturday, with two goals from their new striker.")
        .open();
  }

  @Test
  void aSpanishPassageReadAsEnglishTextCarriesAQuestionJustShortOfTheThreshold() {
    String question = "What did the bars do against the measure?";
    Answerability model = Answerability.load();
    Retrieval r = bot.retriever().retrieve(question);

    // the model's own reading falls short; read as English text, "Los bares protestaron contra la medida" answers
    assertThat(model.probability(r.signals())).isBetween(0.55, model.threshold());
    assertThat(model.probability(r.signals().asEnglishText())).isGreaterThanOrEqualTo(0.75);
    assertThat(r.confidence()).isEqualTo(model.threshold());
    Answer answer = bot.answerer().ask(Question.of(question));
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("protestaron");
    assertThat(((Answer.Grounded) answer).citations()).extracting(Citation::articleId, Citation::paragraph).first()
        .isEqualTo(Tuple.tuple("fiesta", 1));
    // carried at the threshold: given as the closest match, never as sure
    assertThat(r.sure()).isFalse();
  }

  @Test
  void aReadingJustShortOfTheThresholdStaysRefusedWhereTheEnglishTextReadingIsNotWellOverIt() {
    Answerability model = Answerability.load();
    Retrieval r = bot.retriever().retrieve("Who protested against the measure in Pamplona?");

    assertThat(model.probability(r.signals())).isBetween(0.55, model.threshold());
    assertThat(model.probability(r.signals().asEnglishText())).isLessThan(0.75);
    assertThat(r.evidence()).isFalse();
  }

  @Test
  void aGermanQuestionKeepsTheModelsOwnVerdict() {
    Answerability model = Answerability.load();
    Retrieval r = bot.retriever().retrieve("Was mussten die Händler aus den Regalen nehmen?");

    assertThat(r.signals().notEnglish()).isEqualTo(1.0);
    assertThat(r.confidence()).isEqualTo(model.probability(r.signals()));
  }
}
