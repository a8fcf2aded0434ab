package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.privacy.control.DataKind;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a breach query asks, as typed into its form or its CSV link: a window ({@code from}, {@code to},
 * as {@code 2026-11-29T08:00}) and a kind ({@code kind}, empty for every kind). Each part that does not
 * parse is empty, so that the page can say which.
 */
record BreachWindow(Optional<LocalDateTime> from, Optional<LocalDateTime> to, Optional<DataKind> kind) {

    /** The notice period of UU PDP: three times twenty-four hours. */
    static final long NOTICE_HOURS = 72;

    static BreachWindow parse(String from, String to, String kind) {
        return new BreachWindow(time(from), time(to),
                Arrays.stream(DataKind.values()).filter(value -> value.name().equals(kind)).findFirst());
    }

    /** The last 72 hours up to {@code now}, to the minute: what a page opened without a window shows. */
    static BreachWindow lastNoticePeriod(LocalDateTime now) {
        LocalDateTime end = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        return new BreachWindow(Optional.of(end.minusHours(NOTICE_HOURS)), Optional.of(end), Optional.empty());
    }

    /** Both ends given and in order. */
    boolean isComplete() {
        return from.isPresent() && to.isPresent() && from.get().isBefore(to.get());
    }

    private static Optional<LocalDateTime> time(String text) {
        try {
            return Optional.ofNullable(text).filter(value -> !value.isBlank()).map(value -> LocalDateTime.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
