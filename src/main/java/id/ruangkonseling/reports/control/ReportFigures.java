package id.ruangkonseling.reports.control;

import id.ruangkonseling.counseling.entity.ContactMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A scope's figures over a period: month by month, with the ways of meeting and answer times over the whole period. */
@ApplicationScoped
public class ReportFigures {

    @Inject
    ServiceCounts counts;

    @Inject
    AnswerTimes times;

    /** What a report shows: the months, then the whole period's ways of meeting and times. */
    public record Figures(List<MonthFigures> months, Map<ContactMode, Long> modes, Durations firstAnswer, Durations crisisSeen) {
    }

    public Figures of(ReportScope scope, ReportPeriod period) {
        List<MonthFigures> months = new ArrayList<>();
        for (ReportPeriod month : period.months()) {
            Instant from = month.start(scope.zone());
            Instant to = month.end(scope.zone());
            months.add(new MonthFigures(month, counts.of(scope, from, to), times.firstAnswer(scope, from, to)));
        }
        Instant from = period.start(scope.zone());
        Instant to = period.end(scope.zone());
        return new Figures(months, times.modes(scope, from, to), times.firstAnswer(scope, from, to), times.crisisSeen(scope, from, to));
    }

    /** One figure's total over the period for the scope, e.g. one counselor's line in the school's report. */
    public Map<Figure, Long> totals(ReportScope scope, ReportPeriod period) {
        Map<Figure, Long> totals = new java.util.EnumMap<>(Figure.class);
        counts.of(scope, period.start(scope.zone()), period.end(scope.zone())).values()
                .forEach(perField -> perField.forEach((figure, n) -> totals.merge(figure, n, Long::sum)));
        return totals;
    }
}
