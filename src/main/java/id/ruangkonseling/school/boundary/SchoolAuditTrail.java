package id.ruangkonseling.school.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.control.RepeatedReads.Row;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.audit.entity.AuditEntry;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A school admin's reading of their school's audit trail: the newest entries first, with the people
 * they name shown by name and the times in the school's time zone. Another school's entries never appear.
 */
@ApplicationScoped
public class SchoolAuditTrail {

    private static final String STUDENT = Role.STUDENT.name();

    @Inject
    AuditTrail trail;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    /**
     * One entry as the page shows it, or a person's repeated reads of one record: {@code count} of them from
     * {@code first} to {@code at}. {@code actor} and {@code subject} are names where the trail has ids.
     */
    public record Line(ZonedDateTime at, Optional<String> actor, String role, AuditAction action,
                       Optional<String> subject, Optional<String> detail, ZonedDateTime first, int count) {
    }

    /**
     * The school's trail as its admin reads it. Students are not named: which student used counseling is
     * not the admin's to know (counts only, DESIGN's confidentiality table), only that a student did.
     */
    @Transactional
    public List<Line> read(Caller admin, Optional<AuditAction> action) {
        School school = callers.schoolAdmin(admin).school();
        return lines(school, trail.pageOfSchool(school.id(), action), false);
    }

    /**
     * What one member did to one record of the school, the newest first — a counselor's own actions on their
     * case (DESIGN's confidentiality table: a counselor reads the audit trail of their own actions; a
     * colleague's reads are the school admin's to see). The calling boundary has already checked that its
     * actor may read that record.
     */
    @Transactional
    public List<Line> byMemberAbout(School school, long memberId, Subject subject) {
        return lines(school, trail.ofSubjectBy(school.id(), subject, memberId).stream().map(Row::of).toList(), true);
    }

    private List<Line> lines(School school, List<Row> rows, boolean nameStudents) {
        Map<Long, String> names = names(school, rows.stream().map(Row::newest).toList());
        ZoneId zone = school.timeZone();
        return rows.stream().map(row -> line(row, zone, names, nameStudents)).toList();
    }

    private static Line line(Row row, ZoneId zone, Map<Long, String> names, boolean nameStudents) {
        AuditEntry entry = row.newest();
        boolean named = nameStudents || !STUDENT.equals(entry.actorRole());
        return new Line(entry.occurredAt().atZone(zone), entry.actorId().filter(id -> named).map(names::get),
                entry.actorRole(), entry.action(), named || memberId(entry).isEmpty() ? subject(entry, names) : Optional.empty(),
                entry.detail(), row.first().atZone(zone), row.count());
    }

    /** A member by name; anything else by its kind and id. */
    private static Optional<String> subject(AuditEntry entry, Map<Long, String> names) {
        return entry.subjectType().map(type -> memberId(entry).map(names::get)
                .orElse(type + " " + entry.subjectId().orElse("")));
    }

    private static Optional<Long> memberId(AuditEntry entry) {
        return entry.subjectType().filter("member"::equals).flatMap(type -> entry.subjectId()).map(Long::valueOf);
    }

    /** The names of the members the entries mention, each looked up once, within the school only. */
    private Map<Long, String> names(School school, List<AuditEntry> entries) {
        Set<Long> ids = entries.stream().flatMap(entry -> Stream.concat(entry.actorId().stream(), memberId(entry).stream()))
                .collect(Collectors.toSet());
        return schools.members(school, ids).stream()
                .collect(Collectors.toMap(Member::id, member -> member.shownName()));
    }
}
