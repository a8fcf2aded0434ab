package id.ruangkonseling.school.boundary;

import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.school.boundary.SchoolAuditTrail.Line;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** Backs {@code /admin/audit}: the school admin reads who did what in their school, newest first, by action. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    SchoolAuditTrail trail;

    @Inject
    SignedInMember signedIn;

    private Optional<AuditAction> action;
    private List<Line> lines;

    @PostConstruct
    void load() {
        action = Arrays.stream(AuditAction.values()).filter(value -> value.name().equals(Faces.getRequestParameter("action")))
                .findFirst();
        lines = trail.read(signedIn.as(Role.SCHOOL_ADMIN), action);
    }

    public String time(Line line) {
        return PageTime.toSecond(line.at());
    }

    /** The actor by name; someone outside the school (the operator, an LMS) by what they are. */
    public String actor(Line line) {
        return line.actor().orElseGet(() -> PageText.of("audit.actor." + line.role()));
    }

    public String role(Line line) {
        return line.actor().isPresent() ? PageText.of("audit.role." + line.role()) : "";
    }

    public String subject(Line line) {
        return line.subject().orElse("");
    }

    /** What was done; for a role gained in a launch, which role. */
    public String what(Line line) {
        String what = PageText.of("audit.action." + line.action().name());
        return line.action() == AuditAction.ROLE_GAINED
                ? line.detail().map(role -> what + ": " + PageText.of("role." + role)).orElse(what)
                : what;
    }

    /** For a person's repeated reads of one record: how often, from when to when; nothing for a single entry. */
    public String repeats(Line line) {
        return line.count() == 1 ? ""
                : PageText.of("admin.audit.repeated", line.count(), PageTime.between(line.first(), line.at()));
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public String getAction() {
        return action.map(AuditAction::name).orElse("");
    }

    public List<Line> getLines() {
        return lines;
    }
}
