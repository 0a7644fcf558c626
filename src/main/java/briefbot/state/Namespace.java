package briefbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace of the bot state whose values are records of one type, kept as JSON through Jackson: a record's
 * components are its field names, an {@code Instant} is ISO-8601 text, and fields a record does not know are
 * ignored, so entries written by an older or newer Briefbot still load. An entry that cannot be read at all is
 * logged and treated as absent.
 */
public final class Namespace<T> {

  private static final Logger LOG = LoggerFactory.getLogger(Namespace.class);
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final BotState state;
  private final String name;
  private final JavaType type;

  private Namespace(BotState state, String name, JavaType type) {
    this.state = state;
    this.name = name;
    this.type = type;
  }

  /** The namespace {@code name} of {@code state}, holding {@code type}s. */
  public static <T> Namespace<T> of(BotState state, String name, Class<T> type) {
    return new Namespace<>(state, name, JSON.constructType(type));
  }

  /** The same for a generic type, such as {@code List<String>}. */
  public static <T> Namespace<T> of(BotState state, String name, TypeReference<T> type) {
    return new Namespace<>(state, name, JSON.constructType(type));
  }

  public String name() {
    return name;
  }

  /** The value under a key; empty when there is none, the key was only claimed, or it cannot be read. */
  public Optional<T> get(String key) {
    return state.get(name, key).flatMap(json -> read(key, json));
  }

  /** Stores a value under a key, replacing what was there. */
  public void put(String key, T value) {
    try {
      state.put(name, key, JSON.writerFor(type).writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + name + " " + key + ": " + e.getOriginalMessage(), e);
    }
  }

  /** True when the key was claimed or stored. */
  public boolean contains(String key) {
    return state.contains(name, key);
  }

  /** Removes a key; true when it was there. */
  public boolean delete(String key) {
    return state.delete(name, key);
  }

  /** Every readable value, by key in key order (keys that were only claimed are left out). */
  public Map<String, T> all() {
    Map<String, T> out = new LinkedHashMap<>();
    state.list(name).forEach((key, json) -> {
      if (json != null) {
        read(key, json).ifPresent(value -> out.put(key, value));
      }
    });
    return out;
  }

  private Optional<T> read(String key, String json) {
    try {
      return Optional.ofNullable(JSON.readValue(json, type));
    } catch (JsonProcessingException e) {
      LOG.warn("ignoring an unreadable {} entry {}: {}", name, key, e.getOriginalMessage());
      return Optional.empty();
    }
  }
}
