package id.ruangkonseling.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void anEmojiIsOneCharacter() {
        assertEquals(2001, Characters.count("\uD83D\uDE00".repeat(2001)));
        assertEquals(5, Characters.count("Halo!"));
    }

    @Test
    void invisibleTextIsEmpty() {
        assertTrue(Characters.empty(null));
        assertTrue(Characters.empty(""));
        assertTrue(Characters.empty(" \t\n\u00A0"));
        assertTrue(Characters.empty("\u200B\u200C\u200D\uFEFF\u2060"));
        assertTrue(Characters.empty("\u0000"));
        assertTrue(Characters.empty("\u3164\u2800"));
        assertFalse(Characters.empty("\u200Bhai\u200B"));
        assertFalse(Characters.empty("\uD83D\uDE00"));
        assertFalse(Characters.empty("."));
    }
}
