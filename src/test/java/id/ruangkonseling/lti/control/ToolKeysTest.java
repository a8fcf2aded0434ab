package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import id.ruangkonseling.lti.control.ToolKeys.KeyState;
import id.ruangkonseling.lti.control.ToolKeys.Use;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolKeysTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void firstStartGeneratesAnRs256SigningKeyReadableOnlyByTheService() throws Exception {
        Path folder = dataDir.resolve("keys");
        RSAKey key = ToolKeys.loadOrGenerate(folder, NOW).signingKey();

        assertTrue(key.isPrivate());
        assertEquals(2048, key.size());
        assertEquals(JWSAlgorithm.RS256, key.getAlgorithm());
        assertEquals(KeyUse.SIGNATURE, key.getKeyUse());
        assertNotNull(key.getKeyID());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve(ToolKeyFile.FILE_NAME))));
    }

    @Test
    void laterStartsSignWithTheSameKey() {
        RSAKey first = ToolKeys.loadOrGenerate(dataDir, NOW).signingKey();
        RSAKey again = ToolKeys.loadOrGenerate(dataDir, NOW).signingKey();

        assertEquals(first.getKeyID(), again.getKeyID());
        assertEquals(first.getModulus(), again.getModulus());
    }

    @Test
    void publishedKeysHoldNothingPrivate() {
        JWKSet published = ToolKeys.loadOrGenerate(dataDir, NOW).publicKeys();

        assertEquals(1, published.getKeys().size());
        JWK key = published.getKeys().getFirst();
        assertFalse(key.isPrivate());
        assertFalse(published.toString().contains("\"d\""), "no private exponent in the JSON");
        assertEquals(JWSAlgorithm.RS256, key.getAlgorithm());
    }

    @Test
    void aNewKeyIsPublishedAtOnceButSignsOnlyAfterAnHour() {
        RSAKey first = ToolKeys.loadOrGenerate(dataDir, NOW).signingKey();

        ToolKeys rotated = ToolKeys.rotate(dataDir, later(Duration.ofDays(30)));
        RSAKey second = rotated.publicKeys().getKeys().getLast().toRSAKey();

        assertEquals(2, rotated.publicKeys().getKeys().size(), "published before use");
        assertEquals(first.getKeyID(), rotated.signingKey().getKeyID());
        assertEquals(List.of(Use.SIGNING, Use.WAITING), rotated.states().stream().map(KeyState::use).toList());
        assertEquals(first.getKeyID(), ToolKeys.loadOrGenerate(dataDir, later(Duration.ofDays(30).plusMinutes(59)))
                .signingKey().getKeyID());
        ToolKeys anHourOn = ToolKeys.loadOrGenerate(dataDir, later(Duration.ofDays(30).plusHours(1)));
        assertEquals(second.getKeyID(), anHourOn.signingKey().getKeyID());
        assertEquals(List.of(Use.RETIRED, Use.SIGNING), anHourOn.states().stream().map(KeyState::use).toList());
    }

    @Test
    void theNextRotationDropsTheKeysThatNoLongerSign() {
        ToolKeys.loadOrGenerate(dataDir, NOW);
        RSAKey second = ToolKeys.rotate(dataDir, later(Duration.ofDays(1))).publicKeys().getKeys().getLast().toRSAKey();

        ToolKeys third = ToolKeys.rotate(dataDir, later(Duration.ofDays(2)));

        assertEquals(List.of(second.getKeyID()), third.publicKeys().getKeys().stream().map(JWK::getKeyID).limit(1).toList());
        assertEquals(2, third.publicKeys().getKeys().size(), "the signing key and the new one");
    }

    private static Clock later(Duration by) {
        return Clock.offset(NOW, by);
    }

    @Test
    void aDamagedKeyFileStopsTheServiceAndIsNotReplaced() throws Exception {
        Path file = dataDir.resolve(ToolKeyFile.FILE_NAME);
        Files.writeString(file, "not a key set");

        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> ToolKeys.loadOrGenerate(dataDir, NOW));

        assertTrue(refusal.getMessage().contains("cannot be used") && refusal.getMessage().contains("Restore it"), refusal.getMessage());
        assertEquals("not a key set", Files.readString(file));
    }

    @Test
    void aFolderThatCannotBeCreatedSaysWhatToDo() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("a-file"), "x");

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> ToolKeys.loadOrGenerate(notAFolder.resolve("keys"), NOW));

        assertTrue(refusal.getMessage().contains("RK_KEY_DIR"), refusal.getMessage());
    }
}
