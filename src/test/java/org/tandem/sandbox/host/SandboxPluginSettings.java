package org.tandem.sandbox.host;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.tandem.sandbox.SandboxDatabase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** SAL plugin settings kept in the sandbox's database; values are String, List, Map or Properties as SAL allows. */
public final class SandboxPluginSettings implements PluginSettingsFactory {

    private final SandboxDatabase db;

    public SandboxPluginSettings(SandboxDatabase db) {
        this.db = db;
        db.ddl("CREATE TABLE IF NOT EXISTS SBX_SETTING (SCOPE VARCHAR(255), SKEY VARCHAR(255), SVALUE " + db.text() + ","
                + " PRIMARY KEY (SCOPE, SKEY))");
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return new Settings(key == null ? "" : key);
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return new Settings("");
    }

    private final class Settings implements PluginSettings {
        private final String scope;

        Settings(String scope) {
            this.scope = scope;
        }

        @Override
        public Object get(String key) {
            try (Connection c = db.connection();
                 PreparedStatement ps = c.prepareStatement("SELECT SVALUE FROM SBX_SETTING WHERE SCOPE=? AND SKEY=?")) {
                ps.setString(1, scope);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? decode(rs.getString(1)) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object put(String key, Object value) {
            if (value != null && !(value instanceof String || value instanceof List || value instanceof Map
                    || value instanceof Properties)) {
                throw new IllegalArgumentException("plugin settings take String, List, Map or Properties, not "
                        + value.getClass().getName());
            }
            Object previous = get(key);
            if (value == null) {
                return remove(key);
            }
            try {
                db.upsert("SBX_SETTING", new String[] {"SCOPE", "SKEY", "SVALUE"}, 2, scope, key, encode(value));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return previous;
        }

        @Override
        public Object remove(String key) {
            Object previous = get(key);
            try (Connection c = db.connection();
                 PreparedStatement ps = c.prepareStatement("DELETE FROM SBX_SETTING WHERE SCOPE=? AND SKEY=?")) {
                ps.setString(1, scope);
                ps.setString(2, key);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return previous;
        }
    }

    private static String encode(Object value) {
        if (value instanceof String s) {
            return "S" + s;
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
            out.flush();
            return "O" + Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Object decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        if (stored.charAt(0) == 'S') {
            return stored.substring(1);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(stored.substring(1))))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
