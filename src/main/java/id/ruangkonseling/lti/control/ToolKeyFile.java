package id.ruangkonseling.lti.control;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/**
 * The file that holds the tool's signing keys: a JSON Web Key Set readable only by the service, replaced
 * whole and atomically, and refused (never overwritten) when it cannot be read as one.
 */
final class ToolKeyFile {

    static final String FILE_NAME = "tool-signing-keys.jwks";

    private final Path folder;
    private final Path file;

    ToolKeyFile(Path folder) {
        this.folder = folder;
        this.file = folder.resolve(FILE_NAME);
    }

    /** The private keys in the file, or empty when there is no file yet. */
    Optional<List<RSAKey>> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<RSAKey> keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys().stream()
                    .filter(key -> key instanceof RSAKey rsa && rsa.isPrivate() && rsa.getIssueTime() != null)
                    .map(RSAKey.class::cast)
                    .toList();
            if (keys.isEmpty()) {
                throw new IllegalStateException(damaged("it holds no private RSA key with an issue time"));
            }
            return Optional.of(keys);
        } catch (ParseException e) {
            throw new IllegalStateException(damaged("it is not a JSON Web Key Set"), e);
        }
    }

    /** Replaces the file with these keys, never leaving a half-written one. */
    void write(List<RSAKey> keys) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions protect it
        }
        Files.writeString(temporary, new JWKSet(List.<JWK>copyOf(keys)).toString(false), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private String damaged(String why) {
        return "The tool's signing key file " + file.toAbsolutePath() + " cannot be used: " + why + ". Restore it from "
                + "your backup; deleting it makes a new key, and every platform registered with the old one must then "
                + "fetch the new JWKS.";
    }
}
