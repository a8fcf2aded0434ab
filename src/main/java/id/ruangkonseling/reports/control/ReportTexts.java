package id.ruangkonseling.reports.control;

import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.platform.control.Texts;
import id.ruangkonseling.school.entity.ServiceField;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;

/** The words of a report in the reader's language: names of months, periods, fields, figures and durations. */
public record ReportTexts(ResourceBundle bundle) {

    public String of(String key, Object... values) {
        return Texts.format(bundle.getString(key), bundle.getLocale(), values);
    }

    /** {@code November 2026}. */
    public String month(ReportPeriod month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", bundle.getLocale()).format(month.from());
    }

    /** {@code Nov 26}, under a chart's bars. */
    public String monthShort(ReportPeriod month) {
        return DateTimeFormatter.ofPattern("MMM yy", bundle.getLocale()).format(month.from());
    }

    /** {@code 1 Juli 2026 – 31 Desember 2026}. */
    public String period(ReportPeriod period) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", bundle.getLocale());
        return day.format(period.from()) + " – " + day.format(period.to());
    }

    public String field(ServiceField field) {
        return bundle.getString("serviceField." + field.name());
    }

    public String figure(Figure figure) {
        return bundle.getString("reports.figure." + figure.name());
    }

    public String mode(ContactMode mode) {
        return bundle.getString("contactMode.staff." + mode.name());
    }

    /** {@code 45 menit}, {@code 2 jam 5 menit}, {@code 3 hari 4 jam}; a dash when there is none to show. */
    public String duration(Optional<Duration> duration) {
        return duration.map(this::duration).orElse("–");
    }

    private String duration(Duration duration) {
        if (duration.toDays() > 0) {
            return of("reports.duration.days", duration.toDays(), duration.toHoursPart());
        }
        return duration.toHours() > 0 ? of("reports.duration.hours", duration.toHours(), duration.toMinutesPart())
                : of("reports.duration.minutes", duration.toMinutes());
    }
}
