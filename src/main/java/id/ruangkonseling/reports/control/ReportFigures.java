package id.ruangkonseling.reports.control;

import id.ruangkonseling.counseling.entity.ContactMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
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

    /** What a report shows: the months, the whole period's ways of meeting and times, and the counts per counselor. */
    public record Figures(List<MonthFigures> months, Map<ContactMode, Long> modes, Durations firstAnswer, Durations crisisSeen,
                          Tallies tallies) {
    }

    public Figures of(ReportScope scope, ReportPeriod period) {
        Instant from = period.start(scope.zone());
        Instant to = period.end(scope.zone());
        Tallies tallies = counts.of(scope, from, to);
        List<MonthFigures> months = new ArrayList<>();
        for (ReportPeriod month : period.months()) {
            months.add(new MonthFigures(month, tallies.month(YearMonth.from(month.from()), counselor -> true),
                    times.firstAnswer(scope, month.start(scope.zone()), month.end(scope.zone()))));
        }
        return new Figures(months, times.modes(scope, from, to), times.firstAnswer(scope, from, to), times.crisisSeen(scope, from, to),
                tallies);
    }
}
