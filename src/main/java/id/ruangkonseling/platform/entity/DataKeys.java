package id.ruangkonseling.platform.entity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data-encryption keys (AES-256), each under a short id, the first one current: values are
 * encrypted under the current key and read under whichever key their id names. Written as
 * {@code id:base64} entries separated by commas or line breaks, as {@code RK_DATA_KEY} and the key file
 * hold them; a lone {@code base64} key gets the id {@code k1}. Never printed: {@link #toString()} shows ids.
 */
public final class DataKeys {

    static final String DEFAULT_ID = "k1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String current;

    private DataKeys(Map<String, SecretKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key");
        }
        this.keys = Collections.unmodifiableMap(keys);
        this.current = keys.keySet().iterator().next();
    }

    /** Reads {@code id:base64} entries; says what is wrong (never the key) when an entry is not one. */
    public static DataKeys parse(String text) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int entry = 0;
        String withoutComments = text.lines().filter(line -> !line.strip().startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n"));
        for (String raw : withoutComments.split("[,\\r\\n]+")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            entry++;
            int colon = item.indexOf(':');
            String id = colon < 0 ? DEFAULT_ID : item.substring(0, colon).strip();
            String material = colon < 0 ? item : item.substring(colon + 1).strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("entry " + entry + ": a key id is 1 to 32 letters, digits, '-' or '_'");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(material);
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("entry " + entry + " (" + id + "): the key is not base64");
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("entry " + entry + " (" + id + "): the key must be 256 bits (32 bytes "
                        + "in base64, e.g. from 'openssl rand -base64 32'), not " + bytes.length * 8);
            }
            if (keys.put(id, new SecretKeySpec(bytes, "AES")) != null) {
                throw new IllegalArgumentException("entry " + entry + ": the key id " + id + " is there twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("there is no key in it");
        }
        return new DataKeys(keys);
    }

    /** A new random key with a new id ({@code k} and the date, plus random letters so that two never meet). */
    public static DataKeys generate(java.time.LocalDate today) {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        String id = "k" + today.toString().replace("-", "") + HexFormat.of().formatHex(suffix);
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(id, new SecretKeySpec(key, "AES"));
        return new DataKeys(keys);
    }

    /** These keys, as the text a key file or {@code RK_DATA_KEY} holds. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        keys.forEach((id, key) -> text.append(id).append(':')
                .append(Base64.getEncoder().encodeToString(key.getEncoded())).append('\n'));
        return text.toString();
    }

    public String currentId() {
        return current;
    }

    SecretKey current() {
        return keys.get(current);
    }

    java.util.Optional<SecretKey> find(String id) {
        return java.util.Optional.ofNullable(keys.get(id));
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    @Override
    public String toString() {
        return "DataKeys" + keys.keySet() + " (current " + current + ")";
    }
}
