package id.ruangkonseling.chat.control;

/**
 * One committed change to a conversation that every instance's {@link ConversationIndex} applies, as the data
 * grid carries it between instances: four numbers, nothing anyone wrote.
 *
 * @param first  the message number ({@link Kind#PUBLISHED}), the reader ({@link Kind#READ}, {@link Kind#TYPING}),
 *               the new counselor or {@value #NOBODY} ({@link Kind#CHANGED}), the school ({@link Kind#SCHOOL_FORGOTTEN})
 * @param second how far the reader read ({@link Kind#READ}), typing until when in epoch milliseconds
 *               ({@link Kind#TYPING}), 1 when it closed ({@link Kind#CHANGED})
 */
record ConversationNews(Kind kind, long conversationId, long first, long second) {

    static final long NOBODY = -1;

    enum Kind { PUBLISHED, READ, CHANGED, TYPING, FORGOTTEN, SCHOOL_FORGOTTEN }

    long[] wire() {
        return new long[] {kind.ordinal(), conversationId, first, second};
    }

    static ConversationNews of(long[] wire) {
        return new ConversationNews(Kind.values()[(int) wire[0]], wire[1], wire[2], wire[3]);
    }
}
