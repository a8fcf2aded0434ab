package id.ruangkonseling.call.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.map.IMap;
import id.ruangkonseling.chat.entity.CallKind;
import id.ruangkonseling.chat.entity.CallOutcome;
import id.ruangkonseling.platform.control.DataGrid;
import id.ruangkonseling.testing.GridMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances' calls on one real data grid (instance A on {@code grid(0)}, B on {@code grid(1)}): whatever
 * happens to a call through one reaches the polls held on the other within a second, in order and once.
 */
class LiveCallsTest {

    private static final long SCHOOL = 1;
    /** Each test takes members and conversations of its own, since the grid lives for the whole test run. */
    private static final AtomicLong IDS = new AtomicLong(7_000);

    private static GridMembers members;

    private final LiveCalls onA = new LiveCalls(members.grid(0));
    private final LiveCalls onB = new LiveCalls(members.grid(1));
    private final long conversation = IDS.incrementAndGet();
    private final LiveCall.Party counselor = new LiveCall.Party(IDS.incrementAndGet(), "Bu Telepon");
    private final LiveCall.Party student = new LiveCall.Party(IDS.incrementAndGet(), "Sinta");
    private final Instant now = Instant.now();

    @BeforeAll
    static void startGrid() {
        members = GridMembers.pair();
    }

    @Test
    void aCallStartedOnARingsAPollHeldOnBWithinASecond() throws InterruptedException {
        long known = onB.last(student.memberId());
        CountDownLatch rung = new CountDownLatch(1);
        onB.await(student.memberId(), known, rung::countDown);

        LiveCall call = start(onA, counselor, student);

        assertTrue(rung.await(1, TimeUnit.SECONDS), "the student's poll on B woke");
        LiveCalls.News news = onB.news(student.memberId(), known);
        assertEquals(List.of(call.id()), news.calls().stream().map(LiveCall::id).toList());
        assertEquals(List.of(LiveCall.State.RINGING, "Bu Telepon"),
                List.of(news.calls().getFirst().state(), news.calls().getFirst().nameOfOtherThan(student.memberId())));
        assertTrue(news.last() > known);
    }

    @Test
    void anAnswerSignalsAndAnEndReachTheOtherSideBothWaysInOrderAndOnce() throws InterruptedException {
        LiveCall call = start(onA, counselor, student);
        Listener counselorOnA = new Listener(onA, counselor.memberId());
        Listener studentOnB = new Listener(onB, student.memberId());

        LiveCall answered = onB.answer(onB.find(call.id()).orElseThrow(), student.memberId(), now).orElseThrow();
        assertEquals(LiveCall.State.ANSWERED, answered.state());
        counselorOnA.awaitCall(found -> assertEquals(LiveCall.State.ANSWERED, found.state()));

        List<String> offerAndCandidates = List.of("{\"description\":\"offer\"}", "{\"candidate\":1}", "{\"candidate\":2}");
        offerAndCandidates.forEach(signal -> assertTrue(onA.signal(call, counselor.memberId(), signal)));
        assertEquals(offerAndCandidates, studentOnB.heard(3));
        assertTrue(onB.signal(call, student.memberId(), "{\"description\":\"answer\"}"));
        assertEquals(List.of("{\"description\":\"answer\"}"), counselorOnA.heard(1));

        assertTrue(onA.connected(call, now.plusSeconds(2)).isPresent());
        assertTrue(onB.end(call, CallOutcome.MISSED, now.plusSeconds(30)).isPresent());
        assertEquals(List.of("{\"ended\":\"answered\"}"), counselorOnA.heard(1), "the other side hears how it ended");
        assertEquals(List.of("{\"ended\":\"answered\"}"), studentOnB.heard(1));
        assertTrue(onA.find(call.id()).isEmpty() && onB.find(call.id()).isEmpty());
        assertTrue(onA.news(counselor.memberId(), 0).calls().isEmpty());
    }

    @Test
    void aConnectionReportedThroughOneInstanceCountsAtTheEndThroughTheOtherAndOnlyTheFirstReportCounts() {
        LiveCall call = start(onA, counselor, student);
        assertTrue(onB.connected(call, now).isEmpty(), "a call not answered yet has nothing to connect");
        onB.answer(call, student.memberId(), now);

        assertTrue(onA.connected(call, now.plusSeconds(5)).isPresent());
        assertTrue(onB.connected(call, now.plusSeconds(6)).isEmpty(), "the other side's report, through B, changes nothing");
        LiveCall ended = onB.end(call, CallOutcome.MISSED, now.plusSeconds(65)).orElseThrow();

        assertEquals(List.of(CallOutcome.ANSWERED, Duration.ofMinutes(1)),
                List.of(ended.outcome().orElseThrow(), ended.talked(now.plusSeconds(99))), "talked from the first report");
        assertTrue(onA.connected(call, now.plusSeconds(70)).isEmpty(), "a report after the end changes nothing");
    }

    @Test
    void anAnsweredCallWhoseBrowsersNeverConnectedEndsFailedForBothSides() throws InterruptedException {
        LiveCall call = start(onA, counselor, student);
        Listener counselorOnA = new Listener(onA, counselor.memberId());
        onB.answer(call, student.memberId(), now);

        LiveCall ended = onB.end(call, CallOutcome.MISSED, now.plusSeconds(30)).orElseThrow();

        assertEquals(List.of(CallOutcome.FAILED, Duration.ZERO), List.of(ended.outcome().orElseThrow(), ended.talked(now.plusSeconds(30))));
        assertEquals(List.of("{\"ended\":\"failed\"}"), counselorOnA.heard(1), "the caller hears it could not connect");
    }

    @Test
    void signalsPostedThroughBothInstancesAtOnceAreEachHeardOnceInTheOrderEachSideSentThem() throws Exception {
        LiveCall call = start(onA, counselor, student);
        Listener studentOnB = new Listener(onB, student.memberId());
        int each = 40;

        try (ExecutorService senders = Executors.newFixedThreadPool(2)) {
            CompletableFuture<?> throughA = CompletableFuture.runAsync(() -> IntStream.range(0, each)
                    .forEach(i -> onA.signal(call, counselor.memberId(), "a" + i)), senders);
            CompletableFuture<?> throughB = CompletableFuture.runAsync(() -> IntStream.range(0, each)
                    .forEach(i -> onB.signal(call, counselor.memberId(), "b" + i)), senders);
            CompletableFuture.allOf(throughA, throughB).get(10, TimeUnit.SECONDS);
        }

        List<String> heard = studentOnB.heard(2 * each);
        assertEquals(2 * each, heard.stream().distinct().count(), "none twice: " + heard);
        assertEquals(IntStream.range(0, each).mapToObj(i -> "a" + i).toList(), heard.stream().filter(s -> s.startsWith("a")).toList());
        assertEquals(IntStream.range(0, each).mapToObj(i -> "b" + i).toList(), heard.stream().filter(s -> s.startsWith("b")).toList());
    }

    @Test
    void twoInstancesStartingACallInOneConversationAtOnceMakeOneCall() throws Exception {
        try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                long inConversation = IDS.incrementAndGet();
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<LiveCalls.Started> byCounselor = CompletableFuture.supplyAsync(() -> startAfter(go, onA,
                        inConversation, counselor, student), callers);
                CompletableFuture<LiveCalls.Started> byStudent = CompletableFuture.supplyAsync(() -> startAfter(go, onB,
                        inConversation, student, counselor), callers);
                go.countDown();

                LiveCalls.Started one = byCounselor.get(5, TimeUnit.SECONDS);
                LiveCalls.Started other = byStudent.get(5, TimeUnit.SECONDS);
                assertEquals(one.call().id(), other.call().id(), "round " + round);
                assertTrue(one.isNew() ^ other.isNew(), "exactly one started it");
                assertTrue(onA.signal(one.call(), counselor.memberId(), "{}") && onB.signal(one.call(), student.memberId(), "{}"),
                        "both sides' mailboxes take its signals");
            }
        }
    }

    @Test
    void anInstanceThatStartsWhileACallIsLiveKnowsItAndOneInstanceLooksAfterIt() {
        LiveCall call = start(onA, counselor, student);
        onA.signal(call, counselor.memberId(), "{\"description\":\"offer\"}");

        LiveCalls later = new LiveCalls(members.grid(1));

        assertEquals(Optional.of(call.id()), later.find(call.id()).map(LiveCall::id));
        LiveCalls.News news = later.news(student.memberId(), 0);
        assertEquals(List.of(call.id()), news.calls().stream().map(LiveCall::id).toList());
        assertEquals(List.of("{\"description\":\"offer\"}"), news.signals().stream().map(Mailbox.Signal::text).toList());
        long lookingAfter = Stream.of(onA, later)
                .filter(on -> on.heldHere().stream().anyMatch(held -> held.id().equals(call.id()))).count();
        assertEquals(1, lookingAfter, "one of the two instances looks after the call");
    }

    @Test
    void aCallEndsOnceForTheWholeClusterAndLeavesNothingOfItsSignalsInTheGrid() {
        LiveCall call = start(onA, counselor, student);
        onB.answer(call, student.memberId(), now);
        onA.signal(call, counselor.memberId(), "{\"description\":\"canary-sdp\"}");

        assertTrue(onA.end(call, CallOutcome.MISSED, now).isPresent());
        assertTrue(onB.end(call, CallOutcome.MISSED, now).isEmpty(), "the second end, through B, finds it ended");
        assertFalse(onB.signal(call, counselor.memberId(), "{\"candidate\":\"late\"}"), "a late signal is refused");

        IMap<Long, String[]> mailboxes = members.grid(1).map(Mailboxes.MAP);
        for (LiveCall.Party party : List.of(counselor, student)) {
            String kept = Arrays.toString(mailboxes.get(party.memberId()));
            assertFalse(kept.contains("canary-sdp") || kept.contains("late"), kept);
        }
    }

    @Test
    void aPageAskingThroughEitherInstanceCountsAsSeenByTheSweeperOfTheOther() {
        LiveCall call = start(onA, counselor, student);
        assertEquals(now.getEpochSecond(), onB.seenAt(counselor.memberId()), "starting a call is being there");
        onB.news(student.memberId(), 0);

        onB.seen(student.memberId(), now.plusSeconds(20));
        assertEquals(0, onA.seenAt(student.memberId()), "not shared yet: a poll costs no grid call");
        onB.shareSeen();

        assertEquals(now.getEpochSecond() + 20, onA.seenAt(student.memberId()));
        onA.end(call, CallOutcome.MISSED, now);
        assertEquals(0, onA.seenAt(student.memberId()), "forgotten with the call");
    }

    @Test
    void anIdlePollIsAnsweredWithoutAGridCall() {
        CountedGrid counted = new CountedGrid(members.grid(1));
        LiveCalls onCounted = new LiveCalls(counted);
        start(onA, counselor, student);
        long known = onCounted.last(student.memberId());
        LiveCalls.News first = onCounted.news(student.memberId(), 0);
        int before = counted.calls.get();

        for (int poll = 0; poll < 5; poll++) {
            assertEquals(known, onCounted.last(student.memberId()));
            onCounted.await(student.memberId(), known, () -> { }).cancel();
            LiveCalls.News idle = onCounted.news(student.memberId(), known);
            assertEquals(first.calls().size(), idle.calls().size(), "the ringing call, from memory");
            onCounted.seen(student.memberId(), now);
        }

        assertEquals(before, counted.calls.get(), "no grid call for an idle poll");
    }

    private LiveCall start(LiveCalls on, LiveCall.Party caller, LiveCall.Party called) {
        LiveCalls.Started started = on.start(conversation, SCHOOL, CallKind.VIDEO, caller, called, now);
        assertTrue(started.isNew());
        return started.call();
    }

    private LiveCalls.Started startAfter(CountDownLatch go, LiveCalls on, long inConversation, LiveCall.Party caller,
                                         LiveCall.Party called) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return on.start(inConversation, SCHOOL, CallKind.VOICE, caller, called, now);
    }

    /** A page of one member, polling one instance as call.js does: held until news, then after the new number. */
    private static final class Listener {

        private final LiveCalls on;
        private final long memberId;
        private long last;

        Listener(LiveCalls on, long memberId) {
            this.on = on;
            this.memberId = memberId;
            this.last = on.last(memberId);
        }

        /** The next {@code count} signals, each poll held at most a second. */
        List<String> heard(int count) throws InterruptedException {
            List<String> heard = new ArrayList<>();
            while (heard.size() < count) {
                heard.addAll(next().signals().stream().map(Mailbox.Signal::text).toList());
            }
            return heard;
        }

        /** Polls until a news carries the call, and checks it. */
        void awaitCall(Consumer<LiveCall> check) throws InterruptedException {
            List<LiveCall> calls = next().calls();
            assertEquals(1, calls.size());
            check.accept(calls.getFirst());
        }

        private LiveCalls.News next() throws InterruptedException {
            CountDownLatch woken = new CountDownLatch(1);
            on.await(memberId, last, woken::countDown);
            assertTrue(woken.await(1, TimeUnit.SECONDS), "news within a second");
            LiveCalls.News news = on.news(memberId, last);
            last = news.last();
            return news;
        }
    }

    /** A grid that counts the calls made through it. */
    private static final class CountedGrid extends DataGrid {

        private final DataGrid grid;
        private final AtomicInteger calls = new AtomicInteger();

        CountedGrid(DataGrid grid) {
            this.grid = grid;
        }

        @Override
        public void tell(String topic, Object news) {
            calls.incrementAndGet();
            grid.tell(topic, news);
        }

        @Override
        public <T> void listen(String topic, Class<T> type, Consumer<T> hear) {
            grid.listen(topic, type, hear);
        }

        @Override
        public <K, V> IMap<K, V> map(String name) {
            calls.incrementAndGet();
            return grid.map(name);
        }
    }
}
