package id.ruangkonseling.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A service on an HTTPS address is warned when its keys still sit beside its data; a trial on a laptop is not. */
class KeyPlacementTest {

    @Test
    void anHttpsServiceWithItsKeysInTheDefaultFolderIsWarned() {
        assertTrue(KeyPlacement.warning(Optional.of("https://bk.sekolah.sch.id"), "data/keys").orElseThrow().contains("RK_KEY_DIR"));
        assertTrue(KeyPlacement.warning(Optional.of("HTTPS://bk.sekolah.sch.id/"), "./data/keys/").isPresent(), "the same folder");
    }

    @Test
    void keysElsewhereOrATrialWithoutHttpsAreNotWarned() {
        assertEquals(Optional.empty(), KeyPlacement.warning(Optional.of("https://bk.sekolah.sch.id"), "/var/lib/ruang-konseling/keys"));
        assertEquals(Optional.empty(), KeyPlacement.warning(Optional.of("http://localhost:8080"), "data/keys"));
        assertEquals(Optional.empty(), KeyPlacement.warning(Optional.empty(), "data/keys"));
    }
}
