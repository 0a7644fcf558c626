package briefbot.llm;

import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.azure.AzureOpenAiStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * The LangChain4j chat models of each provider, built from the settings. Their own retries are off: retries,
 * with {@code Retry-After} honoured within the time budget, are {@link Attempts}' job, the same for every provider.
 */
final class Providers {

  /** A provider's blocking and streaming chat models. */
  record Models(ChatModel chat, StreamingChatModel streaming) {}

  /** Sent as the key to an OpenAI-compatible server that asks for none (LangChain4j always sends one). */
  private static final String NO_KEY = "none";

  private Providers() {}

  static Models of(LlmSettings s) {
    return switch (s.provider()) {
      case OPENAI -> openAi(s);
      case AZURE_OPENAI -> azure(s);
      case OLLAMA -> ollama(s);
      case NONE -> throw new IllegalArgumentException("no provider " + s.provider());
    };
  }

  private static Models openAi(LlmSettings s) {
    String key = s.apiKey() == null ? NO_KEY : s.apiKey();
    ChatModel chat = OpenAiChatModel.builder().httpClientBuilder(new ModelHttpClient.Builder()).baseUrl(s.endpoint())
        .apiKey(key).modelName(s.model()).timeout(s.timeout()).maxRetries(0).build();
    StreamingChatModel streaming = OpenAiStreamingChatModel.builder().httpClientBuilder(new ModelHttpClient.Builder())
        .baseUrl(s.endpoint()).apiKey(key).modelName(s.model()).timeout(s.timeout()).build();
    return new Models(chat, streaming);
  }

  private static Models azure(LlmSettings s) {
    ChatModel chat = AzureOpenAiChatModel.builder().httpClientProvider(new AzureHttp()).endpoint(s.endpoint())
        .apiKey(s.apiKey()).deploymentName(s.model()).serviceVersion(s.apiVersion()).timeout(s.timeout()).maxRetries(0)
        .build();
    StreamingChatModel streaming = AzureOpenAiStreamingChatModel.builder().httpClientProvider(new AzureHttp())
        .endpoint(s.endpoint()).apiKey(s.apiKey()).deploymentName(s.model()).serviceVersion(s.apiVersion())
        .timeout(s.timeout()).maxRetries(0).build();
    return new Models(chat, streaming);
  }

  private static Models ollama(LlmSettings s) {
    ChatModel chat = OllamaChatModel.builder().httpClientBuilder(new ModelHttpClient.Builder()).baseUrl(s.endpoint())
        .modelName(s.model()).timeout(s.timeout()).maxRetries(0).build();
    StreamingChatModel streaming = OllamaStreamingChatModel.builder().httpClientBuilder(new ModelHttpClient.Builder())
        .baseUrl(s.endpoint()).modelName(s.model()).timeout(s.timeout()).build();
    return new Models(chat, streaming);
  }
}
