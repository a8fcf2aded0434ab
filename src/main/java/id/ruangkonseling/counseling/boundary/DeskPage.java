package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the counselor's desk, {@code /counselor/}: the school's waiting requests, urgent first, each to
 * take up or to decline with a reason the student will read.
 */
@Named
@RequestScoped
public class DeskPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String PAGE = "counselor/";

    @Inject
    CounselorDesk desk;

    @Inject
    SignedInMember signedIn;

    private List<RequestSummary> waiting;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        waiting = desk.waiting(signedIn.as(Role.COUNSELOR));
    }

    public void accept(long requestId) throws IOException {
        done(desk.accept(signedIn.as(Role.COUNSELOR), requestId), "counseling.desk.accepted");
    }

    public void decline(long requestId) throws IOException {
        String reason = reasons.get(requestId);
        if (reason == null || reason.isBlank()) {
            Messages.addGlobalError(PageText.of("counseling.desk.reasonRequired"));
            return;
        }
        done(desk.decline(signedIn.as(Role.COUNSELOR), requestId, reason), "counseling.desk.declined");
    }

    private void done(Optional<RequestSummary> request, String doneKey) throws IOException {
        Messages.addFlashGlobalInfo(request.map(found -> PageText.of(doneKey).replace("{0}", found.studentName()))
                .orElseGet(() -> PageText.of("counseling.desk.gone")));
        Faces.redirect(PAGE);
    }

    /** When the request came, in Jakarta time where most schools are (the school's own zone comes with #6's settings). */
    public String time(RequestSummary request) {
        return TIME.format(request.submittedAt().atZone(ZoneId.of("Asia/Jakarta")));
    }

    public List<RequestSummary> getWaiting() {
        return waiting;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
