package id.ruangkonseling.chat.boundary;

import id.ruangkonseling.audit.control.AuditTrail;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import id.ruangkonseling.chat.control.ConversationIndex;
import id.ruangkonseling.chat.control.ConversationRecords;
import id.ruangkonseling.chat.control.Grant;
import id.ruangkonseling.chat.control.Presence;
import id.ruangkonseling.chat.control.SendLimits;
import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.chat.entity.Conversation;
import id.ruangkonseling.chat.entity.Message;
import id.ruangkonseling.chat.entity.ReadReceipt;
import id.ruangkonseling.platform.control.AfterCommit;
import id.ruangkonseling.platform.control.HeldPolls;
import id.ruangkonseling.safeguarding.control.CrisisLexicons;
import id.ruangkonseling.safeguarding.control.Pseudonyms;
import id.ruangkonseling.school.control.Callers;
import id.ruangkonseling.school.control.PageNews;
import id.ruangkonseling.school.control.SchoolDirectory;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.OptionalLong;

/**
 * The messages of a conversation: reading them after a number, writing one (numbered under the
 * conversation's lock, stored once per client id, announced after commit), read receipts, and the
 * in-memory grant a poll is decided on. Only the participants find a conversation; for anyone else an id
 * is simply not found. Whatever a poll can answer from {@link ConversationIndex} it answers without
 * touching the database. A student's message is checked against the school's crisis lexicon (from memory)
 * and, when it matches, stored all the same and announced as an {@link AlarmingMessage}.
 */
@ApplicationScoped
public class ChatMessages {

    /** As many messages as one answer carries; the client asks again after the last one. */
    public static final int PAGE = 200;
    /** How long "typing" lasts without being said again. */
    public static final int TYPING_SECONDS = 6;

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
    SendLimits limits;

    @Inject
    AfterCommit afterCommit;

    @Inject
    PageNews news;

    @Inject
    ConversationRecords records;

    @Inject
    Presence presence;

    @Inject
    MessageNotices notices;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    CrisisLexicons lexicons;

    @Inject
    Event<AlarmingMessage> alarming;

    Clock clock = Clock.systemUTC();

    /**
     * The conversation's grant if {@code actor} takes part in it: from memory, loaded from the database
     * only the first time. An idle poll stops here, having run no SQL statement; the actor counts as
     * present in the conversation ({@link Presence}).
     */
    @Transactional
    public Optional<Grant> grant(Caller actor, long conversationId) {
        Optional<Grant> grant = index.find(conversationId, this::load)
                .filter(found -> found.allows(actor.schoolId(), actor.memberId()));
        grant.ifPresent(found -> presence.seen(conversationId, actor.memberId(), clock.instant()));
        return grant;
    }

    /**
     * Whether the conversation is still open and still between these two (the case was not handed over, the
     * counselor not released): what keeps a call in it going. From memory once the conversation is known.
     */
    @Transactional
    public boolean isOpenBetween(long conversationId, long schoolId, long one, long other) {
        return index.find(conversationId, this::load)
                .filter(grant -> !grant.closed() && grant.allows(schoolId, one) && grant.allows(schoolId, other)).isPresent();
    }

    /**
     * The conversation's last number when the actor takes part and nothing came after {@code known}, from memory
     * alone and without a transaction: the idle poll's fast path ({@link IdlePollAnswer}). Empty whenever the
     * answer needs more — something new, a conversation not loaded yet, no access — and the full path answers.
     */
    public OptionalLong nothingAfter(Caller actor, long conversationId, long known) {
        return index.find(conversationId, notLoadedYet -> Optional.empty())
                .filter(grant -> grant.allows(actor.schoolId(), actor.memberId()) && grant.lastSeq() <= known)
                .map(grant -> {
                    presence.seen(conversationId, actor.memberId(), clock.instant());
                    return OptionalLong.of(grant.lastSeq());
                }).orElseGet(OptionalLong::empty);
    }

    /** The member is typing (for the next {@value #TYPING_SECONDS} s); empty when they do not take part. No SQL. */
    @Transactional
    public Optional<Boolean> typing(Caller actor, long conversationId) {
        return grant(actor, conversationId).map(grant -> {
            index.typing(conversationId, actor.memberId(), clock.instant().plusSeconds(TYPING_SECONDS));
            return true;
        });
    }

    /** Wakes {@code wake} when something new happens in the conversation; see {@link ConversationIndex#await}. */
    public HeldPolls<Long>.Poll await(long conversationId, long after, Consumer<HeldPolls.News> wake) {
        return index.await(conversationId, after, wake);
    }

    /**
     * Messages after {@code after}, in order; empty when the actor does not take part. With nothing after
     * {@code after} the page is empty and, like {@link #grant}, no SQL statement runs. Counselors' reads are audited.
     */
    @Transactional
    public Optional<MessagePage> messagesAfter(Caller actor, long conversationId, long after) {
        return grant(actor, conversationId).map(grant -> {
            List<ChatMessage> messages = grant.lastSeq() <= after ? List.of() : stored(actor, conversationId, after);
            long lastSeq = messages.isEmpty() ? grant.lastSeq() : Math.max(grant.lastSeq(), messages.getLast().seq());
            if (!messages.isEmpty() && actor.is(Role.COUNSELOR)) {
                audit.record(actor.actor(), AuditAction.CONVERSATION_READ, Subject.of("conversation", conversationId), null);
            }
            return new MessagePage(messages, lastSeq, grant.readByOtherThan(actor.memberId()),
                    index.isTyping(conversationId, grant.otherThan(actor.memberId()), clock.instant()));
        });
    }

    /** Up to a page of the conversation's stored messages after {@code after}, as {@code actor} sees them. */
    private List<ChatMessage> stored(Caller actor, long conversationId, long after) {
        Conversation conversation = entityManager.find(Conversation.class, conversationId);
        if (conversation == null) {
            return List.of(); // deleted while known to the index; the erasure's event is about to forget it
        }
        Optional<String> studentShownAs = studentShownAs(conversation);
        return entityManager.createQuery("SELECT m FROM Message m"
                        + " WHERE m.conversation.id = :conversation AND m.seq > :after ORDER BY m.seq", Message.class)
                .setParameter("conversation", conversationId).setParameter("after", after).setMaxResults(PAGE)
                .getResultStream().map(message -> ChatMessage.of(message, actor.memberId(), studentShownAs)).toList();
    }

    /**
     * Writes a message, numbered under the conversation's lock; the same {@code clientId} again answers the
     * message stored the first time. Empty when the actor does not take part; throws
     * {@link IllegalArgumentException} for a bad body or client id, {@link TooManyMessages} over the limit,
     * {@link IllegalStateException} when the conversation is closed.
     */
    @Transactional
    public Optional<Sent> send(Caller actor, long conversationId, String clientId, String body) {
        Message.requireClientId(clientId);
        Message.requireBody(body);
        Member me = callers.member(actor);
        Optional<Conversation> found = records.participating(me, conversationId, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Conversation conversation = found.get();
        Optional<Message> earlier = entityManager.createQuery("SELECT m FROM Message m WHERE m.conversation = :conversation"
                        + " AND m.author = :me AND m.clientId = :clientId", Message.class)
                .setParameter("conversation", conversation).setParameter("me", me).setParameter("clientId", clientId)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            return Optional.of(new Sent(ChatMessage.of(earlier.get(), me.id(), studentShownAs(conversation)), false, alarms(conversation, me, body)));
        }
        Optional<Duration> refused = limits.take(me.id(), clock.instant());
        if (refused.isPresent()) {
            throw new TooManyMessages(refused.get());
        }
        Message message = new Message(conversation, me, clientId, body, clock.instant());
        entityManager.persist(message);
        entityManager.flush();
        audit.record(actor.actor(), AuditAction.MESSAGE_SENT, Subject.of("conversation", conversationId), null);
        long seq = message.seq();
        afterCommit.run(() -> index.published(conversationId, seq));
        boolean alarmed = alarms(conversation, me, body);
        if (alarmed) {
            alarming.fire(new AlarmingMessage(actor, conversationId, conversation.caseId()));
        }
        boolean toCounselor = conversation.student().equals(me);
        Optional<Member> recipient = toCounselor ? conversation.activeCounselor() : Optional.of(conversation.student());
        recipient.map(Member::id).ifPresent(recipientId -> {
            news.forMember(recipientId);
            afterCommit.run(() -> notices.messageFor(conversationId, recipientId, toCounselor));
        });
        return Optional.of(new Sent(ChatMessage.of(message, me.id(), studentShownAs(conversation)), true, alarmed));
    }

    /**
     * The line a call leaves in its conversation, written once per call (its id is the line's client id) and
     * announced like a message; the one who was called and missed it is told by e-mail as of a new message.
     * Nothing is written when the caller no longer takes part (the case was handed over meanwhile).
     */
    @Transactional
    public void callEnded(long conversationId, long callerId, long calledId, String callId, CallKind kind, CallOutcome outcome,
                          int seconds) {
        Optional<Member> caller = Optional.ofNullable(entityManager.find(Member.class, callerId));
        Optional<Conversation> found = caller.flatMap(member -> records.participating(member, conversationId, true));
        if (found.isEmpty() || entityManager.createQuery("SELECT COUNT(m) FROM Message m WHERE m.conversation = :conversation"
                        + " AND m.clientId = :callId", Long.class)
                .setParameter("conversation", found.get()).setParameter("callId", callId).getSingleResult() > 0) {
            return;
        }
        Message line = Message.callLine(found.get(), caller.get(), callId, kind, outcome, seconds, clock.instant());
        entityManager.persist(line);
        entityManager.flush();
        long seq = line.seq();
        afterCommit.run(() -> index.published(conversationId, seq));
        news.forMember(calledId);
        if (outcome == CallOutcome.MISSED) {
            boolean toCounselor = found.get().student().id() == callerId;
            afterCommit.run(() -> notices.messageFor(conversationId, calledId, toCounselor));
        }
    }

    /** The member has read up to {@code seq}; empty when they do not take part. */
    @Transactional
    public Optional<Long> read(Caller actor, long conversationId, long seq) {
        Member me = callers.member(actor);
        return records.participating(me, conversationId, false).map(conversation -> {
            ReadReceipt receipt = entityManager.createQuery("SELECT r FROM ReadReceipt r WHERE r.conversation = :conversation"
                            + " AND r.member = :me", ReadReceipt.class)
                    .setParameter("conversation", conversation).setParameter("me", me).getResultStream().findFirst()
                    .orElseGet(() -> {
                        ReadReceipt created = new ReadReceipt(conversation, me);
                        entityManager.persist(created);
                        return created;
                    });
            long before = receipt.lastReadSeq();
            receipt.readUpTo(seq);
            long upTo = receipt.lastReadSeq();
            afterCommit.run(() -> index.read(conversationId, me.id(), upTo));
            if (upTo != before) {
                news.forMember(me.id()); // the unread counts on the member's other pages
            }
            return upTo;
        });
    }

    /**
     * A stored message, whether this call stored it (or an earlier one with the same client id did), and
     * whether it is a student's message that matched the crisis lexicon (then the student is shown help).
     */
    public record Sent(ChatMessage message, boolean created, boolean alarming) {
    }

    /** Only what students write is checked; a counselor quoting a worry escalates nothing. */
    private boolean alarms(Conversation conversation, Member author, String body) {
        return conversation.student().equals(author) && lexicons.alarms(conversation.school().id(), body);
    }

    /** Over the per-member limit; a client may try again after {@code retryAfter}. */
    public static final class TooManyMessages extends RuntimeException {

        private static final long serialVersionUID = 1L;

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

    private Optional<String> studentShownAs(Conversation conversation) {
        return pseudonyms.shownInstead(conversation.student(), conversation.isUnnamed());
    }
}
