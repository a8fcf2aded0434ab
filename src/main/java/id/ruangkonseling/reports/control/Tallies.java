package id.ruangkonseling.reports.control;

import id.ruangkonseling.reports.control.Tally.Row;
import id.ruangkonseling.school.entity.ServiceField;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A period's counts as the database grouped them: per figure, month, field and counselor, ready to be summed. */
public record Tallies(List<Counted> rows) {

    /** One grouped count of one figure. */
    public record Counted(Figure figure, Row row) {
    }

    /** Every figure of one month per field, zeros included, over the counselors {@code whose} accepts. */
    public Map<ServiceField, Map<Figure, Long>> month(YearMonth month, Predicate<Optional<Long>> whose) {
        Map<ServiceField, Map<Figure, Long>> counts = new EnumMap<>(ServiceField.class);
        for (ServiceField field : ServiceField.values()) {
            counts.put(field, zeros());
        }
        rows.stream().filter(counted -> counted.row().month().equals(month) && whose.test(counted.row().counselor()))
                .forEach(counted -> counts.get(counted.row().field()).merge(counted.figure(), counted.row().count(), Long::sum));
        return counts;
    }

    /** One counselor's figures over the whole period and every field. */
    public Map<Figure, Long> totals(long counselor) {
        Map<Figure, Long> totals = zeros();
        rows.stream().filter(counted -> counted.row().counselor().equals(Optional.of(counselor)))
                .forEach(counted -> totals.merge(counted.figure(), counted.row().count(), Long::sum));
        return totals;
    }

    private static Map<Figure, Long> zeros() {
        Map<Figure, Long> zeros = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            zeros.put(figure, 0L);
        }
        return zeros;
    }
}
