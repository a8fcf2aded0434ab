package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.control.ConversationIndex;
import id.ruangkonseling.chat.control.ConversationRecords;
import id.ruangkonseling.chat.entity.Conversation;
import id.ruangkonseling.platform.control.AfterCommit;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.school.boundary.CounselorRoleChanged;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Conversations between a student and their counselor: opening one and letting the counselor join (for
 * counseling), handing it over or closing it, and listing a member's. Only the participants find a
 * conversation; for anyone else an id is simply not found. Every change reaches {@link ConversationIndex}
 * after it committed. Reading and writing its messages is {@link ChatMessages}.
 */
@ApplicationScoped
public class Conversations {

    /** As many conversations as one list shows. */
    public static final int LISTED = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    Callers callers;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    @Inject
    ConversationIndex index;


    @Inject
    ConversationRecords records;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Pseudonyms pseudonyms;

    Clock clock = Clock.systemUTC();

    /**
     * Opens the conversation of a student's new request ({@code unnamed} like it), in the caller's
     * transaction; its id is what the request keeps.
     */
    @Transactional
    public long open(Member student, boolean unnamed) {
        Conversation conversation = new Conversation(student, unnamed, clock.instant());
        entityManager.persist(conversation);
        entityManager.flush();
        return conversation.id();
    }

    /** The counselor who took up the case {@code caseId} joins the conversation. */
    @Transactional
    public void join(long conversationId, Member counselor, Long caseId) {
        Conversation conversation = locked(conversationId);
        conversation.join(counselor, caseId);
        announceChange(conversation);
    }

    /**
     * The case moved to another counselor of the school: the conversation goes with it, and the former
     * counselor's next poll is refused. Empty when the counselor does not take part in such a conversation.
     */
    @Transactional
    public Optional<Long> handOver(Caller counselor, long conversationId, long otherCounselorId) {
        Member me = callers.counselor(counselor);
        Optional<Conversation> found = records.participating(me, conversationId, true)
                .filter(conversation -> conversation.counselor().filter(me::equals).isPresent());
        found.ifPresent(conversation -> {
            Member other = schools.findMember(me.school(), otherCounselorId)
                    .orElseThrow(() -> new IllegalArgumentException("no such counselor in the school"));
            conversation.handOver(other);
            audit.record(counselor.actor(), AuditAction.CONVERSATION_HANDED_OVER, Subject.of("conversation", conversationId), null);
            announceChange(conversation);
        });
        return found.map(Conversation::id);
    }

    /** The conversation is over: no one writes in it any more. */
    @Transactional
    public void close(long conversationId) {
        Conversation conversation = locked(conversationId);
        conversation.close(clock.instant());
        announceChange(conversation);
    }

    /** The member's conversations, the most recent first. */
    @Transactional
    public List<ConversationSummary> mine(Caller actor) {
        Member me = callers.member(actor);
        List<Conversation> mine = entityManager.createQuery("SELECT c FROM Conversation c WHERE c.school = :school"
                        + " AND (c.student = :me OR c.counselor = :me) ORDER BY c.lastSeq DESC, c.id DESC", Conversation.class)
                .setParameter("school", me.school()).setParameter("me", me).setMaxResults(LISTED).getResultList();
        Map<Long, Long> unread = records.unread(me, mine.stream().map(Conversation::id).toList());
        return mine.stream().map(conversation -> summary(conversation, me, unread)).toList();
    }

    /** One of the member's conversations as their list shows it; empty for anyone else's or a missing one. */
    @Transactional
    public Optional<ConversationSummary> summary(Caller actor, long conversationId) {
        Member me = callers.member(actor);
        return records.participating(me, conversationId, false)
                .map(conversation -> summary(conversation, me, records.unread(me, List.of(conversationId))));
    }

    /** How many messages of the other side the member has not read, in these conversations of theirs (none left out). */
    @Transactional
    public Map<Long, Long> unread(Caller actor, Collection<Long> conversationIds) {
        return records.unread(callers.member(actor), conversationIds);
    }

    /**
     * The two sides of a conversation the caller takes part in, each named as the other sees them (an unnamed
     * student by their pseudonym), with its case: whom a call rings, and under which name.
     */
    public record Sides(long conversationId, Optional<Long> caseId, long studentId, String studentName, Optional<Long> counselorId,
                        String counselorName, boolean closed) {
    }

    @Transactional
    public Optional<Sides> sides(Caller caller, long conversationId) {
        return records.participating(callers.member(caller), conversationId, false).map(conversation -> new Sides(
                conversation.id(), conversation.caseId(), conversation.student().id(),
                pseudonyms.shownInstead(conversation.student(), conversation.isUnnamed())
                        .orElseGet(() -> conversation.student().displayName().orElse("")),
                conversation.counselor().map(Member::id), conversation.counselor().flatMap(Member::displayName).orElse(""),
                conversation.isClosed()));
    }

    /** The counselor's conversations of these cases of theirs: conversation id by case id. */
    @Transactional
    public Map<Long, Long> ofCases(Caller counselor, Collection<Long> caseIds) {
        return caseIds.isEmpty() ? Map.of() : entityManager.createQuery("SELECT c FROM Conversation c"
                        + " WHERE c.counselor = :me AND c.caseId IN :cases", Conversation.class)
                .setParameter("me", callers.counselor(counselor)).setParameter("cases", caseIds).getResultStream()
                .collect(Collectors.toMap(c -> c.caseId().orElseThrow(), Conversation::id, Math::max));
    }

    private ConversationSummary summary(Conversation conversation, Member me, Map<Long, Long> unread) {
        boolean student = conversation.student().equals(me);
        ConversationSummary.OtherParty other = student
                ? conversation.counselor().map(c -> new ConversationSummary.OtherParty("counselor", c.displayName().orElse("")))
                        .orElse(null)
                : new ConversationSummary.OtherParty("student", pseudonyms.shownInstead(conversation.student(), conversation.isUnnamed())
                        .orElseGet(() -> conversation.student().displayName().orElse("")));
        return new ConversationSummary(conversation.id(), conversation.caseId().orElse(null), other,
                unread.getOrDefault(conversation.id(), 0L), conversation.lastSeq(), conversation.isClosed());
    }

    private Conversation locked(long conversationId) {
        return Optional.ofNullable(entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new IllegalArgumentException("no conversation " + conversationId));
    }

    /** The school appointed or released a counselor: what the index knew of its conversations may be wrong now. */
    void counselorRoleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CounselorRoleChanged change) {
        index.forgetSchool(change.schoolId());
    }

    /** Conversations were deleted: a poll of one must find nothing, on its next look and the waiting ones now. */
    void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationsErased erased) {
        index.forget(erased.ids());
    }

    private void announceChange(Conversation conversation) {
        long id = conversation.id();
        Long counselorId = conversation.activeCounselor().map(Member::id).orElse(null);
        boolean closed = conversation.isClosed();
        afterCommit.run(() -> index.changed(id, counselorId, closed));
    }
}
