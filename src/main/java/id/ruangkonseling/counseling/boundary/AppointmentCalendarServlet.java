package id.ruangkonseling.counseling.boundary;

import id.ruangkonseling.counseling.control.CalendarFile;
import id.ruangkonseling.counseling.entity.ContactMode;
import id.ruangkonseling.platform.boundary.ApiTexts;
import id.ruangkonseling.platform.control.PublicUrl;
import id.ruangkonseling.platform.control.RequestAddress;
import id.ruangkonseling.school.boundary.SignedInMember;
import id.ruangkonseling.school.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /student/appointment.ics?id=} and {@code /counselor/appointment.ics?id=}: one of the signed-in
 * person's own appointments as a calendar file. web.xml lets only that role in; anyone else's id, or
 * no id, is 404 — the same as a missing one. Never cached: it is a person's counseling time.
 */
@WebServlet(urlPatterns = {AppointmentCalendarServlet.STUDENT_PATH, AppointmentCalendarServlet.COUNSELOR_PATH})
public class AppointmentCalendarServlet extends HttpServlet {

    static final String STUDENT_PATH = "/student/appointment.ics";
    static final String COUNSELOR_PATH = "/counselor/appointment.ics";
    private static final long serialVersionUID = 1L;

    @Inject
    transient Appointments appointments;

    @Inject
    transient SignedInMember signedIn;

    @Inject
    transient PublicUrl publicUrl;

    @Inject
    transient ApiTexts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Role role = COUNSELOR_PATH.equals(request.getServletPath()) ? Role.COUNSELOR : Role.STUDENT;
        response.setHeader("Cache-Control", "no-store");
        Optional<AppointmentView> appointment = id(request.getParameter("id"))
                .flatMap(id -> appointments.download(signedIn.as(role), id));
        if (appointment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AppointmentView found = appointment.get();
        String side = role == Role.COUNSELOR ? "counselor" : "student";
        Optional<URI> join = Optional.of(found).filter(view -> view.mode() == ContactMode.VIDEO && view.conversation().isPresent())
                .map(view -> publicUrl.resolve(RequestAddress.of(request), view.joinPath(side)));
        String ics = CalendarFile.of(new CalendarFile.Event("appointment-" + found.id() + "@" + request.getServerName(),
                found.start(), found.end(), found.revision(), found.isCancelled(), join,
                join.map(address -> texts.of("appointments.ics.join", address)).orElse("")), Clock.systemUTC().instant());
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"konseling-" + found.id() + ".ics\"");
        response.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Long> id(String value) {
        return Optional.ofNullable(value).filter(text -> text.matches("\\d{1,18}")).map(Long::valueOf);
    }
}
