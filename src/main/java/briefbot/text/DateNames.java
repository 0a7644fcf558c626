package briefbot.text;

import java.util.List;
import java.util.stream.Stream;

/**
 * The names of the months and of the days of the week in the articles' five languages (English, Dutch, German,
 * French, Spanish), as written: one declaration that sentence splitting, the answer type of a question, the index's
 * numbers and an answer's figures read, each adding its own abbreviations and exceptions.
 */
public final class DateNames {

  /** Each month's names, January first; a name two languages share is written once ("april", "juni"). */
  public static final List<List<String>> MONTHS = List.of(
      List.of("january", "januari", "januar", "janvier", "enero"),
      List.of("february", "februari", "februar", "février", "febrero"),
      List.of("march", "maart", "märz", "mars", "marzo"),
      List.of("april", "avril", "abril"),
      List.of("may", "mei", "mai", "mayo"),
      List.of("june", "juni", "juin", "junio"),
      List.of("july", "juli", "juillet", "julio"),
      List.of("august", "augustus", "août", "agosto"),
      List.of("september", "septembre", "septiembre"),
      List.of("october", "oktober", "octobre", "octubre"),
      List.of("november", "novembre", "noviembre"),
      List.of("december", "dezember", "décembre", "diciembre"));

  /** Each day's names, Monday first. */
  public static final List<List<String>> WEEKDAYS = List.of(
      List.of("monday", "maandag", "montag", "lundi", "lunes"),
      List.of("tuesday", "dinsdag", "dienstag", "mardi", "martes"),
      List.of("wednesday", "woensdag", "mittwoch", "mercredi", "miércoles"),
      List.of("thursday", "donderdag", "donnerstag", "jeudi", "jueves"),
      List.of("friday", "vrijdag", "freitag", "vendredi", "viernes"),
      List.of("saturday", "zaterdag", "samstag", "samedi", "sábado"),
      List.of("sunday", "zondag", "sonntag", "dimanche", "domingo"));

  private DateNames() {}

  /** Every month's names, as written. */
  public static Stream<String> months() {
    return MONTHS.stream().flatMap(List::stream);
  }

  /** Every day's names, as written. */
  public static Stream<String> weekdays() {
    return WEEKDAYS.stream().flatMap(List::stream);
  }
}
