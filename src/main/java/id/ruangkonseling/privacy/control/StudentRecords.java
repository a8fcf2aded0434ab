package id.ruangkonseling.privacy.control;

import id.ruangkonseling.audit.entity.AuditEntry;
import id.ruangkonseling.chat.entity.Message;
import id.ruangkonseling.counseling.entity.Appointment;
import id.ruangkonseling.counseling.entity.CaseNote;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestDraft;
import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.needs.entity.NeedsItem;
import id.ruangkonseling.privacy.control.StudentFile.Field;
import id.ruangkonseling.privacy.control.StudentFile.Kind;
import id.ruangkonseling.privacy.control.StudentFile.Section;
import id.ruangkonseling.privacy.control.StudentFile.Value;
import id.ruangkonseling.referral.entity.Referral;
import id.ruangkonseling.school.entity.CourseMember;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Gathers one student's file into a {@link StudentFile}, texts decrypted, as much of it as the reader's
 * {@link Extent} holds; a kind of data it withholds is not even read.
 */
@ApplicationScoped
public class StudentRecords {

    @Inject
    EntityManager entityManager;

    @Inject
    SubjectTrail trail;

    /** What {@code extent} holds of the student's file: the kinds it holds, each item without the fields it withholds. */
    public StudentFile of(Member student, Instant now, Extent extent) {
        ZoneId zone = student.school().timeZone();
        Items items = new Items(zone);
        List<CounselingRequest> requests = list("SELECT r FROM CounselingRequest r WHERE r.student = :s ORDER BY r.submittedAt",
                CounselingRequest.class, student);
        List<CounselingCase> cases = list("SELECT c FROM CounselingCase c WHERE c.student = :s ORDER BY c.openedAt",
                CounselingCase.class, student);
        List<Appointment> appointments = list("SELECT a FROM Appointment a WHERE a.student = :s ORDER BY a.startsAt",
                Appointment.class, student);
        Map<Kind, Supplier<List<Map<Field, Value>>>> gather = new EnumMap<>(Kind.class);
        gather.put(Kind.STUDENT, () -> List.of(items.student(student)));
        gather.put(Kind.COURSES, () -> items(list("SELECT m FROM CourseMember m WHERE m.member = :s ORDER BY m.id",
                CourseMember.class, student), items::course));
        gather.put(Kind.REQUESTS, () -> items(requests, items::request));
        gather.put(Kind.CASES, () -> items(cases, items::counselingCase));
        gather.put(Kind.NOTES, () -> items(list("SELECT n FROM CaseNote n WHERE n.counselingCase.student = :s ORDER BY n.writtenAt",
                CaseNote.class, student), items::note));
        gather.put(Kind.REFERRALS, () -> items(referrals(student), items::referral));
        gather.put(Kind.MESSAGES, () -> items(list("SELECT m FROM Message m WHERE m.conversation.student = :s"
                + " ORDER BY m.conversation.id, m.seq", Message.class, student), items::message));
        gather.put(Kind.APPOINTMENTS, () -> items(appointments, items::appointment));
        gather.put(Kind.DRAFTS, () -> items(list("SELECT d FROM RequestDraft d WHERE d.student = :s", RequestDraft.class, student),
                items::draft));
        gather.put(Kind.NEEDS, () -> items(list("SELECT a FROM NeedsAnswer a WHERE a.student = :s ORDER BY a.savedAt, a.id",
                NeedsAnswer.class, student), answer -> items.needs(answer, itemTexts(student))));
        gather.put(Kind.AUDIT, () -> items(trail.about(student, requests, cases, referrals(student), appointments), items::audit));
        List<Section> sections = Arrays.stream(Kind.values()).filter(extent::holds)
                .map(kind -> new Section(kind, gather.get(kind).get().stream().map(item -> withheld(item, extent)).toList()))
                .toList();
        return new StudentFile(student.school().name(), zone, now, extent, sections);
    }

    /** The school's questionnaire items by id, in the school's language: what the student's needs answers name. */
    private Map<Long, String> itemTexts(Member student) {
        return entityManager.createQuery("SELECT i FROM NeedsItem i WHERE i.school = :school", NeedsItem.class)
                .setParameter("school", student.school()).getResultStream().collect(Collectors.toMap(NeedsItem::id, NeedsItem::textId));
    }

    private List<Referral> referrals(Member student) {
        return list("SELECT r FROM Referral r WHERE r.student = :s ORDER BY r.receivedAt", Referral.class, student);
    }

    private static Map<Field, Value> withheld(Map<Field, Value> item, Extent extent) {
        Map<Field, Value> held = new LinkedHashMap<>(item);
        held.keySet().removeIf(field -> !extent.holds(field));
        return held;
    }

    private <T> List<T> list(String jpql, Class<T> type, Member student) {
        return entityManager.createQuery(jpql, type).setParameter("s", student).getResultList();
    }

    private static <T> List<Map<Field, Value>> items(List<T> rows, Function<T, Map<Field, Value>> item) {
        return rows.stream().map(item).toList();
    }

    /** One item per row, the values in the order a reader expects them; empty values are left out. */
    private record Items(ZoneId zone) {

        Map<Field, Value> student(Member student) {
            return item(Field.ID, student.id(), Field.NAME, student.displayName(), Field.EMAIL, student.email(),
                    Field.LMS_ID, student.subject(), Field.FIRST_SEEN_AT, time(student.firstSeenAt()),
                    Field.LAST_SEEN_AT, time(student.lastSeenAt()), Field.LEFT_AT, student.leftAt().map(this::time));
        }

        Map<Field, Value> course(CourseMember entry) {
            Map<Field, Value> item = item(Field.COURSE, entry.course().shownTitle());
            item.put(Field.ROLE, Value.coded("role.", entry.role()));
            return item;
        }

        Map<Field, Value> request(CounselingRequest request) {
            Map<Field, Value> item = item(Field.ID, request.id(), Field.SUBMITTED_AT, time(request.submittedAt()));
            item.put(Field.SERVICE_FIELD, Value.coded("serviceField.", request.content().field()));
            item.put(Field.URGENCY, Value.coded("urgency.", request.content().urgency()));
            item.put(Field.MODE, Value.coded("contactMode.staff.", request.content().mode()));
            item.put(Field.STATUS, Value.coded("counseling.status.", request.status()));
            return with(item, Field.ABOUT, request.content().about(), Field.AVAILABILITY, request.content().availability(),
                    Field.DECIDED_AT, request.decidedAt().map(this::time), Field.DECLINE_REASON, request.declineReason(),
                    Field.CASE_ID, request.counselingCase().map(CounselingCase::id));
        }

        Map<Field, Value> counselingCase(CounselingCase counselingCase) {
            Map<Field, Value> item = item(Field.ID, counselingCase.id(), Field.COUNSELOR, counselingCase.counselor().shownName(),
                    Field.OPENED_AT, time(counselingCase.openedAt()), Field.CHANGED_AT, time(counselingCase.changedAt()));
            item.put(Field.STATUS, Value.coded("counseling.case.status.", counselingCase.status()));
            return with(item, Field.OUTCOME, counselingCase.outcome());
        }

        Map<Field, Value> note(CaseNote note) {
            Map<Field, Value> item = item(Field.CASE_ID, note.counselingCase().id(), Field.AUTHOR, note.author().shownName(),
                    Field.HELD_ON, note.content().heldOn());
            item.put(Field.MODE, Value.coded("contactMode.staff.", note.content().mode()));
            return with(item, Field.SUMMARY, note.content().summary(), Field.PLAN, note.content().plan(),
                    Field.FOLLOW_UP_ON, note.content().followUpOn(), Field.WRITTEN_AT, time(note.writtenAt()));
        }

        Map<Field, Value> referral(Referral referral) {
            Map<Field, Value> item = item(Field.ID, referral.id(), Field.TEACHER, referral.teacher().shownName(),
                    Field.COURSE, referral.course().shownTitle(), Field.RECEIVED_AT, time(referral.receivedAt()));
            item.put(Field.SERVICE_FIELD, Value.coded("serviceField.", referral.content().field()));
            item.put(Field.URGENCY, Value.coded("urgency.", referral.content().urgency()));
            item.put(Field.STUDENT_KNOWS, Value.coded("studentKnows.", referral.content().studentKnows()));
            item.put(Field.STATUS, Value.coded("referral.status.", referral.status()));
            return with(item, Field.REASON, referral.content().reason(), Field.OBSERVATIONS, referral.content().observations(),
                    Field.CLOSED_AT, referral.closedAt().map(this::time), Field.CASE_ID, referral.caseId());
        }

        Map<Field, Value> message(Message message) {
            return item(Field.CONVERSATION_ID, message.conversation().id(), Field.SEQ, message.seq(),
                    Field.AUTHOR, message.author().shownName(), Field.SENT_AT, time(message.sentAt()), Field.BODY, message.body());
        }

        Map<Field, Value> appointment(Appointment appointment) {
            Map<Field, Value> item = item(Field.ID, appointment.id(), Field.COUNSELOR, appointment.counselor().shownName(),
                    Field.STARTS_AT, time(appointment.startsAt()), Field.ENDS_AT, time(appointment.endsAt()));
            item.put(Field.MODE, Value.coded("contactMode.staff.", appointment.mode()));
            item.put(Field.STATUS, Value.coded("appointment.status.", appointment.status()));
            return with(item, Field.CANCEL_REASON, appointment.cancelReason(), Field.RESCHEDULE_REASON,
                    appointment.rescheduleReason());
        }

        Map<Field, Value> draft(RequestDraft draft) {
            return item(Field.SAVED_AT, time(draft.savedAt()), Field.ABOUT, draft.draft().about(),
                    Field.AVAILABILITY, draft.draft().availability());
        }

        Map<Field, Value> needs(NeedsAnswer answer, Map<Long, String> texts) {
            return with(item(Field.COURSE, answer.round().course().shownTitle(), Field.SAVED_AT, time(answer.savedAt())),
                    Field.NEEDS_YES, listed(answer.choices().yes(), texts), Field.NEEDS_TALK, listed(answer.choices().talk(), texts),
                    Field.NOTE, answer.note());
        }

        private static Optional<String> listed(Collection<Long> ids, Map<Long, String> texts) {
            return Optional.of(ids.stream().map(texts::get).collect(Collectors.joining("\n"))).filter(text -> !text.isEmpty());
        }

        Map<Field, Value> audit(AuditEntry entry) {
            Map<Field, Value> item = item(Field.AT, time(entry.occurredAt()));
            item.put(Field.ACTION, Value.coded("audit.action.", entry.action()));
            return with(item, Field.ACTOR, entry.actorId(), Field.ROLE, entry.actorRole(),
                    Field.SUBJECT, entry.subjectType().map(type -> type + " " + entry.subjectId().orElse("")),
                    Field.DETAIL, entry.detail());
        }

        private ZonedDateTime time(Instant at) {
            return at.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
        }

        /** An item of these field-value pairs, in order. */
        private static Map<Field, Value> item(Object... pairs) {
            return with(new LinkedHashMap<>(), pairs);
        }

        /** Adds the pairs to the item; an empty {@link Optional} adds nothing. */
        private static Map<Field, Value> with(Map<Field, Value> item, Object... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                Object value = pairs[i + 1];
                Optional<?> present = value instanceof Optional<?> optional ? optional : Optional.of(value);
                Field field = (Field) pairs[i];
                present.ifPresent(v -> item.put(field, Value.of(v)));
            }
            return item;
        }
    }
}
