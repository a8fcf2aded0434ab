package id.ruangkonseling.counseling.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A note's session is held today or before as the school counts days: just after midnight in Jakarta (still
 * yesterday on the server's UTC clock) a counselor can write today's note, and never one for tomorrow.
 */
class NoteFormTest {

    private static final LocalDate SCHOOL_TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void todayAndEarlierAreHeldTomorrowIsNot() {
        NoteForm note = new NoteForm(SCHOOL_TODAY);
        assertTrue(note.heldOnIsNotLater(), "today, the school's");
        note.setHeldOn(SCHOOL_TODAY.minusDays(3));
        assertTrue(note.heldOnIsNotLater());
        note.setHeldOn(SCHOOL_TODAY.plusDays(1));
        assertFalse(note.heldOnIsNotLater(), "tomorrow");
    }
}
