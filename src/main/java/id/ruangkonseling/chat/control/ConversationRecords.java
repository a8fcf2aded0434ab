package id.ruangkonseling.chat.control;

import id.ruangkonseling.chat.entity.Conversation;
import id.ruangkonseling.school.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds a conversation for one of its participants, in the caller's transaction; anyone else finds none. */
@ApplicationScoped
public class ConversationRecords {

    @Inject
    EntityManager entityManager;

    /** The open conversation of this student with this counselor, the newest if more: where their calls happen. */
    public Optional<Long> openBetween(Member student, Member counselor) {
        return entityManager.createQuery("SELECT c.id FROM Conversation c WHERE c.student = :student AND c.counselor = :counselor"
                        + " AND c.closedAt IS NULL ORDER BY c.id DESC", Long.class)
                .setParameter("student", student).setParameter("counselor", counselor).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The conversation if {@code me} takes part in it, locked for writing when asked. */
    public Optional<Conversation> participating(Member me, long conversationId, boolean lock) {
        return Optional.ofNullable(lock
                        ? entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE)
                        : entityManager.find(Conversation.class, conversationId))
                .filter(conversation -> conversation.school().equals(me.school()))
                .filter(conversation -> conversation.hasParticipant(me));
    }

    /**
     * How many messages of the other side {@code me} has not read, by conversation, for these conversations of
     * theirs (those with none unread are left out): one statement for a whole list.
     */
    public Map<Long, Long> unread(Member me, Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        // the receipt joined once, not asked again for each message: only the messages after it are counted
        return entityManager.createQuery("SELECT c.id, COUNT(m) FROM Conversation c JOIN Message m ON m.conversation = c"
                        + " LEFT JOIN ReadReceipt r ON r.conversation = c AND r.member = :me WHERE c.id IN :ids"
                        + " AND m.author <> :me AND m.seq > COALESCE(r.lastReadSeq, 0) GROUP BY c.id", Object[].class)
                .setParameter("ids", conversationIds).setParameter("me", me).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
