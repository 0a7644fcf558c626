package briefbot.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/** A provider's chat model behind the time budget and retries: text in, text out, or a {@link ModelFailure}. */
final class Model {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Model.class);

  private final Providers.Models models;
  private final Attempts attempts;

  Model(Providers.Models models, Attempts attempts) {
    this.models = models;
    this.attempts = attempts;
  }

  /** The model's whole reply. */
  String chat(List<ChatMessage> messages) throws ModelFailure {
    ChatRequest request = ChatRequest.builder().messages(messages).build();
    return text(attempts.run(() -> models.chat().chat(request)));
  }

  /**
   * The model's whole reply, streamed: {@code soFar} sees the text as it grows, from the model client's thread,
   * and never after this method returns.
   */
  String stream(List<ChatMessage> messages, Consumer<String> soFar) throws ModelFailure {
    ChatRequest request = ChatRequest.builder().messages(messages).build();
    Gate gate = new Gate(soFar);
    try {
      return text(attempts.run(() -> streamOnce(request, gate)));
    } finally {
      gate.close();
    }
  }

  private ChatResponse streamOnce(ChatRequest request, Gate gate) throws Exception {
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    StringBuilder text = new StringBuilder();
    models.streaming().chat(request, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String partial) {
        if (partial != null && !done.isDone()) {
          text.append(partial);
          gate.pass(text.toString());
        }
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        done.complete(response);
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }
    });
    try {
      return done.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      done.cancel(true);
    }
  }

  private static String text(ChatResponse response) throws ModelFailure {
    String text = response.aiMessage() == null ? null : response.aiMessage().text();
    if (text == null || text.isBlank()) {
      throw new ModelFailure("empty reply (a refusal or a filtered answer; finish reason "
          + response.finishReason() + ")");
    }
    return text;
  }

  /** Passes partial text on until closed; closing waits for a partial being passed, so none comes after. */
  private static final class Gate {
    private final Consumer<String> target;
    private boolean open = true;

    Gate(Consumer<String> target) {
      this.target = target;
    }

    synchronized void pass(String text) {
      if (!open) {
        return;
      }
      try {
        target.accept(text);
      } catch (RuntimeException e) {
        // A chat that failed to show a partial text still gets the final answer.
        LOG.debug("partial text not shown: {}", Failure.detail(e));
      }
    }

    synchronized void close() {
      open = false;
    }
  }
}
