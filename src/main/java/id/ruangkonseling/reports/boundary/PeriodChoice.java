package id.ruangkonseling.reports.boundary;

import id.ruangkonseling.reports.control.ReportPeriod;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The period a report page was asked for: {@code ?period=month|lastMonth|semester|year}, or {@code ?from=&to=}
 * (YYYY-MM-DD), else the page's default. Days that do not make a period leave the page's default and say so.
 */
public record PeriodChoice(ReportPeriod period, LocalDate today, boolean invalid, String from, String to) {

    public static PeriodChoice of(String named, String from, String to, LocalDate today, ReportPeriod fallback) {
        Optional<ReportPeriod> chosen = switch (named == null ? "" : named) {
            case "month" -> Optional.of(ReportPeriod.thisMonth(today));
            case "lastMonth" -> Optional.of(ReportPeriod.lastMonth(today));
            case "semester" -> Optional.of(ReportPeriod.semester(today));
            case "year" -> Optional.of(ReportPeriod.lastTwelveMonths(today));
            default -> from == null && to == null ? Optional.of(fallback) : ReportPeriod.parse(from, to);
        };
        ReportPeriod period = chosen.orElse(fallback);
        return new PeriodChoice(period, today, chosen.isEmpty(), chosen.isEmpty() ? orEmpty(from) : period.from().toString(),
                chosen.isEmpty() ? orEmpty(to) : period.to().toString());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The download of {@code period} at {@code path} ({@code /counselor/reports}) as {@code format}. */
    public static String link(String contextPath, String path, String format, ReportPeriod period) {
        return contextPath + path + "." + format + "?from=" + period.from() + "&to=" + period.to();
    }
}
