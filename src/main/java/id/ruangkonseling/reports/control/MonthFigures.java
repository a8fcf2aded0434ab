package id.ruangkonseling.reports.control;

import id.ruangkonseling.school.entity.ServiceField;
import java.util.Map;

/** One month of a report (or the part of it in the period): every figure per field, and the first-answer times. */
public record MonthFigures(ReportPeriod month, Map<ServiceField, Map<Figure, Long>> counts, Durations firstAnswer) {

    public long count(ServiceField field, Figure figure) {
        return counts.get(field).get(figure);
    }

    /** A figure over the four fields. */
    public long total(Figure figure) {
        return counts.values().stream().mapToLong(perField -> perField.get(figure)).sum();
    }
}
