package id.ruangkonseling.platform.entity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts text for the database with AES-256-GCM (the JDK's provider): a random 96-bit IV for every
 * value, and the key's id beside it, so that a value names the key that reads it and keys can be rotated.
 * A stored value is {@code <key id>:<base64 of IV | ciphertext | 128-bit tag>}. A value that does not
 * look like that is plain text written before encryption was introduced, and reads as itself until the
 * rotation ({@link DataRotation}) encrypts it. A tampered value, or one under a key this service does not
 * have, is an error: never garbage.
 */
public final class DataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int SHORTEST = IV_BYTES + TAG_BITS / 8;
    private static final Pattern STORED = Pattern.compile("([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})");
    /** What a key's check value in the database decrypts to (see {@link DataKeyRegistry}). */
    static final String CHECK = "ruang-konseling data key check";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKeys keys;

    public DataCipher(DataKeys keys) {
        this.keys = keys;
    }

    public DataKeys keys() {
        return keys;
    }

    /** The stored form of {@code plain}, under the current key. */
    public String encrypt(String plain) {
        return encrypt(plain, keys.currentId(), keys.current());
    }

    private static String encrypt(String plain, String keyId, SecretKey key) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not encrypt with AES-GCM", e);
        }
    }

    /** The text a stored value holds; plain text from before encryption comes back as it is. */
    public String decrypt(String stored) {
        Optional<Sealed> sealed = Sealed.of(stored);
        if (sealed.isEmpty()) {
            return stored;
        }
        String keyId = sealed.get().keyId();
        SecretKey key = keys.find(keyId).orElseThrow(() -> new DataKeyMissing("a value is encrypted under the data key "
                + keyId + ", which this service does not have (it has " + keys.ids() + ")"));
        byte[] bytes = sealed.get().bytes();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a value encrypted under the data key " + keyId
                    + " does not decrypt: it was changed, or the key is not the one it was written with");
        }
    }

    /** Whether {@code stored} is already encrypted under the current key (else the rotation rewrites it). */
    public boolean isCurrent(String stored) {
        return Sealed.of(stored).map(sealed -> sealed.keyId().equals(keys.currentId())).orElse(false);
    }

    /** The id of the key {@code stored} is encrypted under, or empty for plain text. */
    public static Optional<String> keyIdOf(String stored) {
        return Sealed.of(stored).map(Sealed::keyId);
    }

    /** A value that proves, in the database, which key an id stood for: {@link #CHECK} encrypted under it. */
    public String checkValue() {
        return encrypt(CHECK);
    }

    /** Whether this service's key of that id is the one that wrote {@code checkValue}. */
    public boolean confirms(String checkValue) {
        try {
            return CHECK.equals(decrypt(checkValue)) && keyIdOf(checkValue).isPresent();
        } catch (RuntimeException wrongKey) {
            return false;
        }
    }

    private record Sealed(String keyId, byte[] bytes) {

        static Optional<Sealed> of(String stored) {
            Matcher matcher = STORED.matcher(stored);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(matcher.group(2));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
            return bytes.length < SHORTEST ? Optional.empty() : Optional.of(new Sealed(matcher.group(1), bytes));
        }
    }
}
