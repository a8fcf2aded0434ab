package id.ruangkonseling.school.entity;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * Indonesia's three time zones, the ones a school keeps its times in: WIB (Java, Sumatra, West and Central
 * Kalimantan), WITA (Bali, Nusa Tenggara, Sulawesi, East and South Kalimantan), WIT (Maluku, Papua).
 */
public enum SchoolZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    SchoolZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone a school's stored zone id stands for; empty for one outside Indonesia's three. */
    public static Optional<SchoolZone> of(ZoneId zone) {
        return Arrays.stream(values()).filter(candidate -> candidate.zone.equals(zone)).findFirst();
    }
}
