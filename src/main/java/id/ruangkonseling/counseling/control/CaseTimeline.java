package id.ruangkonseling.counseling.control;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.counseling.control.TimelineEntry.Kind;
import id.ruangkonseling.counseling.control.TimelineEntry.Line;
import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.CaseNote;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.NoteContent;
import id.ruangkonseling.counseling.entity.RequestContent;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.referral.entity.ReferralContent;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts a case's story in order for its counselor: the student's request, the teachers' referrals, the
 * notes, the student's appointments (at their time), and each status change, hand-over and call the
 * audit trail recorded. Read within the caller's
 * transaction; counselors only — it carries what students and teachers wrote.
 */
@ApplicationScoped
public class CaseTimeline {

    private static final List<AuditAction> STEPS = List.of(AuditAction.CASE_STATUS_CHANGED, AuditAction.CASE_HANDED_OVER);
    private static final List<AuditAction> CALLS = List.of(AuditAction.CALL_STARTED, AuditAction.CALL_ANSWERED, AuditAction.CALL_ENDED);

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    SchoolDirectory schools;

    @Inject
    StudentNames names;

    public List<TimelineEntry> of(CounselingCase counselingCase) {
        List<TimelineEntry> entries = new ArrayList<>();
        requests(counselingCase).forEach(request -> entries.add(request(request)));
        referrals(counselingCase).forEach(referral -> entries.add(referral(referral)));
        notes(counselingCase).forEach(note -> entries.add(note(note)));
        appointments(counselingCase).forEach(appointment -> entries.add(appointment(appointment)));
        entries.addAll(steps(counselingCase));
        entries.addAll(calls(counselingCase));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return List.copyOf(entries);
    }

    /** The case's notes, the newest first; for the desk's follow-ups too. */
    public List<CaseNote> notes(CounselingCase counselingCase) {
        return entityManager.createQuery("SELECT n FROM CaseNote n WHERE n.counselingCase = :case"
                        + " ORDER BY n.writtenAt DESC, n.id DESC", CaseNote.class)
                .setParameter("case", counselingCase).getResultList();
    }

    private List<CounselingRequest> requests(CounselingCase counselingCase) {
        return entityManager.createQuery("SELECT r FROM CounselingRequest r WHERE r.counselingCase = :case", CounselingRequest.class)
                .setParameter("case", counselingCase).getResultList();
    }

    private List<Referral> referrals(CounselingCase counselingCase) {
        return entityManager.createQuery("SELECT r FROM Referral r WHERE r.school = :school AND r.caseId = :case", Referral.class)
                .setParameter("school", counselingCase.school()).setParameter("case", counselingCase.id()).getResultList();
    }

    /**
     * The student's appointments with counselors of the school, booked for this case or not — only this
     * case's when it is unnamed, so that nothing of the student's named records shows in it.
     */
    private List<Appointment> appointments(CounselingCase counselingCase) {
        if (counselingCase.isUnnamed()) {
            return entityManager.createQuery("SELECT a FROM Appointment a WHERE a.counselingCase = :case", Appointment.class)
                    .setParameter("case", counselingCase).getResultList();
        }
        return entityManager.createQuery("SELECT a FROM Appointment a WHERE a.student = :student", Appointment.class)
                .setParameter("student", counselingCase.student()).getResultList();
    }

    private static TimelineEntry appointment(Appointment appointment) {
        List<Line> lines = new ArrayList<>(List.of(
                Line.named("case.timeline.mode", "contactMode.staff." + appointment.mode().name()),
                Line.named("case.timeline.appointmentStatus", "appointment.status." + appointment.status().name())));
        appointment.rescheduleReason().ifPresent(reason -> lines.add(Line.written("case.timeline.rescheduleReason", reason)));
        appointment.cancelReason().ifPresent(reason -> lines.add(Line.written("case.timeline.cancelReason", reason)));
        return new TimelineEntry(appointment.startsAt(), Kind.APPOINTMENT, Optional.of(appointment.counselor().shownName()), lines);
    }

    private TimelineEntry request(CounselingRequest request) {
        RequestContent content = request.content();
        List<Line> lines = new ArrayList<>(List.of(
                Line.named("case.timeline.field", "serviceField." + content.field().name()),
                Line.named("case.timeline.urgency", "urgency." + content.urgency().name()),
                Line.named("case.timeline.mode", "contactMode.staff." + content.mode().name()),
                Line.written("case.timeline.about", content.about())));
        content.availability().ifPresent(text -> lines.add(Line.written("case.timeline.availability", text)));
        return new TimelineEntry(request.submittedAt(), Kind.REQUEST, Optional.of(names.of(request)), lines);
    }

    private static TimelineEntry referral(Referral referral) {
        ReferralContent content = referral.content();
        return new TimelineEntry(referral.receivedAt(), Kind.REFERRAL, Optional.of(referral.teacher().shownName()), List.of(
                Line.written("case.timeline.course", referral.course().shownTitle()),
                Line.named("case.timeline.field", "serviceField." + content.field().name()),
                Line.named("case.timeline.urgency", "urgency." + content.urgency().name()),
                Line.written("case.timeline.reason", content.reason()),
                Line.written("case.timeline.observations", content.observations()),
                Line.named("case.timeline.studentKnows", "studentKnows." + content.studentKnows().name())));
    }

    private static TimelineEntry note(CaseNote note) {
        NoteContent content = note.content();
        List<Line> lines = new ArrayList<>(List.of(
                Line.day("case.timeline.heldOn", content.heldOn()),
                Line.named("case.timeline.mode", "contactMode.staff." + content.mode().name()),
                Line.written("case.timeline.summary", content.summary())));
        content.plan().ifPresent(plan -> lines.add(Line.written("case.timeline.plan", plan)));
        content.followUpOn().ifPresent(date ->
                lines.add(Line.day("case.timeline.followUpOn", date)));
        return new TimelineEntry(note.writtenAt(), Kind.NOTE, Optional.of(note.author().shownName()), lines);
    }

    /** Status changes and hand-overs, with the counselors they name, each looked up once. */
    private List<TimelineEntry> steps(CounselingCase counselingCase) {
        List<AuditEntry> entries = audit.ofSubject(counselingCase.school().id(), Subject.of("case", counselingCase.id()), STEPS);
        Map<Long, String> names = schools.members(counselingCase.school(), entries.stream()
                        .flatMap(entry -> Stream.concat(entry.actorId().stream(), handedTo(entry).stream())).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Member::id, Member::shownName));
        return entries.stream().map(entry -> entry.action() == AuditAction.CASE_HANDED_OVER
                ? new TimelineEntry(entry.occurredAt(), Kind.HANDED_OVER, entry.actorId().map(names::get),
                        handedTo(entry).map(names::get).map(to -> List.of(Line.written("case.timeline.handedTo", to)))
                                .orElse(List.of()))
                : new TimelineEntry(entry.occurredAt(), Kind.STATUS, entry.actorId().map(names::get),
                        entry.detail().map(status -> List.of(Line.named("case.timeline.status", "counseling.case.status." + status)))
                                .orElse(List.of()))).toList();
    }

    /**
     * The calls in the case's conversations, as the audit trail recorded them: started (how), answered, ended
     * (how, and for how many minutes). Nothing of what was said exists to show.
     */
    private List<TimelineEntry> calls(CounselingCase counselingCase) {
        List<Long> conversations = entityManager.createQuery("SELECT c.id FROM Conversation c WHERE c.school = :school"
                        + " AND c.caseId = :case", Long.class)
                .setParameter("school", counselingCase.school()).setParameter("case", counselingCase.id()).getResultList();
        List<AuditEntry> entries = conversations.stream().flatMap(conversation -> audit.ofSubject(counselingCase.school().id(),
                Subject.of("conversation", conversation), CALLS).stream()).toList();
        Map<Long, String> names = schools.members(counselingCase.school(), entries.stream()
                        .flatMap(entry -> entry.actorId().stream()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Member::id, Member::shownName));
        return entries.stream().map(entry -> new TimelineEntry(entry.occurredAt(), Kind.CALL, entry.actorId().map(names::get),
                callLines(entry))).toList();
    }

    private static List<Line> callLines(AuditEntry entry) {
        List<Line> lines = new ArrayList<>(List.of(Line.named("case.timeline.callStep", "audit.action." + entry.action().name())));
        String[] detail = entry.detail().orElse("").split(" ");
        if (entry.action() == AuditAction.CALL_ENDED && detail.length == 2) {
            lines.add(Line.named("case.timeline.callOutcome", "case.timeline.callOutcome." + detail[0]));
            lines.add(Line.written("case.timeline.callMinutes",
                    Long.toString(Math.round(Integer.parseInt(detail[1].replace("s", "")) / 60.0))));
        } else if (!detail[0].isEmpty()) {
            lines.add(Line.named("case.timeline.callKind", "chat.call." + detail[0].toLowerCase(Locale.ROOT)));
        }
        return lines;
    }

    private static Optional<Long> handedTo(AuditEntry entry) {
        return entry.action() == AuditAction.CASE_HANDED_OVER ? entry.detail().map(Long::valueOf) : Optional.empty();
    }
}
