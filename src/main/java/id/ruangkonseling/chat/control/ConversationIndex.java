package id.ruangkonseling.chat.control;

import id.ruangkonseling.chat.control.ConversationNews.Kind;
import id.ruangkonseling.platform.control.DataGrid;
import id.ruangkonseling.platform.control.HeldPolls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * What a poll needs to know without the database: each conversation's last message number and read
 * receipts, and who may read it ({@link Grant}), plus the polls waiting for something new. Filled lazily
 * — a conversation is read from the database once, by the loader the caller passes — and kept current
 * by every committed change (a message, a read receipt, a counselor joining or handed over, a close).
 * <p>
 * Each instance keeps its own index; every change is applied here at once and told to the other instances
 * through the data grid ({@link ConversationNews}), which apply it to what they know and wake their own polls.
 * An idle poll therefore runs no SQL on any instance, and a message sent through one wakes a poll held on
 * another within milliseconds. No static state.
 */
@ApplicationScoped
public class ConversationIndex {

    static final String TOPIC = "rk.conversations";

    private final ConcurrentHashMap<Long, Grant> grants = new ConcurrentHashMap<>();
    private final HeldPolls<Long> waiting = new HeldPolls<>();
    /** Who is typing where, until when: never in the database, gone with a restart and that is fine. */
    private final ConcurrentHashMap<Long, ConcurrentHashMap<Long, Instant>> typing = new ConcurrentHashMap<>();

    @Inject
    DataGrid grid;

    ConversationIndex() {
        // for CDI
    }

    /** An index on this grid member, for tests. */
    ConversationIndex(DataGrid grid) {
        this.grid = grid;
        listen();
    }

    @PostConstruct
    void listen() {
        grid.listen(TOPIC, long[].class, wire -> apply(ConversationNews.of(wire)));
    }

    /**
     * The conversation's grant, loaded once with {@code loader} when not known yet. The load runs inside
     * the map's per-key update, so a change committed meanwhile waits for it and is applied on top: a
     * grant is never older than the database.
     */
    public Optional<Grant> find(long conversationId, LongFunction<Optional<Grant>> loader) {
        Grant known = grants.get(conversationId);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(grants.computeIfAbsent(conversationId, id -> loader.apply(id).orElse(null)));
    }

    /** A message numbered {@code seq} has committed: raise the last number and wake the waiting polls. */
    public void published(long conversationId, long seq) {
        tell(new ConversationNews(Kind.PUBLISHED, conversationId, seq, 0));
    }

    /** A participant's read receipt has committed. */
    public void read(long conversationId, long memberId, long seq) {
        tell(new ConversationNews(Kind.READ, conversationId, memberId, seq));
    }

    /** Who may read the conversation changed (a counselor joined or took over, or it closed). */
    public void changed(long conversationId, Long counselorId, boolean closed) {
        tell(new ConversationNews(Kind.CHANGED, conversationId, counselorId == null ? ConversationNews.NOBODY : counselorId,
                closed ? 1 : 0));
    }

    /** The member is typing in the conversation until {@code until}; the other side's polls hear of it. */
    public void typing(long conversationId, long memberId, Instant until) {
        tell(new ConversationNews(Kind.TYPING, conversationId, memberId, until.toEpochMilli()));
    }

    /** Whether the member said they were typing and that has not run out yet. */
    public boolean isTyping(long conversationId, Long memberId, Instant now) {
        Map<Long, Instant> here = typing.get(conversationId);
        Instant until = here == null || memberId == null ? null : here.get(memberId);
        if (until != null && !until.isAfter(now)) {
            here.remove(memberId, until);
            return false;
        }
        return until != null;
    }

    /**
     * Forgets what it knew of a school's conversations (a counselor was appointed or released there):
     * each is loaded again on its next poll, and waiting polls are woken to check their access again.
     */
    public void forgetSchool(long schoolId) {
        tell(new ConversationNews(Kind.SCHOOL_FORGOTTEN, 0, schoolId, 0));
    }

    /**
     * Forgets deleted conversations: their next poll loads nothing and is refused like any unknown one, and
     * the polls waiting on them now are woken to find that out.
     */
    public void forget(Set<Long> conversationIds) {
        conversationIds.forEach(id -> tell(new ConversationNews(Kind.FORGOTTEN, id, 0, 0)));
    }

    /**
     * Calls {@code wake} once, on the thread that applied it, when something new happens in the conversation — at
     * once if a message after {@code after} is already known — with the news, which the polls it wakes together
     * share their reads through. Cancel it when the poll ends otherwise.
     */
    public HeldPolls<Long>.Poll await(long conversationId, long after, Consumer<HeldPolls.News> wake) {
        // at once when committed between the caller's check and now
        return waiting.holdFor(List.of(conversationId), wake, () -> {
            Grant grant = grants.get(conversationId);
            return grant == null || grant.lastSeq() > after;
        });
    }

    /** How many polls wait right now (for tests and health). */
    public int waitingPolls() {
        return waiting.held();
    }

    private void tell(ConversationNews news) {
        apply(news);
        grid.tell(TOPIC, news.wire());
    }

    /** Applies a change, told here or by another instance, and wakes the polls it concerns. */
    private void apply(ConversationNews news) {
        long id = news.conversationId();
        switch (news.kind()) {
            case PUBLISHED -> grants.computeIfPresent(id, (key, grant) -> grant.withLastSeq(news.first()));
            case READ -> grants.computeIfPresent(id, (key, grant) -> grant.withRead(news.first(), news.second()));
            case CHANGED -> grants.computeIfPresent(id, (key, grant) -> grant.withParticipants(
                    news.first() == ConversationNews.NOBODY ? null : news.first(), news.second() == 1));
            case TYPING -> typing.computeIfAbsent(id, key -> new ConcurrentHashMap<>())
                    .put(news.first(), Instant.ofEpochMilli(news.second()));
            case FORGOTTEN -> {
                grants.remove(id);
                typing.remove(id);
            }
            case SCHOOL_FORGOTTEN -> {
                grants.values().removeIf(grant -> grant.schoolId() == news.first());
                waiting.wakeAll();
                return;
            }
        }
        waiting.wake(id);
    }
}
