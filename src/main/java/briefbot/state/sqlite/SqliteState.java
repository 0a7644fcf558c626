package briefbot.state.sqlite;

import briefbot.state.BotState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bot state of one machine in one SQLite file in the data folder: every call is its own committed transaction,
 * safe across crashes and across the processes that share the folder.
 */
public final class SqliteState implements BotState {

  private final Connection connection;
  private final Clock clock;

  private SqliteState(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  public static SqliteState open(Path dataDir, Clock clock) {
    try {
      Files.createDirectories(dataDir);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("state.db").toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA busy_timeout=5000");
        s.execute("CREATE TABLE IF NOT EXISTS entries (ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT,"
            + " updated INTEGER NOT NULL, PRIMARY KEY (ns, key))");
        s.execute("CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL,"
            + " expires INTEGER NOT NULL)");
      }
      return new SqliteState(c, clock);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("cannot open the bot state in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized boolean claim(String namespace, String key) {
    return update("INSERT OR IGNORE INTO entries (ns, key, value, updated) VALUES (?, ?, NULL, ?)",
        namespace, key, null) == 1;
  }

  @Override
  public synchronized void put(String namespace, String key, String value) {
    update("INSERT INTO entries (ns, key, value, updated) VALUES (?, ?, ?, ?)"
        + " ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
        namespace, key, value);
  }

  @Override
  public synchronized boolean putIfAbsent(String namespace, String key, String value) {
    return update("INSERT OR IGNORE INTO entries (ns, key, value, updated) VALUES (?, ?, ?, ?)", namespace, key,
        value) == 1;
  }

  @Override
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

  @Override
  public boolean contains(String namespace, String key) {
    return count(namespace, key) > 0;
  }

  @Override
  public synchronized boolean delete(String namespace, String key) {
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM entries WHERE ns = ? AND key = ?")) {
      s.setString(1, namespace);
      s.setString(2, key);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("delete", namespace, e);
    }
  }

  @Override
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

  @Override
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

  @Override
  public synchronized int prune(String namespace, long olderThanEpochMilli) {
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM entries WHERE ns = ? AND updated < ?")) {
      s.setString(1, namespace);
      s.setLong(2, olderThanEpochMilli);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure("prune", namespace, e);
    }
  }

  /** One statement, so one transaction: the row is written only when it is free, expired or already the holder's. */
  @Override
  public synchronized boolean lease(String name, String holder, Duration ttl) {
    long now = clock.millis();
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO leases (name, holder, expires) VALUES (?, ?, ?)"
        + " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires"
        + " WHERE leases.holder = excluded.holder OR leases.expires <= ?")) {
      s.setString(1, name);
      s.setString(2, holder);
      s.setLong(3, now + ttl.toMillis());
      s.setLong(4, now);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("lease", name, e);
    }
  }

  @Override
  public synchronized boolean release(String name, String holder) {
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM leases WHERE name = ? AND holder = ?")) {
      s.setString(1, name);
      s.setString(2, holder);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("release", name, e);
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
