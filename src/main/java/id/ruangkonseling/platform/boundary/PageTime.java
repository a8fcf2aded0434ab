package id.ruangkonseling.platform.boundary;

import id.ruangkonseling.platform.entity.DateTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.omnifaces.util.Faces;

/** Dates and times in the current page's language (through {@link DateTimes}), for backing beans. */
public final class PageTime {

    private PageTime() {
    }

    public static String toMinute(Instant when, ZoneId zone) {
        return DateTimes.toMinute(when, zone, Faces.getLocale());
    }

    public static String toSecond(ZonedDateTime when) {
        return DateTimes.toSecond(when, Faces.getLocale());
    }

    public static String day(LocalDate day) {
        return DateTimes.day(day, Faces.getLocale());
    }
}
