package id.ruangkonseling.platform.control;

import id.ruangkonseling.platform.entity.DataKeyMissing;
import id.ruangkonseling.platform.entity.DataKeys;
import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.platform.entity.DataProtection;
import id.ruangkonseling.platform.entity.DataCipher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCipherTest {

    private static final String K1 = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = "k2:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String TEXT = "Saya cemas menjelang ujian — kadang tidak bisa tidur. 😟";

    @Test
    void aTextComesBackAsItWasAndIsStoredUnderTheCurrentKeyWithAFreshIv() {
        DataCipher cipher = new DataCipher(DataKeys.parse(K1));
        String stored = cipher.encrypt(TEXT);
        assertTrue(stored.startsWith("k1:"), stored);
        assertFalse(stored.contains("cemas"));
        assertEquals(TEXT, cipher.decrypt(stored));
        assertNotEquals(stored, cipher.encrypt(TEXT), "a random IV for every value");
        assertEquals("", cipher.decrypt(cipher.encrypt("")));
    }

    @Test
    void aChangedValueIsAnErrorNotGarbage() {
        DataCipher cipher = new DataCipher(DataKeys.parse(K1));
        String stored = cipher.encrypt(TEXT);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length / 2] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(bytes);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
        assertTrue(refused.getMessage().contains("does not decrypt"), refused.getMessage());
    }

    @Test
    void aValueUnderAKeyTheServiceDoesNotHaveIsAnError() {
        String underK2 = new DataCipher(DataKeys.parse(K2)).encrypt(TEXT);
        DataKeyMissing missing = assertThrows(DataKeyMissing.class, () -> new DataCipher(DataKeys.parse(K1)).decrypt(underK2));
        assertTrue(missing.getMessage().contains("k2"), missing.getMessage());
    }

    @Test
    void theKeyIdIsBoundToTheValueSoRelabellingItFails() {
        DataCipher both = new DataCipher(DataKeys.parse(K1 + "," + K2));
        String stored = both.encrypt(TEXT);
        assertThrows(IllegalStateException.class, () -> both.decrypt("k2" + stored.substring(2)));
    }

    @Test
    void rotationReadsOldValuesAndWritesUnderTheNewKey() {
        String underK1 = new DataCipher(DataKeys.parse(K1)).encrypt(TEXT);
        DataCipher rotated = new DataCipher(DataKeys.parse(K2 + "\n" + K1));
        assertEquals("k2", rotated.keys().currentId());
        assertFalse(rotated.isCurrent(underK1));
        assertEquals(TEXT, rotated.decrypt(underK1));
        String rewritten = rotated.encrypt(rotated.decrypt(underK1));
        assertTrue(rotated.isCurrent(rewritten));
        assertEquals(Optional.of("k2"), DataCipher.keyIdOf(rewritten));
    }

    @Test
    void plainTextFromBeforeEncryptionReadsAsItIsAndIsNotCurrent() {
        DataCipher cipher = new DataCipher(DataKeys.parse(K1));
        for (String plain : new String[] {"Setelah jam 14.00", "Senin:Rabu", "k1:pendek", "catatan: " + TEXT}) {
            assertEquals(plain, cipher.decrypt(plain));
            assertFalse(cipher.isCurrent(plain));
            assertEquals(Optional.empty(), DataCipher.keyIdOf(plain));
        }
    }

    @Test
    void keysAreAes256WithDistinctIdsAndTheirTextNeverShowsTheKey() {
        assertEquals("k1", DataKeys.parse(Base64.getEncoder().encodeToString(new byte[32])).currentId());
        assertThrows(IllegalArgumentException.class, () -> DataKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> DataKeys.parse(K1 + "," + K1));
        assertThrows(IllegalArgumentException.class, () -> DataKeys.parse("k 1:abc"));
        assertThrows(IllegalArgumentException.class, () -> DataKeys.parse("k1:not base64!"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> DataKeys.parse("k9:QUJD"));
        assertFalse(wrong.getMessage().contains("QUJD"), "the message never repeats the key");
        DataKeys generated = DataKeys.generate(LocalDate.of(2026, 11, 29));
        assertTrue(generated.currentId().startsWith("k20261129"), generated.currentId());
        assertEquals(generated.currentId(), DataKeys.parse(generated.toText()).currentId());
        assertFalse(generated.toString().contains(generated.toText().split(":")[1].strip()));
    }

    @Test
    void aStartingServiceRefusesKeysThatDoNotFitTheData() {
        DataCipher k1 = new DataCipher(DataKeys.parse(K1));
        Map<String, String> registered = Map.of("k1", k1.checkValue());
        assertEquals(Optional.empty(), DataKeyCheck.mismatch(k1, registered, "RK_DATA_KEY"));
        assertEquals(Optional.empty(), DataKeyCheck.mismatch(new DataCipher(DataKeys.parse(K2 + "," + K1)), registered, "x"));
        assertTrue(DataKeyCheck.mismatch(new DataCipher(DataKeys.parse(K2)), registered, "RK_DATA_KEY").orElseThrow()
                .contains("data key k1, which RK_DATA_KEY does not contain"));
        String otherK1 = "k1:" + K2.substring(3);
        assertTrue(DataKeyCheck.mismatch(new DataCipher(DataKeys.parse(otherK1)), registered, "f").orElseThrow()
                .contains("is not the key"));
        assertEquals(Optional.empty(), DataKeyCheck.lost(Map.of(), "f"), "a fresh install makes its key");
        assertTrue(DataKeyCheck.lost(registered, "/srv/keys/data-encryption-keys").orElseThrow().contains("will not start"));
    }

    @Test
    void theKeyFileIsReadableOnlyByTheServiceAndNeverReplaced(@TempDir Path folder) throws Exception {
        DataKeyFile file = new DataKeyFile(folder.resolve("keys"));
        assertEquals(Optional.empty(), file.read());
        DataKeys keys = DataKeys.generate(LocalDate.of(2026, 11, 29));
        file.create(keys);
        assertEquals(keys.currentId(), file.read().orElseThrow().currentId());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> file.create(DataKeys.generate(LocalDate.now())));
        Files.writeString(file.path(), "k1:damaged");
        IllegalStateException damaged = assertThrows(IllegalStateException.class, file::read);
        assertTrue(damaged.getMessage().contains("Restore it from your backup"), damaged.getMessage());
    }

    @Test
    void theConverterRefusesToWorkWithoutACipherAndEncryptsWithOne() {
        EncryptedText converter = new EncryptedText();
        DataProtection.refuse("no key in this test");
        DataKeyMissing missing = assertThrows(DataKeyMissing.class, () -> converter.convertToDatabaseColumn(TEXT));
        assertTrue(missing.getMessage().contains("no key in this test"));
        DataProtection.install(new DataCipher(DataKeys.parse(K1)));
        String stored = converter.convertToDatabaseColumn(TEXT);
        assertTrue(stored.startsWith("k1:"));
        assertEquals(TEXT, converter.convertToEntityAttribute(stored));
        assertEquals(null, converter.convertToDatabaseColumn(null));
    }
}
