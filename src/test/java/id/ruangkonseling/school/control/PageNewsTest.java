package id.ruangkonseling.school.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.platform.control.AfterCommit;
import id.ruangkonseling.school.entity.Caller;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.testing.GridMembers;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What moves whose edition: news for a school's counselors moves every counselor's of that school and nobody
 * else's; news for a member moves theirs alone. A held poll wakes for what moves its edition only.
 */
class PageNewsTest {

    private static final Caller COUNSELOR = new Caller(1, 10, Role.COUNSELOR, "launch-1");
    private static final Caller STUDENT = new Caller(1, 20, Role.STUDENT, "launch-2");
    private static final Caller OTHER_SCHOOLS_COUNSELOR = new Caller(2, 30, Role.COUNSELOR, "launch-3");

    private final PageNews news = onInstance(0);

    /** A page news of instance A (0) or B (1) of one data grid, told as if each change had committed. */
    private static PageNews onInstance(int instance) {
        PageNews news = new PageNews();
        news.grid = GridMembers.pair().grid(instance);
        news.afterCommit = new AfterCommit() {
            @Override
            public void run(Runnable action) {
                action.run(); // as after a commit
            }
        };
        news.listen();
        return news;
    }

    @Test
    void newsForTheSchoolsCounselorsMovesTheirEditionsOnly() {
        PageNews.Edition counselor = news.edition(COUNSELOR);
        PageNews.Edition student = news.edition(STUDENT);
        PageNews.Edition elsewhere = news.edition(OTHER_SCHOOLS_COUNSELOR);
        news.forCounselorsOf(1);
        assertNotEquals(counselor, news.edition(COUNSELOR));
        assertEquals(student, news.edition(STUDENT), "a student hears nothing of the queue");
        assertEquals(elsewhere, news.edition(OTHER_SCHOOLS_COUNSELOR), "another school hears nothing");
    }

    @Test
    void newsForAMemberMovesTheirsAlone() {
        PageNews.Edition counselor = news.edition(COUNSELOR);
        news.forMember(20);
        assertEquals(counselor, news.edition(COUNSELOR));
        assertEquals("0-1", news.edition(STUDENT).text());
    }

    @Test
    void aHeldPollWakesForWhatMovesItsEdition() {
        AtomicInteger counselorWoken = new AtomicInteger();
        AtomicInteger studentWoken = new AtomicInteger();
        news.hold(COUNSELOR, news.edition(COUNSELOR), counselorWoken::incrementAndGet);
        news.hold(STUDENT, news.edition(STUDENT), studentWoken::incrementAndGet);
        news.forCounselorsOf(1);
        assertEquals(1, counselorWoken.get());
        assertEquals(0, studentWoken.get());
        news.forMember(20);
        assertEquals(1, studentWoken.get());
    }

    @Test
    void aPollHeldAfterNewsItHasNotShownWakesAtOnce() {
        PageNews.Edition shown = news.edition(STUDENT);
        news.forMember(20);
        AtomicInteger woken = new AtomicInteger();
        news.hold(STUDENT, shown, woken::incrementAndGet);
        assertEquals(1, woken.get());
    }

    @Test
    void newsToldOnOneInstanceWakesAPollOnTheOtherAndBothShowTheSameEdition() throws InterruptedException {
        Caller counselor = new Caller(7, 70, Role.COUNSELOR, "launch-7");
        PageNews onB = onInstance(1);
        CountDownLatch woken = new CountDownLatch(1);
        onB.hold(counselor, onB.edition(counselor), woken::countDown);

        news.forCounselorsOf(7);

        assertTrue(woken.await(1, TimeUnit.SECONDS), "the desk held on B woke");
        assertEquals(news.edition(counselor), onB.edition(counselor));
    }
}
