package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.control.AfterCommit;
import id.ruangkonseling.chat.control.ConversationIndex;
import id.ruangkonseling.chat.control.Grant;
import id.ruangkonseling.chat.control.SendLimits;
import id.ruangkonseling.chat.entity.Conversation;
import id.ruangkonseling.chat.entity.Message;
import id.ruangkonseling.chat.entity.ReadReceipt;
import id.ruangkonseling.school.boundary.CounselorRoleChanged;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Conversations between a student and their counselor: opening one and letting the counselor join (for
 * counseling), listing a member's, reading and writing messages, read receipts. Only the participants
 * find a conversation; for anyone else an id is simply not found. Whatever a poll can answer from
 * {@link ConversationIndex} it answers without touching the database.
 */
@ApplicationScoped
public class Conversations {

    /** As many messages as one answer carries; the client asks again after the last one. */
    public static final int PAGE = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditTrail audit;

    @Inject
    ConversationIndex index;

    @Inject
    SendLimits limits;

    @Inject
    AfterCommit afterCommit;

    Clock clock = Clock.systemUTC();

    /** Opens the conversation of a student's new request, in the caller's transaction; its id is what the request keeps. */
    @Transactional
    public long open(Member student) {
        Conversation conversation = new Conversation(student, clock.instant());
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
    public Optional<Long> handOver(Actor counselor, long conversationId, long otherCounselorId) {
        Member me = member(counselor);
        Optional<Conversation> found = participating(me, conversationId, true)
                .filter(conversation -> conversation.counselor().filter(me::equals).isPresent());
        found.ifPresent(conversation -> {
            Member other = schools.findMember(me.school(), otherCounselorId)
                    .orElseThrow(() -> new IllegalArgumentException("no such counselor in the school"));
            conversation.handOver(other);
            audit.record(counselor, AuditAction.CONVERSATION_HANDED_OVER, Subject.of("conversation", conversationId), null);
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

    /**
     * The conversation's grant if {@code actor} takes part in it: from memory, loaded from the database
     * only the first time. An idle poll stops here, having run no SQL statement.
     */
    @Transactional
    public Optional<Grant> grant(Actor actor, long conversationId) {
        return index.find(conversationId, this::load).filter(grant -> grant.allows(actor.schoolId(), actor.memberId()));
    }

    /** Wakes {@code wake} when something new happens in the conversation; see {@link ConversationIndex#await}. */
    public ConversationIndex.Waiter await(long conversationId, long after, Runnable wake) {
        return index.await(conversationId, after, wake);
    }

    /** The member's conversations, the most recent first. */
    @Transactional
    public List<ConversationSummary> mine(Actor actor) {
        Member me = member(actor);
        return entityManager.createQuery("SELECT c FROM Conversation c WHERE c.school = :school"
                        + " AND (c.student = :me OR c.counselor = :me) ORDER BY c.lastSeq DESC, c.id DESC", Conversation.class)
                .setParameter("school", me.school()).setParameter("me", me).setMaxResults(PAGE)
                .getResultStream().map(conversation -> summary(conversation, me)).toList();
    }

    /** One of the member's conversations as their list shows it; empty for anyone else's or a missing one. */
    @Transactional
    public Optional<ConversationSummary> summary(Actor actor, long conversationId) {
        Member me = member(actor);
        return participating(me, conversationId, false).map(conversation -> summary(conversation, me));
    }

    /** The counselor's conversations of these cases of theirs: conversation id by case id. */
    @Transactional
    public Map<Long, Long> ofCases(Actor counselor, Collection<Long> caseIds) {
        return caseIds.isEmpty() ? Map.of() : entityManager.createQuery("SELECT c FROM Conversation c"
                        + " WHERE c.counselor = :me AND c.caseId IN :cases", Conversation.class)
                .setParameter("me", member(counselor)).setParameter("cases", caseIds).getResultStream()
                .collect(Collectors.toMap(c -> c.caseId().orElseThrow(), Conversation::id, Math::max));
    }

    /** Messages after {@code after}, in order; empty when the actor does not take part. Counselors' reads are audited. */
    @Transactional
    public Optional<MessagePage> messagesAfter(Actor actor, long conversationId, long after) {
        return grant(actor, conversationId).map(grant -> {
            List<ChatMessage> messages = entityManager.createQuery("SELECT m FROM Message m"
                            + " WHERE m.conversation.id = :conversation AND m.seq > :after ORDER BY m.seq", Message.class)
                    .setParameter("conversation", conversationId).setParameter("after", after).setMaxResults(PAGE)
                    .getResultStream().map(message -> ChatMessage.of(message, actor.memberId())).toList();
            long lastSeq = messages.isEmpty() ? grant.lastSeq() : Math.max(grant.lastSeq(), messages.getLast().seq());
            if (!messages.isEmpty() && Role.COUNSELOR.name().equals(actor.role())) {
                audit.record(actor, AuditAction.CONVERSATION_READ, Subject.of("conversation", conversationId), null);
            }
            return new MessagePage(messages, lastSeq, grant.readByOtherThan(actor.memberId()));
        });
    }

    /**
     * Writes a message, numbered under the conversation's lock; the same {@code clientId} again answers the
     * message stored the first time. Empty when the actor does not take part; throws
     * {@link IllegalArgumentException} for a bad body or client id, {@link TooManyMessages} over the limit,
     * {@link IllegalStateException} when the conversation is closed.
     */
    @Transactional
    public Optional<Sent> send(Actor actor, long conversationId, String clientId, String body) {
        Message.requireClientId(clientId);
        Message.requireBody(body);
        Member me = member(actor);
        Optional<Conversation> found = participating(me, conversationId, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Conversation conversation = found.get();
        Optional<Message> earlier = entityManager.createQuery("SELECT m FROM Message m WHERE m.conversation = :conversation"
                        + " AND m.author = :me AND m.clientId = :clientId", Message.class)
                .setParameter("conversation", conversation).setParameter("me", me).setParameter("clientId", clientId)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            return Optional.of(new Sent(ChatMessage.of(earlier.get(), me.id()), false));
        }
        Optional<Duration> refused = limits.take(me.id(), clock.instant());
        if (refused.isPresent()) {
            throw new TooManyMessages(refused.get());
        }
        Message message = new Message(conversation, me, clientId, body, clock.instant());
        entityManager.persist(message);
        entityManager.flush();
        audit.record(actor, AuditAction.MESSAGE_SENT, Subject.of("conversation", conversationId), null);
        long seq = message.seq();
        afterCommit.run(() -> index.published(conversationId, seq));
        return Optional.of(new Sent(ChatMessage.of(message, me.id()), true));
    }

    /** The member has read up to {@code seq}; empty when they do not take part. */
    @Transactional
    public Optional<Long> read(Actor actor, long conversationId, long seq) {
        Member me = member(actor);
        return participating(me, conversationId, false).map(conversation -> {
            ReadReceipt receipt = entityManager.createQuery("SELECT r FROM ReadReceipt r WHERE r.conversation = :conversation"
                            + " AND r.member = :me", ReadReceipt.class)
                    .setParameter("conversation", conversation).setParameter("me", me).getResultStream().findFirst()
                    .orElseGet(() -> {
                        ReadReceipt created = new ReadReceipt(conversation, me);
                        entityManager.persist(created);
                        return created;
                    });
            receipt.readUpTo(seq);
            long upTo = receipt.lastReadSeq();
            afterCommit.run(() -> index.read(conversationId, me.id(), upTo));
            return upTo;
        });
    }

    /** A stored message, and whether this call stored it (or an earlier one with the same client id did). */
    public record Sent(ChatMessage message, boolean created) {
    }

    /** Over the per-member limit; a client may try again after {@code retryAfter}. */
    public static final class TooManyMessages extends RuntimeException {

        private final transient Duration retryAfter;

        public TooManyMessages(Duration retryAfter) {
            super("more than " + SendLimits.PER_MINUTE + " messages a minute");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private Optional<Grant> load(long conversationId) {
        return Optional.ofNullable(entityManager.find(Conversation.class, conversationId)).map(conversation -> {
            List<ReadReceipt> receipts = entityManager.createQuery(
                            "SELECT r FROM ReadReceipt r WHERE r.conversation = :conversation", ReadReceipt.class)
                    .setParameter("conversation", conversation).getResultList();
            Long counselorId = conversation.activeCounselor().map(Member::id).orElse(null);
            long studentRead = readBy(receipts, conversation.student().id());
            long counselorRead = counselorId == null ? 0 : readBy(receipts, counselorId);
            return new Grant(conversation.id(), conversation.school().id(), conversation.student().id(), counselorId,
                    conversation.isClosed(), conversation.lastSeq(), studentRead, counselorRead);
        });
    }

    private static long readBy(List<ReadReceipt> receipts, long memberId) {
        return receipts.stream().filter(r -> r.member().id() == memberId).mapToLong(ReadReceipt::lastReadSeq).max().orElse(0);
    }

    private ConversationSummary summary(Conversation conversation, Member me) {
        boolean student = conversation.student().equals(me);
        ConversationSummary.OtherParty other = student
                ? conversation.counselor().map(c -> new ConversationSummary.OtherParty("counselor", c.displayName().orElse("")))
                        .orElse(null)
                : new ConversationSummary.OtherParty("student", conversation.student().displayName().orElse(""));
        long read = entityManager.createQuery("SELECT r FROM ReadReceipt r WHERE r.conversation = :conversation"
                        + " AND r.member = :me", ReadReceipt.class)
                .setParameter("conversation", conversation).setParameter("me", me).getResultStream()
                .mapToLong(ReadReceipt::lastReadSeq).findFirst().orElse(0);
        long unread = entityManager.createQuery("SELECT COUNT(m) FROM Message m WHERE m.conversation = :conversation"
                        + " AND m.seq > :read AND m.author <> :me", Long.class)
                .setParameter("conversation", conversation).setParameter("read", read).setParameter("me", me)
                .getSingleResult();
        return new ConversationSummary(conversation.id(), conversation.caseId().orElse(null), other, unread,
                conversation.lastSeq(), conversation.isClosed());
    }

    /** The conversation if {@code me} takes part in it, locked for writing when asked. */
    private Optional<Conversation> participating(Member me, long conversationId, boolean lock) {
        return Optional.ofNullable(lock
                        ? entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE)
                        : entityManager.find(Conversation.class, conversationId))
                .filter(conversation -> conversation.school().equals(me.school()))
                .filter(conversation -> conversation.hasParticipant(me));
    }

    private Conversation locked(long conversationId) {
        return Optional.ofNullable(entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new IllegalArgumentException("no conversation " + conversationId));
    }

    /** The school appointed or released a counselor: what the index knew of its conversations may be wrong now. */
    void counselorRoleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CounselorRoleChanged change) {
        index.forgetSchool(change.schoolId());
    }

    private void announceChange(Conversation conversation) {
        long id = conversation.id();
        Long counselorId = conversation.activeCounselor().map(Member::id).orElse(null);
        boolean closed = conversation.isClosed();
        afterCommit.run(() -> index.changed(id, counselorId, closed));
    }

    private Member member(Actor actor) {
        return schools.memberActing(actor)
                .orElseThrow(() -> new IllegalStateException("the signed-in member " + actor.memberId() + " is gone"));
    }
}
