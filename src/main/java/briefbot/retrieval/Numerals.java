package briefbot.retrieval;

import java.util.Set;

/**
 * How the articles' five languages write a number in words, and which digits make a year: one declaration that the
 * answer type of a question and the figures and years of an answer all read.
 */
public final class Numerals {

  /** Cardinal number words, folded, in the five languages: what may stand for a figure written in digits. */
  public static final Set<String> CARDINALS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "twice", "twee",
      "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig", "dertig", "veertig",
      "vijftig", "honderd", "honderden", "duizend", "duizenden", "tienduizenden", "honderdduizenden", "miljoen",
      "miljoenen", "miljard", "miljarden", "tientallen", "zwei", "drei", "funf", "sechs", "sieben", "neun", "zehn",
      "zwolf", "zwanzig", "dreissig", "hundert", "hunderte", "tausend", "tausende", "millionen", "milliarde",
      "milliarden", "dutzende", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "veinte",
      "treinta", "cien", "ciento", "cientos", "mil", "miles", "millon", "millones", "decenas", "deux", "trois",
      "quatre", "cinq", "sept", "huit", "neuf", "dix", "vingt", "cent", "mille",
      // past ten ("trece anos", "dertien dagen"); not Spanish "once", French "onze" or "seize": English and Dutch words
      "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "zestig", "zeventig",
      "tachtig", "negentig", "dreizehn", "vierzehn", "funfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
      "dreißig", "vierzig", "funfzig", "sechzig", "siebzig", "achtzig", "neunzig", "doce", "trece", "catorce",
      "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinticinco", "cuarenta", "cincuenta",
      "sesenta", "setenta", "ochenta", "noventa", "douze", "treize", "quatorze", "quinze", "trente", "quarante",
      "cinquante", "soixante");
  /**
   * A year's four digits, 1000 to 2099, as a regular expression without bounds: each reader bounds it as it needs (a
   * decade's "s", a range's dash, not inside "1,500").
   */
  public static final String YEAR_DIGITS = "1\\d{3}|20\\d{2}";

  private Numerals() {}
}
