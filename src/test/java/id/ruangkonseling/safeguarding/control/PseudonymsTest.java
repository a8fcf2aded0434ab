package id.ruangkonseling.safeguarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.safeguarding.entity.Pseudonym;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    @Test
    void aCodeIsFourCharactersOfTheAlphabetWithoutLookAlikes() {
        RandomGenerator random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            String code = Pseudonyms.freeCode(random, taken -> false);
            assertTrue(code.matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}"), code);
        }
        assertFalse(Pseudonym.ALPHABET.matches(".*[01OIL].*"), "no 0/O or 1/I/L to mistake for each other");
    }

    @Test
    void aCodeTakenInTheSchoolIsNeverHandedOutAgain() {
        RandomGenerator random = new Random(11);
        Set<String> school = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            assertTrue(school.add(Pseudonyms.freeCode(random, school::contains)), "unique within the school");
        }
        assertEquals(5_000, school.size());
    }

    @Test
    void aSchoolWithNoFreeCodeIsAnErrorNotALoop() {
        assertThrows(IllegalStateException.class, () -> Pseudonyms.freeCode(new Random(1), taken -> true));
    }
}
