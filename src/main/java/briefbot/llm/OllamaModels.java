package briefbot.llm;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models an Ollama server has pulled, asked once at start-up ({@code GET /api/tags}): a model it lacks would
 * otherwise be found at the first question, after the index and the embedding model loaded (23 s), and then at every
 * one, each answer falling back to the extractive one.
 */
final class OllamaModels {

  private static final Logger LOG = LoggerFactory.getLogger(OllamaModels.class);
  private static final Duration WAIT = Duration.ofSeconds(5);

  private OllamaModels() {}

  /**
   * Stops start-up with one line when the server answers and lacks {@code settings}' model; a server that does not
   * answer is one warning (it may be started later: answers are extractive until then).
   */
  static void check(Config config, LlmSettings settings) {
    List<String> pulled;
    try {
      pulled = pulled(settings.endpoint());
    } catch (IOException e) {
      LOG.warn("cannot reach Ollama at {} ({}): answers are extractive until it answers; start it with `ollama serve`,"
          + " or set {}", settings.endpoint(), Failure.detail(e), config.nameOf(Settings.OLLAMA_BASE_URL));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    String model = settings.model();
    if (!pulled.contains(model) && !pulled.contains(model + ":latest")) {
      throw new ConfigException("Ollama at " + settings.endpoint() + " has no model '" + model + "' ("
          + config.nameOf(Settings.LLM_MODEL) + "): pull it with `ollama pull " + model + "`"
          + (pulled.isEmpty() ? "" : ", or name one it has: " + String.join(", ", pulled)));
    }
  }

  /** The names of the server's models ("llama3.1:latest"). */
  private static List<String> pulled(String endpoint) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.replaceAll("/+$", "") + "/api/tags"))
        .timeout(WAIT).GET().build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from /api/tags");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode model : new ObjectMapper().readTree(response.body()).path("models")) {
      names.add(model.path("name").asText());
    }
    return names;
  }
}
