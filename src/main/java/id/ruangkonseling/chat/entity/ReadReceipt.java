package id.ruangkonseling.chat.entity;

import id.ruangkonseling.platform.entity.Invalid;
import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.SchoolScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** How far one participant has read a conversation: the last message number they have seen. Only moves forward. */
@Entity
@Table(name = "conversation_read")
public class ReadReceipt extends SchoolScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
    private Conversation conversation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Column(name = "last_read_seq", nullable = false)
    private long lastReadSeq;

    protected ReadReceipt() {
        // for JPA
    }

    public ReadReceipt(Conversation conversation, Member member) {
        super(Objects.requireNonNull(conversation, "conversation").school());
        if (!conversation.hasParticipant(member)) {
            throw new IllegalArgumentException("only a participant reads a conversation");
        }
        this.conversation = conversation;
        this.member = member;
    }

    /** Read up to {@code seq}; an older receipt (arriving late) changes nothing. */
    public void readUpTo(long seq) {
        if (seq < 0 || seq > conversation.lastSeq()) {
            throw new Invalid("seq", "api.chat.seq", "seq must be between 0 and the conversation's last message");
        }
        lastReadSeq = Math.max(lastReadSeq, seq);
    }

    public Conversation conversation() {
        return conversation;
    }

    public Member member() {
        return member;
    }

    public long lastReadSeq() {
        return lastReadSeq;
    }
}
