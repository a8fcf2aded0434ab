package id.ruangkonseling.platform.entity;

/**
 * The one {@link DataCipher} of this process, for {@link EncryptedText}. A JPA converter is made by the
 * persistence provider, not by CDI — in Payara and in the tests' own EclipseLink alike — so it finds the
 * cipher here: the application installs it at start-up once its keys match the database
 * ({@link DataKeyring}); a test that starts the persistence unit itself installs one with a test key.
 * Until then every encrypted column refuses to be read or written, rather than store plain text.
 */
public final class DataProtection {

    private static volatile DataCipher installed;
    private static volatile String refusal = "the data-encryption key has not been loaded yet";

    private DataProtection() {
    }

    public static void install(DataCipher cipher) {
        installed = cipher;
    }

    /** Takes the cipher away, saying why: encrypted columns then fail with that reason. */
    public static void refuse(String why) {
        installed = null;
        refusal = why;
    }

    /** The installed cipher; throws with the reason while there is none. */
    public static DataCipher cipher() {
        DataCipher cipher = installed;
        if (cipher == null) {
            throw new DataKeyMissing("Encrypted data cannot be read or written: " + refusal);
        }
        return cipher;
    }
}
