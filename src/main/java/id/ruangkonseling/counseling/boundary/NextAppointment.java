package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.omnifaces.util.Faces;

/**
 * The in-app reminder on the student's and the counselor's home: their next appointment when it starts
 * within a day, as one sentence (empty when there is none). Each side is asked at most once per request.
 */
@Named
@RequestScoped
public class NextAppointment {

    static final Duration AHEAD = Duration.ofHours(24);

    @Inject
    Appointments appointments;

    @Inject
    SignedInMember signedIn;

    private String student;
    private String counselor;

    public String getForStudent() {
        if (student == null) {
            student = reminder(appointments.next(signedIn.as(Role.STUDENT), AHEAD), AppointmentView::counselorName, "contactMode.");
        }
        return student;
    }

    public String getForCounselor() {
        if (counselor == null) {
            counselor = reminder(appointments.next(signedIn.as(Role.COUNSELOR), AHEAD), AppointmentView::studentName,
                    "contactMode.staff.");
        }
        return counselor;
    }

    /** The sentence, naming the way to meet in the reader's voice ({@code modeTexts}: the student's or the staff's labels). */
    private static String reminder(Optional<AppointmentView> next, Function<AppointmentView, String> otherSide, String modeTexts) {
        return next.map(found -> PageText.of("appointments.reminder", PageText.of("appointments.with", otherSide.apply(found)),
                TimeLabels.when(found.start(), found.end(), found.zone(), Faces.getLocale()),
                PageText.of(modeTexts + found.mode().name()))).orElse("");
    }
}
