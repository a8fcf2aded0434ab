package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.privacy.control.BreachQuery.Touched;
import id.ruangkonseling.privacy.control.DataKind;
import id.ruangkonseling.school.boundary.SchoolTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /admin/breach}: whose data a time window (school time) and kind of data touched, with
 * counts and a CSV of the same. Opened without a window, it shows the last 72 hours.
 */
@Named
@RequestScoped
public class BreachPage {

    @Inject
    BreachReport report;

    @Inject
    SignedInMember signedIn;

    @Inject
    SchoolTime schoolTime;

    private String from;
    private String to;
    private String kind;
    private boolean fromInvalid;
    private boolean toInvalid;
    private List<Touched> touched = List.of();

    @PostConstruct
    void load() {
        from = Faces.getRequestParameter("from");
        to = Faces.getRequestParameter("to");
        kind = Faces.getRequestParameter("kind");
        BreachWindow window = from == null && to == null
                ? BreachWindow.lastNoticePeriod(LocalDateTime.now(schoolTime.zone()))
                : BreachWindow.parse(from, to, kind);
        from = window.from().map(LocalDateTime::toString).orElse(from);
        to = window.to().map(LocalDateTime::toString).orElse(to);
        fromInvalid = window.from().isEmpty();
        toInvalid = window.to().isEmpty() || (window.from().isPresent() && !window.isComplete());
        if (window.isComplete()) {
            touched = report.touched(signedIn.as(Role.SCHOOL_ADMIN), window.kind(), window.from().get(), window.to().get());
        }
    }

    /** The same query as a CSV download. */
    public String getCsvLink() {
        return Faces.getRequestContextPath() + BreachCsvServlet.PATH + "?from=" + encode(from) + "&to=" + encode(to)
                + "&kind=" + encode(kind);
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public List<DataKind> getKinds() {
        return List.of(DataKind.values());
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getKind() {
        return kind == null ? "" : kind;
    }

    public boolean isFromInvalid() {
        return fromInvalid;
    }

    public boolean isToInvalid() {
        return toInvalid;
    }

    public boolean isQueried() {
        return !fromInvalid && !toInvalid;
    }

    public List<Touched> getTouched() {
        return touched;
    }
}
