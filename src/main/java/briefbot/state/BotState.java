package briefbot.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's durable state (seen events, votes, thread context, digest ledger, conversation references) in one
 * SQLite file in the data folder: every call is its own committed transaction, safe across crashes and processes.
 */
public final class BotState implements AutoCloseable {

  private final Connection connection;
  private final Clock clock;

  private BotState(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  public static BotState open(Path dataDir, Clock clock) {
    try {
      Files.createDirectories(dataDir);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("state.db").toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA busy_timeout=5000");
        s.execute("CREATE TABLE IF NOT EXISTS entries (ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT,"
            + " updated INTEGER NOT NULL, PRIMARY KEY (ns, key))");
      }
      return new BotState(c, clock);
    } catch (java.io.IOException | SQLException e) {
      throw new IllegalStateException("cannot open the bot state in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** Records a key once: true for the first caller (in any process), false for every later one. */
  public synchronized boolean claim(String namespace, String key) {
    return update("INSERT OR IGNORE INTO entries (ns, key, value, updated) VALUES (?, ?, NULL, ?)",
        namespace, key, null) == 1;
  }

  /** Stores a value under a key, replacing what was there. */
  public synchronized void put(String namespace, String key, String value) {
    update("INSERT INTO entries (ns, key, value, updated) VALUES (?, ?, ?, ?)"
        + " ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
        namespace, key, value);
  }

  public synchronized Optional<String> get(String namespace, String key) {
    try (PreparedStatement s = connection.prepareStatement("SELECT value FROM entries WHERE ns = ? AND key = ?")) {
      s.setString(1, namespace);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read", namespace, e);
    }
  }

  /** True when the key was claimed or stored. */
  public boolean contains(String namespace, String key) {
    return count(namespace, key) > 0;
  }

  public synchronized boolean delete(String namespace, String key) {
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM entries WHERE ns = ? AND key = ?")) {
      s.setString(1, namespace);
      s.setString(2, key);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("delete", namespace, e);
    }
  }

  /** Every key and value of a namespace, in key order. */
  public synchronized Map<String, String> list(String namespace) {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT key, value FROM entries WHERE ns = ? ORDER BY key")) {
      s.setString(1, namespace);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("list", namespace, e);
    }
  }

  public synchronized int count(String namespace) {
    return list(namespace).size();
  }

  private synchronized int count(String namespace, String key) {
    try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM entries WHERE ns = ? AND key = ?")) {
      s.setString(1, namespace);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw failure("read", namespace, e);
    }
  }

  /** Removes entries of a namespace last updated before the given epoch millisecond (old event ids, say). */
  public synchronized int prune(String namespace, long olderThanEpochMilli) {
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM entries WHERE ns = ? AND updated < ?")) {
      s.setString(1, namespace);
      s.setLong(2, olderThanEpochMilli);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure("prune", namespace, e);
    }
  }

  private int update(String sql, String namespace, String key, String value) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, namespace);
      s.setString(2, key);
      int i = 3;
      if (sql.contains("VALUES (?, ?, ?, ?)")) {
        s.setString(i++, value);
      }
      s.setLong(i, clock.millis());
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", namespace, e);
    }
  }

  private static IllegalStateException failure(String what, String namespace, SQLException e) {
    return new IllegalStateException("bot state " + what + " failed in " + namespace + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the bot state", e);
    }
  }
}
