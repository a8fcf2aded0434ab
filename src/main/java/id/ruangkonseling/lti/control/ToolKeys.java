package id.ruangkonseling.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The tool's RSA signing keys (RS256), kept as a JSON Web Key Set in a file outside the WAR. A fresh
 * install has none, so the first start generates one; an existing file is only ever read, so a damaged
 * one stops the service with a message instead of being replaced by a key no platform knows.
 */
public final class ToolKeys {

    static final String FILE_NAME = "tool-signing-keys.jwks";
    private static final Logger LOG = System.getLogger(ToolKeys.class.getName());
    private static final int KEY_BITS = 2048;

    private final List<RSAKey> keys;

    private ToolKeys(List<RSAKey> keys) {
        this.keys = keys.stream().sorted(Comparator.comparing(RSAKey::getIssueTime)).toList();
    }

    /** The keys in {@code folder}, generating the first one (and the folder) when there are none. */
    public static ToolKeys loadOrGenerate(Path folder, Clock clock) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            ToolKeys generated = new ToolKeys(List.of(generate(clock)));
            write(folder, file, generated);
            LOG.log(Level.INFO, "Generated the tool''s first LTI signing key (kid {0}) in {1}. In production keep "
                    + "this folder (RK_KEY_DIR) on lasting storage shared by all instances; platforms trust this key.",
                    generated.signingKey().getKeyID(), folder.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the tool's signing keys in " + folder.toAbsolutePath()
                    + " (" + e.getMessage() + "). Make the folder writable for the service, or set RK_KEY_DIR to one that is.", e);
        }
    }

    /** The key the tool signs with now: the newest one. */
    public RSAKey signingKey() {
        return keys.getLast();
    }

    /** Every public key, for {@code /.well-known/jwks.json}: nothing private ever leaves here. */
    public JWKSet publicKeys() {
        return new JWKSet(keys.stream().<JWK>map(RSAKey::toPublicJWK).toList());
    }

    private static RSAKey generate(Clock clock) {
        try {
            return new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .issueTime(Date.from(clock.instant()))
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the JDK could not generate an RSA key", e);
        }
    }

    private static ToolKeys read(Path file) throws IOException {
        try {
            List<RSAKey> keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys().stream()
                    .filter(key -> key instanceof RSAKey rsa && rsa.isPrivate() && rsa.getIssueTime() != null)
                    .map(RSAKey.class::cast)
                    .toList();
            if (keys.isEmpty()) {
                throw new IllegalStateException(damaged(file, "it holds no private RSA key with an issue time"));
            }
            return new ToolKeys(keys);
        } catch (ParseException e) {
            throw new IllegalStateException(damaged(file, "it is not a JSON Web Key Set"), e);
        }
    }

    private static String damaged(Path file, String why) {
        return "The tool's signing key file " + file.toAbsolutePath() + " cannot be used: " + why + ". Restore it from "
                + "your backup; deleting it makes a new key, and every platform registered with the old one must then "
                + "fetch the new JWKS.";
    }

    private static void write(Path folder, Path file, ToolKeys keys) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions protect it
        }
        Files.writeString(temporary, new JWKSet(List.<JWK>copyOf(keys.keys)).toString(false), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
