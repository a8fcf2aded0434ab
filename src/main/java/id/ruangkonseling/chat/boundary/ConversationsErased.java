package id.ruangkonseling.chat.boundary;

import java.util.Set;

/**
 * Conversations were deleted with everything in them (a student's deletion on request, the retention purge):
 * fired by the one who deleted them, in the deleting transaction, so that what the chat keeps in memory of
 * them is forgotten once it commits.
 */
public record ConversationsErased(Set<Long> ids) {

    public ConversationsErased {
        ids = Set.copyOf(ids);
    }
}
