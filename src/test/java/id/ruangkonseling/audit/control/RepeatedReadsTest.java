package id.ruangkonseling.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.audit.control.RepeatedReads.Row;
import id.ruangkonseling.audit.entity.AuditAction;
import id.ruangkonseling.audit.entity.AuditEntry;
import id.ruangkonseling.audit.entity.AuditEntry.Actor;
import id.ruangkonseling.audit.entity.AuditEntry.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the admin's page of the trail shows as one row: a person's reads of one record, each within 30 minutes of the next. */
class RepeatedReadsTest {

    private static final Instant NINE = Instant.parse("2026-03-03T02:00:00Z");
    private static final Subject CONVERSATION = Subject.of("conversation", 7);

    @Test
    void readsOfOneConversationByOneCounselorMinutesApartAreOneRowWithTheirCountAndFirstTime() {
        List<Row> rows = fold(10, read(1, CONVERSATION, 35), read(1, CONVERSATION, 20), read(1, CONVERSATION, 0));
        assertEquals(1, rows.size());
        assertEquals(3, rows.getFirst().count());
        assertEquals(NINE, rows.getFirst().first());
        assertEquals(NINE.plusSeconds(35 * 60), rows.getFirst().newest().occurredAt());
    }

    @Test
    void aGapOfMoreThanThirtyMinutesStartsAnotherRow() {
        List<Row> rows = fold(10, read(1, CONVERSATION, 61), read(1, CONVERSATION, 30), read(1, CONVERSATION, 0));
        assertEquals(List.of(1, 2), rows.stream().map(Row::count).toList(), "61 − 30 > 30 minutes; 30 − 0 is within");
    }

    @Test
    void anotherCounselorOrAnotherConversationNeverJoins() {
        List<Row> rows = fold(10, read(1, CONVERSATION, 3), read(2, CONVERSATION, 2), read(1, Subject.of("conversation", 8), 1),
                read(1, CONVERSATION, 0));
        assertEquals(List.of(2, 1, 1), rows.stream().map(Row::count).toList());
    }

    @Test
    void otherActionsNeverFoldNorBreakARunOfReads() {
        AuditEntry sent = entry(1, AuditAction.MESSAGE_SENT, CONVERSATION, 2);
        List<Row> rows = fold(10, read(1, CONVERSATION, 4), entry(1, AuditAction.MESSAGE_SENT, CONVERSATION, 3), sent,
                read(1, CONVERSATION, 0));
        assertEquals(List.of(2, 1, 1), rows.stream().map(Row::count).toList());
        assertEquals(sent, rows.get(2).newest());
    }

    @Test
    void aFullPageStillCountsTheOlderReadsOfItsRowsAndThenStops() {
        RepeatedReads page = new RepeatedReads(2);
        assertTrue(page.add(read(1, CONVERSATION, 50)));
        assertTrue(page.add(entry(2, AuditAction.LAUNCH_ACCEPTED, Subject.NONE, 45)));
        assertTrue(page.add(entry(3, AuditAction.LAUNCH_ACCEPTED, Subject.NONE, 40)), "a row of the next page; reads may follow");
        assertTrue(page.add(read(1, CONVERSATION, 30)));
        assertFalse(page.add(read(1, CONVERSATION, -1)), "31 minutes before: too old to join: nothing older belongs on this page");
        assertEquals(List.of(2, 1), page.rows().stream().map(Row::count).toList());
    }

    private static List<Row> fold(int rows, AuditEntry... newestFirst) {
        RepeatedReads page = new RepeatedReads(rows);
        List.of(newestFirst).forEach(page::add);
        return new ArrayList<>(page.rows());
    }

    private static AuditEntry read(long counselor, Subject subject, int minutesAfterNine) {
        return entry(counselor, AuditAction.CONVERSATION_READ, subject, minutesAfterNine);
    }

    private static AuditEntry entry(long member, AuditAction action, Subject subject, int minutesAfterNine) {
        return new AuditEntry(NINE.plusSeconds(minutesAfterNine * 60L), new Actor(1L, member, "COUNSELOR", null), action,
                subject, null);
    }
}
