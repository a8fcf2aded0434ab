package id.ruangkonseling.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterMemberTest {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    @Test
    void anActiveLearnerWithNameAndEmail() {
        RosterMember member = RosterMember.of(Map.of("user_id", "s-1", "name", " Ani Wijaya ", "email", "ani@sekolah.sch.id",
                "status", "Active", "roles", List.of(MEMBERSHIP + "Learner"))).orElseThrow();

        assertEquals(Optional.of("Ani Wijaya"), member.name());
        assertEquals(Optional.of("ani@sekolah.sch.id"), member.email());
        assertTrue(member.isActiveLearner());
    }

    @Test
    void withoutAStatusAMemberIsActiveAndShortRoleNamesCount() {
        assertTrue(RosterMember.of(Map.of("user_id", "s-2", "roles", List.of("Learner"))).orElseThrow().isActiveLearner());
    }

    @Test
    void inactiveMembersInstructorsAndTeachingLearnersAreNoLearnersToList() {
        assertFalse(RosterMember.of(Map.of("user_id", "s-3", "status", "Inactive", "roles", List.of(MEMBERSHIP + "Learner")))
                .orElseThrow().isActiveLearner());
        assertFalse(RosterMember.of(Map.of("user_id", "t-1", "roles", List.of(MEMBERSHIP + "Instructor"))).orElseThrow()
                .isActiveLearner());
        assertFalse(RosterMember.of(Map.of("user_id", "t-2", "roles", List.of(MEMBERSHIP + "Learner", MEMBERSHIP + "Instructor")))
                .orElseThrow().isActiveLearner());
    }

    @Test
    void oddEntriesAreSkippedOrReadAsFarAsTheyGo() {
        assertEquals(Optional.empty(), RosterMember.of(Map.of("name", "no id")));
        assertEquals(Optional.empty(), RosterMember.of(Map.of("user_id", 42)));
        RosterMember odd = RosterMember.of(Map.of("user_id", "s-4", "name", 7, "roles", "Learner")).orElseThrow();
        assertEquals(Optional.empty(), odd.name());
        assertEquals(List.of(), odd.roles());
    }
}
