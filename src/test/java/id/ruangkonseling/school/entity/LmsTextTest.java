package id.ruangkonseling.school.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What an LMS's name or title becomes in a column that holds fewer characters than the LMS sent. */
class LmsTextTest {

    private static final String SMILE = "\uD83D\uDE00"; // one character outside the BMP: two UTF-16 units

    @Test
    void aTextThatFitsIsKeptAsItIs() {
        assertEquals("Siti Rahmā", LmsText.fitted("  Siti Rahmā ", "name", 200));
        assertEquals("a".repeat(200), LmsText.fitted("a".repeat(200), "name", 200), "exactly the limit is not cut");
        assertEquals("Ani " + SMILE, LmsText.fitted("Ani " + SMILE, "name", 6), "a pair that fits stays whole");
    }

    @Test
    void aLongerTextIsCutToTheLimit() {
        assertEquals("a".repeat(200), LmsText.fitted("a".repeat(201), "name", 200));
        assertEquals("b".repeat(255), LmsText.fitted("b".repeat(5000), "course title", 255));
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String text = "a".repeat(199) + SMILE + "z";
        String cut = LmsText.fitted(text, "name", 200);
        assertEquals("a".repeat(199), cut, "the character that would straddle the limit goes whole");
        assertEquals(SMILE.repeat(3), LmsText.fitted(SMILE.repeat(10), "name", 7));
        assertEquals(SMILE.repeat(3), LmsText.fitted(SMILE.repeat(10), "name", 6));
    }

    @Test
    void controlCharactersAreRemovedAndLineBreaksBecomeSpaces() {
        assertEquals("Budi Santoso", LmsText.fitted("Budi\u0000\u0007 Santoso\u007F", "name", 200));
        assertEquals("Budi Santoso", LmsText.fitted("Budi\nSantoso", "name", 200));
        assertEquals("Budi  Santoso", LmsText.fitted("Budi\r\tSantoso", "name", 200));
        assertEquals("ab", LmsText.fitted("a\u0001b", "name", 2), "removed before measuring, so the text fits");
        assertNull(LmsText.fitted("\u0000\u0007 \n", "name", 200), "nothing left is no name");
    }

    @Test
    void anUnpairedSurrogateIsNoCharacterAndIsDropped() {
        assertEquals("ab", LmsText.fitted("a\uD83Db", "name", 200));
        assertEquals("ab", LmsText.fitted("a\uDE00b", "name", 200));
        assertEquals("a", LmsText.fitted("a\uD83D", "name", 200));
    }

    @Test
    void aCutThatEndsInSpaceIsStripped() {
        assertEquals("Siti", LmsText.fitted("Siti Rahma", "name", 5));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(LmsText.fitted(null, "name", 200));
        assertNull(LmsText.fitted("   ", "name", 200));
    }

    @Test
    void anAddressTooLongForItsColumnIsNotKeptAtAll() {
        String address = "siti@" + "s".repeat(245) + ".sch.id";
        assertNull(LmsText.whole(address, "e-mail address", 254), "a cut address would be somebody else's");
        assertEquals("siti@sekolah.test", LmsText.whole(" siti@sekolah.test\n", "e-mail address", 254));
        String exact = "s".repeat(245) + "@sekolah";
        assertEquals(exact, LmsText.whole(exact, "e-mail address", 253));
    }
}
