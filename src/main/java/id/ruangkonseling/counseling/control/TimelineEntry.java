package id.ruangkonseling.counseling.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One event of a case as its timeline shows it: when, what kind, by whom, and its details as labelled
 * lines. A line's value is either the text someone wrote or a bundle key naming a fixed value.
 */
public record TimelineEntry(Instant at, Kind kind, Optional<String> by, List<Line> lines) {

    public enum Kind {
        REQUEST, REFERRAL, NOTE, APPOINTMENT, STATUS, HANDED_OVER, CALL
    }

    /**
     * A labelled detail: {@code labelKey} and a {@code value} shown as {@code shown} says: text as someone wrote
     * it, the bundle key of a fixed value (a service field, a status), or a day ({@code 2026-03-09}) that the page
     * writes in its language.
     */
    public record Line(String labelKey, String value, Shown shown) {

        public enum Shown {
            WRITTEN, NAMED, DAY
        }

        public static Line written(String labelKey, String text) {
            return new Line(labelKey, text, Shown.WRITTEN);
        }

        public static Line named(String labelKey, String valueKey) {
            return new Line(labelKey, valueKey, Shown.NAMED);
        }

        public static Line day(String labelKey, LocalDate day) {
            return new Line(labelKey, day.toString(), Shown.DAY);
        }
    }
}
