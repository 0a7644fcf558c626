package briefbot.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/** Figures as news prints them in each language: counts, percentages, money and years. */
final class Numbers {

  private Numbers() {}

  static String figure(String language, SplittableRandom random, Vocabulary words) {
    return switch (random.nextInt(4)) {
      case 0 -> count(language, 100 + random.nextInt(99_900));
      case 1 -> decimal(language, random.nextInt(1, 400) / 10.0) + " " + words.pick(language, "percent", random);
      case 2 -> decimal(language, random.nextInt(1, 500) / 10.0) + " " + words.pick(language, "million", random);
      default -> Integer.toString(1990 + random.nextInt(40));
    };
  }

  private static String count(String language, int n) {
    String plain = String.format(Locale.ROOT, "%,d", n);
    return switch (language) {
      case "en" -> plain;
      case "fr" -> plain.replace(',', ' ');
      default -> plain.replace(',', '.');
    };
  }

  private static String decimal(String language, double d) {
    String plain = String.format(Locale.ROOT, "%.1f", d);
    return "en".equals(language) ? plain : plain.replace('.', ',');
  }
}
