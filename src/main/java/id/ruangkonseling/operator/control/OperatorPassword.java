package id.ruangkonseling.operator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's password ({@code RK_OPERATOR_PASSWORD}). Without one, or with one too short to resist
 * guessing, the console stays closed. Only a digest is held, and attempts compare in constant time.
 */
@ApplicationScoped
public class OperatorPassword {

    public static final int MINIMUM_LENGTH = 12;
    private static final Logger LOG = System.getLogger(OperatorPassword.class.getName());

    private final Optional<byte[]> digest;

    @Inject
    public OperatorPassword(@ConfigProperty(name = "rk.operator.password") Optional<String> password) {
        Optional<String> given = password.filter(value -> !value.isEmpty());
        if (given.isPresent() && given.get().length() < MINIMUM_LENGTH) {
            LOG.log(Level.WARNING, "RK_OPERATOR_PASSWORD is shorter than {0} characters, so the operator console at "
                    + "/operator/ stays closed. Choose a longer one.", MINIMUM_LENGTH);
        }
        this.digest = given.filter(value -> value.length() >= MINIMUM_LENGTH).map(OperatorPassword::sha256);
    }

    protected OperatorPassword() {
        // for the CDI proxy
        this.digest = Optional.empty();
    }

    public boolean consoleOpen() {
        return digest.isPresent();
    }

    public boolean matches(String attempt) {
        return attempt != null && digest.isPresent() && MessageDigest.isEqual(digest.get(), sha256(attempt));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
