package id.ruangkonseling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Warns once at start when a service that people reach over HTTPS (a real school, not a trial on a laptop) still
 * keeps its keys in the default folder, {@value #DEFAULT_FOLDER}, beside the embedded database: a copy of
 * {@code data/} then holds both what people wrote and the key that opens it.
 */
@ApplicationScoped
public class KeyPlacement {

    static final String DEFAULT_FOLDER = "data/keys";
    private static final Logger LOG = System.getLogger(KeyPlacement.class.getName());

    @Inject
    @ConfigProperty(name = "rk.public.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "rk.key.dir", defaultValue = DEFAULT_FOLDER)
    String keyFolder;

    void onStartup(@Observes Startup startup) {
        warning(publicUrl, keyFolder).ifPresent(text -> LOG.log(Level.WARNING, text));
    }

    /** The warning to log, if the keys sit in the default folder of a service on an HTTPS address. */
    static Optional<String> warning(Optional<String> publicUrl, String keyFolder) {
        boolean https = publicUrl.map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
        boolean defaultFolder = keyFolder.strip().replaceAll("^\\./", "").replaceAll("/+$", "").equals(DEFAULT_FOLDER);
        return https && defaultFolder ? Optional.of("The keys are in the default folder " + DEFAULT_FOLDER + ", beside the database:"
                + " a copy of data/ holds both what people wrote and the key that opens it. Set RK_KEY_DIR to lasting storage"
                + " elsewhere (or give the data key through RK_DATA_KEY) and back the keys up apart from the database;"
                + " see docs/operations.md, Keys.") : Optional.empty();
    }
}
