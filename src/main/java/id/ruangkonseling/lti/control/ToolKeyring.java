package id.ruangkonseling.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the tool's signing keys for the running service, read (or, on a fresh install, generated) from
 * {@code RK_KEY_DIR} when the service starts, so that a missing or damaged key shows at once. Reads the
 * file again when it changes, so a key added by one instance reaches every instance sharing the folder.
 */
@ApplicationScoped
public class ToolKeyring {

    private final Path folder;
    private final Clock clock = Clock.systemUTC();
    private volatile Loaded loaded;

    private record Loaded(ToolKeys keys, Optional<FileTime> modified) {
    }

    @Inject
    public ToolKeyring(@ConfigProperty(name = "rk.key.dir", defaultValue = "data/keys") String folder) {
        this.folder = Path.of(folder);
    }

    protected ToolKeyring() {
        // for the CDI proxy
        this.folder = null;
    }

    void onStartup(@Observes Startup startup) {
        keys();
    }

    public ToolKeys keys() {
        Loaded current = loaded;
        Optional<FileTime> modified = modified();
        if (current == null || modified.isEmpty() || !modified.equals(current.modified())) {
            synchronized (this) {
                current = new Loaded(ToolKeys.loadOrGenerate(folder, clock), modified());
                loaded = current;
            }
        }
        return current.keys();
    }

    /** Adds a key that signs once platforms have had time to fetch it (see {@link ToolKeys#rotate}). */
    public synchronized ToolKeys rotate() {
        ToolKeys.rotate(folder, clock);
        return keys();
    }

    private Optional<FileTime> modified() {
        try {
            return Optional.of(Files.getLastModifiedTime(folder.resolve(ToolKeyFile.FILE_NAME)));
        } catch (IOException noFileYet) {
            return Optional.empty();
        }
    }
}
