package briefbot.retrieval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted linear model's file as the fitting writes it (the answerability and sentence models): its feature names,
 * weights and numeric settings, read as a token stream because a fresh process's first Jackson tree cost ~0.4 s of CPU
 * on the way to its first answer (docs/benchmarks.md, December 4, eleventh session); other fields are skipped.
 */
public record LinearModelFile(List<String> features, double[] weights, Map<String, Double> numbers) {

  public LinearModelFile {
    features = List.copyOf(features);
    weights = weights.clone();
    numbers = Map.copyOf(numbers);
  }

  /** The number {@code name}, or {@code otherwise} when the file gives none. */
  public double number(String name, double otherwise) {
    return numbers.getOrDefault(name, otherwise);
  }

  /** Reads the file; {@code name} names it in errors. */
  public static LinearModelFile read(InputStream in, String name) throws IOException {
    List<String> features = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    Map<String, Double> numbers = new HashMap<>();
    try (JsonParser json = new JsonFactory().createParser(in)) {
      expect(json.nextToken(), JsonToken.START_OBJECT, name);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "features" -> {
            expect(value, JsonToken.START_ARRAY, name);
            while (json.nextToken() != JsonToken.END_ARRAY) {
              features.add(json.getValueAsString());
            }
          }
          case "weights" -> {
            expect(value, JsonToken.START_ARRAY, name);
            while (json.nextToken() != JsonToken.END_ARRAY) {
              weights.add(json.getValueAsDouble());
            }
          }
          default -> {
            if (value.isNumeric()) {
              numbers.put(field, json.getValueAsDouble());
            } else {
              json.skipChildren();
            }
          }
        }
      }
    }
    return new LinearModelFile(features, weights.stream().mapToDouble(Double::doubleValue).toArray(), numbers);
  }

  private static void expect(JsonToken found, JsonToken expected, String name) throws IOException {
    if (found != expected) {
      throw new IOException(name + ": " + expected + " expected, found " + found);
    }
  }
}
