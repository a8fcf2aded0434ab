package id.ruangkonseling.platform.control;

import id.ruangkonseling.platform.entity.DataKeys;
import id.ruangkonseling.platform.entity.DataProtection;
import id.ruangkonseling.platform.entity.DataCipher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the data-encryption keys when the service starts — from {@code RK_DATA_KEY}, else from the key
 * file under {@code RK_KEY_DIR} — checks them against the keys the database says wrote its data
 * ({@link DataKeyRegistry}) and installs the cipher ({@link DataProtection}). A fresh install (no key,
 * no encrypted data) generates the key file. Encrypted data without its key, or with another key of the
 * same id, stops the deployment with one clear message instead of serving errors or writing under a key
 * the old data does not know. While the database is down the check waits; readiness reports it.
 */
@ApplicationScoped
public class DataKeyring {

    private static final Logger LOG = System.getLogger(DataKeyring.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    private final Optional<String> configured;
    private final DataKeyFile file;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean checked;
    private volatile String waiting = "the database has not been reached yet";
    private volatile String refused;

    @Inject
    public DataKeyring(@ConfigProperty(name = "rk.data.key") Optional<String> configured,
                       @ConfigProperty(name = "rk.key.dir", defaultValue = "data/keys") String folder) {
        this.configured = configured.filter(value -> !value.isBlank());
        this.file = new DataKeyFile(Path.of(folder));
    }

    protected DataKeyring() {
        // for the CDI proxy
        this.configured = Optional.empty();
        this.file = null;
    }

    void onStartup(@Observes Startup startup) {
        check();
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
    }

    /** Empty once the keys are loaded and match the data; otherwise why the data cannot be used yet. */
    public Optional<String> problem() {
        if (!checked && refused == null) {
            check();
        }
        return Optional.ofNullable(refused).or(() -> checked ? Optional.empty() : Optional.of(waiting));
    }

    private synchronized void check() {
        if (checked || refused != null) {
            return;
        }
        Optional<Map<String, String>> registered = registered();
        try {
            Optional<DataKeys> keys = given();
            if (keys.isEmpty() && registered.isEmpty()) {
                return; // cannot tell a fresh install from lost keys before the database answers
            }
            DataCipher cipher = new DataCipher(keys.isPresent() ? keys.get() : generate(registered.get()));
            DataProtection.install(cipher);
            if (registered.isPresent()) {
                DataKeyCheck.mismatch(cipher, registered.get(), source()).ifPresent(mismatch -> {
                    throw new IllegalStateException(mismatch);
                });
                if (!registered.get().containsKey(cipher.keys().currentId())) {
                    DataKeyRegistry.register(dataSource, cipher.keys().currentId(), cipher.checkValue(), clock.instant());
                }
                checked = true;
                LOG.log(Level.INFO, "Data encryption: key {0} encrypts, keys {1} decrypt ({2}).",
                        cipher.keys().currentId(), cipher.keys().ids(), source());
            }
        } catch (IllegalStateException | IOException | SQLException fatal) {
            refused = fatal.getMessage();
            DataProtection.refuse(refused);
            LOG.log(Level.ERROR, "The service refuses to use its data: {0}", refused);
        }
    }

    private Optional<DataKeys> given() throws IOException {
        if (configured.isPresent()) {
            try {
                return Optional.of(DataKeys.parse(configured.get()));
            } catch (IllegalArgumentException wrong) {
                throw new IllegalStateException("RK_DATA_KEY cannot be used: " + wrong.getMessage() + ".");
            }
        }
        return file.read();
    }

    private DataKeys generate(Map<String, String> registered) throws IOException {
        DataKeyCheck.lost(registered, source()).ifPresent(lost -> {
            throw new IllegalStateException(lost);
        });
        DataKeys generated = DataKeys.generate(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        try {
            file.create(generated);
        } catch (java.nio.file.FileAlreadyExistsException anotherInstanceWasFaster) {
            return file.read().orElseThrow(() -> anotherInstanceWasFaster);
        }
        LOG.log(Level.INFO, "Generated the data-encryption key {0} in {1} (a fresh install). Back this file up apart from "
                + "the database. In production supply your own: RK_DATA_KEY=id:base64-of-32-random-bytes, or a key file "
                + "in RK_KEY_DIR.", generated.currentId(), file.path().toAbsolutePath());
        return generated;
    }

    private Optional<Map<String, String>> registered() {
        try {
            if (!schema.ensureUpToDate()) {
                waiting = "the database schema is not up to date yet";
                return Optional.empty();
            }
            return Optional.of(DataKeyRegistry.registered(dataSource));
        } catch (SQLException | RuntimeException unreachable) {
            waiting = "the database is unreachable, so the data keys cannot be checked: " + Failures.firstLine(unreachable);
            return Optional.empty();
        }
    }

    private String source() {
        return configured.isPresent() ? "RK_DATA_KEY" : file.path().toAbsolutePath().toString();
    }
}
