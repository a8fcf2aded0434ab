package id.ruangkonseling.privacy.control;

import id.ruangkonseling.chat.boundary.ConversationsErased;
import id.ruangkonseling.counseling.entity.CounselingCase;
import id.ruangkonseling.counseling.entity.CounselingRequest;
import id.ruangkonseling.counseling.entity.RequestDraft;
import id.ruangkonseling.needs.entity.NeedsAnswer;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes a student's data, children before parents so that no foreign key is ever violated: one
 * expired case with everything of it, an expired declined request, an expired draft, or — deletion on
 * request — everything about the student. Runs in the caller's transaction; audit entries are never touched.
 * The chat hears of deleted conversations ({@link ConversationsErased}) and forgets them once that commits.
 */
@ApplicationScoped
public class StudentErasure {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<ConversationsErased> conversationsErased;

    /**
     * A case and all of it: its notes, appointments, the referrals merged into it, the requests that
     * opened it, their crisis notices and name reveals, and their conversations with messages and read receipts.
     */
    public Erased eraseCase(CounselingCase counselingCase) {
        Set<Long> conversations = new LinkedHashSet<>(entityManager.createQuery(
                "SELECT v.id FROM Conversation v WHERE v.caseId = :id", Long.class)
                .setParameter("id", counselingCase.id()).getResultList());
        conversations.addAll(entityManager.createQuery("SELECT r.conversationId FROM CounselingRequest r"
                        + " WHERE r.counselingCase = :case AND r.conversationId IS NOT NULL", Long.class)
                .setParameter("case", counselingCase).getResultList());
        int notes = delete("DELETE FROM CaseNote n WHERE n.counselingCase = :value", counselingCase);
        int appointments = delete("DELETE FROM Appointment a WHERE a.counselingCase = :value", counselingCase);
        int referrals = delete("DELETE FROM Referral r WHERE r.caseId = :value", counselingCase.id());
        delete("DELETE FROM CrisisNotice n WHERE n.counselingCase = :value", counselingCase);
        delete("DELETE FROM CrisisNotice n WHERE n.request IN"
                + " (SELECT r FROM CounselingRequest r WHERE r.counselingCase = :value)", counselingCase);
        delete("DELETE FROM IdentityReveal x WHERE x.caseId = :value", counselingCase.id());
        int requests = delete("DELETE FROM CounselingRequest r WHERE r.counselingCase = :value", counselingCase);
        Erased chats = eraseConversations(conversations);
        int cases = delete("DELETE FROM CounselingCase c WHERE c.id = :value", counselingCase.id());
        return new Erased(cases, requests, notes, referrals, 0, 0, appointments, 0).plus(chats);
    }

    /**
     * A request that never became a case (a declined one) and all of it: its crisis notices, and its
     * conversation with messages and read receipts. A request that opened a case goes only with its case.
     */
    public Erased eraseRequest(CounselingRequest request) {
        if (request.counselingCase().isPresent()) {
            throw new IllegalArgumentException("the request opened a case; it is erased with its case");
        }
        delete("DELETE FROM CrisisNotice n WHERE n.request = :value", request);
        int requests = delete("DELETE FROM CounselingRequest r WHERE r.id = :value", request.id());
        Erased chats = eraseConversations(request.conversationId().stream().toList());
        return new Erased(0, requests, 0, 0, 0, 0, 0, 0).plus(chats);
    }

    /** A needs-assessment answer (its round closed long ago): its choices and note. */
    public Erased eraseNeedsAnswer(NeedsAnswer answer) {
        delete("DELETE FROM NeedsAnswer a WHERE a.id = :value", answer.id());
        return Erased.NOTHING;
    }

    public Erased eraseDraft(RequestDraft draft) {
        return new Erased(0, 0, 0, 0, 0, 0, 0, delete("DELETE FROM RequestDraft d WHERE d.id = :value", draft.id()));
    }

    /**
     * Deletion on request: everything about the student — cases, requests, notes, referrals about them,
     * conversations, appointments, crisis notices, their pseudonym and its reveals, requests for their file, their
     * draft, their needs-assessment answers, courses and launch tickets — and their personal fields.
     */
    public Erased eraseStudent(Member student, Instant now) {
        List<Long> cases = entityManager.createQuery("SELECT c.id FROM CounselingCase c WHERE c.student = :student", Long.class)
                .setParameter("student", student).getResultList();
        List<Long> conversations = entityManager.createQuery("SELECT v.id FROM Conversation v WHERE v.student = :student",
                Long.class).setParameter("student", student).getResultList();
        int notes = cases.isEmpty() ? 0 : delete("DELETE FROM CaseNote n WHERE n.counselingCase.id IN :value", cases);
        int appointments = delete("DELETE FROM Appointment a WHERE a.student = :value", student);
        int referrals = delete("DELETE FROM Referral r WHERE r.student = :value", student);
        delete("DELETE FROM CrisisNotice n WHERE n.request IN (SELECT r FROM CounselingRequest r WHERE r.student = :value)", student);
        delete("DELETE FROM CrisisNotice n WHERE n.counselingCase IN (SELECT c FROM CounselingCase c WHERE c.student = :value)", student);
        delete("DELETE FROM IdentityReveal x WHERE x.pseudonym IN (SELECT p FROM Pseudonym p WHERE p.student = :value)", student);
        delete("DELETE FROM Pseudonym p WHERE p.student = :value", student);
        delete("DELETE FROM ExportRequest x WHERE x.student = :value", student);
        int requests = delete("DELETE FROM CounselingRequest r WHERE r.student = :value", student);
        Erased chats = eraseConversations(conversations);
        int caseCount = delete("DELETE FROM CounselingCase c WHERE c.student = :value", student);
        int drafts = delete("DELETE FROM RequestDraft d WHERE d.student = :value", student);
        delete("DELETE FROM NeedsAnswer a WHERE a.student = :value", student);
        delete("DELETE FROM CourseMember m WHERE m.member = :value", student);
        delete("DELETE FROM LaunchTicket t WHERE t.memberId = :value", student.id());
        student.erase(now);
        return new Erased(caseCount, requests, notes, referrals, 0, 0, appointments, drafts).plus(chats);
    }

    private Erased eraseConversations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Erased.NOTHING;
        }
        delete("DELETE FROM ReadReceipt x WHERE x.conversation.id IN :value", ids);
        int messages = delete("DELETE FROM Message m WHERE m.conversation.id IN :value", ids);
        int conversations = delete("DELETE FROM Conversation v WHERE v.id IN :value", ids);
        conversationsErased.fire(new ConversationsErased(Set.copyOf(ids)));
        return new Erased(0, 0, 0, 0, conversations, messages, 0, 0);
    }

    private int delete(String jpql, Object value) {
        return entityManager.createQuery(jpql).setParameter("value", value).executeUpdate();
    }
}
