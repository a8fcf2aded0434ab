package id.ruangkonseling.lti.control;

import id.ruangkonseling.platform.control.Memo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the tool's signing keys for the running service, read (or, on a fresh install, generated) from
 * {@code RK_KEY_DIR} when the service starts, so that a missing or damaged key shows at once.
 */
@ApplicationScoped
public class ToolKeyring {

    private final Memo<ToolKeys> keys;

    @Inject
    public ToolKeyring(@ConfigProperty(name = "rk.key.dir", defaultValue = "data/keys") String folder) {
        this.keys = new Memo<>(() -> ToolKeys.loadOrGenerate(Path.of(folder), Clock.systemUTC()));
    }

    protected ToolKeyring() {
        // for the CDI proxy
        this.keys = null;
    }

    void onStartup(@Observes Startup startup) {
        keys();
    }

    public ToolKeys keys() {
        return keys.get();
    }
}
