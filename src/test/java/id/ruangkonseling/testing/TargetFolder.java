package id.ruangkonseling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders under Maven's {@code target/} where the integration tests keep servers, data and screenshots. */
public final class TargetFolder {

    private TargetFolder() {
    }

    public static Path root() {
        return Path.of(System.getProperty("rk.test.target", "target")).toAbsolutePath();
    }

    /** {@code target/<name>/}, created if missing. */
    public static Path of(String name) {
        try {
            return Files.createDirectories(root().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code target/<name>/}, emptied: what an earlier run left there is gone. */
    public static Path fresh(String name) {
        Path folder = root().resolve(name);
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(name);
    }
}
