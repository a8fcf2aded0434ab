package id.ruangkonseling.counseling.control;

import java.time.Instant;
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
     * A labelled detail: {@code labelKey} and a {@code value} that is either text as someone wrote it or,
     * when {@code named}, the bundle key of a fixed value (a service field, a status).
     */
    public record Line(String labelKey, String value, boolean named) {

        public static Line written(String labelKey, String text) {
            return new Line(labelKey, text, false);
        }

        public static Line named(String labelKey, String valueKey) {
            return new Line(labelKey, valueKey, true);
        }
    }
}
