package id.ruangkonseling.platform.control;

import id.ruangkonseling.platform.entity.DataKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The file under {@code RK_KEY_DIR} that holds the data-encryption keys when {@code RK_DATA_KEY} is not
 * set: readable only by the service, written whole, and refused (never replaced) when it cannot be read.
 */
public final class DataKeyFile {

    public static final String FILE_NAME = "data-encryption-keys";

    private final Path file;

    public DataKeyFile(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /** The keys in the file, or empty when there is no file. */
    public Optional<DataKeys> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DataKeys.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException damaged) {
            throw new IllegalStateException("The data-encryption key file " + file.toAbsolutePath() + " cannot be used: "
                    + damaged.getMessage() + ". Restore it from your backup; without it the encrypted data cannot be read.");
        }
    }

    /** Writes a new file; never replaces one. */
    public void create(DataKeys keys) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions protect it
        }
        Files.writeString(temporary, "# Ruang Konseling data-encryption keys (id:base64 AES-256), the first one current.\n"
                + "# Back this file up apart from the database: without it the encrypted data cannot be read.\n"
                + keys.toText(), StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file); // fails if another instance made one meanwhile
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
