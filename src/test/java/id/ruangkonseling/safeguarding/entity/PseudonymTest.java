package id.ruangkonseling.safeguarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.school.entity.Member;
import id.ruangkonseling.school.entity.Role;
import id.ruangkonseling.school.entity.School;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PseudonymTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final School SCHOOL = new School("https://lms.example", "client", "1", "SMA 1", NOW);

    private final Member student = member("siswa-1", Role.STUDENT);
    private final Pseudonym pseudonym = new Pseudonym(student, "7F3K", NOW);

    @Test
    void itReadsLikeANameAndHidesTheStudentsNameFromTheStart() {
        assertEquals("Siswa 7F3K", pseudonym.label());
        assertTrue(pseudonym.hidesName());
    }

    @Test
    void onlyFourCharactersOfTheUnambiguousAlphabetMakeACode() {
        for (String wrong : new String[] {"7F3", "7F3KA", "7f3k", "0F3K", "OF3K", "1F3K", "IF3K", "LF3K", "7F 3"}) {
            assertThrows(IllegalArgumentException.class, () -> new Pseudonym(student, wrong, NOW), wrong);
        }
        assertThrows(IllegalArgumentException.class, () -> new Pseudonym(member("guru-1", Role.TEACHER), "7F3K", NOW));
    }

    @Test
    void aStudentsRevealHoldsUntilTheyStayUnnamedAgainWithTheSameCode() {
        IdentityReveal.byStudent(pseudonym, NOW.plusSeconds(60));
        assertFalse(pseudonym.hidesName());
        assertEquals(Optional.of(NOW.plusSeconds(60)), pseudonym.revealedAt());

        pseudonym.hide();
        assertTrue(pseudonym.hidesName());
        assertEquals("Siswa 7F3K", pseudonym.label());
    }

    @Test
    void aCounselorRevealsOnlyWithAReasonOfTwentyCharactersOrMore() {
        Member counselor = member("bk-1", Role.COUNSELOR);
        assertThrows(IllegalArgumentException.class, () -> IdentityReveal.byCounselor(pseudonym, counselor, 9, "darurat", NOW));
        assertThrows(IllegalArgumentException.class, () -> IdentityReveal.byCounselor(pseudonym, counselor, 9, "  ", NOW));
        assertThrows(IllegalArgumentException.class, () -> IdentityReveal.byCounselor(pseudonym, member("guru-2", Role.TEACHER), 9,
                "Siswa menulis akan menyakiti diri malam ini.", NOW));
        assertTrue(pseudonym.hidesName(), "a refused reveal reveals nothing");

        IdentityReveal reveal = IdentityReveal.byCounselor(pseudonym, counselor, 9, " Siswa menulis akan menyakiti diri malam ini. ", NOW);
        assertEquals(Optional.of("Siswa menulis akan menyakiti diri malam ini."), reveal.reason());
        assertEquals(Optional.of(9L), reveal.caseId());
        assertFalse(pseudonym.hidesName());
    }

    private static Member member(String subject, Role role) {
        Member member = new Member(SCHOOL, subject, NOW);
        member.grant(role);
        return member;
    }
}
