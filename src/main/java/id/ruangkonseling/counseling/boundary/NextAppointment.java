package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.platform.boundary.PageText;
import id.ruangkonseling.platform.boundary.PageTime;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

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

    private Optional<AppointmentView> student;
    private Optional<AppointmentView> counselor;

    public String getForStudent() {
        return reminder(studentsNext(), AppointmentView::counselorName, "contactMode.");
    }

    public String getForCounselor() {
        return reminder(counselorsNext(), AppointmentView::studentName, "contactMode.staff.");
    }

    /** Where the student joins their next appointment's call now; empty unless it is a call they can join now. */
    public String getStudentJoin() {
        return studentsNext().filter(AppointmentView::joinable).map(next -> next.joinPath("student")).orElse("");
    }

    public String getCounselorJoin() {
        return counselorsNext().filter(AppointmentView::joinable).map(next -> next.joinPath("counselor")).orElse("");
    }

    private Optional<AppointmentView> studentsNext() {
        if (student == null) {
            student = appointments.next(signedIn.as(Role.STUDENT), AHEAD);
        }
        return student;
    }

    private Optional<AppointmentView> counselorsNext() {
        if (counselor == null) {
            counselor = appointments.next(signedIn.as(Role.COUNSELOR), AHEAD);
        }
        return counselor;
    }

    /** The sentence, naming the way to meet in the reader's voice ({@code modeTexts}: the student's or the staff's labels). */
    private static String reminder(Optional<AppointmentView> next, Function<AppointmentView, String> otherSide, String modeTexts) {
        return next.map(found -> PageText.of("appointments.reminder", PageText.of("appointments.with", otherSide.apply(found)),
                PageTime.span(found.start(), found.end(), found.zone()),
                PageText.of(modeTexts + found.mode().name()))).orElse("");
    }
}
