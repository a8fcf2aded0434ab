package id.ruangkonseling.chat.entity;

import id.ruangkonseling.platform.entity.Characters;
import id.ruangkonseling.platform.entity.EncryptedText;
import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation, immutable once written: its number in the conversation ({@code seq}),
 * the id its author's client gave it (so that a retry is recognised, not stored twice), who wrote it,
 * what and when.
 */
@Entity
@Table(name = "chat_message")
public class Message extends SchoolScoped {

    /** As long as one message may be. */
    public static final int BODY_LENGTH = 4000;
    public static final int CLIENT_ID_LENGTH = 64;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
    private Conversation conversation;

    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Member author;

    @Convert(converter = EncryptedText.class)
    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "call_kind", updatable = false)
    private CallKind callKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "call_outcome", updatable = false)
    private CallOutcome callOutcome;

    @Column(name = "call_seconds", updatable = false)
    private Integer callSeconds;

    protected Message() {
        // for JPA
    }

    /**
     * A message of {@code author} in {@code conversation}, numbered by it: the caller holds the
     * conversation's lock. Throws for a non-participant, an empty or too long body, or a bad client id.
     */
    public Message(Conversation conversation, Member author, String clientId, String body, Instant now) {
        super(Objects.requireNonNull(conversation, "conversation").school());
        if (!conversation.hasParticipant(Objects.requireNonNull(author, "author"))) {
            throw new IllegalArgumentException("only the conversation's student and counselor write in it");
        }
        this.clientId = requireClientId(clientId);
        this.body = requireBody(body);
        this.conversation = conversation;
        this.author = author;
        this.sentAt = Objects.requireNonNull(now, "now");
        this.seq = conversation.nextSeq();
    }

    /**
     * The line a call leaves in its conversation: {@code caller} called, in {@code kind}, and it ended so,
     * after {@code seconds} of talk (0 unless answered). It has no words: nothing of a call is recorded.
     */
    public static Message callLine(Conversation conversation, Member caller, String clientId, CallKind kind,
                                   CallOutcome outcome, int seconds, Instant now) {
        return new Message(conversation, caller, clientId, new CallLine(kind, outcome,
                outcome == CallOutcome.ANSWERED ? Math.max(0, seconds) : 0), now);
    }

    private Message(Conversation conversation, Member caller, String clientId, CallLine call, Instant now) {
        super(Objects.requireNonNull(conversation, "conversation").school());
        if (!conversation.hasParticipant(Objects.requireNonNull(caller, "caller"))) {
            throw new IllegalArgumentException("only the conversation's student and counselor call in it");
        }
        this.clientId = requireClientId(clientId);
        this.body = "";
        this.conversation = conversation;
        this.author = caller;
        this.sentAt = Objects.requireNonNull(now, "now");
        this.callKind = Objects.requireNonNull(call.kind(), "kind");
        this.callOutcome = Objects.requireNonNull(call.outcome(), "outcome");
        this.callSeconds = call.seconds();
        this.seq = conversation.nextSeq();
    }

    /** A client id: 1 to 64 letters, digits, '-' or '_' (a UUID fits). */
    public static String requireClientId(String clientId) {
        if (clientId == null || clientId.isEmpty() || clientId.length() > CLIENT_ID_LENGTH
                || !clientId.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
            throw new Invalid("clientId", "api.chat.clientId", "clientId must be 1 to " + CLIENT_ID_LENGTH + " letters, digits, - or _");
        }
        return clientId;
    }

    /**
     * The body as written (not stripped: a poem's indentation is the author's), not empty to the eye, at most
     * 4,000 characters as people count them, every space included.
     */
    public static String requireBody(String body) {
        if (Characters.empty(body)) {
            throw new Invalid("body", "api.chat.empty", "body is required");
        }
        if (Characters.count(body) > BODY_LENGTH) {
            throw new Invalid("body", "api.chat.tooLong", "body is at most " + BODY_LENGTH + " characters", BODY_LENGTH);
        }
        return body;
    }

    public Conversation conversation() {
        return conversation;
    }

    public long seq() {
        return seq;
    }

    public String clientId() {
        return clientId;
    }

    public Member author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** The call this line stands for; empty for a message someone wrote. */
    public Optional<CallLine> call() {
        return callKind == null ? Optional.empty() : Optional.of(new CallLine(callKind, callOutcome, callSeconds));
    }

    /** A call as its line in the conversation keeps it. */
    public record CallLine(CallKind kind, CallOutcome outcome, int seconds) {
    }
}
