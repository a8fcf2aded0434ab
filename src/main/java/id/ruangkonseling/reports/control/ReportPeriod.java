package id.ruangkonseling.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, in the school's calendar: this month, last
 * month, this school semester (July–December or January–June), the last twelve months, or any days chosen.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period a report counts: two school years. */
    public static final int MAX_MONTHS = 24;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " to " + to);
        }
    }

    public static ReportPeriod thisMonth(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod lastMonth(LocalDate today) {
        return thisMonth(today.minusMonths(1));
    }

    /** The Indonesian school semester {@code today} is in: July to December, or January to June. */
    public static ReportPeriod semester(LocalDate today) {
        boolean odd = today.getMonthValue() >= Month.JULY.getValue();
        LocalDate start = LocalDate.of(today.getYear(), odd ? Month.JULY : Month.JANUARY, 1);
        return new ReportPeriod(start, start.plusMonths(6).minusDays(1));
    }

    /** This month and the eleven before it. */
    public static ReportPeriod lastTwelveMonths(LocalDate today) {
        return new ReportPeriod(YearMonth.from(today).minusMonths(11).atDay(1), YearMonth.from(today).atEndOfMonth());
    }

    /** Days as a form or a link writes them ({@code YYYY-MM-DD}); empty when either is missing, unreadable, reversed or too long. */
    public static Optional<ReportPeriod> parse(String from, String to) {
        try {
            LocalDate start = LocalDate.parse(from == null ? "" : from.strip());
            LocalDate end = LocalDate.parse(to == null ? "" : to.strip());
            boolean fits = !end.isBefore(start) && !YearMonth.from(start).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(end).plusMonths(1));
            return fits ? Optional.of(new ReportPeriod(start, end)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The period cut at month ends: the report's rows. */
    public List<ReportPeriod> months() {
        List<ReportPeriod> months = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = YearMonth.from(start).plusMonths(1).atDay(1)) {
            LocalDate end = YearMonth.from(start).atEndOfMonth();
            months.add(new ReportPeriod(start, end.isAfter(to) ? to : end));
        }
        return months;
    }

    /** The first moment of the period in the school's zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the school's zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** How a CSV row names its month: {@code 2026-11}; a period over several months, {@code 2026-07..2026-12}. */
    public String label() {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        return first.equals(last) ? first.toString() : first + ".." + last;
    }

    /** Whether this period is exactly the semester {@code today} is in. */
    public boolean isSemesterOf(LocalDate today) {
        return equals(semester(today));
    }
}
